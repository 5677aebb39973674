// npm run evaluate -- --profile FILE [--as-of YYYY-MM-DD] [--round NUMBER | --draw FILE]
//
// Prints the evaluation of a profile (the JSON of /work/shared/domain/profile-format.md, 2-space
// indented). `--as-of` defaults to today's calendar date in America/Toronto (IRCC's time zone); this
// is the only place the rules read the clock. With `--round` (a round of data/ee_rounds.json) or
// `--draw` (a JSON file), the date is the round's. Invalid input: every problem with its JSON path on
// stderr, exit status 2; nothing is evaluated from a partial profile.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { calendarDateSchema, formatIssues, instantSchema, profileSchema, type FieldIssue } from '../lib/schemas/profile';
import { CATEGORY_IDS, type CategoryId } from '../lib/rules/categories/catalog';
import { evaluate } from '../lib/rules/evaluate';
import { EXPRESS_ENTRY_START } from '../lib/rules/rule-set';
import type { RoundInput } from '../lib/rules/rounds/evaluate-round';

const USAGE = 'usage: npm run evaluate -- --profile FILE [--as-of YYYY-MM-DD] [--round NUMBER | --draw FILE]';
const FEED_FILE = fileURLToPath(new URL('../data/ee_rounds.json', import.meta.url));

/** A draw file: `{ "number": "274", "date": "2023-12-08", "category": "stem", "cutoff": 481, "tieBreakAt": "..." }`. */
const drawSchema = z.object(
  {
    number: z
      .string({ error: 'must be the round number as text, e.g. "274" or "91a"' })
      .min(1, { error: 'must be the round number as text, e.g. "274" or "91a"' }),
    date: calendarDateSchema,
    category: z
      .enum(CATEGORY_IDS as [CategoryId, ...CategoryId[]], { error: `must be one of: ${CATEGORY_IDS.join(', ')} (or null)` })
      .nullish(),
    programs: z
      .array(z.enum(['fsw', 'cec', 'fst', 'pnp'], { error: 'must be one of: fsw, cec, fst, pnp' }))
      .min(1, { error: 'must list at least one program, or be left out' })
      .optional(),
    cutoff: z
      .number({ error: 'must be the CRS cut-off, a whole number from 0 to 1200' })
      .int({ error: 'must be the CRS cut-off, a whole number from 0 to 1200' })
      .min(0, { error: 'must be the CRS cut-off, a whole number from 0 to 1200' })
      .max(1200, { error: 'must be the CRS cut-off, a whole number from 0 to 1200' }),
    tieBreakAt: instantSchema.nullish(),
    drawAt: instantSchema.nullish(),
  },
  { error: 'must be a JSON object describing a draw' },
);

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's calendar date (the CLI's clock). */
  today: () => string;
};

/** Today's calendar date in America/Toronto. */
export function torontoToday(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'America/Toronto',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

class InputError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  }
}

function fail(path: string, message: string): never {
  throw new InputError([{ path, message }]);
}

function prefixed(prefix: string, issues: FieldIssue[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: issue.path === '' ? prefix || '(root)' : prefix ? `${prefix}.${issue.path}` : issue.path,
    message: issue.message,
  }));
}

async function readJson(file: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    fail(option, `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    fail(option, `${file} is not valid JSON: ${(error as Error).message}`);
  }
}

async function roundFromFeed(number: string): Promise<RoundInput> {
  const { parseFeed, FeedError } = await import('../lib/feed/parse');
  const raw = await readJson(FEED_FILE, '--round');
  let rounds;
  try {
    ({ rounds } = parseFeed(raw));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new InputError(prefixed('data/ee_rounds.json', error.issues));
  }
  const round = rounds.find((r) => r.number === number);
  if (round === undefined) fail('--round', `no round "${number}" in data/ee_rounds.json`);
  return {
    number: round.number,
    date: round.date,
    category: round.category,
    programs: round.programs,
    cutoff: round.cutoff,
    tieBreakAt: round.tieBreakAt,
    drawAt: round.drawAt,
  };
}

async function run(argv: string[], io: Io): Promise<void> {
  let values: { profile?: string; 'as-of'?: string; round?: string; draw?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        profile: { type: 'string' },
        'as-of': { type: 'string' },
        round: { type: 'string' },
        draw: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    fail('arguments', `${(error as Error).message}\n${USAGE}`);
  }
  const problems: FieldIssue[] = [];
  if (values.profile === undefined) problems.push({ path: '--profile', message: `is required\n${USAGE}` });
  if (values.round !== undefined && values.draw !== undefined) {
    problems.push({ path: '--round', message: 'cannot be combined with --draw' });
  }
  if (values['as-of'] !== undefined && (values.round !== undefined || values.draw !== undefined)) {
    problems.push({ path: '--as-of', message: "cannot be combined with --round or --draw (the round's date is used)" });
  }
  const asOfText = values['as-of'];
  if (asOfText !== undefined) {
    if (!calendarDateSchema.safeParse(asOfText).success) problems.push({ path: '--as-of', message: 'must be a calendar date YYYY-MM-DD' });
    else if (asOfText < EXPRESS_ENTRY_START) problems.push({ path: '--as-of', message: `must be on or after ${EXPRESS_ENTRY_START}` });
  }
  if (problems.length > 0) throw new InputError(problems);

  const parsed = profileSchema.safeParse(await readJson(values.profile as string, '--profile'));
  if (!parsed.success) throw new InputError(prefixed('', formatIssues(parsed.error)));

  let round: RoundInput | undefined;
  if (values.round !== undefined) round = await roundFromFeed(values.round);
  if (values.draw !== undefined) {
    const draw = drawSchema.safeParse(await readJson(values.draw, '--draw'));
    if (!draw.success) throw new InputError(prefixed('draw', formatIssues(draw.error)));
    const { number, date, category, programs, cutoff, tieBreakAt, drawAt } = draw.data;
    round = { number, date, category: category ?? null, programs, cutoff, tieBreakAt: tieBreakAt ?? null, drawAt: drawAt ?? null };
  }
  if (round !== undefined && round.date < EXPRESS_ENTRY_START) fail('draw.date', `must be on or after ${EXPRESS_ENTRY_START}`);

  const evaluation = round === undefined ? evaluate(parsed.data, { asOf: asOfText ?? io.today() }) : evaluate(parsed.data, { round });
  io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
}

/** Runs the command; resolves to the exit status (0, or 2 for invalid input). */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    await run(argv, io);
    return 0;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const issue of error.issues) io.stderr(`${issue.path}: ${issue.message}\n`);
    return 2;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    today: () => torontoToday(),
  }).then((status) => {
    process.exitCode = status;
  });
}
