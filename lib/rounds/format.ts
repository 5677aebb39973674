import type { CategoryId, ProgramId } from '@/lib/feed/parse';
import { CATEGORY_NAMES } from '@/lib/rules';

// Words and formats for rounds, shared by the admin and public pages. Pure.

/** Category names for pages and emails: the rules module's. */
export const CATEGORY_LABELS = CATEGORY_NAMES;

export const PROGRAM_LABELS: Record<ProgramId, string> = {
  cec: 'Canadian Experience Class',
  fsw: 'Federal Skilled Worker',
  fst: 'Federal Skilled Trades',
  pnp: 'Provincial Nominee Program',
};

export const PROGRAM_SHORT: Record<ProgramId, string> = { cec: 'CEC', fsw: 'FSW', fst: 'FST', pnp: 'PNP' };

/**
 * The name IRCC would publish for a round recorded without one: "STEM occupations (Version 1)" for
 * a category round, the program's name for a program-specific round, else "No Program Specified".
 */
export function defaultRoundName(category: CategoryId | null, version: string | null, programs: ProgramId[]): string {
  if (category) return version ? `${CATEGORY_LABELS[category]} (${version})` : CATEGORY_LABELS[category];
  return programs.length === 1 ? PROGRAM_LABELS[programs[0]] : 'No Program Specified';
}

/** What a round was: its category's name as the app shows it ("STEM occupations"), else IRCC's name ("Canadian Experience Class"). */
export function roundTypeName(round: { category: CategoryId | null; name: string }): string {
  return round.category ? CATEGORY_LABELS[round.category] : round.name;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2023-12-08" → "December 8, 2023", as IRCC publishes dates (no time-zone conversion). */
export function formatIrccDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** "2023-12-08T03:02:52.000Z" → "December 8, 2023 at 03:02:52 UTC". */
export function formatUtc(instant: string): string {
  return `${formatIrccDate(instant.slice(0, 10))} at ${instant.slice(11, 19)} UTC`;
}

/** An ISO instant as the value of a datetime-local input read as UTC: "2023-12-08T03:02:52". */
export function utcInputValue(instant: string | null): string {
  return instant ? instant.slice(0, 19) : '';
}

export function formatCount(value: number): string {
  return value.toLocaleString('en-CA');
}

/**
 * What the admin pages' "alert audience" counts: only the users a round would write to, not everyone
 * it would have invited.
 */
export const ALERT_AUDIENCE_EXPLANATION =
  'Users this round’s alert email would go to: alert emails agreed to, email verified, alerts on for this kind of round, and their saved profile, scored on the round’s date, invited (or at the cutoff, tie-break undecided). Users without alerts are not counted, even if the round would have invited them.';

/** The first round IRCC published the pool's CRS score distribution with. */
export const FIRST_ROUND_WITH_DISTRIBUTION = 214;

/**
 * Why a round's page has no pool distribution, true for every round: IRCC published none before
 * round #214; after it, a round entered by hand has none until the feed brings one, and a few rounds
 * came in the feed with zeros.
 */
export function missingDistributionNote(number: string, source: 'MANUAL' | 'IMPORT'): string {
  const numeric = Number.parseInt(number, 10);
  if (Number.isFinite(numeric) && numeric < FIRST_ROUND_WITH_DISTRIBUTION) {
    return `IRCC did not publish a pool distribution for this round: it published none before round #${FIRST_ROUND_WITH_DISTRIBUTION}.`;
  }
  return source === 'MANUAL'
    ? 'No pool distribution is recorded for this round. It was entered by hand; importing IRCC’s rounds feed adds the distribution once IRCC has published one.'
    : 'IRCC’s rounds feed gives no pool distribution for this round.';
}

/** Rounds older than this (in days, on Ottawa's calendar) make the history look stale. */
export const STALE_AFTER_DAYS = 30;
