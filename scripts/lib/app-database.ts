import path from 'node:path';
import { createDatabase, startEmbeddedPostgres, type PostgresServer } from './postgres';

export const EMBEDDED_PORT = 5544;
export const EMBEDDED_DATABASE = 'draw_alerts';

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
  console.log(`[db] DATABASE_URL is not set: starting the embedded PostgreSQL (data in ${dir}, port ${EMBEDDED_PORT})`);
  const server = await startEmbeddedPostgres({ dir, port: EMBEDDED_PORT, persistent: true });
  const url = await createDatabase(server, EMBEDDED_DATABASE, { ifMissing: true });
  process.env.DATABASE_URL = url;
  return { url, server };
}
