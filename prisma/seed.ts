import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { loadDotEnv } from '../scripts/lib/load-env';
import { DEMO_PASSWORD, DEMO_USERS, shouldSeedDemoUsers } from './demo-users';

// `npm run db:seed`: the admin account (ADMIN_EMAIL / ADMIN_PASSWORD, with a printed default in
// development), then the official rounds from data/ee_rounds.json through the same import as the
// admin page (upsert by number; the shipped rounds are too old to send alerts), then, outside production only, the
// demo candidates of prisma/demo-users.ts. Safe to run again: it updates what it made, and a second
// import of the same file changes nothing.

const ROUNDS_FEED = new URL('../data/ee_rounds.json', import.meta.url);

export const DEFAULT_ADMIN = { email: 'admin@drawalerts.local', password: 'draw-alerts-admin' } as const;

export async function seed(): Promise<void> {
  const { env } = await import('../lib/env');
  const { upsertAdmin } = await import('../lib/data/users');
  const { hashPassword } = await import('../lib/passwords');
  const { normalizeEmail } = await import('../lib/emails');
  const { importFeed } = await import('../lib/rounds/import');

  if (env.NODE_ENV === 'production' && (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD)) {
    throw new Error('ADMIN_EMAIL and ADMIN_PASSWORD are required to seed a production database');
  }
  const email = normalizeEmail(env.ADMIN_EMAIL ?? DEFAULT_ADMIN.email);
  const password = env.ADMIN_PASSWORD ?? DEFAULT_ADMIN.password;
  const admin = await upsertAdmin(email, await hashPassword(password));
  if (env.ADMIN_PASSWORD) console.log(`[seed] admin account: ${email}`);
  else console.log(`[seed] admin account: ${email} / ${password} (development default: set ADMIN_EMAIL and ADMIN_PASSWORD to change it)`);

  const result = await importFeed(admin, await readFile(ROUNDS_FEED, 'utf8'));
  if (!result.ok) throw new Error(`data/ee_rounds.json was refused:\n${result.issues.map((i) => `  ${i.path}: ${i.message}`).join('\n')}`);
  const { added, changed, unchanged } = result.report;
  console.log(`[seed] official rounds: ${added.length} added, ${changed.length} changed, ${unchanged.length} unchanged`);

  await seedDemoUsers(env.NODE_ENV);
}

/**
 * Creates or updates the demo candidates (by email; each profile saved through lib/data/profiles so
 * its derived columns are right). Does nothing in production. Resolves to how many were seeded.
 */
export async function seedDemoUsers(nodeEnv: string): Promise<number> {
  if (!shouldSeedDemoUsers(nodeEnv)) {
    console.log('[seed] demo accounts: skipped (never in production)');
    return 0;
  }
  const { upsertDemoUser } = await import('../lib/data/demo-users');
  const { saveProfile } = await import('../lib/data/profiles');
  const { hashPassword } = await import('../lib/passwords');

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const demo of DEMO_USERS) {
    const { email, name, emailVerified, alertConsentAt, profile } = demo;
    const user = await upsertDemoUser({ email, name, emailVerified, alertConsentAt, passwordHash });
    await saveProfile(user.id, profile);
  }
  console.log(`[seed] demo accounts: ${DEMO_USERS.length}, password ${DEMO_PASSWORD} (development only)`);
  for (const demo of DEMO_USERS) console.log(`[seed]   ${demo.email.padEnd(40)} ${demo.story}`);
  return DEMO_USERS.length;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  loadDotEnv();
  seed()
    .then(() => process.exit(0))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
