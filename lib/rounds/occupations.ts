import raw from '../../data/categories.json' with { type: 'json' };
import type { CategoryId } from '@/lib/feed/parse';
import { categoryVersionOn } from '@/lib/rules';

// The occupation list (NOC code, title, TEER) of a category's version in force on a date, for the
// admin form and the public pages. The rules module decides which version is in force; the titles
// come from the same file it reads (data/categories.json).

export type Occupation = { noc: string; title: string; teer: number };

export type CategoryListOn = {
  category: CategoryId;
  /** The category's name in categories.json. */
  name: string;
  /** The version label in categories.json. */
  label: string;
  /** First and last day in force ("YYYY-MM-DD"; `to` null while current). */
  from: string;
  to: string | null;
  occupations: Occupation[];
};

type RawCatalog = {
  categories: Record<string, { name: string; versions: { version: string; occupations?: Occupation[] | null }[] }>;
};

const catalog = raw as unknown as RawCatalog;

/** The version of `category` in force on `date` with its occupations, or null when there was none. */
export function categoryListOn(category: CategoryId, date: string): CategoryListOn | null {
  const version = categoryVersionOn(category, date);
  if (!version) return null;
  const rawVersion = catalog.categories[category]?.versions.find((candidate) => candidate.version === version.note);
  return {
    category,
    name: version.name,
    label: version.label,
    from: version.from,
    to: version.to,
    occupations: rawVersion?.occupations ?? [],
  };
}
