import path from 'node:path';
import { createDatabase, isPortTaken, startEmbeddedPostgres, type PostgresServer } from './postgres';

export const EMBEDDED_DATABASE = 'draw_alerts';

/** The embedded server's port: EMBEDDED_POSTGRES_PORT, 5544 by default. */
function embeddedPort(): number {
  const given = process.env.EMBEDDED_POSTGRES_PORT;
  if (!given) return 5544;
  const port = Number(given);
  if (!Number.isInteger(port) || port < 1024 || port > 65535) {
    throw new Error(`EMBEDDED_POSTGRES_PORT must be a whole number from 1024 to 65535 (it is "${given}").`);
  }
  return port;
}

/**
 * The app's database: DATABASE_URL when configured, otherwise an embedded PostgreSQL whose data
 * lives in .data/postgres (git-ignored) between runs. Sets DATABASE_URL for what runs next.
 */
export async function resolveAppDatabase(): Promise<{ url: string; server: PostgresServer | null }> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const url = new URL(configured);
    console.log(`[db] using DATABASE_URL (${url.hostname}:${url.port || 5432}${url.pathname})`);
    return { url: configured, server: null };
  }
  const dir = path.resolve('.data/postgres');
  const port = embeddedPort();
  if (await isPortTaken(port)) {
    throw new Error(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start (is another \`npm run dev\` running?). ` +
        'Stop what uses it, set EMBEDDED_POSTGRES_PORT to a free port, or set DATABASE_URL to your own server.',
    );
  }
  console.log(`[db] DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${dir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dir, port, persistent: true });
  const url = await createDatabase(server, EMBEDDED_DATABASE, { ifMissing: true });
  process.env.DATABASE_URL = url;
  return { url, server };
}
