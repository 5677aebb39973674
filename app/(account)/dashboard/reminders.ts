// Reminders the dashboard shows: dates that change a candidate's standing. Pure; today is an argument.
import { addMonths, ageOn, birthdayOf, calculateCrs, compareDates, daysBetween, type CalendarDate, type Profile } from '@/lib/rules';

export type Reminder = { id: 'LANGUAGE_TEST_EXPIRY' | 'PROFILE_EXPIRY' | 'AGE_POINTS'; date: CalendarDate; text: string; urgent: boolean };

const SOON_DAYS = 90;

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** The next birthday on which the CRS age points drop, with the points before and after. */
export function nextCostlyBirthday(profile: Profile, today: CalendarDate): { date: CalendarDate; age: number; from: number; to: number } | null {
  const age = ageOn(profile.dateOfBirth, today);
  let before = calculateCrs(profile, { asOf: today }).factors.age;
  for (let next = age + 1; next <= 46 && before > 0; next++) {
    const date = birthdayOf(profile.dateOfBirth, next);
    const after = calculateCrs(profile, { asOf: date }).factors.age;
    if (after < before) return { date, age: next, from: before, to: after };
    before = after;
  }
  return null;
}

export function remindersFor(profile: Profile, today: CalendarDate, languageExpiresOn: CalendarDate | null): Reminder[] {
  const out: Reminder[] = [];
  if (languageExpiresOn) {
    const days = daysBetween(today, languageExpiresOn);
    if (days <= SOON_DAYS) {
      out.push({
        id: 'LANGUAGE_TEST_EXPIRY',
        date: languageExpiresOn,
        urgent: true,
        text: days <= 0
          ? `Your first-language test result stopped counting on ${languageExpiresOn}. Book a new test.`
          : `Your first-language test result stops counting on ${languageExpiresOn} (in ${days} days). Results are valid for 2 years.`,
      });
    }
  }
  const submittedAt = profile.expressEntry?.submittedAt;
  if (submittedAt) {
    const expires = addMonths(submittedAt.slice(0, 10), 12);
    const days = daysBetween(today, expires);
    out.push({
      id: 'PROFILE_EXPIRY',
      date: expires,
      urgent: days <= SOON_DAYS,
      text: compareDates(expires, today) <= 0
        ? `Your Express Entry profile expired on ${expires} (12 months after submission). Submit a new one to stay in the pool.`
        : `Your Express Entry profile expires on ${expires}, 12 months after you submitted it. IRCC does not warn you.`,
    });
  }
  const birthday = nextCostlyBirthday(profile, today);
  if (birthday) {
    out.push({
      id: 'AGE_POINTS',
      date: birthday.date,
      urgent: daysBetween(today, birthday.date) <= SOON_DAYS,
      text: `On your ${ordinal(birthday.age)} birthday, ${birthday.date}, your age points drop from ${birthday.from} to ${birthday.to}.`,
    });
  }
  return out.sort((a, b) => compareDates(a.date, b.date));
}
