import { describe, expect, it } from 'vitest';
import { job } from '@/tests/unit/profiles';
import { toDayNumber } from '../dates';
import {
  completedYears,
  fullTimeMonths,
  groupByNoc,
  hoursInWindow,
  longestContinuousHours,
  selectStints,
  stintCounts,
  teerOf,
  toStint,
  windowBefore,
  type StintCriteria,
} from './experience';

const stint = (start: string, end: string | null, hoursPerWeek: number, noc = '21232') =>
  toStint(job({ start, end, hoursPerWeek, noc }));
const all = { from: toDayNumber('2000-01-01'), to: toDayNumber('2030-12-31') };
const range = (from: string, to: string) => ({ from: toDayNumber(from), to: toDayNumber(to) });

describe('teerOf', () => {
  it.each([
    ['00012', 0],
    ['21232', 1],
    ['72200', 2],
    ['63100', 3],
    ['65100', 5],
  ])('%s is TEER %i', (noc, teer) => {
    expect(teerOf(noc)).toBe(teer);
  });
});

describe('windowBefore', () => {
  it.each([
    ['2026-11-15', 3, '2023-11-15', '2026-11-14'],
    ['2026-11-15', 10, '2016-11-15', '2026-11-14'],
    ['2028-02-29', 1, '2027-02-28', '2028-02-28'],
  ])('%s, %i years: %s to %s', (asOf, years, from, to) => {
    expect(windowBefore(asOf, years)).toEqual(range(from, to));
  });
});

describe('hoursInWindow', () => {
  it.each([
    ['52 full weeks at 40 h: the 30 h cap makes one year', [stint('2024-01-01', '2024-12-29', 40)], 1560],
    ['52 weeks at exactly 30 h', [stint('2024-01-01', '2024-12-29', 30)], 1560],
    ['part-time 15 h for 52 weeks', [stint('2024-01-01', '2024-12-29', 15)], 780],
    ['two part-time jobs add up to the cap', [stint('2024-01-01', '2024-12-29', 20), stint('2024-01-01', '2024-12-29', 20)], 1560],
    ['two part-time jobs under the cap', [stint('2024-01-01', '2024-12-29', 15), stint('2024-01-01', '2024-12-29', 10)], 1300],
    ['the same job entered twice is not counted twice', [stint('2024-01-01', '2024-06-30', 30), stint('2024-01-01', '2024-06-30', 30)], 780],
    ['overlapping full-time jobs count once', [stint('2024-01-01', '2024-06-30', 30), stint('2024-04-01', '2024-12-29', 35)], 1560],
    ['a partial week counts 1/7 of the weekly hours per day', [stint('2024-01-03', '2024-01-05', 14)], 6],
    ['a partial week is capped too', [stint('2024-01-03', '2024-01-05', 70)], 30],
    ['hours beyond the cap in one week do not spill into the next', [stint('2024-01-01', '2024-01-07', 60), stint('2024-01-08', '2024-01-14', 10)], 40],
    ['jobs in separate weeks', [stint('2024-01-01', '2024-01-07', 30), stint('2024-02-05', '2024-02-11', 30)], 60],
    ['a single day', [stint('2024-01-01', '2024-01-01', 35)], 5],
    ['no jobs', [], 0],
  ])('%s', (_name, stints, hours) => {
    expect(hoursInWindow(stints, all)).toBeCloseTo(hours, 9);
  });

  it('counts only the days inside the window', () => {
    const ongoing = stint('2020-01-06', null, 40);
    expect(hoursInWindow([ongoing], range('2024-01-01', '2024-12-29'))).toBeCloseTo(1560, 9);
    expect(hoursInWindow([stint('2024-01-01', '2024-12-29', 30)], range('2024-07-01', '2030-01-01'))).toBeCloseTo(780, 9);
  });

  it('ends a job without an end date on the last day of the window', () => {
    expect(hoursInWindow([stint('2024-01-01', null, 30)], range('2023-01-01', '2024-01-07'))).toBe(30);
  });

  it('counts 365 days at 30 h a week as one year, 363 days as less', () => {
    expect(completedYears(hoursInWindow([stint('2025-03-03', '2026-03-02', 30)], all))).toBe(1);
    expect(completedYears(hoursInWindow([stint('2025-03-03', '2026-02-28', 30)], all))).toBe(0);
  });
});

describe('completedYears', () => {
  it.each([
    [0, 0],
    [1559.99, 0],
    [1560, 1],
    [3119, 1],
    [3120, 2],
    [7800, 5],
  ])('%d h -> %i years (never rounded up)', (hours, years) => {
    expect(completedYears(hours)).toBe(years);
  });
});

describe('fullTimeMonths', () => {
  it.each([
    [779, 5],
    [780, 6],
    [1560, 12],
    [1689, 12],
  ])('%d h -> %i months', (hours, months) => {
    expect(fullTimeMonths(hours)).toBe(months);
  });
});

describe('longestContinuousHours', () => {
  it.each([
    ['back-to-back jobs form one run', [stint('2024-01-01', '2024-03-31', 30), stint('2024-04-01', '2024-06-30', 30)], 780],
    [
      'a one-day gap breaks the run',
      [stint('2024-01-01', '2024-03-31', 30), stint('2024-04-02', '2024-06-30', 30), stint('2023-01-02', '2023-02-26', 30)],
      390,
    ],
    ['overlapping jobs form one run', [stint('2024-01-01', '2024-04-30', 30), stint('2024-03-01', '2024-06-30', 30)], 780],
    ['the best of several runs', [stint('2020-01-06', '2020-02-02', 30), stint('2022-01-03', '2023-01-01', 30)], 1560],
    ['part-time continuous work counts its hours', [stint('2023-01-02', '2024-12-29', 15)], 1560],
    ['no jobs', [], 0],
  ])('%s', (_name, stints, hours) => {
    expect(longestContinuousHours(stints, all)).toBeCloseTo(hours, 6);
  });

  it('clips runs to the window', () => {
    expect(longestContinuousHours([stint('2020-01-06', null, 30)], range('2024-01-01', '2024-06-30'))).toBeCloseTo(780, 6);
  });
});

const ANY: StintCriteria = {
  where: 'anywhere',
  teers: null,
  nocs: null,
  excludeSelfEmployed: false,
  excludeFullTimeStudent: false,
  minHoursPerWeek: 0,
};

describe('stintCounts', () => {
  it.each([
    ['unpaid work never counts', job({ paid: false }), ANY, false],
    ['unauthorized work in Canada never counts', job({ authorized: false }), ANY, false],
    ['unauthorized flag is irrelevant abroad', job({ country: 'IN', authorized: false }), ANY, true],
    ['Canada only: abroad excluded', job({ country: 'IN' }), { ...ANY, where: 'canada' }, false],
    ['abroad only: Canada excluded', job({ country: 'CA' }), { ...ANY, where: 'abroad' }, false],
    ['TEER 0-3 only: TEER 4 excluded', job({ noc: '64100' }), { ...ANY, teers: [0, 1, 2, 3] }, false],
    ['TEER 0-3 only: TEER 3 counts', job({ noc: '63100' }), { ...ANY, teers: [0, 1, 2, 3] }, true],
    ['self-employment excluded', job({ selfEmployed: true }), { ...ANY, excludeSelfEmployed: true }, false],
    ['full-time student work excluded', job({ fullTimeStudent: true }), { ...ANY, excludeFullTimeStudent: true }, false],
    ['full-time student work allowed', job({ fullTimeStudent: true }), ANY, true],
    ['full-time only: 29 h excluded', job({ hoursPerWeek: 29 }), { ...ANY, minHoursPerWeek: 30 }, false],
    ['listed NOCs only', job({ noc: '21231' }), { ...ANY, nocs: new Set(['21232']) }, false],
  ])('%s', (_name, work, criteria, counts) => {
    expect(stintCounts(toStint(work), criteria as StintCriteria)).toBe(counts);
  });
});

describe('selectStints', () => {
  it('keeps the stints that count, in order', () => {
    const stints = [job({ noc: '21231' }), job({ paid: false }), job({ noc: '72200' })].map(toStint);
    expect(selectStints(stints, ANY).map((s) => s.noc)).toEqual(['21231', '72200']);
  });
});

describe('groupByNoc', () => {
  it('groups stints by NOC in order of first appearance', () => {
    const stints = [job({ noc: '21231' }), job({ noc: '72200' }), job({ noc: '21231', start: '2022-01-01' })].map(toStint);
    const groups = groupByNoc(stints);
    expect([...groups.keys()]).toEqual(['21231', '72200']);
    expect(groups.get('21231')?.length).toBe(2);
  });
});
