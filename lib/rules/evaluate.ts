// One evaluation of a profile on a date (and optionally against a round): the object the `evaluate`
// command prints and the app shows (docs/domain/profile-format.md, "The evaluation output").
import type { Profile } from '../schemas/profile';
import type { CalendarDate } from './dates';
import { factsOn, prepareProfile, type Facts } from './facts';
import type { ReasonCode } from './reasons';
import { crsFromFacts, type CrsResult } from './crs/calculate-crs';
import { programsFromFacts, type ProgramsResult } from './programs/evaluate-programs';
import { categoriesFromFacts, type CategoriesResult } from './categories/evaluate-categories';
import { roundFromFacts, type RoundInput, type RoundVerdict } from './rounds/evaluate-round';

export type Evaluation = {
  asOf: CalendarDate;
  /** Rule-set identifier (lib/rules/rule-set.ts). */
  rules: string;
  crs: CrsResult;
  programs: ProgramsResult;
  categories: CategoriesResult;
  /** Caveats on the result (codes of reasons.ts), e.g. a TEF score entered on the /699 scale. */
  notices: ReasonCode[];
  /** Only when a round was given. */
  round?: RoundVerdict;
};

// UNVERIFIED: whether Express Entry converts /699 TEF scores at all (docs/rules.md); they are
// converted by test date and flagged, as crs-and-programs.md §2.5 recommends.
function noticesOf(facts: Facts): ReasonCode[] {
  const tef699 = [facts.principal, facts.spouse].some((person) => person?.language.french?.scale === 'current');
  return tef699 ? ['TEF_699_SCALE_MAY_DIFFER'] : [];
}

/** With a round, the evaluation date is the round's date (`asOf` may be left out or must match). */
export type EvaluateOptions = { asOf: CalendarDate; round?: RoundInput } | { asOf?: CalendarDate; round: RoundInput };

export function evaluate(profile: Profile, options: EvaluateOptions): Evaluation {
  const { round } = options;
  const asOf = round === undefined ? (options.asOf as CalendarDate) : round.date;
  if (round !== undefined && options.asOf !== undefined && options.asOf !== round.date) {
    throw new RangeError(`asOf ${options.asOf} differs from the round's date ${round.date}`);
  }
  const facts = factsOn(prepareProfile(profile), asOf);
  const { crs, assignment } = crsFromFacts(facts);
  const programs = programsFromFacts(facts, assignment);
  const categories = categoriesFromFacts(facts);
  const evaluation: Evaluation = { asOf, rules: crs.rules, crs, programs, categories, notices: noticesOf(facts) };
  if (round !== undefined) {
    evaluation.round = roundFromFacts(facts, crs, programs, round, round.category === null ? undefined : categories[round.category]);
  }
  return evaluation;
}
