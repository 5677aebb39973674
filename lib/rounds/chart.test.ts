import { describe, expect, it } from 'vitest';
import type { RoundSummary } from '@/lib/data/rounds';
import { MAX_GAP_DAYS, SERIES_STYLES, buildCutoffChart, seriesKeyOf, splitAtGaps } from './chart';

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

describe('splitAtGaps', () => {
  const at = (...dates: string[]) => dates.map((date) => ({ date }));

  it.each([
    ['keeps rounds weeks apart in one line', at('2024-01-10', '2024-01-24', '2024-02-07'), [['2024-01-10', '2024-01-24', '2024-02-07']]],
    ['breaks the line across a gap of years (CEC, 2015 to 2020)', at('2015-02-20', '2015-05-22', '2020-03-23', '2020-04-09'), [['2015-02-20', '2015-05-22'], ['2020-03-23', '2020-04-09']]],
    ['joins rounds exactly a year apart', at('2023-06-28', '2024-06-27'), [['2023-06-28', '2024-06-27']]],
    ['breaks when the gap is a day over a year', at('2023-06-28', '2024-06-28'), [['2023-06-28'], ['2024-06-28']]],
    ['leaves a lone round as its own segment', at('2017-05-26', '2019-01-01', '2020-08-06', '2020-08-20'), [['2017-05-26'], ['2019-01-01'], ['2020-08-06', '2020-08-20']]],
    ['has no segment for no rounds', at(), []],
  ])('%s', (_, points, dates) => {
    expect(splitAtGaps(points).map((segment) => segment.map((point) => point.date))).toEqual(dates);
  });

  it('takes the gap limit as an argument, more than a year by default', () => {
    expect(MAX_GAP_DAYS).toBe(365);
    expect(splitAtGaps(at('2024-01-01', '2024-03-01'), 30)).toHaveLength(2);
  });
});

describe('buildCutoffChart gaps and styles', () => {
  const chart = buildCutoffChart([
    round('1', '2015-02-20', 480, null, ['cec']),
    round('2', '2015-05-22', 470, null, ['cec']),
    round('3', '2020-03-23', 470, null, ['cec']),
    round('4', '2020-04-09', 460, null, ['cec']),
    round('5', '2015-03-01', 700, null, ['fsw', 'cec', 'fst']),
    round('6', '2020-03-01', 470, null, ['fsw', 'cec', 'fst']),
  ]);

  it('draws a series with a gap of years as two lines, keeping every point', () => {
    const cec = chart.series.find((series) => series.key === 'cec')!;
    expect(cec.points.map((point) => point.number)).toEqual(['1', '2', '3', '4']);
    expect(cec.segments.map((segment) => segment.map((point) => point.number))).toEqual([['1', '2'], ['3', '4']]);
  });

  it('leaves each lone point of a series on its own', () => {
    const general = chart.series.find((series) => series.key === 'general')!;
    expect(general.segments.map((segment) => segment.length)).toEqual([1, 1]);
  });

  it('gives every series its own colour and its own marker and dash pair', () => {
    const styles = Object.values(SERIES_STYLES);
    expect(new Set(styles.map((style) => style.colour)).size).toBe(styles.length);
    expect(new Set(styles.map((style) => `${style.marker}|${style.dash}`)).size).toBe(styles.length);
  });

  it.each([
    ['general', 'military'],
    ['french', 'fsw'],
    ['healthcare', 'physicians_cdn'],
  ] as const)('tells %s from %s by more than colour', (a, b) => {
    expect(SERIES_STYLES[a].marker === SERIES_STYLES[b].marker && SERIES_STYLES[a].dash === SERIES_STYLES[b].dash).toBe(false);
  });

  it('keeps a series\' style whatever else is shown', () => {
    const alone = buildCutoffChart([round('3', '2020-03-23', 470, null, ['cec'])]);
    expect(alone.series[0]).toMatchObject(SERIES_STYLES.cec);
    expect(chart.series.find((series) => series.key === 'cec')).toMatchObject(SERIES_STYLES.cec);
  });

  it('labels fewer years on a narrow chart so the labels do not overlap', () => {
    const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];
    const rounds = years.map((year, index) => round(String(index + 1), `${year}-06-01`, 450 + index, null, ['fsw', 'cec', 'fst']));
    const wide = buildCutoffChart(rounds);
    const narrow = buildCutoffChart(rounds, { width: 400, height: 480, fontSize: 14 });
    expect(wide.xTicks.map((tick) => tick.label)).toEqual(years.slice(1).map(String));
    expect(narrow.xTicks.map((tick) => tick.label)).toEqual(['2016', '2018', '2020', '2022', '2024', '2026']);
    for (const chart of [wide, narrow]) {
      const gaps = chart.xTicks.slice(1).map((tick, index) => tick.x - chart.xTicks[index].x);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual(chart.fontSize * 3.5);
    }
  });
});
