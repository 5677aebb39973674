// The admin's round form (record and edit). Every value arrives as form text; the schema trims it,
// reads numbers with thousands separators, keeps the calendar date as "YYYY-MM-DD" and reads the
// date-time inputs as UTC instants (the form labels them UTC; nothing depends on the browser's zone).
import { z } from 'zod';
import type { CategoryId, ProgramId } from '@/lib/feed/parse';
import { EXPRESS_ENTRY_START } from '@/lib/rules/dated';
import { addDays } from '@/lib/rules/dates';

export const ROUND_CATEGORIES = [
  'stem',
  'french',
  'healthcare',
  'trade',
  'transport',
  'agriculture',
  'education',
  'physicians_cdn',
  'senior_managers_cdn',
  'researchers_cdn',
  'military',
] as const satisfies readonly CategoryId[];

export const ROUND_PROGRAMS = ['cec', 'fsw', 'fst', 'pnp'] as const satisfies readonly ProgramId[];

/** The form's raw values, also what the form shows again after a refusal. */
export type RoundFormValues = {
  number: string;
  date: string;
  drawAt: string;
  tieBreakAt: string;
  category: string;
  programs: string[];
  cutoff: string;
  invitations: string;
  name: string;
  url: string;
};

export const EMPTY_ROUND_FORM: RoundFormValues = {
  number: '',
  date: '',
  drawAt: '',
  tieBreakAt: '',
  category: 'none',
  programs: [],
  cutoff: '',
  invitations: '',
  name: '',
  url: '',
};

export function roundFormValues(form: FormData): RoundFormValues {
  const text = (key: string) => String(form.get(key) ?? '');
  return {
    number: text('number'),
    date: text('date'),
    drawAt: text('drawAt'),
    tieBreakAt: text('tieBreakAt'),
    category: text('category'),
    programs: form.getAll('programs').map(String),
    cutoff: text('cutoff'),
    invitations: text('invitations'),
    name: text('name'),
    url: text('url'),
  };
}

function isCalendarDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2023-12-08T03:02" or "2023-12-08T03:02:52" (a datetime-local value read as UTC) → ISO instant with Z. */
function utcInstant(label: string) {
  return z
    .string()
    .trim()
    .refine(
      (text) => text === '' || (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text) && isCalendarDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(`${text}Z`))),
      `Enter the ${label} as a UTC date and time, e.g. 2023-12-08 03:02:52.`,
    )
    .transform((text) => (text === '' ? null : new Date(`${text}Z`).toISOString()));
}

function wholeNumber(label: string, min: number, max: number) {
  return z
    .string()
    .trim()
    .transform((text) => text.replace(/[,\s]/g, ''))
    .refine((text) => /^\d+$/.test(text), `Enter the ${label} as a whole number.`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `The ${label} must be between ${min.toLocaleString('en-CA')} and ${max.toLocaleString('en-CA')}.`);
}

export const roundFormSchema = z.object({
  number: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[1-9]\d{0,3}[a-z]?$/, 'Enter the round number IRCC gave it: digits, optionally followed by one letter (e.g. 274 or 91a).'),
  date: z
    .string()
    .trim()
    .refine(isCalendarDate, { error: 'Enter the date of the round as a calendar date (YYYY-MM-DD).', abort: true })
    .refine((date) => date >= EXPRESS_ENTRY_START, 'Express Entry opened on January 1, 2015: a round cannot be dated before it.'),
  drawAt: utcInstant('round time'),
  tieBreakAt: utcInstant('tie-break time'),
  category: z
    .enum([...ROUND_CATEGORIES, 'none'], 'Choose a category, or "None" for a general or program-specific round.')
    .transform((value): CategoryId | null => (value === 'none' ? null : value)),
  programs: z
    .array(z.enum(ROUND_PROGRAMS, 'Choose programs among CEC, FSW, FST and PNP.'))
    .min(1, 'Choose at least one program the round invited from.'),
  cutoff: wholeNumber('CRS cutoff', 0, 1200),
  invitations: wholeNumber('number of invitations', 1, 100_000),
  name: z
    .string()
    .trim()
    .max(200, 'Keep the name under 200 characters.')
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'Keep the name to printable characters.')
    .transform((text) => text || null),
  url: z
    .string()
    .trim()
    .refine((text) => text === '' || /^https:\/\/\S+$/.test(text), 'Enter the link to the Ministerial Instruction as an https:// address.')
    .transform((text) => text || null),
}).refine(
  // The tie-break is a moment before the round: not after its time, nor (without one) after its date
  // (a day's margin: the date is Ottawa's, the instant UTC).
  (round) => round.tieBreakAt === null || (round.drawAt === null ? round.tieBreakAt.slice(0, 10) <= addDays(round.date, 1) : round.tieBreakAt <= round.drawAt),
  { path: ['tieBreakAt'], message: 'The tie-break time comes before the round: it cannot be after the round.' },
);

/** Recording a new round also needs its tie-break time (IRCC publishes one with every round since 2017). */
export const newRoundSchema = roundFormSchema.refine((round) => round.tieBreakAt !== null, {
  path: ['tieBreakAt'],
  message: 'Enter the tie-break time (UTC) published with the round.',
});

export type RoundFormData = z.output<typeof roundFormSchema>;

export type RoundFieldErrors = Partial<Record<keyof RoundFormValues, string[]>>;

/** Field errors keyed by form field, for the form to show next to each input. */
export function roundFieldErrors(error: z.ZodError): RoundFieldErrors {
  return z.flattenError(error).fieldErrors as RoundFieldErrors;
}
