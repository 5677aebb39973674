import { describe, expect, it } from 'vitest';
import type { RoundSummary } from '@/lib/data/rounds';
import { buildCutoffChart, seriesKeyOf } from './chart';

function round(number: string, date: string, cutoff: number, category: RoundSummary['category'], programs: RoundSummary['programs']): RoundSummary {
  return { id: number, number, date, drawAt: null, tieBreakAt: null, category, categoryVersion: null, programs, name: '', cutoff, invitations: 1, url: null };
}

describe('seriesKeyOf', () => {
  it.each([
    [round('274', '2023-12-08', 481, 'stem', ['fsw', 'cec', 'fst']), 'stem'],
    [round('300', '2024-05-01', 520, null, ['cec']), 'cec'],
    [round('1', '2015-01-31', 886, null, ['fsw', 'cec', 'fst', 'pnp']), 'general'],
  ])('puts round #%s in its series', (input, key) => {
    expect(seriesKeyOf(input)).toBe(key);
  });
});

describe('buildCutoffChart', () => {
  const chart = buildCutoffChart([
    round('254', '2023-07-05', 486, 'stem', ['fsw', 'cec', 'fst']),
    round('274', '2023-12-08', 481, 'stem', ['fsw', 'cec', 'fst']),
    round('293', '2024-04-11', 491, 'stem', ['fsw', 'cec', 'fst']),
    round('290', '2024-03-25', 524, null, ['fsw', 'cec', 'fst', 'pnp']),
    round('291', '2024-03-26', 790, null, ['pnp']),
  ]);

  it('draws one line per series, largest first, leaving PNP-only rounds out', () => {
    expect(chart.series.map((series) => [series.key, series.points.map((point) => point.number)])).toEqual([
      ['stem', ['254', '274', '293']],
      ['general', ['290']],
    ]);
  });

  it('places the first round on the left edge, the last on the right, and scales cutoffs to 50-point bounds', () => {
    const stem = chart.series[0].points;
    expect(stem[0]).toMatchObject({ x: 48, y: expect.any(Number) });
    expect(stem[2].x).toBe(784);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['450', '500', '550']);
    expect(chart.yTicks[0].y).toBe(308);
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['2024']);
  });
});
