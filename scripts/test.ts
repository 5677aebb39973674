import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { startLocalResend } from './lib/local-resend';
import { migrateDeploy } from './lib/migrator';
import { createDatabase, dropDatabase, externalPostgres, startTemporaryPostgres, type PostgresServer } from './lib/postgres';
import { run, stop, waitForHttp } from './lib/processes';

// `npm test`: every layer, one command.
//   0. static checks: the TypeScript compiler (tsc --noEmit) and ESLint;
//   1. Vitest unit tests, under TZ=UTC and again under TZ=America/Toronto (date-only values must
//      never shift with the time zone);
//   2. Vitest integration tests on a real PostgreSQL (a throwaway database per run);
//   3. Playwright end-to-end tests in Chromium against a production build (next build + next start),
//      with the real Resend SDK talking to a local server that speaks Resend's API.
// The database server is TEST_DATABASE_URL's when given, else an embedded one made for this run.
// `npm test -- unit integration` runs only the layers named (static, unit, integration, e2e);
// other words are Playwright filters: `npm test -- e2e sessions` runs e2e/sessions.spec.ts only.

const LAYERS = ['static', 'unit', 'integration', 'e2e'];
const words = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
const layers = words.filter((word) => LAYERS.includes(word));
const specFilters = words.filter((word) => !LAYERS.includes(word));
const wants = (layer: string) => layers.length === 0 || layers.includes(layer);
const reports = path.resolve('test-results');
mkdirSync(reports, { recursive: true });

type Tally = { name: string; passed: number; failed: number; skipped: number; code: number };
const tallies: Tally[] = [];

function vitestTally(name: string, file: string, code: number): Tally {
  if (!existsSync(file)) return { name, passed: 0, failed: 1, skipped: 0, code };
  const report = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number };
  return { name, passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests, code };
}

async function vitest(name: string, project: string, env: Record<string, string>): Promise<void> {
  const file = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
  rmSync(file, { force: true });
  const code = await run('node_modules/.bin/vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], {
    env: { ...process.env, ...env },
  });
  tallies.push(vitestTally(name, file, code));
}

function playwrightTally(file: string, code: number): Tally {
  if (!existsSync(file)) return { name: 'e2e', passed: 0, failed: 1, skipped: 0, code };
  const stats = (JSON.parse(readFileSync(file, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
  return { name: 'e2e', passed: stats.expected + stats.flaky, failed: stats.unexpected, skipped: stats.skipped, code };
}

async function check(name: string, command: string, args: string[]): Promise<Tally> {
  const code = await run(command, args);
  return { name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, code };
}

async function endToEnd(server: PostgresServer): Promise<void> {
  const name = `draw_alerts_e2e_${process.pid}_${Date.now()}`;
  const databaseUrl = await createDatabase(server, name);
  const resend = await startLocalResend({ apiKey: 're_local_test_key' });
  const port = process.env.E2E_PORT ?? '3100';
  const appUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: 'e2e-secret-0123456789abcdef0123456789abcdef',
    APP_URL: appUrl,
    NEXTAUTH_URL: appUrl,
    RESEND_API_KEY: 're_local_test_key',
    RESEND_BASE_URL: resend.url,
    ADMIN_EMAIL: 'admin@e2e.test',
    ADMIN_PASSWORD: 'e2e-admin-password',
  };
  let app: ReturnType<typeof spawn> | undefined;
  try {
    await migrateDeploy(databaseUrl);
    if ((await run('node_modules/.bin/tsx', ['prisma/seed.ts'], { env })) !== 0) throw new Error('seeding the e2e database failed');
    if ((await run('node_modules/.bin/next', ['build'], { env })) !== 0) throw new Error('next build failed');
    app = spawn('node_modules/.bin/next', ['start', '--port', port, '--hostname', '127.0.0.1'], { stdio: 'inherit', env });
    await waitForHttp(appUrl);
    const file = path.join(reports, 'e2e.json');
    rmSync(file, { force: true });
    const code = await run('node_modules/.bin/playwright', ['test', ...specFilters], {
      env: { ...env, NODE_ENV: 'test', E2E_BASE_URL: appUrl, LOCAL_RESEND_URL: resend.url, PLAYWRIGHT_JSON_OUTPUT_FILE: file },
    });
    tallies.push(playwrightTally(file, code));
  } catch (error) {
    console.error(error);
    tallies.push({ name: 'e2e', passed: 0, failed: 1, skipped: 0, code: 1 });
  } finally {
    if (app) await stop(app);
    await resend.close();
    await dropDatabase(server, name);
  }
}

const given = process.env.TEST_DATABASE_URL;
const server = wants('integration') || wants('e2e') ? (given ? externalPostgres(given) : await startTemporaryPostgres()) : null;
try {
  if (wants('static')) {
    tallies.push(await check('typecheck (tsc --noEmit)', 'node_modules/.bin/tsc', ['--noEmit', '-p', '.']));
    tallies.push(await check('lint (eslint)', 'node_modules/.bin/eslint', ['.']));
  }
  if (wants('unit')) {
    await vitest('unit (TZ=UTC)', 'unit', { TZ: 'UTC' });
    await vitest('unit (TZ=America/Toronto)', 'unit', { TZ: 'America/Toronto' });
  }
  if (server && wants('integration')) await vitest('integration', 'integration', { TEST_DATABASE_URL: server.url('postgres') });
  if (server && wants('e2e')) await endToEnd(server);
} finally {
  await server?.stop();
}

console.log('\nSummary');
for (const t of tallies) console.log(`  ${t.name.padEnd(28)} ${t.passed} passed, ${t.failed} failed${t.skipped ? `, ${t.skipped} skipped` : ''}${t.code && !t.failed ? ` (exit ${t.code})` : ''}`);
const passed = tallies.reduce((sum, t) => sum + t.passed, 0);
const failed = tallies.reduce((sum, t) => sum + t.failed + (t.code && !t.failed ? 1 : 0), 0);
const skipped = tallies.reduce((sum, t) => sum + t.skipped, 0);
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
