// Every worked case of tests/cases/crs runs through the real `evaluate` command (tsx scripts/evaluate.ts),
// and every key under `expect` must equal the same key of the printed evaluation.
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const CASES = 'tests/cases/crs';
const dir = mkdtempSync(join(tmpdir(), 'crs-cases-'));

type Case = { id: string; asOf: string; profile: unknown; expect: Record<string, unknown> };

/** Each leaf of `expected` deep-equals the leaf at the same path of `actual`. */
function expectSubset(actual: unknown, expected: unknown, path: string): void {
  if (expected !== null && typeof expected === 'object' && !Array.isArray(expected)) {
    expect(actual, path).toBeTypeOf('object');
    for (const [key, value] of Object.entries(expected)) expectSubset((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
  } else {
    expect(actual, path).toEqual(expected);
  }
}

describe.concurrent('tests/cases/crs through the evaluate command', () => {
  it.each(readdirSync(CASES).filter((file) => file.endsWith('.json')))('%s', async (file) => {
    const testCase = JSON.parse(readFileSync(join(CASES, file), 'utf8')) as Case;
    const profileFile = join(dir, file);
    writeFileSync(profileFile, JSON.stringify(testCase.profile));
    const { stdout } = await run('node_modules/.bin/tsx', ['scripts/evaluate.ts', '--profile', profileFile, '--as-of', testCase.asOf], {
      timeout: 30_000,
    });
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(output.asOf).toBe(testCase.asOf);
    expect(Object.keys(testCase.expect).length).toBeGreaterThan(0);
    expectSubset(output, testCase.expect, testCase.id);
  }, 60_000);
});
