import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type RoundInput } from '@/lib/rules';
import { profileSchema } from '@/lib/schemas/profile';
import { evaluationReport } from './report';

const profile = profileSchema.parse(JSON.parse(readFileSync('tests/cases/crs/P1.json', 'utf8')).profile);
const rounds: (RoundInput & { id: string })[] = [
  { id: 'a', number: '274', date: '2023-12-08', category: 'stem', cutoff: 481, tieBreakAt: '2023-09-07T09:24:49Z' },
  { id: 'b', number: '400', date: '2026-11-20', category: null, programs: ['cec'], cutoff: 400, tieBreakAt: null },
];

describe('evaluationReport', () => {
  it('evaluates on the date and gives each round the verdict evaluate() gives it, keeping the round as passed', () => {
    const report = evaluationReport(profile, '2026-11-15', rounds);
    expect(report.evaluation).toEqual(evaluate(profile, { asOf: '2026-11-15' }));
    expect(report.rounds).toEqual(rounds.map((round) => ({ round, verdict: evaluate(profile, { round }).round })));
  });

  it('has no verdicts without rounds', () => {
    expect(evaluationReport(profile, '2026-11-15', []).rounds).toEqual([]);
  });
});
