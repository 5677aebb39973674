// Calendar-date arithmetic on "YYYY-MM-DD" strings, without Date objects: a calendar date has no
// time zone, so nothing here can shift it by a day. Inputs are assumed valid (the profile schema
// checks them); the rules convert each date to a day number once and then work on integers.

/** A calendar date "YYYY-MM-DD". */
export type CalendarDate = string;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + (text.charCodeAt(i) - 48);
  return n;
}

function yearOf(date: CalendarDate): number {
  return digits(date, 0, 4);
}
function monthOf(date: CalendarDate): number {
  return digits(date, 5, 7);
}
function dayOf(date: CalendarDate): number {
  return digits(date, 8, 10);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function format(year: number, month: number, day: number): CalendarDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Day number (days since 1970-01-01) of a calendar date. */
export function toDayNumber(date: CalendarDate): number {
  return daysFromCivil(yearOf(date), monthOf(date), dayOf(date));
}

/** The calendar date of a day number (H. Hinnant's civil_from_days). */
export function fromDayNumber(dayNumber: number): CalendarDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return format(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Day number of `date` plus `years` calendar years (February 29 -> February 28), without a string. */
export function dayNumberAddYears(date: CalendarDate, years: number): number {
  const year = yearOf(date) + years;
  const month = monthOf(date);
  return daysFromCivil(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = yearOf(date) * 12 + (monthOf(date) - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return format(year, month, Math.min(dayOf(date), daysInMonth(year, month)));
}

/** Adds calendar years; February 29 becomes February 28 in a common year. */
export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** `to` minus `from`, in days (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** -1, 0 or 1; the format sorts as text. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Age in completed years on `date`. A birthday is reached when the month and day are reached, so a
 * person born on February 29 completes a year on March 1 in a common year (the anniversary of the
 * day of birth has not "commenced" on February 28; Interpretation Act, R.S.C. 1985, c. I-21, s. 30).
 */
export function ageOn(dateOfBirth: CalendarDate, date: CalendarDate): number {
  const years = yearOf(date) - yearOf(dateOfBirth);
  const monthDay = monthOf(date) * 100 + dayOf(date);
  const birthMonthDay = monthOf(dateOfBirth) * 100 + dayOf(dateOfBirth);
  return monthDay < birthMonthDay ? years - 1 : years;
}

/** The day a person born on `dateOfBirth` reaches `age` (see `ageOn`): March 1 for a February 29 birth in a common year. */
export function birthdayOf(dateOfBirth: CalendarDate, age: number): CalendarDate {
  const anniversary = addYears(dateOfBirth, age);
  return ageOn(dateOfBirth, anniversary) < age ? addDays(anniversary, 1) : anniversary;
}

const DAY_MS = 86_400_000;

/**
 * Milliseconds since the epoch of an ISO-8601 instant as the schemas accept it:
 * "YYYY-MM-DDTHH:MM:SS[.fraction](Z|+HH:MM|-HH:MM)". Parsed by hand (no Date), so it is fast and the
 * machine's time zone plays no part; digits of the fraction beyond milliseconds are dropped.
 */
export function instantMs(instant: string): number {
  let ms =
    daysFromCivil(digits(instant, 0, 4), digits(instant, 5, 7), digits(instant, 8, 10)) * DAY_MS +
    (digits(instant, 11, 13) * 3600 + digits(instant, 14, 16) * 60 + digits(instant, 17, 19)) * 1000;
  let i = 19;
  if (instant.charCodeAt(i) === 46 /* . */) {
    let scale = 100;
    for (i++; i < instant.length && instant.charCodeAt(i) >= 48 && instant.charCodeAt(i) <= 57; i++) {
      ms += (instant.charCodeAt(i) - 48) * scale;
      scale /= 10;
    }
    ms = Math.floor(ms);
  }
  const sign = instant.charCodeAt(i);
  if (sign === 43 /* + */ || sign === 45 /* - */) {
    const offset = (digits(instant, i + 1, i + 3) * 60 + digits(instant, i + 4, i + 6)) * 60_000;
    ms += sign === 43 ? -offset : offset;
  }
  return ms;
}

/** The UTC calendar date of an ISO-8601 instant (see `instantMs`). */
export function utcDateOf(instant: string): CalendarDate {
  return fromDayNumber(Math.floor(instantMs(instant) / DAY_MS));
}
