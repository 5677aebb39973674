import { describe, expect, it } from 'vitest';
import { RULE_CHANGES, ruleSetOn } from './rule-set';

describe('RULE_CHANGES', () => {
  it('lists every effective date of the points, language, work and program tables and of the category versions', () => {
    expect(RULE_CHANGES).toEqual([
      '2015-01-01',
      '2015-05-30',
      '2016-11-19',
      '2017-06-06',
      '2019-10-01',
      '2020-10-27',
      '2022-11-16',
      '2023-05-31',
      '2023-12-11',
      '2024-01-30',
      '2024-05-28',
      '2025-02-27',
      '2025-03-25',
      '2025-07-07',
      '2025-12-08',
      '2026-02-06',
      '2026-02-18',
    ]);
  });
});

describe('ruleSetOn', () => {
  it.each([
    ['2015-01-01', '2015-01-01'],
    ['2016-11-18', '2015-05-30'],
    ['2016-11-19', '2016-11-19'],
    ['2023-05-30', '2022-11-16'],
    ['2023-12-08', '2023-05-31'],
    ['2025-02-26', '2024-05-28'],
    ['2025-03-24', '2025-02-27'],
    ['2025-03-25', '2025-03-25'],
    ['2025-07-06', '2025-03-25'],
    ['2025-07-07', '2025-07-07'],
    ['2026-02-17', '2026-02-06'],
    ['2026-11-15', '2026-02-18'],
  ])('on %s: %s', (date, id) => {
    expect(ruleSetOn(date)).toBe(id);
  });

  it('refuses dates before Express Entry opened', () => {
    expect(() => ruleSetOn('2014-12-31')).toThrow('no Express Entry rules before 2015-01-01');
  });
});
