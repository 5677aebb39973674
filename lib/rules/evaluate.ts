// One evaluation of a profile on a date (and optionally against a round): the object the `evaluate`
// command prints and the app shows (docs/domain/profile-format.md, "The evaluation output").
import type { Profile } from '../schemas/profile';
import type { CalendarDate } from './dates';
import { factsOn, prepareProfile } from './facts';
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
  /** Only when a round was given. */
  round?: RoundVerdict;
};

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
  const evaluation: Evaluation = { asOf, rules: crs.rules, crs, programs, categories };
  if (round !== undefined) {
    evaluation.round = roundFromFacts(facts, crs, programs, round, round.category === null ? undefined : categories[round.category]);
  }
  return evaluation;
}
