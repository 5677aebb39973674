import { createHash, randomUUID } from 'node:crypto';
import { appendFile, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffDatabaseToSchema, migrateDeploy, migrateDev, migrateReset, migrateStatus, projectPaths, type MigratorPaths } from './migrator';

// Each test database is made here on TEST_DATABASE_URL's server and dropped at the end.
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) throw new Error('TEST_DATABASE_URL must point at a PostgreSQL server where tests may create databases.');

const runId = `${process.pid}_${randomUUID().slice(0, 8)}`;
const created: string[] = [];

function urlOf(database: string): string {
  const url = new URL(serverUrl!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function freshDatabase(label: string): Promise<string> {
  const name = `migrator_it_${label}_${runId}`;
  await query(serverUrl!, `CREATE DATABASE "${name}"`);
  created.push(name);
  return urlOf(name);
}

async function migrationFolders(): Promise<string[]> {
  const entries = await readdir(projectPaths.migrations, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

afterAll(async () => {
  for (const name of created) await query(serverUrl!, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});

describe('migrateDeploy', () => {
  let url: string;
  let firstRun: { applied: string[] };

  beforeAll(async () => {
    url = await freshDatabase('deploy');
    firstRun = await migrateDeploy(url);
  });

  it('applies every migration folder to a fresh database, in order', async () => {
    expect(firstRun.applied).toEqual(await migrationFolders());
  });

  it.each(['User', 'Account', 'VerificationToken', 'Profile', 'Round', 'RoundEdit', 'Notification', 'DevEmail', '_prisma_migrations'])(
    'creates the table %s',
    async (table) => {
      const rows = await query<{ tablename: string }>(url, `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename = '${table}'`);
      expect(rows).toEqual([{ tablename: table }]);
    },
  );

  it('records one finished _prisma_migrations row per folder, with the sha256 of its migration.sql as checksum', async () => {
    const expected = await Promise.all(
      (await migrationFolders()).map(async (name) => ({
        migration_name: name,
        checksum: createHash('sha256')
          .update(await readFile(path.join(projectPaths.migrations, name, 'migration.sql')))
          .digest('hex'),
        finished: true,
        rolled_back_at: null,
        logs: null,
        applied_steps_count: 1,
      })),
    );
    const rows = await query(
      url,
      `SELECT migration_name, checksum, finished_at IS NOT NULL AS finished, rolled_back_at, logs, applied_steps_count
         FROM _prisma_migrations ORDER BY migration_name`,
    );
    expect(rows).toEqual(expected);
  });

  it('applies nothing when run again', async () => {
    expect(await migrateDeploy(url)).toEqual({ applied: [] });
    const [{ count }] = await query<{ count: number }>(url, 'SELECT count(*)::int AS count FROM _prisma_migrations');
    expect(count).toBe((await migrationFolders()).length);
  });
});

describe('migrateDeploy on a migration with a function body', () => {
  it('sends the script whole, so semicolons inside $$ ... $$ do not split it', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'migrator-function-'));
    const paths = { schema: projectPaths.schema, migrations: path.join(directory, 'migrations') };
    await cp(projectPaths.migrations, paths.migrations, { recursive: true });
    await mkdir(path.join(paths.migrations, '29991231000000_function'));
    await writeFile(
      path.join(paths.migrations, '29991231000000_function', 'migration.sql'),
      'CREATE FUNCTION probe_double(n integer) RETURNS integer AS $$\nDECLARE result integer;\nBEGIN\n  result := n * 2;\n  RETURN result;\nEND;\n$$ LANGUAGE plpgsql;\n',
    );
    const url = await freshDatabase('function');

    const result = await migrateDeploy(url, paths);
    await rm(directory, { recursive: true, force: true });
    expect(result.applied).toEqual([...(await migrationFolders()), '29991231000000_function']);
    expect(await query(url, 'SELECT probe_double(21) AS doubled')).toEqual([{ doubled: 42 }]);
  });
});

describe('migrateStatus', () => {
  it('reports a deployed database as up to date', async () => {
    const url = await freshDatabase('status_ok');
    await migrateDeploy(url);
    expect(await migrateStatus(url)).toEqual({
      upToDate: true,
      local: await migrationFolders(),
      pending: [],
      missingLocally: [],
      failed: [],
      edited: [],
      drift: '',
      unmigratedSchemaChanges: '',
    });
  });

  it('reports every migration as pending on an empty database', async () => {
    const status = await migrateStatus(await freshDatabase('status_empty'));
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual(await migrationFolders());
    expect(status.drift).toBe('');
  });

  it('reports drift when the database was changed outside the migrations', async () => {
    const url = await freshDatabase('status_drift');
    await migrateDeploy(url);
    await query(url, 'ALTER TABLE "AuthThrottle" ADD COLUMN "extra" TEXT');
    const status = await migrateStatus(url);
    expect(status.upToDate).toBe(false);
    expect(status.pending).toEqual([]);
    expect(status.drift).toMatch(/ALTER TABLE "public"\."AuthThrottle" ADD COLUMN\s+"extra" TEXT;/);
  });

  it('reports a migration edited after it was applied', async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'migrator-status-'));
    const paths = { schema: projectPaths.schema, migrations: path.join(directory, 'migrations') };
    await cp(projectPaths.migrations, paths.migrations, { recursive: true });
    const url = await freshDatabase('status_edited');
    await migrateDeploy(url, paths);
    const [first] = await migrationFolders();
    await appendFile(path.join(paths.migrations, first, 'migration.sql'), '\n-- edited\n');

    const status = await migrateStatus(url, paths);
    await rm(directory, { recursive: true, force: true });
    expect(status.upToDate).toBe(false);
    expect(status.edited).toEqual([first]);
  });
});

describe('diffDatabaseToSchema', () => {
  it('is empty after a deploy: prisma/schema.prisma has no change that lacks a migration', async () => {
    const url = await freshDatabase('diff_ok');
    await migrateDeploy(url);
    expect(await diffDatabaseToSchema(url)).toBe('');
  });

  it('gives the SQL that undoes a change made outside the migrations', async () => {
    const url = await freshDatabase('diff_drift');
    await migrateDeploy(url);
    await query(url, 'ALTER TABLE "AuthThrottle" ADD COLUMN "extra" TEXT');
    expect(await diffDatabaseToSchema(url)).toMatch(/ALTER TABLE "AuthThrottle" DROP COLUMN "extra";/);
  });
});

describe('migrateReset', () => {
  it('drops data and outside changes, then re-applies every migration', async () => {
    const url = await freshDatabase('reset');
    await migrateDeploy(url);
    await query(url, `INSERT INTO "AuthThrottle" ("key", "firstFailureAt") VALUES ('a@example.com', now())`);
    await query(url, 'ALTER TABLE "AuthThrottle" ADD COLUMN "extra" TEXT');

    expect(await migrateReset(url)).toEqual({ applied: await migrationFolders() });
    expect(await query(url, 'SELECT count(*)::int AS count FROM "AuthThrottle"')).toEqual([{ count: 0 }]);
    expect((await migrateStatus(url)).upToDate).toBe(true);
  });
});

describe('migrateDev', () => {
  // A copy of the schema with its own migrations folder; the tests below build one history in turn.
  let paths: MigratorPaths;

  beforeAll(async () => {
    const directory = await mkdtemp(path.join(os.tmpdir(), 'migrator-dev-'));
    paths = { schema: path.join(directory, 'schema.prisma'), migrations: path.join(directory, 'migrations') };
    await copyFile(projectPaths.schema, paths.schema);
    await mkdir(paths.migrations);
  });

  afterAll(async () => {
    await rm(path.dirname(paths.schema), { recursive: true, force: true });
  });

  it('writes a first migration for the schema in Prisma\'s layout, applies it, and leaves the database up to date', async () => {
    const url = await freshDatabase('dev');
    const result = await migrateDev(url, 'Init Schema', paths);

    expect(result.created).toMatch(/^\d{14}_init_schema$/);
    expect(result.applied).toEqual([result.created]);
    expect((await readdir(paths.migrations)).sort()).toEqual([result.created, 'migration_lock.toml']);
    expect(await readFile(path.join(paths.migrations, 'migration_lock.toml'), 'utf8')).toBe(
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "postgresql"\n',
    );
    expect(await readFile(path.join(paths.migrations, result.created!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "Round" (');
    expect((await migrateStatus(url, paths)).upToDate).toBe(true);
  });

  it('writes nothing when the schema already matches the migrations', async () => {
    const before = (await readdir(paths.migrations)).sort();
    const result = await migrateDev(await freshDatabase('dev_again'), 'again', paths);

    expect(result.created).toBeNull();
    expect((await readdir(paths.migrations)).sort()).toEqual(before);
  });

  it('writes and applies a second migration for a schema change', async () => {
    const url = await freshDatabase('dev_change');
    await migrateDeploy(url, paths);
    await appendFile(paths.schema, '\nmodel ProbeTable {\n  id String @id\n}\n');
    // Migration folders sort by name: this one must sort after "<same second>_init_schema".
    const result = await migrateDev(url, 'probe table', paths);

    expect(result.created).toMatch(/^\d{14}_probe_table$/);
    expect(result.applied).toEqual([result.created]);
    expect(await readFile(path.join(paths.migrations, result.created!, 'migration.sql'), 'utf8')).toContain('CREATE TABLE "ProbeTable" (');
    expect(await query(url, `SELECT tablename FROM pg_tables WHERE tablename = 'ProbeTable'`)).toEqual([{ tablename: 'ProbeTable' }]);
    expect((await migrateStatus(url, paths)).upToDate).toBe(true);
  });

  it('writes but does not apply a migration that would lose data', async () => {
    const url = await freshDatabase('dev_loss');
    await migrateDeploy(url, paths);
    await query(url, `INSERT INTO "ProbeTable" ("id") VALUES ('kept')`);
    await writeFile(paths.schema, await readFile(projectPaths.schema, 'utf8'));
    // Sorts after "<same second>_probe_table".
    const result = await migrateDev(url, 'remove probe', paths);

    expect(result.created).toMatch(/^\d{14}_remove_probe$/);
    expect(result.applied).toEqual([]);
    expect(await readFile(path.join(paths.migrations, result.created!, 'migration.sql'), 'utf8')).toContain('DROP TABLE "ProbeTable";');
    expect(await query(url, 'SELECT "id" FROM "ProbeTable"')).toEqual([{ id: 'kept' }]);
    expect((await migrateStatus(url, paths)).pending).toEqual([result.created]);
  });
});

describe('shadow databases', () => {
  it('are all dropped once the commands finish', async () => {
    const rows = await query(serverUrl, `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%'`);
    expect(rows).toEqual([]);
  });
});
