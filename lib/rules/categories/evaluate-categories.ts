// Category-based selection: does the profile belong to each category in force on a date?
// Source: docs/domain/categories-and-draws.md §1-2 and data/categories.json.
import type { Profile } from '../../schemas/profile';
import type { CalendarDate } from '../dates';
import { factsOn, prepareProfile, yearsBefore, type Facts } from '../facts';
import type { ReasonCode } from '../reasons';
import {
  fullTimeMonths,
  groupByNoc,
  hoursInWindow,
  HOURS_PER_MONTH,
  longestContinuousHours,
  selectStints,
} from '../work/experience';
import { categoriesInForce, type CategoryId, type CategoryVersion } from './catalog';

export type CategoryResult = {
  eligible: boolean;
  /** The listed occupation with the most qualifying experience, or null. */
  noc: string | null;
  /** Full-time-equivalent months (130 h each) in that occupation under the rule in force; null for French. */
  months: number | null;
  /** The occupation-list version in force on the date (label from categories.json). */
  version: string;
  /** The experience rule applied, or null for French. */
  rule: string | null;
  reasons: ReasonCode[];
};

const NCLC_FRENCH_CATEGORY = 7;

function frenchCategory(facts: Facts, version: CategoryVersion): CategoryResult {
  const { french, expired } = facts.principal.language;
  const reasons: ReasonCode[] = [];
  if (french === null && expired) reasons.push('LANGUAGE_TEST_EXPIRED');
  if (french === null || french.min < NCLC_FRENCH_CATEGORY) reasons.push('CATEGORY_FRENCH_BELOW_NCLC7');
  return { eligible: reasons.length === 0, noc: null, months: null, version: version.label, rule: null, reasons };
}

function occupationalCategory(facts: Facts, version: CategoryVersion): CategoryResult {
  const { rule } = version;
  const reasons: ReasonCode[] = [];
  const stints = facts.prepared.stints;
  const listed = version.occupations;
  let onList = false;
  let onListAbroad = false;
  for (const stint of stints) {
    if (!listed.has(stint.noc)) continue;
    onList = true;
    if (!stint.canada) onListAbroad = true;
  }
  if (rule === null || !onList) {
    reasons.push('CATEGORY_NOC_NOT_ON_LIST');
    return { eligible: false, noc: null, months: 0, version: version.label, rule: rule?.id ?? null, reasons };
  }
  // Paid work in one listed occupation; work in Canada must be authorized.
  // UNVERIFIED for categories (§1.4): self-employment and work while a full-time student are excluded
  // (conservative, as for CEC).
  const counted = selectStints(stints, {
    where: rule.canadaOnly ? 'canada' : 'anywhere',
    teers: null,
    nocs: listed,
    excludeSelfEmployed: true,
    excludeFullTimeStudent: true,
    minHoursPerWeek: 0,
  });
  // UNVERIFIED: the reference date of the 3-year window (§1.4); measured back from the round's date.
  const window = yearsBefore(facts, rule.windowYears);
  let noc: string | null = null;
  let best = 0;
  let bestTotal = 0;
  for (const [code, group] of groupByNoc(counted)) {
    const total = hoursInWindow(group, window);
    // UNVERIFIED: what breaks "continuous" (§1.4); any day without work in that occupation does.
    const hours = rule.continuous ? longestContinuousHours(group, window) : total;
    if (noc === null || hours > best) {
      best = hours;
      noc = code;
    }
    bestTotal = Math.max(bestTotal, total);
  }
  if (best < rule.minHours) {
    if (rule.canadaOnly && counted.length === 0 && onListAbroad) {
      reasons.push('CATEGORY_CANADIAN_EXPERIENCE_REQUIRED');
    } else if (rule.continuous && bestTotal >= rule.minHours) reasons.push('CATEGORY_EXPERIENCE_NOT_CONTINUOUS');
    else reasons.push(rule.minHours <= 6 * HOURS_PER_MONTH ? 'CATEGORY_EXPERIENCE_UNDER_6_MONTHS' : 'CATEGORY_EXPERIENCE_UNDER_12_MONTHS');
  }
  // Skilled military recruits: recruitment by the Canadian Armed Forces, shown as a job offer in a listed
  // occupation, plus the experience rule in a listed occupation.
  // UNVERIFIED: the details of this category; the third-party "10+ years of continuous foreign military
  // service" is not applied.
  if (version.kind === 'military') {
    const offer = facts.profile.jobOffer;
    if (offer == null || !listed.has(offer.noc)) reasons.push('CATEGORY_NO_CAF_JOB_OFFER');
  }
  return { eligible: reasons.length === 0, noc, months: fullTimeMonths(best), version: version.label, rule: rule.id, reasons };
}

/** Whether the facts' profile belongs to one category (given its version in force). */
export function categoryFromFacts(facts: Facts, version: CategoryVersion): CategoryResult {
  return version.kind === 'french' ? frenchCategory(facts, version) : occupationalCategory(facts, version);
}

export type CategoriesResult = Partial<Record<CategoryId, CategoryResult>>;

export function categoriesFromFacts(facts: Facts): CategoriesResult {
  const out: CategoriesResult = {};
  for (const version of categoriesInForce(facts.asOf)) out[version.category] = categoryFromFacts(facts, version);
  return out;
}

/** Every category in force on `asOf`, keyed by id, STEM first. */
export function evaluateCategories(profile: Profile, options: { asOf: CalendarDate }): CategoriesResult {
  return categoriesFromFacts(factsOn(prepareProfile(profile), options.asOf));
}
