// Rules are data keyed by effective date: a rule change is a new row in a dated table.
import type { CalendarDate } from './dates';

/** One version of a rule: in force from `from` (inclusive) until the next row's `from`. */
export type Dated<T> = {
  readonly from: CalendarDate;
  /** Where the rule comes from (document, page, date modified); UNVERIFIED rows say so. */
  readonly source: string;
  readonly value: T;
};

/** The row in force on `date`, or undefined before the first row. Rows are sorted by `from`. */
export function inForce<T>(table: readonly Dated<T>[], date: CalendarDate): T | undefined {
  let found: T | undefined;
  for (const row of table) {
    if (row.from > date) break;
    found = row.value;
  }
  return found;
}

/** Express Entry opened on this day: the first row of every table; the rules accept no earlier date. */
export const EXPRESS_ENTRY_START: CalendarDate = '2015-01-01';

/** Like `inForce`, for tables that start on or before the first date the rules accept (2015-01-01). */
export function inForceOrThrow<T>(table: readonly Dated<T>[], date: CalendarDate): T {
  const value = inForce(table, date);
  if (value === undefined) throw new RangeError(`no rule in force on ${date} (the table starts ${table[0]?.from})`);
  return value;
}
