// One evaluation request: a profile plus a date, a recorded round or a draw. The same checks and
// messages serve `POST /api/v1/evaluate`, the public check page and the `evaluate` command (which
// names the fields after its flags: see CLI_FIELD_NAMES). Pure except for the injected `findRound`.
import { z } from 'zod';
import { CATEGORY_IDS, EXPRESS_ENTRY_START, evaluate, type CalendarDate, type CategoryId, type Evaluation, type RoundInput } from '@/lib/rules';
import { calendarDateSchema, formatIssues, instantSchema, profileSchema, type FieldIssue, type Profile } from '@/lib/schemas/profile';

const ROUND_NUMBER = 'must be the round number as text, e.g. "274" or "91a"';
const CUTOFF = 'must be the CRS cut-off, a whole number from 0 to 1200';

/** A draw: `{ "number": "274", "date": "2023-12-08", "category": "stem", "cutoff": 481, "tieBreakAt": "..." }`. */
export const drawSchema = z.object(
  {
    number: z.string({ error: ROUND_NUMBER }).min(1, { error: ROUND_NUMBER }),
    date: calendarDateSchema.refine((date) => date >= EXPRESS_ENTRY_START, { error: `must be on or after ${EXPRESS_ENTRY_START}` }),
    category: z
      .enum(CATEGORY_IDS as [CategoryId, ...CategoryId[]], { error: `must be one of: ${CATEGORY_IDS.join(', ')} (or null)` })
      .nullish(),
    programs: z
      .array(z.enum(['fsw', 'cec', 'fst', 'pnp'], { error: 'must be one of: fsw, cec, fst, pnp' }))
      .min(1, { error: 'must list at least one program, or be left out' })
      .optional(),
    cutoff: z.number({ error: CUTOFF }).int({ error: CUTOFF }).min(0, { error: CUTOFF }).max(1200, { error: CUTOFF }),
    tieBreakAt: instantSchema.nullish(),
    drawAt: instantSchema.nullish(),
  },
  { error: 'must be a JSON object describing a draw' },
);

/** The evaluation date: a calendar date on or after the day Express Entry opened. */
export const asOfSchema = z
  .string({ error: 'must be a calendar date YYYY-MM-DD' })
  .pipe(calendarDateSchema)
  .refine((date) => date >= EXPRESS_ENTRY_START, { error: `must be on or after ${EXPRESS_ENTRY_START}` });

export const roundNumberSchema = z.string({ error: ROUND_NUMBER }).min(1, { error: ROUND_NUMBER });

const REQUEST_FIELDS = ['profile', 'asOf', 'round', 'draw'] as const;
type RequestField = (typeof REQUEST_FIELDS)[number];

/**
 * How each field is named in error paths and messages. `drawContents` prefixes the paths inside a
 * draw; an empty `profile` puts profile paths at the root.
 */
export type FieldNames = Record<RequestField | 'drawContents', string>;

/** The JSON body of `POST /api/v1/evaluate`. */
export const API_FIELD_NAMES: FieldNames = { profile: 'profile', asOf: 'asOf', round: 'round', draw: 'draw', drawContents: 'draw' };

/** The `evaluate` command's flags (the draw file's fields stay under "draw."). */
export const CLI_FIELD_NAMES: FieldNames = { profile: '', asOf: '--as-of', round: '--round', draw: '--draw', drawContents: 'draw' };

export type EvaluateRequest =
  | { profile: Profile; asOf: CalendarDate | null; round: null; draw: null }
  | { profile: Profile; asOf: null; round: string; draw: null }
  | { profile: Profile; asOf: null; round: null; draw: RoundInput };

export type ParsedRequest = { ok: true; request: EvaluateRequest } | { ok: false; errors: FieldIssue[] };

function under(prefix: string, issues: FieldIssue[]): FieldIssue[] {
  return issues.map(({ path, message }) => ({
    path: path === '' ? prefix || '(root)' : prefix === '' ? path : path.startsWith('[') ? `${prefix}${path}` : `${prefix}.${path}`,
    message,
  }));
}

/** One entry per path and message (zod can report the same message twice, e.g. above max and off-step). */
export function distinctIssues(issues: FieldIssue[]): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a request and reports every problem at once, each with its path: unknown fields, the
 * profile (against profileSchema), asOf, round, draw, and the combinations (round and draw
 * exclude each other; asOf goes with neither, as the round's date is used).
 */
export function parseEvaluateRequest(input: unknown, names: FieldNames = API_FIELD_NAMES): ParsedRequest {
  if (!isObject(input)) {
    return { ok: false, errors: [{ path: '(root)', message: `must be a JSON object with the fields ${REQUEST_FIELDS.join(', ')}` }] };
  }
  const errors: FieldIssue[] = [];
  for (const key of Object.keys(input)) {
    if (!(REQUEST_FIELDS as readonly string[]).includes(key)) {
      errors.push({ path: key, message: `is not a field of the request (${REQUEST_FIELDS.join(', ')})` });
    }
  }

  let profile: Profile | null = null;
  if (input.profile === undefined) errors.push({ path: names.profile || '(root)', message: 'is required' });
  else {
    const parsed = profileSchema.safeParse(input.profile);
    if (parsed.success) profile = parsed.data;
    else errors.push(...under(names.profile, formatIssues(parsed.error)));
  }

  const has = (field: RequestField) => input[field] !== undefined && input[field] !== null;
  if (has('round') && has('draw')) errors.push({ path: names.round, message: `cannot be combined with ${names.draw}` });
  if (has('asOf') && (has('round') || has('draw'))) {
    errors.push({ path: names.asOf, message: `cannot be combined with ${names.round} or ${names.draw} (the round's date is used)` });
  }

  let asOf: CalendarDate | null = null;
  if (has('asOf')) {
    const parsed = asOfSchema.safeParse(input.asOf);
    if (parsed.success) asOf = parsed.data;
    else errors.push({ path: names.asOf, message: parsed.error.issues[0].message });
  }
  let round: string | null = null;
  if (has('round')) {
    const parsed = roundNumberSchema.safeParse(input.round);
    if (parsed.success) round = parsed.data;
    else errors.push({ path: names.round, message: parsed.error.issues[0].message });
  }
  let draw: RoundInput | null = null;
  if (has('draw')) {
    const parsed = drawSchema.safeParse(input.draw);
    if (parsed.success) {
      const { number, date, category, programs, cutoff, tieBreakAt, drawAt } = parsed.data;
      draw = { number, date, category: category ?? null, programs, cutoff, tieBreakAt: tieBreakAt ?? null, drawAt: drawAt ?? null };
    } else errors.push(...under(names.drawContents, formatIssues(parsed.error)));
  }

  if (errors.length > 0 || profile === null) return { ok: false, errors: distinctIssues(errors) };
  if (round !== null) return { ok: true, request: { profile, asOf: null, round, draw: null } };
  if (draw !== null) return { ok: true, request: { profile, asOf: null, round: null, draw } };
  return { ok: true, request: { profile, asOf, round: null, draw: null } };
}

/** A candidate is born by the evaluation date: a later birth is a typing mistake, not an age of -4. */
export function birthAfter(profile: Profile, date: CalendarDate, names: FieldNames = API_FIELD_NAMES): FieldIssue[] {
  if (profile.dateOfBirth <= date) return [];
  return under(names.profile, [{ path: 'dateOfBirth', message: `must be on or before the evaluation date (${date})` }]);
}

/** A round looked up by number (the API: the rounds recorded in the database), or null. */
export type FindRound = (number: string) => Promise<RoundInput | null>;

export type EvaluateRequestOptions = {
  /** Today's calendar date, the default asOf (America/Toronto: see toronto-today.ts). */
  today: CalendarDate;
  findRound: FindRound;
  /** Where rounds are looked up, for the unknown-round message. */
  roundSource?: string;
  names?: FieldNames;
};

export type EvaluateRequestResult =
  | { ok: true; evaluation: Evaluation }
  | { ok: false; status: 400 | 404; errors: FieldIssue[] };

/**
 * Validates a request and evaluates it: 400 with every problem for invalid input, 404 for a round
 * number `findRound` does not know, otherwise exactly what the `evaluate` command prints.
 */
export async function evaluateRequest(input: unknown, options: EvaluateRequestOptions): Promise<EvaluateRequestResult> {
  const names = options.names ?? API_FIELD_NAMES;
  const parsed = parseEvaluateRequest(input, names);
  if (!parsed.ok) return { ok: false, status: 400, errors: parsed.errors };
  const { profile, asOf, round, draw } = parsed.request;
  let roundOrDraw = draw;
  if (round !== null) {
    roundOrDraw = await options.findRound(round);
    if (roundOrDraw === null) {
      return { ok: false, status: 404, errors: [{ path: names.round, message: `no round "${round}" in ${options.roundSource ?? 'the recorded rounds'}` }] };
    }
  }
  const date = roundOrDraw?.date ?? asOf ?? options.today;
  const unborn = birthAfter(profile, date, names);
  if (unborn.length > 0) return { ok: false, status: 400, errors: unborn };
  if (roundOrDraw !== null) return { ok: true, evaluation: evaluate(profile, { round: roundOrDraw }) };
  return { ok: true, evaluation: evaluate(profile, { asOf: date }) };
}
