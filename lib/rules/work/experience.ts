// Work history as dated stints, and the one set of interval functions every rule uses to turn it
// into experience: hours in a window (30 h per calendar week at most, overlapping jobs never counted
// twice), completed years (1,560 h each), and the longest continuous run in one occupation.
// Source: docs/domain/crs-and-programs.md §3.1 and §4.
import type { WorkStint } from '../../schemas/profile';
import { dayNumberAddYears, toDayNumber, type CalendarDate } from '../dates';

/** Hours of one year of full-time work (30 h x 52 weeks) [OFFICIAL, CEC/FSW pages]. */
export const HOURS_PER_YEAR = 1560;
/** Hours a calendar week can count at most [OFFICIAL, MI 15(6)]. */
export const WEEKLY_HOURS_CAP = 30;
/** One month of full-time work: 1,560 / 12 (derived). */
export const HOURS_PER_MONTH = HOURS_PER_YEAR / 12;

/** A job converted once: day numbers instead of dates, flags read by the filters. */
export type Stint = {
  /** First day (day number, inclusive). */
  readonly start: number;
  /** Last day (inclusive); null = still working there. */
  readonly end: number | null;
  readonly hoursPerWeek: number;
  readonly noc: string;
  /** NOC 2021 TEER: the code's second digit. */
  readonly teer: number;
  readonly canada: boolean;
  readonly paid: boolean;
  readonly selfEmployed: boolean;
  readonly fullTimeStudent: boolean;
  readonly authorized: boolean;
};

export function teerOf(noc: string): number {
  return noc.charCodeAt(1) - 48;
}

export function toStint(job: WorkStint): Stint {
  return {
    start: toDayNumber(job.start),
    end: job.end === null ? null : toDayNumber(job.end),
    hoursPerWeek: job.hoursPerWeek,
    noc: job.noc,
    teer: teerOf(job.noc),
    canada: job.country === 'CA',
    paid: job.paid,
    selfEmployed: job.selfEmployed,
    fullTimeStudent: job.fullTimeStudent,
    authorized: job.authorized,
  };
}

/** Inclusive range of day numbers. */
export type Window = { readonly from: number; readonly to: number };

/**
 * The `years` years before `asOf`: from the same calendar day `years` years earlier up to the day
 * before `asOf` ("in the N years before you apply").
 */
export function windowBefore(asOf: CalendarDate, years: number): Window {
  // UNVERIFIED: whether work on `asOf` itself counts; the conservative reading leaves it out.
  return { from: dayNumberAddYears(asOf, -years), to: toDayNumber(asOf) - 1 };
}

/** Which stints count: each rule states its own criteria (see the callers). */
export type StintCriteria = {
  /** Where the work was done. */
  readonly where: 'canada' | 'abroad' | 'anywhere';
  /** Allowed TEERs; null = any occupation. */
  readonly teers: readonly number[] | null;
  /** Allowed NOC codes; null = any. */
  readonly nocs: ReadonlySet<string> | null;
  readonly excludeSelfEmployed: boolean;
  readonly excludeFullTimeStudent: boolean;
  /** Jobs with fewer hours a week do not count at all (full-time-only rules). */
  readonly minHoursPerWeek: number;
};

/**
 * Whether a stint counts under `criteria`. Unpaid work never counts, and work in Canada never counts
 * without authorization [OFFICIAL: CEC/FSW pages, MI 15(3)(d)].
 */
export function stintCounts(stint: Stint, criteria: StintCriteria): boolean {
  if (!stint.paid) return false;
  if (stint.canada && !stint.authorized) return false;
  if (criteria.where === 'canada' ? !stint.canada : criteria.where === 'abroad' ? stint.canada : false) return false;
  if (criteria.teers !== null && !criteria.teers.includes(stint.teer)) return false;
  if (criteria.nocs !== null && !criteria.nocs.has(stint.noc)) return false;
  if (criteria.excludeSelfEmployed && stint.selfEmployed) return false;
  if (criteria.excludeFullTimeStudent && stint.fullTimeStudent) return false;
  return stint.hoursPerWeek >= criteria.minHoursPerWeek;
}

export function selectStints(stints: readonly Stint[], criteria: StintCriteria): Stint[] {
  const out: Stint[] = [];
  for (const stint of stints) if (stintCounts(stint, criteria)) out.push(stint);
  return out;
}

/** Stints by NOC code, in order of first appearance. */
export function groupByNoc(stints: readonly Stint[]): Map<string, Stint[]> {
  const groups = new Map<string, Stint[]>();
  for (const stint of stints) {
    const group = groups.get(stint.noc);
    if (group === undefined) groups.set(stint.noc, [stint]);
    else group.push(stint);
  }
  return groups;
}

/** Calendar weeks run Monday to Sunday; day 0 (1970-01-01) was a Thursday. */
function weekOf(day: number): number {
  return Math.floor((day + 3) / 7);
}
function firstDayOfWeek(week: number): number {
  return week * 7 - 3;
}

// Scratch buffers for the sweep (one evaluation at a time; nothing here is re-entrant).
let eventDays = new Float64Array(64);
let eventRates = new Float64Array(64);

/**
 * Hours worked in `window`: each calendar week counts the paid hours of all jobs held that week, at
 * most 30; a job covering part of a week counts hoursPerWeek / 7 per day. Overlapping jobs are added
 * together before the cap, so they never count twice. Jobs without an end date run to the window's end.
 * With `criteria`, only the stints that count under it (same as `selectStints` first).
 */
export function hoursInWindow(stints: readonly Stint[], window: Window, criteria: StintCriteria | null = null): number {
  // Events: rate changes (hours per week) on a day, sorted by day.
  let n = 0;
  for (const stint of stints) {
    if (criteria !== null && !stintCounts(stint, criteria)) continue;
    const from = Math.max(stint.start, window.from);
    const to = Math.min(stint.end ?? window.to, window.to);
    if (from > to) continue;
    if (n + 2 > eventDays.length) {
      const days = new Float64Array(eventDays.length * 2);
      const rates = new Float64Array(eventRates.length * 2);
      days.set(eventDays);
      rates.set(eventRates);
      eventDays = days;
      eventRates = rates;
    }
    n = insertEvent(n, from, stint.hoursPerWeek);
    n = insertEvent(n, to + 1, -stint.hoursPerWeek);
  }
  // Sweep the segments of constant rate, summing each calendar week and capping it.
  const weeklyCap = WEEKLY_HOURS_CAP * 7; // in hour-per-week x days ("rate-days")
  let total = 0;
  let week = Number.NEGATIVE_INFINITY;
  let inWeek = 0;
  let rate = 0;
  for (let i = 0; i < n; i++) {
    const day = eventDays[i];
    if (rate > 0 && day > eventDays[i - 1]) {
      const a = eventDays[i - 1];
      const b = day - 1;
      const wa = weekOf(a);
      const wb = weekOf(b);
      if (wa !== week) {
        total += Math.min(inWeek, weeklyCap);
        inWeek = 0;
        week = wa;
      }
      if (wa === wb) inWeek += rate * (b - a + 1);
      else {
        inWeek += rate * (firstDayOfWeek(wa + 1) - a);
        total += Math.min(inWeek, weeklyCap) + (wb - wa - 1) * Math.min(rate * 7, weeklyCap);
        inWeek = rate * (b - firstDayOfWeek(wb) + 1);
        week = wb;
      }
    }
    rate += eventRates[i];
    if (Math.abs(rate) < 1e-9) rate = 0;
  }
  total += Math.min(inWeek, weeklyCap);
  return total / 7;
}

/** Inserts (day, delta) keeping events sorted by day; returns the new count. */
function insertEvent(n: number, day: number, delta: number): number {
  let i = n;
  while (i > 0 && eventDays[i - 1] > day) {
    eventDays[i] = eventDays[i - 1];
    eventRates[i] = eventRates[i - 1];
    i--;
  }
  eventDays[i] = day;
  eventRates[i] = delta;
  return n + 1;
}

/** Completed years of full-time-equivalent work: 1,560 h each, never rounded up (1 y 11 m = 1). */
export function completedYears(hours: number): number {
  return Math.floor(hours / HOURS_PER_YEAR + 1e-9);
}

/** Completed months of full-time-equivalent work: 130 h each. */
export function fullTimeMonths(hours: number): number {
  return Math.floor(hours / HOURS_PER_MONTH + 1e-9);
}

/**
 * The longest continuous run of work in `window`: stints that follow each other without a day's gap
 * (or overlap) form one run; the run's hours are counted as in `hoursInWindow`. Give it the stints of
 * one occupation for "continuous experience in one NOC". Returns the hours of the best run.
 */
export function longestContinuousHours(stints: readonly Stint[], window: Window): number {
  const clipped: Stint[] = [];
  for (const stint of stints) {
    const from = Math.max(stint.start, window.from);
    const to = Math.min(stint.end ?? window.to, window.to);
    if (from <= to) clipped.push({ ...stint, start: from, end: to });
  }
  if (clipped.length <= 1) return clipped.length === 0 ? 0 : hoursInWindow(clipped, window);
  clipped.sort((a, b) => a.start - b.start);
  let best = 0;
  let runStart = 0;
  let runEnd = clipped[0].end as number;
  for (let i = 1; i <= clipped.length; i++) {
    const next = clipped[i];
    if (next !== undefined && next.start <= runEnd + 1) {
      runEnd = Math.max(runEnd, next.end as number);
      continue;
    }
    best = Math.max(best, hoursInWindow(clipped.slice(runStart, i), window));
    if (next !== undefined) {
      runStart = i;
      runEnd = next.end as number;
    }
  }
  return best;
}
