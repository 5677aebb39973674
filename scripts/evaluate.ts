// npm run evaluate -- --profile FILE [--as-of YYYY-MM-DD] [--round NUMBER | --draw FILE]
//
// Prints the evaluation of a profile (the JSON of docs/domain/profile-format.md, 2-space
// indented). `--as-of` defaults to today's calendar date in America/Toronto (IRCC's time zone); this
// is the only place the rules read the clock. With `--round` (a round of data/ee_rounds.json) or
// `--draw` (a JSON file), the date is the round's. Invalid input: every problem with its JSON path on
// stderr, exit status 2; nothing is evaluated from a partial profile.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CLI_FIELD_NAMES, evaluateRequest } from '../lib/evaluation/request';
import { torontoToday } from '../lib/toronto-today';
import type { RoundInput } from '../lib/rules/rounds/evaluate-round';
import type { FieldIssue } from '../lib/schemas/profile';

const USAGE = 'usage: npm run evaluate -- --profile FILE [--as-of YYYY-MM-DD] [--round NUMBER | --draw FILE]';
const FEED_FILE = fileURLToPath(new URL('../data/ee_rounds.json', import.meta.url));

export type Io = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Today's calendar date (the CLI's clock). */
  today: () => string;
};

class InputError extends Error {
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.path}: ${issue.message}`).join('\n'));
  }
}

function fail(path: string, message: string): never {
  throw new InputError([{ path, message }]);
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

/** A round of the shipped feed (the data the seed imports), or null. */
async function roundFromFeed(number: string): Promise<RoundInput | null> {
  const { parseFeed, FeedError } = await import('../lib/feed/parse');
  let rounds;
  try {
    ({ rounds } = parseFeed(await readJson(FEED_FILE, '--round')));
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    throw new InputError(error.issues.map((issue) => ({ path: `data/ee_rounds.json.${issue.path}`, message: issue.message })));
  }
  const round = rounds.find((r) => r.number === number);
  if (round === undefined) return null;
  const { date, category, programs, cutoff, tieBreakAt, drawAt } = round;
  return { number, date, category, programs, cutoff, tieBreakAt, drawAt };
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
  if (values.profile === undefined) fail('--profile', `is required\n${USAGE}`);

  // The same checks, messages and evaluation as POST /api/v1/evaluate, with the flags as field names.
  const input = {
    profile: await readJson(values.profile, '--profile'),
    asOf: values['as-of'],
    round: values.round,
    draw: values.draw === undefined ? undefined : await readJson(values.draw, '--draw'),
  };
  const result = await evaluateRequest(input, {
    today: io.today(),
    findRound: roundFromFeed,
    roundSource: 'data/ee_rounds.json',
    names: CLI_FIELD_NAMES,
  });
  if (!result.ok) {
    const wrapped = typeof input.profile === 'object' && input.profile !== null && 'profile' in input.profile && !('version' in input.profile);
    if (wrapped) {
      const hint = 'holds a "profile" inside it (a worked case or an API request?): pass a file with only that profile';
      throw new InputError([{ path: '--profile', message: hint }, ...result.errors]);
    }
    throw new InputError(result.errors);
  }
  io.stdout(`${JSON.stringify(result.evaluation, null, 2)}\n`);
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
