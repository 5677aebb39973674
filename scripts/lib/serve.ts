import { spawn } from 'node:child_process';
import { resolveAppDatabase } from './app-database';
import { loadDotEnv } from './load-env';
import { migrateDeploy } from './migrator';
import { stop } from './processes';

/**
 * `npm run dev` and `npm start`: the database (embedded unless DATABASE_URL is set), migrations,
 * the seed, then Next itself. Ctrl-C stops Next and the embedded database.
 */
export async function serve(mode: 'dev' | 'start', prepare?: () => Promise<void>): Promise<void> {
  loadDotEnv();
  const database = await resolveAppDatabase().catch((error: Error) => {
    console.error(`[db] ${error.message}`);
    process.exit(1);
  });
  await migrateDeploy(database.url);
  const { seed } = await import('../../prisma/seed');
  await seed();
  await prepare?.();

  const port = process.env.PORT ?? '3000';
  const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
  const next = spawn('node_modules/.bin/next', [mode, '--port', port], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: database.url, APP_URL: appUrl, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? appUrl },
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stop(next);
    await database.server?.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));
  next.on('exit', (code) => void shutdown(code ?? 0));
}
