import { migrateDeploy } from '../../scripts/lib/migrator';
import { createDatabase, dropDatabase, externalPostgres, startTemporaryPostgres, type PostgresServer } from '../../scripts/lib/postgres';

// Integration tests run against a real PostgreSQL: a throwaway database, migrated, made for this
// run and dropped after it, on TEST_DATABASE_URL's server when given, else on an embedded server.
export default async function setup() {
  const given = process.env.TEST_DATABASE_URL;
  const server: PostgresServer = given ? externalPostgres(given) : await startTemporaryPostgres();
  const name = `draw_alerts_it_${process.pid}_${Date.now()}`;
  const url = await createDatabase(server, name);
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  process.env.TEST_DATABASE_URL ??= server.url('postgres');

  return async () => {
    await dropDatabase(server, name);
    await server.stop();
  };
}

