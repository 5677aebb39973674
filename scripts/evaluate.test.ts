import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { clb, credential, job, profile } from '@/tests/unit/profiles';
import { main } from './evaluate';

const dir = mkdtempSync(join(tmpdir(), 'evaluate-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const candidate = profile({
  dateOfBirth: '1997-08-07',
  education: [credential('masters')],
  languageTests: [clb(9, 9, 9, 9, '2026-04-29')],
  workHistory: [job({ noc: '21232', country: 'IN', start: '2023-10-06', end: '2026-10-26' })],
});
const PROFILE = file('profile.json', candidate);

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), today: () => '2026-11-15' });
  return { status, stdout, stderr };
}

describe('main', () => {
  it('prints the evaluation as 2-space JSON', async () => {
    const { status, stdout, stderr } = await cli('--profile', PROFILE, '--as-of', '2026-11-15');
    expect({ status, stderr }).toEqual({ status: 0, stderr: '' });
    const output = JSON.parse(stdout);
    expect(stdout).toBe(`${JSON.stringify(output, null, 2)}\n`);
    expect(output).toMatchObject({ asOf: '2026-11-15', rules: '2026-02-18', crs: { total: 469 } });
  });

  it("defaults --as-of to today's date", async () => {
    expect(JSON.parse((await cli('--profile', PROFILE)).stdout).asOf).toBe('2026-11-15');
  });

  it("evaluates a draw file on the draw's date", async () => {
    const draw = file('draw.json', { number: '274', date: '2023-12-08', category: 'stem', cutoff: 481, tieBreakAt: '2023-09-07T09:24:49Z' });
    const output = JSON.parse((await cli('--profile', PROFILE, '--draw', draw)).stdout);
    expect(output.asOf).toBe('2023-12-08');
    expect(output.rules).toBe('2023-05-31');
    expect(output.round).toMatchObject({ number: '274', category: 'stem', cutoff: 481, invited: false });
    expect(output.round.reasons).toContain('ROUND_CRS_BELOW_CUTOFF');
  });

  it('finds a round of the shipped feed, including a 91a-style number', async () => {
    const output = JSON.parse((await cli('--profile', PROFILE, '--round', '91a')).stdout);
    expect(output.asOf).toBe('2018-05-30');
    expect(output.round).toMatchObject({ number: '91a', date: '2018-05-30', invited: false });
  });

  it.each([
    [['--profile', file('bad.json', { ...candidate, dateOfBirth: '1997-02-29', workHistory: [{ ...candidate.workHistory[0], hoursPerWeek: 0 }] })]],
    [['--profile', file('bad.json', { ...candidate, dateOfBirth: '1997-02-29', workHistory: [{ ...candidate.workHistory[0], hoursPerWeek: 0 }] }), '--as-of', '2026-01-01']],
  ])('lists every profile problem with its JSON path and exits 2 (%j)', async (argv) => {
    expect(await cli(...argv)).toEqual({
      status: 2,
      stdout: '',
      stderr:
        'dateOfBirth: must be a calendar date YYYY-MM-DD\n' +
        'workHistory[0].hoursPerWeek: must be a number of paid hours per week from 1 to 168\n',
    });
  });

  it.each([
    [['--profile', file('not-json.json', '{ "version": 1,')], /^--profile: .*not-json\.json is not valid JSON: /],
    [['--profile', join(dir, 'missing.json')], /^--profile: cannot read .*missing\.json: ENOENT\n$/],
    [['--profile', file('array.json', [])], /^\(root\): must be a JSON object holding a profile\n$/],
    [
      ['--profile', file('case.json', { id: 'P1', asOf: '2026-11-15', profile: candidate })],
      /^--profile: holds a "profile" inside it \(a worked case or an API request\?\): pass a file with only that profile\nversion: /,
    ],
    [[], /^--profile: is required\nusage: /],
    [['--profile', PROFILE, '--bogus'], /^arguments: Unknown option '--bogus'/],
    [['--profile', PROFILE, '--as-of', '2026-02-30'], /^--as-of: must be a calendar date YYYY-MM-DD\n$/],
    [['--profile', PROFILE, '--as-of', '2014-12-31'], /^--as-of: must be on or after 2015-01-01\n$/],
    [['--profile', PROFILE, '--as-of', '2026-01-01', '--round', '274'], /^--as-of: cannot be combined with --round or --draw/],
    [['--profile', PROFILE, '--round', '274', '--draw', PROFILE], /^--round: cannot be combined with --draw\n/],
    [['--profile', PROFILE, '--round', '9999'], /^--round: no round "9999" in data\/ee_rounds\.json\n$/],
    [
      ['--profile', PROFILE, '--draw', file('bad-draw.json', { number: 274, date: '2023-12-08', category: 'science', cutoff: 481.5 })],
      /^draw\.number: must be the round number as text, e\.g\. "274" or "91a"\ndraw\.category: must be one of: stem, .*\ndraw\.cutoff: must be the CRS cut-off, a whole number from 0 to 1200\n$/,
    ],
  ])('refuses %j with exit status 2', async (argv, message) => {
    const { status, stdout, stderr } = await cli(...argv);
    expect({ status, stdout }).toEqual({ status: 2, stdout: '' });
    expect(stderr).toMatch(message);
  });

  it('runs as a command: exit status 2 and the problems on stderr', async () => {
    const bad = file('bad-cli.json', { ...candidate, spouse: undefined, maritalStatus: 'married' });
    const error = await promisify(execFile)('node_modules/.bin/tsx', ['scripts/evaluate.ts', '--profile', bad]).catch((e) => e);
    expect(error.code).toBe(2);
    expect(error.stderr).toBe('spouse: is required when maritalStatus is married\n');
  }, 30_000);
});
