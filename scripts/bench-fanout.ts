import { parseArgs } from 'node:util';
import type { Score } from '../lib/notifications/testing';
import { startLocalResend } from './lib/local-resend';
import { createDatabase, dropDatabase, externalPostgres, startTemporaryPostgres } from './lib/postgres';
import { run } from './lib/processes';

// `npm run bench:fanout -- --users 250000 [--rate 2] [--deliver-seconds 60] [--drain]`
//
// Fills a fresh database with varied profiles (multi-row INSERT ... SELECT in SQL), records a STEM round
// dated today and measures:
//   1. the fan-out (every Notification row committed) against the floor: the same prefiltered
//      SELECT of the profile columns, streamed the same way, with no evaluation and no writes;
//   2. the process's peak RSS;
//   3. delivery through the worker to the local Resend server, which enforces the rate limit
//      (requests/s x 100 emails), over a window (or until every alert is sent with --drain),
//      then checks that every SENT row has exactly one email and every email a SENT row.
// The database is TEST_DATABASE_URL's server when given, else an embedded one; it is dropped after.

const { values } = parseArgs({
  options: {
    users: { type: 'string', default: '250000' },
    rate: { type: 'string' },
    'deliver-seconds': { type: 'string', default: '60' },
    drain: { type: 'boolean', default: false },
  },
});
const users = Number(values.users);
const deliverSeconds = Number(values['deliver-seconds']);
if (!Number.isInteger(users) || users < 1) throw new Error('--users must be a positive whole number');

const given = process.env.TEST_DATABASE_URL;
const server = given ? externalPostgres(given) : await startTemporaryPostgres();
const name = `draw_alerts_bench_${process.pid}`;
const databaseUrl = await createDatabase(server, name);
// Migrations run in a child process: the schema engine would otherwise count in this process's RSS.
if ((await run('node_modules/.bin/tsx', ['scripts/migrate.ts', 'deploy'], { env: { ...process.env, DATABASE_URL: databaseUrl } })) !== 0) {
  throw new Error('migrating the benchmark database failed');
}

const apiKey = 're_bench_key';
process.env.DATABASE_URL = databaseUrl;
process.env.RESEND_API_KEY = apiKey;
Object.assign(process.env, { NODE_ENV: 'production' });
process.env.AUTH_SECRET ??= 'bench-secret-0123456789abcdef0123456789abcdef';
if (values.rate) process.env.EMAIL_RATE_LIMIT = values.rate;
const rate = Number(process.env.EMAIL_RATE_LIMIT ?? 2);
const resend = await startLocalResend({ apiKey, rateLimitPerSecond: rate });
process.env.RESEND_BASE_URL = resend.url;

const { db } = await import('../lib/db');
const { categoryVersionOn } = await import('../lib/rules');
const { scanCandidates } = await import('../lib/notifications/audience');
const { runFanout, toRoundInput } = await import('../lib/notifications/fan-out');
const { torontoToday } = await import('../lib/toronto-today');
const { candidateProfile } = await import('../lib/notifications/testing');
const { profileColumns } = await import('../lib/data/profiles');
const { startWorker } = await import('../lib/notifications/worker');
const { addDays } = await import('../lib/rules');

const mb = (kilobytes: number) => `${(kilobytes / 1024).toFixed(0)} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

try {
  const today = torontoToday(new Date());
  const stemNocs = [...(categoryVersionOn('stem', today)?.occupations ?? [])];
  const otherNocs = ['21232', '21231', '31102', '62020', '72410', '13110'];
  const scores: Score[] = ['HIGH', 'CUTOFF', 'LOW'];
  // Varied profiles: every occupation (half on the STEM list) x three score levels x ages and
  // experience shifted by up to six months either way x four submission times (one unknown). Users
  // are made in SQL from generate_series, each taking a template by a multiplicative hash, with
  // 95% verified, 85% consenting and 20% wanting near misses: no per-user round trips, and this
  // process holds only the templates.
  const templates = [];
  for (const noc of [...stemNocs, ...otherNocs]) {
    for (const score of scores) {
      for (let shift = -180; shift <= 180; shift += 30) {
        for (const submittedAt of [null, `${addDays(today, -40)}T08:00:00.000Z`, `${addDays(today, -150)}T11:00:00.000Z`, `${addDays(today, -300)}T17:00:00.000Z`]) {
          const profile = candidateProfile({ asOf: addDays(today, shift), noc, score, submittedAt });
          templates.push({ profile, columns: profileColumns(profile) });
        }
      }
    }
  }
  let started = Date.now();
  await db.$executeRaw`
    CREATE TABLE bench_template AS
    SELECT * FROM unnest(${templates.map((_, index) => index)}::int[], ${templates.map((t) => JSON.stringify(t.profile))}::text[],
      ${templates.map((t) => t.columns.dateOfBirth)}::date[], ${templates.map((t) => t.columns.nocCodes.join(','))}::text[],
      ${templates.map((t) => t.columns.languageValidTo)}::date[], ${templates.map((t) => t.columns.expressEntryAt)}::timestamptz[])
      AS t(idx, data, birth, nocs, language, submitted)`;
  for (let from = 1; from <= users; from += 50_000) {
    const to = Math.min(users, from + 49_999);
    await db.$executeRaw`
      INSERT INTO "User" (id, email, "emailVerified", "alertConsentAt", "alertNearMiss", "updatedAt")
      SELECT 'bench-' || lpad(i::text, 8, '0'), 'bench' || i || '@example.test',
        CASE WHEN (i::bigint * 7919) % 100 < 95 THEN now() END, CASE WHEN (i::bigint * 104729) % 100 < 85 THEN now() END, (i::bigint * 31) % 100 < 20, now()
      FROM generate_series(${from}::int, ${to}::int) AS i`;
    await db.$executeRaw`
      INSERT INTO "Profile" (id, "userId", data, "dateOfBirth", "nocCodes", "languageValidTo", "expressEntryAt", "updatedAt")
      SELECT 'profile-' || i, 'bench-' || lpad(i::text, 8, '0'), t.data::jsonb, t.birth, string_to_array(t.nocs, ','), t.language, t.submitted, now()
      FROM generate_series(${from}::int, ${to}::int) AS i
      JOIN bench_template t ON t.idx = (i::bigint * 2654435761) % ${templates.length}`;
    console.log(`  seeded ${to} users`);
  }
  await db.$executeRawUnsafe('DROP TABLE bench_template');
  await db.$executeRawUnsafe('VACUUM ANALYZE "User", "Profile"');
  console.log(`seeded ${users} users in ${seconds(Date.now() - started)}`);

  const round = await db.round.create({
    data: { number: '9001', date: new Date(`${today}T00:00:00Z`), tieBreakAt: new Date(`${addDays(today, -150)}T12:00:00Z`), name: 'STEM occupations (benchmark)', category: 'stem', programs: [], cutoff: 481, invitations: 5900, alertsScheduled: true },
  });
  const input = toRoundInput(round);

  started = Date.now();
  let candidates = 0;
  for await (const page of scanCandidates(input)) candidates += page.length;
  const floorMs = Date.now() - started;

  started = Date.now();
  const created = await runFanout(round.id);
  const fanoutMs = Date.now() - started;
  const peakRss = process.resourceUsage().maxRSS;

  console.log(`\nfan-out: ${created} alerts from ${candidates} prefiltered candidates (${users} users)`);
  console.log(`  fan-out time:           ${seconds(fanoutMs)} (target <= 15 s)`);
  console.log(`  bare SELECT (floor):    ${seconds(floorMs)}`);
  console.log(`  ratio:                  ${(fanoutMs / floorMs).toFixed(2)}x (target <= 3x)`);
  console.log(`  peak RSS so far:        ${mb(peakRss)} (target <= 512 MB)`);

  const stop = await startWorker();
  const target = rate * 100;
  started = Date.now();
  const deadline = started + deliverSeconds * 1000;
  while (Date.now() < deadline || values.drain) {
    if (values.drain && (await db.notification.count({ where: { status: 'PENDING' } })) === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  // Throughput over the steady part: from the first accepted request to the last.
  const accepted = resend.requests().filter((request) => request.status === 200);
  const rejected = resend.requests().filter((request) => request.status === 429).length;
  await stop();
  const delivered = accepted.reduce((sum, request) => sum + request.size, 0);
  const spanMs = accepted.length > 1 ? accepted[accepted.length - 1].at - accepted[0].at + 1000 / rate : deliverSeconds * 1000;
  const throughput = delivered / (spanMs / 1000);

  const sent = await db.notification.findMany({ where: { status: 'SENT' }, select: { user: { select: { email: true } } } });
  const recipients = resend.emails().map((email) => email.to[0]);
  const sentEmails = new Set(sent.map((row) => row.user.email));
  const received = new Set(recipients);
  const lost = recipients.filter((email) => !sentEmails.has(email)).length + [...sentEmails].filter((email) => !received.has(email)).length;
  const duplicates = recipients.length - received.size;

  console.log(`\ndelivery at ${rate} requests/s (${target} emails/s configured), ${values.drain ? 'until drained' : `${deliverSeconds} s window`}:`);
  console.log(`  emails sent:            ${delivered} in ${seconds(spanMs)}`);
  console.log(`  throughput:             ${throughput.toFixed(1)} emails/s = ${((100 * throughput) / target).toFixed(1)}% of the limit (target >= 95%)`);
  console.log(`  429 answers:            ${rejected}`);
  console.log(`  SENT rows / emails:     ${sent.length} / ${recipients.length}; lost ${lost}, duplicates ${duplicates}`);
  console.log(`  peak RSS (whole run):   ${mb(process.resourceUsage().maxRSS)} (includes the local Resend server's copy of every email)`);
} finally {
  await db.$disconnect();
  await resend.close();
  await dropDatabase(server, name);
  await server.stop();
}
process.exit(0);
