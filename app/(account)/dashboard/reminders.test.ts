import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Profile } from '@/lib/rules';
import { nextCostlyBirthday, remindersFor } from './reminders';

// P1: single, born 1997-08-07, CLB 9 in all abilities (test of 2026-04-29), no Express Entry profile.
const p1 = (JSON.parse(readFileSync('tests/cases/crs/P1.json', 'utf8')) as { profile: Profile }).profile;
const today = '2026-12-03';

describe('nextCostlyBirthday', () => {
  it.each([
    ['1997-08-07', { date: '2027-08-07', age: 30, from: 110, to: 105 }],
    ['1991-01-10', { date: '2027-01-10', age: 36, from: 77, to: 72 }],
    ['1996-02-29', { date: '2027-03-01', age: 31, from: 105, to: 99 }],
    ['1980-01-01', null],
  ])('born %s: %j', (dateOfBirth, expected) => {
    expect(nextCostlyBirthday({ ...p1, dateOfBirth }, today)).toEqual(expected);
  });
});

describe('remindersFor', () => {
  it('names the birthday that costs points, and nothing else when the test and profile are far from expiring', () => {
    expect(remindersFor(p1, today, '2028-04-29')).toEqual([
      { id: 'AGE_POINTS', date: '2027-08-07', urgent: false, text: 'On your 30th birthday, 2027-08-07, your age points drop from 110 to 105.' },
    ]);
  });

  it('warns about a language result that stops counting within 90 days', () => {
    expect(remindersFor(p1, today, '2027-01-02')[0]).toEqual({
      id: 'LANGUAGE_TEST_EXPIRY',
      date: '2027-01-02',
      urgent: true,
      text: 'Your first-language test result stops counting on 2027-01-02 (in 30 days). Results are valid for 2 years.',
    });
  });

  it('says when a language result has already stopped counting', () => {
    expect(remindersFor(p1, today, '2026-12-01')[0].text).toBe('Your first-language test result stopped counting on 2026-12-01. Book a new test.');
  });

  it('gives the Express Entry profile expiry 12 months after submission, urgent within 90 days, sorted by date', () => {
    const profile: Profile = { ...p1, expressEntry: { submittedAt: '2026-01-15T10:00:00Z' } };
    expect(remindersFor(profile, today, '2028-04-29').map(({ id, date, urgent }) => ({ id, date, urgent }))).toEqual([
      { id: 'PROFILE_EXPIRY', date: '2027-01-15', urgent: true },
      { id: 'AGE_POINTS', date: '2027-08-07', urgent: false },
    ]);
  });

  it('says an expired Express Entry profile must be submitted again', () => {
    const profile: Profile = { ...p1, expressEntry: { submittedAt: '2025-11-01T10:00:00Z' } };
    expect(remindersFor(profile, today, null)[0].text).toBe(
      'Your Express Entry profile expired on 2026-11-01 (12 months after submission). Submit a new one to stay in the pool.',
    );
  });
});
