// npm run bench:rules [-- --profiles N --seconds S]
//
// Generates a deterministic batch of varied synthetic profiles (seeded PRNG), then evaluates each one
// in full on one core: CRS, FSW/CEC/FST, every category in force, and one round verdict (the same
// work the draw fan-out does per candidate). Prints evaluations per second.
import { parseArgs } from 'node:util';
import { fromDayNumber, toDayNumber } from '../lib/rules/dates';
import { evaluate } from '../lib/rules/evaluate';
import type { RoundInput } from '../lib/rules/rounds/evaluate-round';
import type { Credential, LanguageTest, Profile, WorkStint } from '../lib/schemas/profile';

/** Mulberry32: a small seeded PRNG, so every run evaluates the same profiles. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOCS = ['21232', '21300', '21310', '31301', '32101', '72200', '72310', '00012', '41220', '63100', '64100', '73300', '62200', '21220'];
const COUNTRIES = ['CA', 'CA', 'IN', 'PH', 'NG', 'GB', 'FR', 'CN'];
const LEVELS: Credential['level'][] = ['secondary', 'one_year', 'two_year', 'bachelors', 'three_year', 'masters', 'professional', 'doctoral'];

const pad = (n: number) => String(n).padStart(2, '0');

function makeProfiles(count: number, seed: number): Profile[] {
  const random = prng(seed);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const date = (fromYear: number, toYear: number) => fromDayNumber(int(toDayNumber(`${fromYear}-01-01`), toDayNumber(`${toYear}-12-31`)));

  const tests = (): LanguageTest[] => {
    const out: LanguageTest[] = [];
    const kind = int(0, 5);
    const testDate = date(2024, 2026);
    if (kind <= 1) {
      const band = () => int(8, 18) / 2;
      out.push({ test: 'ielts_general', date: testDate, listening: band(), reading: band(), writing: band(), speaking: band() });
    } else if (kind === 2) {
      const level = () => int(4, 12);
      out.push({ test: 'celpip_general', date: testDate, listening: level(), reading: level(), writing: level(), speaking: level() });
    } else if (kind === 3) {
      const score = () => int(40, 90);
      out.push({ test: 'pte_core', date: testDate, listening: score(), reading: score(), writing: score(), speaking: score() });
    } else {
      const level = () => int(4, 10);
      out.push({ test: 'clb', date: testDate, listening: level(), reading: level(), writing: level(), speaking: level() });
    }
    if (random() < 0.2) {
      const score = () => int(300, 650);
      out.push({ test: 'tef_canada', scale: 'current', date: date(2024, 2026), listening: score(), reading: score(), writing: score(), speaking: score() });
    }
    return out;
  };

  const jobs = (): WorkStint[] =>
    Array.from({ length: int(0, 4) }, () => {
      const start = date(2014, 2025);
      const end = random() < 0.4 ? null : fromDayNumber(int(toDayNumber(start) + 30, toDayNumber('2026-11-19')));
      return {
        noc: pick(NOCS),
        title: 'Synthetic job',
        country: pick(COUNTRIES),
        start,
        end,
        hoursPerWeek: pick([20, 30, 37.5, 40, 45]),
        paid: random() < 0.95,
        selfEmployed: random() < 0.08,
        fullTimeStudent: random() < 0.1,
        authorized: random() < 0.95,
      };
    });

  const education = (): Credential[] =>
    Array.from({ length: int(0, 3) }, () => ({ level: pick(LEVELS), completedOn: date(2005, 2024), canadian: random() < 0.25, eca: random() < 0.8 }));

  return Array.from({ length: count }, () => {
    const status = pick(['single', 'single', 'married', 'common_law', 'divorced'] as const);
    const couple = status === 'married' || status === 'common_law';
    return {
      version: 1,
      dateOfBirth: date(1975, 2006),
      maritalStatus: status,
      spouse: couple
        ? { accompanying: random() < 0.85, canadianCitizenOrPR: random() < 0.1, education: education(), languageTests: tests(), workHistory: jobs() }
        : null,
      dependentChildren: int(0, 3),
      education: education(),
      languageTests: tests(),
      workHistory: jobs(),
      certificateOfQualification: random() < 0.05 ? { trade: '72200', province: 'ON' } : null,
      jobOffer: random() < 0.1 ? { noc: pick(NOCS), lmiaOrExempt: random() < 0.7 } : null,
      provincialNomination: random() < 0.05 ? { province: 'ON', nominatedOn: date(2025, 2026) } : null,
      siblingInCanada: random() < 0.1,
      relativeInCanada: random() < 0.15,
      proofOfFundsCad: random() < 0.7 ? int(5000, 60000) : null,
      expressEntry: random() < 0.7 ? { submittedAt: `${date(2025, 2026)}T${pad(int(0, 23))}:${pad(int(0, 59))}:00Z` } : null,
    } satisfies Profile;
  });
}

const ROUND: RoundInput = {
  number: '500',
  date: '2026-11-20',
  category: 'stem',
  cutoff: 480,
  tieBreakAt: '2026-10-01T12:00:00Z',
  drawAt: '2026-11-20T14:30:00Z',
};

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { profiles: { type: 'string', default: '20000' }, seconds: { type: 'string', default: '5' } },
  });
  const count = Number(values.profiles);
  const seconds = Number(values.seconds);
  const profiles = makeProfiles(count, 20261203);

  // Warm up the JIT, then time whole passes over the batch for at least `seconds`. Each pass is timed
  // in CPU time of this process (all its threads, GC included) as well as wall time: on a shared
  // machine the wall clock also counts time spent waiting for a core.
  let invited = 0;
  for (const profile of profiles) if (evaluate(profile, { round: ROUND }).round?.invited === true) invited++;
  const cpu: number[] = [];
  const wall: number[] = [];
  const start = process.hrtime.bigint();
  while (Number(process.hrtime.bigint() - start) / 1e9 < seconds) {
    const wallStart = process.hrtime.bigint();
    const cpuStart = process.cpuUsage();
    for (const profile of profiles) evaluate(profile, { round: ROUND });
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1e6);
    wall.push(Number(process.hrtime.bigint() - wallStart) / 1e9);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const rate = (secondsPerPass: number) => Math.round(count / secondsPerPass).toLocaleString('en-CA');
  console.log(`profiles: ${count} (seed 20261203), invited in the test round: ${invited}`);
  console.log(`passes: ${cpu.length} x ${count} full evaluations (CRS + programs + categories + round), one core`);
  console.log(`${rate(median(cpu))} evaluations per CPU second (median pass)`);
  console.log(`${rate(median(wall))} evaluations per wall-clock second (median pass; lower when the machine is busy)`);
}

main();
