// The candidate profile interchange format, version 1: the executable form of
// docs/domain/profile-format.md (a contract; keep every field's name, type and meaning).
// The same schema validates the editor's form, the API, imports and the `evaluate` command, and
// emits the JSON Schema (`profileJsonSchema`).
import { z } from 'zod';
import { findNoc } from '@/lib/noc';

// ---- messages -----------------------------------------------------------------------------------

type Issue = { input?: unknown };

/** "is required" when the key is missing, `message` otherwise. */
function required(message: string) {
  return (issue: Issue) => (issue.input === undefined ? 'is required' : message);
}

// ---- building blocks ----------------------------------------------------------------------------

const CALENDAR_DATE = 'must be a calendar date YYYY-MM-DD';

/** A calendar date "YYYY-MM-DD" (a real one: 2023-02-29 is refused, 2024-02-29 accepted). */
export const calendarDateSchema = z.iso.date({ error: required(CALENDAR_DATE) });

/** An ISO-8601 instant with a zone offset, e.g. "2024-01-15T14:03:00Z". */
export const instantSchema = z.iso.datetime({
  offset: true,
  error: required('must be an ISO-8601 instant with a zone offset, e.g. 2024-01-15T14:03:00Z'),
});

function isDateText(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

function isCouple(status: unknown): boolean {
  return status === 'married' || status === 'common_law';
}

const bool = z.boolean({ error: required('must be true or false') });

function enumOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: required(`must be one of: ${values.join(', ')}`) });
}

const noc = z
  .string({ error: required('must be a 5-digit NOC 2021 code, e.g. "21232"') })
  .regex(/^\d{5}$/, { error: 'must be a 5-digit NOC 2021 code, e.g. "21232"', abort: true })
  .refine((code) => findNoc(code) !== null, { error: 'is not a NOC 2021 unit group: search for the occupation by its title' });

export const PROVINCES = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'SK', 'YT'] as const;

// ---- education ----------------------------------------------------------------------------------

export const EDUCATION_LEVELS = [
  'secondary',
  'one_year',
  'two_year',
  'bachelors',
  'three_year',
  'masters',
  'professional',
  'doctoral',
] as const;

export const credentialSchema = z.object({
  level: enumOf(EDUCATION_LEVELS),
  completedOn: calendarDateSchema,
  /** Earned in Canada (counts for Canadian-education points). */
  canadian: bool,
  /** A foreign credential with an Educational Credential Assessment; absent = no ECA. */
  eca: bool.optional(),
});

// ---- language tests -----------------------------------------------------------------------------

export const LANGUAGE_TESTS = [
  'ielts_general',
  'celpip_general',
  'pte_core',
  'tef_canada',
  'tcf_canada',
  'clb',
  'nclc',
] as const;

function score(message: string, min: number, max: number, step: number | null) {
  let schema = z.number({ error: required(message) }).min(min, { error: message }).max(max, { error: message });
  schema = step === null ? schema.int({ error: message }) : schema.multipleOf(step, { error: message });
  return schema;
}

const notTef = z.never({ error: 'is only allowed for tef_canada' }).optional();

function languageTest<const T extends string>(
  test: T,
  scores: { listening: z.ZodNumber; reading: z.ZodNumber; writing: z.ZodNumber; speaking: z.ZodNumber },
) {
  return z.object({ test: z.literal(test), date: calendarDateSchema, ...scores, scale: notTef });
}

function sameScore(s: z.ZodNumber) {
  return { listening: s, reading: s, writing: s, speaking: s };
}

const tefCurrent = z.object({
  test: z.literal('tef_canada'),
  date: calendarDateSchema,
  scale: z.literal('current'),
  ...sameScore(score('must be a whole TEF Canada score from 0 to 699', 0, 699, null)),
});

const tefLegacy = z.object({
  test: z.literal('tef_canada'),
  date: calendarDateSchema,
  scale: z.literal('legacy'),
  listening: score('must be a whole legacy TEF listening score from 0 to 360', 0, 360, null),
  reading: score('must be a whole legacy TEF reading score from 0 to 300', 0, 300, null),
  writing: score('must be a whole legacy TEF writing score from 0 to 450', 0, 450, null),
  speaking: score('must be a whole legacy TEF speaking score from 0 to 450', 0, 450, null),
});

const tcfReading = score('must be a whole TCF Canada score from 100 to 699', 100, 699, null);
const tcfWriting = score('must be a whole TCF Canada score from 0 to 20', 0, 20, null);

export const languageTestSchema = z.discriminatedUnion(
  'test',
  [
    languageTest('ielts_general', sameScore(score('must be an IELTS band from 0 to 9 in steps of 0.5', 0, 9, 0.5))),
    languageTest('celpip_general', sameScore(score('must be a whole CELPIP level from 0 to 12', 0, 12, null))),
    languageTest('pte_core', sameScore(score('must be a whole PTE Core score from 10 to 90', 10, 90, null))),
    z.discriminatedUnion('scale', [tefCurrent, tefLegacy], {
      error: required('must be "current" (0-699 certificates) or "legacy" (Équivalence ancien score) for tef_canada'),
    }),
    languageTest('tcf_canada', { listening: tcfReading, reading: tcfReading, writing: tcfWriting, speaking: tcfWriting }),
    languageTest('clb', sameScore(score('must be a whole CLB level from 0 to 12', 0, 12, null))),
    languageTest('nclc', sameScore(score('must be a whole NCLC level from 0 to 12', 0, 12, null))),
  ],
  { error: required(`must be one of: ${LANGUAGE_TESTS.join(', ')}`) },
);

// ---- work history -------------------------------------------------------------------------------

export const workStintSchema = z
  .object({
    noc,
    title: z
      .string({ error: 'must be a string' })
      .max(200, { error: 'must be at most 200 characters' })
      .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' })
      .optional(),
    country: z
      .string({ error: required('must be an ISO 3166-1 alpha-2 country code, e.g. "CA"') })
      .regex(/^[A-Z]{2}$/, { error: 'must be an ISO 3166-1 alpha-2 country code, e.g. "CA"' }),
    start: calendarDateSchema,
    /** Inclusive; null = still working there. */
    end: calendarDateSchema.nullable(),
    hoursPerWeek: z
      .number({ error: required('must be a number of paid hours per week from 1 to 168') })
      .min(1, { error: 'must be a number of paid hours per week from 1 to 168' })
      .max(168, { error: 'must be a number of paid hours per week from 1 to 168' }),
    paid: bool,
    selfEmployed: bool,
    fullTimeStudent: bool,
    authorized: bool,
  })
  .refine((stint) => stint.end === null || stint.end >= stint.start, {
    path: ['end'],
    error: 'must be on or after start',
    // Also checked when another field of the stint is wrong, so every problem is reported at once.
    when: (payload) => {
      const stint = payload.value as { start?: unknown; end?: unknown };
      return isDateText(stint.start) && (stint.end === null || isDateText(stint.end));
    },
  });

// ---- the profile --------------------------------------------------------------------------------

export const MARITAL_STATUSES = [
  'single',
  'married',
  'common_law',
  'divorced',
  'separated',
  'widowed',
  'annulled',
] as const;

export const spouseSchema = z.object({
  accompanying: bool,
  /** A citizen or PR spouse means the candidate is scored as single. */
  canadianCitizenOrPR: bool,
  education: z.array(credentialSchema, { error: 'must be a list' }).optional(),
  languageTests: z.array(languageTestSchema, { error: 'must be a list' }).optional(),
  workHistory: z.array(workStintSchema, { error: 'must be a list' }).optional(),
});

export const profileSchema = z
  .object(
  {
    version: z.literal(1, { error: 'must be 1 (interchange format version)' }),
    dateOfBirth: calendarDateSchema,
    maritalStatus: enumOf(MARITAL_STATUSES),
    /** Required when married or common_law; ignored otherwise. */
    spouse: spouseSchema.nullish(),
    dependentChildren: z
      .number({ error: required('must be a whole number from 0 to 30') })
      .int({ error: 'must be a whole number from 0 to 30' })
      .min(0, { error: 'must be a whole number from 0 to 30' })
      .max(30, { error: 'must be a whole number from 0 to 30' }),
    education: z.array(credentialSchema, { error: required('must be a list') }),
    languageTests: z.array(languageTestSchema, { error: required('must be a list') }),
    /** When left out, the assignment of first/second official language that scores more. */
    firstOfficialLanguage: enumOf(['english', 'french']).nullish(),
    workHistory: z.array(workStintSchema, { error: required('must be a list') }),
    certificateOfQualification: z
      .object({ trade: noc, province: enumOf(PROVINCES) })
      .nullish(),
    jobOffer: z
      .object({ noc, lmiaOrExempt: bool, startedOn: calendarDateSchema.nullish() })
      .nullish(),
    provincialNomination: z
      .object({ province: enumOf(PROVINCES), nominatedOn: calendarDateSchema })
      .nullish(),
    siblingInCanada: bool.optional(),
    relativeInCanada: bool.optional(),
    proofOfFundsCad: z
      .number({ error: 'must be an amount in CAD, 0 or more' })
      .min(0, { error: 'must be an amount in CAD, 0 or more' })
      .max(1_000_000_000, { error: 'must be an amount in CAD of at most 1,000,000,000' })
      .nullish(),
    expressEntry: z.object({ submittedAt: instantSchema.nullish() }).nullish(),
  }, { error: 'must be a JSON object holding a profile' })
  .refine((profile) => !isCouple(profile.maritalStatus) || Boolean(profile.spouse), {
    path: ['spouse'],
    error: (issue) => `is required when maritalStatus is ${(issue.input as { maritalStatus: string }).maritalStatus}`,
    when: (payload) => {
      const profile = payload.value as { maritalStatus?: unknown } | null;
      return typeof profile === 'object' && profile !== null && isCouple(profile.maritalStatus);
    },
  });

export type Profile = z.infer<typeof profileSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type LanguageTest = z.infer<typeof languageTestSchema>;
export type WorkStint = z.infer<typeof workStintSchema>;
export type Spouse = z.infer<typeof spouseSchema>;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];
export type LanguageTestName = (typeof LANGUAGE_TESTS)[number];

/** JSON Schema (draft 2020-12) of what a client may send. Cross-field checks are only in zod. */
export const profileJsonSchema = z.toJSONSchema(profileSchema, { io: 'input' });

// ---- issues as { path, message } ----------------------------------------------------------------

export type FieldIssue = { path: string; message: string };

/** JSON-path style: ["workHistory", 0, "start"] -> "workHistory[0].start"; the root is "". */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** Every issue of a zod error as `{ path: "workHistory[0].start", message }`, in order. */
export function formatIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

// ---- a saved profile: nothing dated after today ---------------------------------------------------

/**
 * The facts of a profile dated after `latest` ("YYYY-MM-DD"): a birth, a test taken, a job started,
 * a nomination or an Express Entry submission cannot lie in the future of a candidate's own saved
 * profile. The interchange format allows them (an evaluation on a past date ignores later facts).
 */
export function futureFactIssues(profile: Profile, latest: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const check = (path: string, date: string | null | undefined) => {
    if (date && date.slice(0, 10) > latest) issues.push({ path, message: 'must not be after today' });
  };
  check('dateOfBirth', profile.dateOfBirth);
  const person = (prefix: string, tests: readonly LanguageTest[], jobs: readonly WorkStint[]) => {
    tests.forEach((test, i) => check(`${prefix}languageTests[${i}].date`, test.date));
    jobs.forEach((job, i) => check(`${prefix}workHistory[${i}].start`, job.start));
  };
  person('', profile.languageTests, profile.workHistory);
  if (profile.spouse) person('spouse.', profile.spouse.languageTests ?? [], profile.spouse.workHistory ?? []);
  check('provincialNomination.nominatedOn', profile.provincialNomination?.nominatedOn);
  check('expressEntry.submittedAt', profile.expressEntry?.submittedAt);
  return issues;
}
