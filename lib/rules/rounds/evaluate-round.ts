// The invitation verdict for one round: would this profile have been invited?
// Source: docs/domain/categories-and-draws.md §0 and §1.5.
import type { Profile } from '../../schemas/profile';
import { addMonths, instantMs, toDayNumber, utcDateOf, type CalendarDate } from '../dates';
import { factsOn, prepareProfile, type Facts } from '../facts';
import { crsFromFacts, type CrsResult } from '../crs/calculate-crs';
import { programsFromFacts, type FederalProgramId, type ProgramId, type ProgramsResult } from '../programs/evaluate-programs';
import { categoryVersionOn, type CategoryId } from '../categories/catalog';
import { categoryFromFacts, type CategoryResult } from '../categories/evaluate-categories';
import { languageReason } from '../language/clb';
import type { ReasonCode } from '../reasons';

/** A round of invitations as the rules read it. */
export type RoundInput = {
  /** Text: "91a" is a valid round number. */
  number: string;
  /** The round's calendar date, "YYYY-MM-DD". */
  date: CalendarDate;
  category: CategoryId | null;
  /** Programs the round is open to; absent or empty = every program (a category round: FSW, CEC and FST). */
  programs?: ProgramId[];
  /** CRS of the lowest-ranked invited candidate. */
  cutoff: number;
  /** ISO instant: at the cut-off score, profiles submitted at or before it were invited. */
  tieBreakAt: string | null;
  /** ISO instant of the round, when known: the in-pool check then compares instants, not days. */
  drawAt?: string | null;
};

export type RoundVerdict = {
  number: string;
  date: CalendarDate;
  category: CategoryId | null;
  cutoff: number;
  tieBreakAt: string | null;
  /** true, false, or 'tie' (the score equals the cut-off and the tie-break cannot be decided). */
  invited: boolean | 'tie';
  /** The CRS on the round's date. */
  crs: number;
  /** Why not invited, or why it is a tie; empty when invited. */
  reasons: ReasonCode[];
  /** The round's programs the profile qualified for on the round's date. */
  programs: ProgramId[];
  /** Category membership on the round's date (category rounds only). */
  categoryResult: CategoryResult | null;
};

const FEDERAL: readonly FederalProgramId[] = ['fsw', 'cec', 'fst'];
const ALL: readonly ProgramId[] = ['fsw', 'cec', 'fst', 'pnp'];
const DAY_MS = 86_400_000;

function pushAll(into: ReasonCode[], codes: readonly ReasonCode[]): void {
  for (const code of codes) if (!into.includes(code)) into.push(code);
}

/** Whether the profile was in the pool at the round, as a reason when it was not. */
function poolReason(submittedAt: string, round: RoundInput): ReasonCode | null {
  const submittedDate = utcDateOf(submittedAt);
  const expiresOn = addMonths(submittedDate, 12);
  if (round.drawAt != null) {
    // Instants: submitted no later than the round, and the round less than 12 months after submission.
    const submittedMs = instantMs(submittedAt);
    const drawMs = instantMs(round.drawAt);
    if (submittedMs > drawMs) return 'PROFILE_SUBMITTED_AFTER_ROUND';
    const expiresMs = toDayNumber(expiresOn) * DAY_MS + (submittedMs - toDayNumber(submittedDate) * DAY_MS);
    return drawMs >= expiresMs ? 'PROFILE_EXPIRED' : null;
  }
  // Days only (UTC dates, as IRCC publishes times in UTC).
  // UNVERIFIED: the round's time of day is unknown, so a profile submitted on the round's day is
  // taken as in the pool, and one whose 12-month anniversary is the round's day as expired.
  if (submittedDate > round.date) return 'PROFILE_SUBMITTED_AFTER_ROUND';
  return round.date >= expiresOn ? 'PROFILE_EXPIRED' : null;
}

export function roundFromFacts(
  facts: Facts,
  crs: CrsResult,
  programs: ProgramsResult,
  round: RoundInput,
  categoryResult?: CategoryResult,
): RoundVerdict {
  const reasons: ReasonCode[] = [];
  const nomination = facts.profile.provincialNomination;
  const nominated = nomination != null && nomination.nominatedOn <= round.date;
  const federalEligible = FEDERAL.some((id) => programs[id].eligible);
  const open = round.programs !== undefined && round.programs.length > 0 ? round.programs : round.category === null ? ALL : FEDERAL;

  // Programs: FSW/CEC/FST on their own terms; PNP = a nomination plus one of the three.
  const qualifying = open.filter((id) => (id === 'pnp' ? nominated && federalEligible : programs[id].eligible));
  if (qualifying.length === 0) {
    const pnpOnly = open.every((id) => id === 'pnp');
    if (pnpOnly && !nominated) reasons.push('ROUND_NO_PROVINCIAL_NOMINATION');
    if (!pnpOnly || !federalEligible) reasons.push('ROUND_NO_ELIGIBLE_PROGRAM');
    // Explain the programs that could have qualified: the round's own, or all three behind a PNP.
    const explained = open.includes('pnp') && !federalEligible ? FEDERAL : open;
    for (const id of explained) if (id !== 'pnp') pushAll(reasons, programs[id].reasons);
  }

  // Language results valid on the round's date.
  const language = languageReason(facts.principal.language);
  if (language !== null) pushAll(reasons, [language]);

  // Category: the list version and experience rule in force on the round's date.
  let category: CategoryResult | null = null;
  if (round.category !== null) {
    const version = categoryVersionOn(round.category, round.date);
    if (version === null) reasons.push('ROUND_CATEGORY_NOT_MET', 'CATEGORY_NOT_IN_FORCE');
    else {
      category = categoryResult ?? categoryFromFacts(facts, version);
      if (!category.eligible) {
        reasons.push('ROUND_CATEGORY_NOT_MET');
        pushAll(reasons, category.reasons);
      }
    }
  }

  // In the pool: submitted by the round and less than 12 months before it (when the time is known).
  const submittedAt = facts.profile.expressEntry?.submittedAt ?? null;
  const pool = submittedAt === null ? null : poolReason(submittedAt, round);
  if (pool !== null) reasons.push(pool);

  // Score: above the cut-off, or at it and submitted no later than the tie-break.
  // UNVERIFIED: whether a profile submitted at exactly the tie-break instant is invited; taken as
  // invited (`<=`), as the feed's drawCutOff is described: "submitted at or before this time".
  // IRCC publishes the tie-break to the second, so instants are compared by whole seconds.
  let tie: ReasonCode | null = null;
  if (crs.total < round.cutoff) reasons.push('ROUND_CRS_BELOW_CUTOFF');
  else if (crs.total === round.cutoff) {
    if (round.tieBreakAt === null) tie = 'ROUND_TIE_BREAK_TIME_UNKNOWN';
    else if (submittedAt === null) tie = 'ROUND_TIE_SUBMISSION_TIME_UNKNOWN';
    else if (wholeSecond(submittedAt) > wholeSecond(round.tieBreakAt)) reasons.push('ROUND_SUBMITTED_AFTER_TIE_BREAK');
  }

  const blocked = reasons.length > 0;
  return {
    number: round.number,
    date: round.date,
    category: round.category,
    cutoff: round.cutoff,
    tieBreakAt: round.tieBreakAt,
    invited: blocked ? false : tie === null ? true : 'tie',
    crs: crs.total,
    reasons: blocked || tie === null ? reasons : [tie],
    programs: qualifying,
    categoryResult: category,
  };
}

/** Seconds since the epoch of an instant, its fraction dropped. */
function wholeSecond(instant: string): number {
  return Math.floor(instantMs(instant) / 1000);
}

/** The verdict for `round`, evaluated under the rules and the category list in force on its date. */
export function evaluateRound(profile: Profile, round: RoundInput): RoundVerdict {
  const facts = factsOn(prepareProfile(profile), round.date);
  const { crs, assignment } = crsFromFacts(facts);
  return roundFromFacts(facts, crs, programsFromFacts(facts, assignment), round);
}
