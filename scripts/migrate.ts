// Database migrations: `tsx scripts/migrate.ts deploy|dev --name <name>|status|reset`.
// `npm run db:migrate` = deploy; `npm run db:migrate:create -- --name <name>` = dev.
// Reads DATABASE_URL from the environment, after loading .env (Prisma 7 no longer does).
import { parseArgs } from 'node:util';
import { loadDotEnv } from './lib/load-env';
import { migrateDeploy, migrateDev, migrateReset, migrateStatus } from './lib/migrator';

const USAGE = 'Usage: tsx scripts/migrate.ts deploy | dev --name <name> | status | reset';

async function main(): Promise<number> {
  loadDotEnv();

  const { positionals, values } = parseArgs({ allowPositionals: true, options: { name: { type: 'string' } } });
  const [command] = positionals;
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error('DATABASE_URL is not set: set it in the environment or in .env (e.g. postgresql://user:password@localhost:5432/draw_alerts).');
    return 1;
  }

  switch (command) {
    case 'deploy':
      await migrateDeploy(url);
      return 0;
    case 'dev':
      if (!values.name) {
        console.error(`The dev command needs a migration name: --name <name>\n${USAGE}`);
        return 1;
      }
      await migrateDev(url, values.name);
      return 0;
    case 'status':
      return (await migrateStatus(url)).upToDate ? 0 : 1;
    case 'reset':
      await migrateReset(url);
      return 0;
    default:
      console.error(USAGE);
      return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
