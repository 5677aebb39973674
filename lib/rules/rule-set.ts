// The rule-set identifier: the effective date of the newest change, in force on a date, to any table
// of points, language conversion, work definition or program requirement, or to a category's
// occupation list or experience rule. Two evaluations with the same identifier used the same rules
// (profile-format.md: 2023-12-08 is evaluated under "2023-05-31", the day categories began).
import { categoryChangeDates } from './categories/catalog';
import type { CalendarDate } from './dates';
import { EXPRESS_ENTRY_START, type Dated } from './dated';
import { ADDITIONAL, CANADIAN_WORK_RULE, CORE, SPOUSE, TRANSFERABILITY } from './crs/tables';
import {
  CELPIP_GENERAL,
  IELTS_GENERAL,
  PTE_CORE,
  TCF_CANADA,
  TEF_CURRENT,
  TEF_LEGACY,
  TEST_VALIDITY_YEARS,
} from './language/tables';
import { CEC, FST, FSW, PROOF_OF_FUNDS } from './programs/tables';
import { SKILLED_TEERS } from './work/skilled';

export { EXPRESS_ENTRY_START };

const TABLES: readonly (readonly Dated<unknown>[])[] = [
  CORE,
  SPOUSE,
  TRANSFERABILITY,
  ADDITIONAL,
  CANADIAN_WORK_RULE,
  SKILLED_TEERS,
  IELTS_GENERAL,
  CELPIP_GENERAL,
  PTE_CORE,
  TEF_LEGACY,
  TEF_CURRENT,
  TCF_CANADA,
  TEST_VALIDITY_YEARS,
  FSW,
  CEC,
  FST,
  PROOF_OF_FUNDS,
];

/** Every effective date of every table and category version, ascending, without repeats. */
export const RULE_CHANGES: readonly CalendarDate[] = [
  ...new Set([...TABLES.flatMap((table) => table.map((row) => row.from)), ...categoryChangeDates()]),
].sort();

/** The identifier of the rule set in force on `date`, e.g. "2026-02-18" for 2026-11-15. */
export function ruleSetOn(date: CalendarDate): string {
  if (date < EXPRESS_ENTRY_START) throw new RangeError(`no Express Entry rules before ${EXPRESS_ENTRY_START} (asked for ${date})`);
  let id = EXPRESS_ENTRY_START;
  for (const change of RULE_CHANGES) {
    if (change > date) break;
    id = change;
  }
  return id;
}
