// Database migrations without Prisma's native schema engine (this machine cannot download it).
// Prisma's published WebAssembly schema engine does the work through the pg driver adapter; it reads
// and writes the standard prisma/migrations folders and `_prisma_migrations` rows, so the official
// `prisma migrate deploy` accepts a database migrated here.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type ColumnType,
  type IsolationLevel,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from '@prisma/driver-adapter-utils';
import * as engineBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { MigrationList, SchemaEngine, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import pg from 'pg';

/** Where the Prisma schema and the migrations folder are. */
export type MigratorPaths = { schema: string; migrations: string };

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
export const projectPaths: MigratorPaths = {
  schema: path.join(projectRoot, 'prisma', 'schema.prisma'),
  migrations: path.join(projectRoot, 'prisma', 'migrations'),
};

const MIGRATION_FILE = 'migration.sql';
const LOCKFILE = 'migration_lock.toml';
const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

// ---------------------------------------------------------------------------------------------
// The pg driver adapter, adjusted for the schema engine's catalog queries.

// PostgreSQL's one-byte `"char"` type (pg_constraint.contype, confdeltype, ...) is unknown to
// adapter-pg, which fails the whole query on it. The client below retypes such columns to text in
// each result and remembers them, so the adapter can report them as the engine's Character type.
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const characterColumnsByRows = new WeakMap<unknown[], number[]>();

function retypeCharacterColumns(result: pg.QueryResult): void {
  const columns: number[] = [];
  result.fields?.forEach((field, index) => {
    if (field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
      columns.push(index);
    }
  });
  if (columns.length > 0) characterColumnsByRows.set(result.rows, columns);
}

// The engine's queries outside transactions go through pg.Pool, which calls the client with a callback.
class CatalogAwareClient extends pg.Client {
  constructor(config?: string | pg.ClientConfig) {
    super(config);
    const query = super.query.bind(this) as (...args: unknown[]) => unknown;
    const retypingQuery = (...args: unknown[]) => {
      const callbackIndex = args.findIndex((arg) => typeof arg === 'function');
      if (callbackIndex >= 0) {
        const callback = args[callbackIndex] as (error: Error | null, result?: pg.QueryResult) => void;
        args[callbackIndex] = (error: Error | null, result?: pg.QueryResult) => {
          if (result) retypeCharacterColumns(result);
          callback(error, result);
        };
      }
      return query(...args);
    };
    this.query = retypingQuery as pg.Client['query'];
  }
}

function withCharacterTypes(resultSet: SqlResultSet): SqlResultSet {
  const columns = characterColumnsByRows.get(resultSet.rows);
  if (!columns) return resultSet;
  const columnTypes: ColumnType[] = [...resultSet.columnTypes];
  for (const index of columns) columnTypes[index] = ColumnTypeEnum.Character;
  return { ...resultSet, columnTypes };
}

/** One pool, seen by the engine as a driver adapter. `release` runs once, after the pool has ended. */
type PgAdapter = Awaited<ReturnType<PrismaPg['connect']>>;

class MigrationAdapter implements SqlDriverAdapter {
  readonly provider = 'postgres';
  readonly adapterName: string;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly inner: PgAdapter,
    private readonly release: () => Promise<void>,
  ) {
    this.adapterName = inner.adapterName;
  }

  static async open(connectionString: string, release: () => Promise<void> = async () => {}) {
    const pool = new pg.Pool({ connectionString, Client: CatalogAwareClient, max: 4 });
    const inner = await new PrismaPg(pool).connect();
    return new MigrationAdapter(pool, inner, release);
  }

  async queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    return withCharacterTypes(await this.inner.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    return this.inner.executeRaw(query);
  }

  // adapter-pg splits scripts on every `;`, which breaks `$$` function bodies: send the script whole
  // (the simple query protocol runs several statements in one round trip).
  async executeScript(script: string): Promise<void> {
    await this.pool.query(script);
  }

  // None of these commands opens a transaction on PostgreSQL (migrations and `_prisma_migrations`
  // go through queryRaw, executeRaw and executeScript), so transactions are adapter-pg's as is.
  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.inner.startTransaction(isolationLevel);
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo();
  }

  async dispose(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
    await this.release();
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The engine's view of the database: the main connection, plus throwaway shadow databases. */
class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly opened: MigrationAdapter[] = [];

  constructor(private readonly url: string) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.track(await MigrationAdapter.open(this.url));
  }

  // A fresh database on the same server, dropped when the engine disposes of it. The pool must end
  // before the drop; FORCE also ends connections the engine left open.
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '')}`;
    await this.admin(`CREATE DATABASE ${quoteIdentifier(name)}`);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${name}`;
    return this.track(
      await MigrationAdapter.open(shadowUrl.toString(), () => this.admin(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`)),
    );
  }

  /** Ends every pool still open (and drops any shadow database still there). */
  async close(): Promise<void> {
    const results = await Promise.allSettled(this.opened.map((adapter) => adapter.dispose()));
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }

  private track(adapter: MigrationAdapter): MigrationAdapter {
    this.opened.push(adapter);
    return adapter;
  }

  private async admin(sql: string): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The WebAssembly schema engine.

type PanicRegistry = { message: string; set_message(message: string): void };
const panics = globalThis as unknown as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry };

let engineLoaded: Promise<void> | undefined;

// The package's own entry point imports the .wasm file as an ES module, which Node does not do
// without a flag: instantiate it here from the bytes, with the package's JavaScript glue (once).
function loadEngineModule(): Promise<void> {
  engineLoaded ??= instantiateEngine();
  return engineLoaded;
}

async function instantiateEngine(): Promise<void> {
  panics.PRISMA_WASM_PANIC_REGISTRY ??= {
    message: '',
    set_message(message: string) {
      this.message = message;
    },
  };
  const require = createRequire(import.meta.url);
  const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm')), 'schema_engine_bg.wasm');
  const compiled = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(compiled, { './schema_engine_bg.js': engineBindings });
  engineBindings.__wbg_set_wasm(instance.exports);
  (instance.exports.__wbindgen_start as () => void)();
}

/** Turns what the engine throws into an Error with a readable message. */
function engineError(error: unknown, registry: { consumeError(id: number): { error: unknown } | undefined }): Error {
  if (error instanceof WebAssembly.RuntimeError) {
    return new Error(`Schema engine panic: ${panics.PRISMA_WASM_PANIC_REGISTRY?.message || error.message}`);
  }
  const details = error as { message?: string; code?: string; cause?: { kind?: string; id?: number } };
  if (details.cause?.kind === 'GenericJs' && typeof details.cause.id === 'number') {
    const original = registry.consumeError(details.cause.id)?.error;
    if (original instanceof Error) return original;
  }
  const message = details.message ?? String(error);
  return new Error(details.code ? `${details.code}: ${message}` : message);
}

type Session = {
  run<T>(command: (engine: SchemaEngine) => Promise<T>): Promise<T>;
  migrationsList(): Promise<MigrationList>;
  /** prisma/schema.prisma as the engine takes it. */
  schemaFiles: { path: string; content: string }[];
  /** The live database as a diff target. */
  database: { tag: 'schemaDatasource'; files: { path: string; content: string }[]; configDir: string };
  close(): Promise<void>;
};

async function openSession(url: string, paths: MigratorPaths): Promise<Session> {
  await loadEngineModule();
  const factory = new MigrationAdapterFactory(url);
  const adapter = bindMigrationAwareSqlAdapterFactory(factory);
  const schemaFiles = [{ path: paths.schema, content: await readFile(paths.schema, 'utf8') }];
  let engine: SchemaEngine;
  try {
    engine = await engineBindings.SchemaEngine.new({ datamodels: [[paths.schema, schemaFiles[0].content]] }, () => {}, adapter);
  } catch (error) {
    await factory.close();
    throw engineError(error, adapter.errorRegistry);
  }
  return {
    async run(command) {
      try {
        return await command(engine);
      } catch (error) {
        throw engineError(error, adapter.errorRegistry);
      }
    },
    migrationsList: () => readMigrationsList(paths.migrations),
    schemaFiles,
    // With a driver adapter, the engine takes "the schema's datasource" to mean the adapter's database.
    database: { tag: 'schemaDatasource', files: schemaFiles, configDir: path.dirname(paths.schema) },
    async close() {
      engine.free();
      await factory.close();
    },
  };
}

async function withSession<T>(url: string, paths: MigratorPaths, work: (session: Session) => Promise<T>): Promise<T> {
  const session = await openSession(url, paths);
  try {
    return await work(session);
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// The migrations folder, read and written as Prisma's CLI does.

async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const lockContent = existsSync(path.join(migrationsDir, LOCKFILE)) ? await readFile(path.join(migrationsDir, LOCKFILE), 'utf8') : null;
  const entries = existsSync(migrationsDir) ? await readdir(migrationsDir, { withFileTypes: true }) : [];
  const directories = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  directories.sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    directories.map(async (name) => ({
      path: name,
      migrationFile: {
        path: MIGRATION_FILE,
        content: await readFile(path.join(migrationsDir, name, MIGRATION_FILE), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (error: Error) => ({ tag: 'error' as const, value: error.message }),
        ),
      },
    })),
  );
  return { baseDir: migrationsDir, lockfile: { path: LOCKFILE, content: lockContent }, shadowDbInitScript: '', migrationDirectories };
}

async function writeMigration(migrationsDir: string, directoryName: string, script: string, provider: string): Promise<string> {
  const directory = path.join(migrationsDir, directoryName);
  if (existsSync(directory)) throw new Error(`The migration directory already exists: ${directory}`);
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, MIGRATION_FILE), script, 'utf8');
  const lock = `# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\nprovider = "${provider}"\n`;
  await writeFile(path.join(migrationsDir, LOCKFILE), lock, 'utf8');
  return directory;
}

/** A migration name as Prisma's CLI makes it: lower case words joined by underscores. */
function migrationSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (slug === '') throw new Error(`Invalid migration name "${name}": use letters, digits and underscores.`);
  return slug;
}

// ---------------------------------------------------------------------------------------------
// Commands.

async function applyPending(session: Session): Promise<string[]> {
  const migrationsList = await session.migrationsList();
  const { appliedMigrationNames } = await session.run((engine) => engine.applyMigrations({ migrationsList, filters: NO_FILTER }));
  for (const name of appliedMigrationNames) console.log(`Applied migration ${name}`);
  return appliedMigrationNames;
}

/** Applies the pending migrations of prisma/migrations (what `prisma migrate deploy` does). */
export async function migrateDeploy(url: string, paths = projectPaths): Promise<{ applied: string[] }> {
  return withSession(url, paths, async (session) => {
    const applied = await applyPending(session);
    if (applied.length === 0) console.log('No pending migrations to apply.');
    return { applied };
  });
}

/**
 * Brings the development database up to date, then writes a migration for the difference between
 * prisma/schema.prisma and the migrations (computed on a shadow database) and applies it. Writes
 * nothing when the schema already matches. A migration that would lose data is written but not
 * applied, to be reviewed first (then applied by migrateDeploy).
 */
export async function migrateDev(
  url: string,
  name: string,
  paths = projectPaths,
): Promise<{ created: string | null; applied: string[] }> {
  const slug = migrationSlug(name);
  return withSession(url, paths, async (session) => {
    await requireNoReset(session, await session.migrationsList());
    const applied = await applyPending(session);

    // With a driver adapter, evaluateDataLoss and createMigration cannot open a shadow database
    // themselves: they read the migrations' schema from the engine's cache, which devDiagnostic fills
    // (on a shadow database) for the migrations applied so far. So diagnose again once all are applied.
    const current = await session.migrationsList();
    await requireNoReset(session, current);
    const schema = { files: session.schemaFiles };
    const evaluation = await session.run((engine) => engine.evaluateDataLoss({ migrationsList: current, schema, filters: NO_FILTER }));
    if (evaluation.unexecutableSteps.length > 0) {
      throw new Error(`The migration cannot be applied:\n${evaluation.unexecutableSteps.map((step) => `- ${step.message}`).join('\n')}`);
    }

    const migration = await session.run((engine) =>
      engine.createMigration({ draft: false, migrationName: slug, migrationsList: current, schema, filters: NO_FILTER }),
    );
    if (migration.migrationScript === null) {
      console.log('Schema unchanged: no changes, no migration written.');
      return { created: null, applied };
    }
    const directory = await writeMigration(paths.migrations, migration.generatedMigrationName, migration.migrationScript, migration.connectorType);
    const file = path.relative(process.cwd(), path.join(directory, MIGRATION_FILE));
    console.log(`Created ${file}`);
    if (evaluation.warnings.length > 0) {
      for (const warning of evaluation.warnings) console.log(`Warning: ${warning.message}`);
      console.log(`Not applied because of the warnings above: review ${file}, then run the deploy command.`);
      return { created: migration.generatedMigrationName, applied };
    }
    return { created: migration.generatedMigrationName, applied: [...applied, ...(await applyPending(session))] };
  });
}

/** Stops when the history cannot take a new migration (drift, an edited or failed migration). */
async function requireNoReset(session: Session, migrationsList: MigrationList): Promise<void> {
  const { action } = await session.run((engine) => engine.devDiagnostic({ migrationsList, filters: NO_FILTER }));
  if (action.tag === 'reset') {
    throw new Error(`The database must be reset before a new migration can be made: ${action.reason}\nRun the reset command (all data is lost).`);
  }
}

export type MigrationStatus = {
  /** True when nothing is pending, failed, edited or drifted, and schema.prisma needs no migration. */
  upToDate: boolean;
  /** Folders in prisma/migrations, in order. */
  local: string[];
  /** Migrations in the folder not yet applied to the database. */
  pending: string[];
  /** Migrations recorded in the database but absent from the folder. */
  missingLocally: string[];
  failed: string[];
  /** Applied migrations whose file changed after it was applied (checksum mismatch). */
  edited: string[];
  /** SQL that would turn the schema the applied migrations build into the database's schema ('' when none). */
  drift: string;
  /** SQL a new migration would need for prisma/schema.prisma ('' when the migrations match it). */
  unmigratedSchemaChanges: string;
};

async function diffScript(session: Session, params: Parameters<SchemaEngine['diff']>[0]): Promise<string> {
  const result = await session.run((engine) => engine.diff(params));
  return isEmptyScript(result.stdout ?? '') ? '' : (result.stdout ?? '');
}

function isEmptyScript(script: string): boolean {
  return script
    .split('\n')
    .map((line) => line.trim())
    .every((line) => line === '' || line.startsWith('--'));
}

/**
 * The SQL that would bring the database to prisma/schema.prisma ('' when it already matches).
 * After a deploy this is empty unless schema.prisma changed without a migration.
 */
export async function diffDatabaseToSchema(url: string, paths = projectPaths): Promise<string> {
  return withSession(url, paths, (session) =>
    diffScript(session, {
      from: session.database,
      to: { tag: 'schemaDatamodel', files: session.schemaFiles },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    }),
  );
}

/** Compares prisma/migrations, the database and prisma/schema.prisma (what `prisma migrate status` does, and more). */
export async function migrateStatus(url: string, paths = projectPaths): Promise<MigrationStatus> {
  return withSession(url, paths, async (session) => {
    const migrationsList = await session.migrationsList();
    const diagnosis = await session.run((engine) =>
      engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: NO_FILTER }),
    );
    const history = diagnosis.history;
    const pending =
      history?.diagnostic === 'databaseIsBehind' || history?.diagnostic === 'historiesDiverge' ? history.unappliedMigrationNames : [];
    const missingLocally =
      history?.diagnostic === 'migrationsDirectoryIsBehind' || history?.diagnostic === 'historiesDiverge' ? history.unpersistedMigrationNames : [];
    // Drift: what the database has beyond the migrations it has applied (pending ones are no drift).
    const appliedMigrations = {
      tag: 'migrations' as const,
      ...migrationsList,
      migrationDirectories: migrationsList.migrationDirectories.filter((directory) => !pending.includes(directory.path)),
    };
    const drift = await diffScript(session, { from: appliedMigrations, to: session.database, script: true, exitCode: null, filters: NO_FILTER });
    const unmigratedSchemaChanges = await diffScript(session, {
      from: { tag: 'migrations', ...migrationsList },
      to: { tag: 'schemaDatamodel', files: session.schemaFiles },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    const status: MigrationStatus = {
      upToDate:
        pending.length === 0 &&
        missingLocally.length === 0 &&
        diagnosis.failedMigrationNames.length === 0 &&
        diagnosis.editedMigrationNames.length === 0 &&
        drift === '' &&
        unmigratedSchemaChanges === '',
      local: migrationsList.migrationDirectories.map((directory) => directory.path),
      pending,
      missingLocally,
      failed: diagnosis.failedMigrationNames,
      edited: diagnosis.editedMigrationNames,
      drift,
      unmigratedSchemaChanges,
    };
    logStatus(status);
    return status;
  });
}

function logStatus(status: MigrationStatus): void {
  console.log(`${status.local.length} migration(s) in prisma/migrations.`);
  const lists: [string, string[]][] = [
    ['Not yet applied', status.pending],
    ['Applied but missing from prisma/migrations', status.missingLocally],
    ['Failed', status.failed],
    ['Edited after being applied', status.edited],
  ];
  for (const [label, names] of lists) if (names.length > 0) console.log(`${label}: ${names.join(', ')}`);
  if (status.drift !== '') console.log(`Drift: the database differs from what the migrations build:\n${status.drift}`);
  if (status.unmigratedSchemaChanges !== '') {
    console.log(`prisma/schema.prisma has changes no migration makes yet (run the dev command):\n${status.unmigratedSchemaChanges}`);
  }
  if (status.upToDate) console.log('Database schema is up to date.');
}

/** Drops everything in the database, then applies every migration. All data is lost. */
export async function migrateReset(url: string, paths = projectPaths): Promise<{ applied: string[] }> {
  return withSession(url, paths, async (session) => {
    await session.run((engine) => engine.reset({ filter: NO_FILTER }));
    console.log('Database reset: everything dropped.');
    return { applied: await applyPending(session) };
  });
}
