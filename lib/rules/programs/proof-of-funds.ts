// Settlement funds FSW and FST candidates must show, by family size [§3.4].
import type { CalendarDate } from '../dates';
import { inForceOrThrow } from '../dated';
import type { Facts } from '../facts';
import { PROOF_OF_FUNDS } from './tables';

/** Funds required (CAD) on `date` for a family of `familySize` (1 or more). */
export function fundsRequired(familySize: number, date: CalendarDate): number {
  const table = inForceOrThrow(PROOF_OF_FUNDS, date);
  const listed = table.upToSeven.length;
  if (familySize <= listed) return table.upToSeven[familySize - 1];
  return table.upToSeven[listed - 1] + (familySize - listed) * table.eachAdditional;
}

export type FundsCheck = {
  /** You, your spouse or partner (even if not coming or already Canadian) and dependent children. */
  familySize: number;
  /** Funds required, or null when exempt. */
  required: number | null;
  /** Why the check fails; null when it passes. */
  problem: 'UNKNOWN' | 'INSUFFICIENT' | null;
};

/**
 * The funds requirement, waived for candidates "currently able to legally work in Canada" with a
 * valid job offer [§3.2]. Unknown funds (null) fail the check: nothing is assumed.
 */
export function checkFunds(facts: Facts): FundsCheck {
  const { profile, prepared } = facts;
  // UNVERIFIED: `dependentChildren` is taken to include the spouse's dependent children (the table
  // counts both); the profile has no separate field.
  const familySize = 1 + (prepared.couple ? 1 : 0) + profile.dependentChildren;
  // UNVERIFIED: the profile has no work-permit field; "able to legally work in Canada" is read as a
  // Canadian job held with authorization on the date (plus an LMIA-supported or exempt offer).
  const workingInCanada = prepared.stints.some(
    (s) => s.canada && s.authorized && s.start <= facts.asOfDay && (s.end === null || s.end >= facts.asOfDay),
  );
  if (workingInCanada && profile.jobOffer?.lmiaOrExempt === true) return { familySize, required: null, problem: null };
  const required = fundsRequired(familySize, facts.asOf);
  const funds = profile.proofOfFundsCad;
  const problem = funds == null ? 'UNKNOWN' : funds < required ? 'INSUFFICIENT' : null;
  return { familySize, required, problem };
}
