// Alert preferences (settings page). Checkboxes arrive as "on" or are absent.
import { z } from 'zod';

const checkbox = z.preprocess((value) => value === 'on' || value === true || value === 'true', z.boolean());

export const alertPreferencesSchema = z.object({
  /** CASL express consent; giving it here records its time. */
  consent: checkbox,
  stem: checkbox,
  other: checkbox,
  nearMiss: checkbox,
});

export type AlertPreferencesInput = z.infer<typeof alertPreferencesSchema>;
