// What the dashboard and the public check show for a profile: the evaluation on a date, and the
// verdict for each recent recorded round (each under the rules in force on that round's date).
import { evaluate, evaluateRound, type CalendarDate, type Evaluation, type Profile, type RoundInput, type RoundVerdict } from '@/lib/rules';

export type RoundWithVerdict<R extends RoundInput> = { round: R; verdict: RoundVerdict };

export type EvaluationReport<R extends RoundInput> = { evaluation: Evaluation; rounds: RoundWithVerdict<R>[] };

export function evaluationReport<R extends RoundInput>(profile: Profile, asOf: CalendarDate, rounds: readonly R[]): EvaluationReport<R> {
  return {
    evaluation: evaluate(profile, { asOf }),
    rounds: rounds.map((round) => ({ round, verdict: evaluateRound(profile, round) })),
  };
}
