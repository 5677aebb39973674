// POST /api/v1/evaluate answers exactly what the real `evaluate` command prints for the same input
// (every worked case of tests/cases/crs, a draw file, a recorded round), and names each problem's
// path for invalid input. The route handler is called directly with a Request; rounds come from the
// seeded database.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/evaluate/route';
import { GET as getSchema } from '@/app/api/v1/profile-schema/route';
import { seed } from '@/prisma/seed';
import { resetDatabase } from '@/tests/integration/database';

const run = promisify(execFile);
const CASES = 'tests/cases/crs';
const dir = mkdtempSync(join(tmpdir(), 'api-evaluate-'));
const caseFiles = readdirSync(CASES).filter((file) => file.endsWith('.json')).sort();
const P1 = JSON.parse(readFileSync(join(CASES, 'P1.json'), 'utf8')) as { profile: Record<string, unknown> };
const stemDraw = { number: '274', date: '2023-12-08', category: 'stem', cutoff: 481, tieBreakAt: '2023-09-07T09:24:49Z' };

function post(body: unknown, init: RequestInit = {}): Promise<Response> {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return POST(new Request('http://localhost/api/v1/evaluate', { method: 'POST', body: text, headers: { 'content-type': 'application/json' }, ...init }));
}

/** The real command's output for a profile file and its flags. */
async function cli(name: string, profile: unknown, ...flags: string[]): Promise<unknown> {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(profile));
  const { stdout } = await run('node_modules/.bin/tsx', ['scripts/evaluate.ts', '--profile', file, ...flags], { timeout: 60_000 });
  return JSON.parse(stdout);
}

beforeAll(async () => {
  await resetDatabase();
  await seed();
}, 180_000);

describe('POST /api/v1/evaluate', () => {
  it('has cases to compare', () => {
    expect(caseFiles.length).toBeGreaterThanOrEqual(10);
  });

  describe.concurrent('answers what `evaluate --profile FILE --as-of DATE` prints', () => {
    it.each(caseFiles)('%s', async (file) => {
      const testCase = JSON.parse(readFileSync(join(CASES, file), 'utf8')) as { asOf: string; profile: unknown };
      const [response, printed] = await Promise.all([
        post({ profile: testCase.profile, asOf: testCase.asOf }),
        cli(file, testCase.profile, '--as-of', testCase.asOf),
      ]);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const answer = await response.json();
      expect(answer.asOf).toBe(testCase.asOf);
      expect(answer).toEqual(printed);
    }, 90_000);
  });

  it('answers what `evaluate --draw FILE` prints for a draw', async () => {
    const drawFile = join(dir, 'draw.json');
    writeFileSync(drawFile, JSON.stringify(stemDraw));
    const [response, printed] = await Promise.all([post({ profile: P1.profile, draw: stemDraw }), cli('draw-profile.json', P1.profile, '--draw', drawFile)]);
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.round).toMatchObject({ number: '274', category: 'stem', cutoff: 481 });
    expect(answer).toEqual(printed);
  }, 90_000);

  it.each(['274', '91a'])('answers what `evaluate --round %s` prints, from the recorded rounds', async (number) => {
    const [response, printed] = await Promise.all([post({ profile: P1.profile, round: number }), cli(`round-${number}.json`, P1.profile, '--round', number)]);
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.round.number).toBe(number);
    expect(answer).toEqual(printed);
  }, 90_000);

  it.each<[string, unknown, { path: string; message: string }[]]>([
    ['a body that is not JSON', '{"profile": ', [{ path: '(root)', message: expect.stringMatching(/^is not valid JSON: /) as unknown as string }]],
    ['a JSON array', '[]', [{ path: '(root)', message: 'must be a JSON object with the fields profile, asOf, round, draw' }]],
    ['no profile', { asOf: '2026-01-01' }, [{ path: 'profile', message: 'is required' }]],
    [
      'a work start that is not a date and a missing date of birth',
      { profile: { ...P1.profile, dateOfBirth: undefined, workHistory: [{ ...(P1.profile.workHistory as object[])[0], start: '2023-13-01' }] } },
      [
        { path: 'profile.dateOfBirth', message: 'is required' },
        { path: 'profile.workHistory[0].start', message: 'must be a calendar date YYYY-MM-DD' },
      ],
    ],
    [
      'a test score off the scale and an unknown field',
      { profile: { ...P1.profile, languageTests: [{ test: 'ielts_general', date: '2025-01-01', listening: 9.7, reading: 8, writing: 8, speaking: 8 }] }, as_of: 'today' },
      [
        { path: 'as_of', message: 'is not a field of the request (profile, asOf, round, draw)' },
        { path: 'profile.languageTests[0].listening', message: 'must be an IELTS band from 0 to 9 in steps of 0.5' },
      ],
    ],
    ['round and draw together', { profile: P1.profile, round: '274', draw: stemDraw }, [{ path: 'round', message: 'cannot be combined with draw' }]],
    [
      'asOf with a round',
      { profile: P1.profile, asOf: '2026-01-01', round: '274' },
      [{ path: 'asOf', message: "cannot be combined with round or draw (the round's date is used)" }],
    ],
    ['a draw without a cut-off', { profile: P1.profile, draw: { ...stemDraw, cutoff: undefined } }, [{ path: 'draw.cutoff', message: 'must be the CRS cut-off, a whole number from 0 to 1200' }]],
  ])('answers 400 for %s, naming each path', async (_, body, errors) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ errors });
  });

  it('answers 404 for a round that is not recorded', async () => {
    const response = await post({ profile: P1.profile, round: '9999' });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ errors: [{ path: 'round', message: 'no round "9999" in the recorded rounds' }] });
  });

  it('answers 413 for a body far larger than a profile', async () => {
    const response = await post(JSON.stringify({ profile: P1.profile, padding: 'x'.repeat(200_001) }));
    expect(response.status).toBe(413);
  });
});

describe('GET /api/v1/profile-schema', () => {
  it('publishes the JSON Schema of the profile: every field of a worked case, and the optional first official language', async () => {
    const response = getSchema();
    const schema = (await response.json()) as { $schema: string; required: string[]; properties: Record<string, unknown> };
    expect(response.status).toBe(200);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['dateOfBirth', 'maritalStatus', 'education', 'languageTests', 'workHistory']));
    expect(Object.keys(schema.properties).sort()).toEqual([...Object.keys(P1.profile), 'firstOfficialLanguage'].sort());
  });
});
