import type { CategoryListOn } from '@/lib/rounds/occupations';
import type { RoundFieldErrors, RoundFormValues } from '@/lib/schemas/round';

// What the round form's server actions return: the submitted values (nothing typed is lost), the
// errors by field, and, after "Preview", what recording the round would do.

export type RoundPreviewView = {
  name: string;
  categoryList: CategoryListOn | null;
  audience: { invited: number; tie: number; nearMiss: number };
};

export type RoundFormState = {
  values: RoundFormValues;
  fieldErrors: RoundFieldErrors;
  preview?: RoundPreviewView;
  /** Set after an edit was saved: how many fields changed. */
  saved?: { changed: string[] };
};
