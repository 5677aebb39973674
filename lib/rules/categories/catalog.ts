// Typed view of data/categories.json (category occupation lists by version, with effective dates, and
// the category work-experience rules). The file is the single source; nothing here edits it.
import raw from '../../../data/categories.json' with { type: 'json' };
import { addDays, type CalendarDate } from '../dates';
import { HOURS_PER_MONTH } from '../work/experience';

export type CategoryId =
  | 'stem'
  | 'healthcare'
  | 'trade'
  | 'transport'
  | 'agriculture'
  | 'education'
  | 'french'
  | 'physicians_cdn'
  | 'senior_managers_cdn'
  | 'researchers_cdn'
  | 'military';

/** Work-experience rule of occupational categories. */
export type ExperienceRule = {
  readonly id: string;
  /** Hours needed in one listed occupation (30 h/week at most): 6 months = 780 h, 12 months = 1,560 h. */
  readonly minHours: number;
  readonly continuous: boolean;
  readonly windowYears: number;
  /** Only work in Canada counts. */
  readonly canadaOnly: boolean;
};

/** A version of a category's list, as recorded. */
type ListVersion = {
  readonly category: CategoryId;
  readonly name: string;
  /** The version's short label, as IRCC names it in round names where known: "Version 1", "2026-Version 3", "2025". */
  readonly label: string;
  /** The version as recorded in categories.json, with its notes ("2025 (presumably 'Version 2'; never used in a draw)"). */
  readonly note: string;
  readonly from: CalendarDate;
  /** Last day in force (inclusive), or null while current. */
  readonly to: CalendarDate | null;
  /** Listed NOC 2021 codes; empty for the French category, which has no occupation list. */
  readonly occupations: ReadonlySet<string>;
  readonly kind: 'occupational' | 'french' | 'military';
};

/** A category as in force on a date: its list version and the experience rule applied then. */
export type CategoryVersion = ListVersion & {
  /** The work-experience rule in force on the date; null for the French category (a language rule). */
  readonly rule: ExperienceRule | null;
};

type RawVersion = {
  version: string;
  effective_from: string;
  effective_to: string | null;
  occupations: { noc: string }[] | null;
};
type RawRule = {
  id: string;
  applies_from: string;
  applies_to: string | null;
  min_months_full_time_equivalent: number;
  continuous: boolean;
  window_years: number;
};
type RawCatalog = {
  eligibility_rules: RawRule[];
  categories: Record<CategoryId, { name: string; versions: RawVersion[] }>;
};

const catalog = raw as unknown as RawCatalog;

/** The leading "YYYY-MM-DD" of a field, or null: some dates carry notes ("2026-02-06 (first draw ...)"). */
function leadingDate(text: string | null): CalendarDate | null {
  const match = text === null ? null : /^\d{4}-\d{2}-\d{2}/.exec(text);
  return match === null ? null : match[0];
}

/**
 * The short label of a version: the quoted IRCC name when categories.json gives one
 * ("2023-1 / 'Version 1'" → "Version 1"), else the text before its notes ("2026 (label …)" → "2026").
 */
export function shortVersionLabel(version: string): string {
  const base = version.split(' (')[0].trim();
  return /'([^']+)'/.exec(base)?.[1] ?? base;
}

/** Each category's name as IRCC uses it today (categories.json keeps the history of the names). */
export const CATEGORY_NAMES: Record<CategoryId, string> = {
  stem: 'STEM occupations',
  french: 'French-language proficiency',
  healthcare: 'Healthcare and social services occupations',
  trade: 'Trade occupations',
  transport: 'Transport occupations',
  agriculture: 'Agriculture and agri-food occupations',
  education: 'Education occupations',
  physicians_cdn: 'Physicians with Canadian work experience',
  senior_managers_cdn: 'Senior managers with Canadian work experience',
  researchers_cdn: 'Researchers with Canadian work experience',
  military: 'Skilled military recruits',
};

/** Category ids, STEM first, then in the order of categories.json. */
export const CATEGORY_IDS: readonly CategoryId[] = [
  'stem',
  ...(Object.keys(catalog.categories) as CategoryId[]).filter((id) => id !== 'stem'),
];

function kindOf(id: CategoryId): ListVersion['kind'] {
  return id === 'french' ? 'french' : id === 'military' ? 'military' : 'occupational';
}

const VERSIONS: ReadonlyMap<CategoryId, readonly ListVersion[]> = new Map(
  CATEGORY_IDS.map((id) => {
    const { versions } = catalog.categories[id];
    const name = CATEGORY_NAMES[id];
    const parsed = versions.map((version, index) => {
      const from = leadingDate(version.effective_from);
      if (from === null) throw new Error(`categories.json: ${id} "${version.version}" has no effective_from date`);
      // UNVERIFIED: an end date given only as a note (French Version 1) is taken as the day before the
      // next version starts.
      const next = versions[index + 1];
      const nextFrom = next === undefined ? null : leadingDate(next.effective_from);
      const to = leadingDate(version.effective_to) ?? (nextFrom === null ? null : addDays(nextFrom, -1));
      return {
        category: id,
        name,
        label: shortVersionLabel(version.version),
        note: version.version,
        from,
        to,
        occupations: new Set((version.occupations ?? []).map((occupation) => occupation.noc)),
        kind: kindOf(id),
      };
    });
    return [id, parsed];
  }),
);

/**
 * The category as in force on `date` (its occupation-list version: label, occupations; and the
 * experience rule of that date), or null when the category did not exist then.
 */
export function categoryVersionOn(category: CategoryId, date: CalendarDate): CategoryVersion | null {
  for (const version of VERSIONS.get(category) ?? []) {
    if (version.from <= date && (version.to === null || date <= version.to)) {
      return { ...version, rule: version.kind === 'french' ? null : experienceRuleOn(category, date) };
    }
  }
  return null;
}

// The last answer of categoriesInForce: a draw fan-out asks for the same date many times in a row.
let lastInForce: { date: CalendarDate; versions: readonly CategoryVersion[] } | null = null;

/** Every category in force on `date`, STEM first. */
export function categoriesInForce(date: CalendarDate): readonly CategoryVersion[] {
  if (lastInForce === null || lastInForce.date !== date) {
    const versions: CategoryVersion[] = [];
    for (const id of CATEGORY_IDS) {
      const version = categoryVersionOn(id, date);
      if (version !== null) versions.push(version);
    }
    lastInForce = { date, versions };
  }
  return lastInForce.versions;
}

/** Every day a category list version or a category experience rule took effect, ascending. */
export function categoryChangeDates(): CalendarDate[] {
  const lists = [...VERSIONS.values()].flat().map((version) => version.from);
  return [...new Set([...lists, ...RULES.map((rule) => rule.from)])].sort();
}

type RuleRow = { from: CalendarDate; to: CalendarDate | null; anywhere: ExperienceRule; canadaOnly: ExperienceRule };

const RULES: readonly RuleRow[] = catalog.eligibility_rules.map((rule) => {
  const base = {
    id: rule.id,
    // UNVERIFIED: "6 months of full-time work (or an equal amount of part-time)" taken as 780 hours
    // (6 x 130 h), derived from the 1,560-hour year.
    minHours: rule.min_months_full_time_equivalent * HOURS_PER_MONTH,
    continuous: rule.continuous,
    windowYears: rule.window_years,
  };
  return { from: rule.applies_from, to: rule.applies_to, anywhere: { ...base, canadaOnly: false }, canadaOnly: { ...base, canadaOnly: true } };
});

// UNVERIFIED: the physician category was announced (2025-12-08) with "at least 12 months of full-time
// continuous work experience in Canada within the last three years"; whether the 2026-02-18
// non-continuous rule replaced "continuous" for it is not confirmed. Conservative: 12 months,
// continuous, in Canada, throughout.
const PHYSICIANS_RULE: ExperienceRule = {
  id: 'physicians-12m-continuous-canada',
  minHours: 12 * HOURS_PER_MONTH,
  continuous: true,
  windowYears: 3,
  canadaOnly: true,
};

/**
 * The work-experience rule of a category on `date`: "6 months continuous" until 2026-02-17, "12 months
 * (1,560 h), not necessarily continuous" from 2026-02-18, in the 3 years before the date; Canada only
 * for the *_cdn categories. Returns null before the first rule (2023-05-31).
 */
export function experienceRuleOn(category: CategoryId, date: CalendarDate): ExperienceRule | null {
  for (const rule of RULES) {
    if (rule.from <= date && (rule.to === null || date <= rule.to)) {
      if (category === 'physicians_cdn') return PHYSICIANS_RULE;
      return category.endsWith('_cdn') ? rule.canadaOnly : rule.anywhere;
    }
  }
  return null;
}
