import type { CategoryId, ProgramId } from '@/lib/feed/parse';

// The recorded facts of a round, as the feed parser reads them and as the admin form records them.
// Pure: shared by the import, the edit log and the data layer.

export type RoundFields = {
  number: string;
  /** "YYYY-MM-DD". */
  date: string;
  /** ISO instants with Z, or null. */
  drawAt: string | null;
  tieBreakAt: string | null;
  name: string;
  category: CategoryId | null;
  categoryVersion: string | null;
  programs: ProgramId[];
  cutoff: number;
  invitations: number;
  /** "YYYY-MM-DD" of the pool snapshot, or null. */
  distributionAsOf: string | null;
  /** Pool counts by CRS band and "total", or null. */
  distribution: Record<string, number> | null;
  url: string | null;
};

export type RoundField = keyof RoundFields;

export const ROUND_FIELDS: readonly RoundField[] = [
  'number',
  'date',
  'drawAt',
  'tieBreakAt',
  'name',
  'category',
  'categoryVersion',
  'programs',
  'cutoff',
  'invitations',
  'distributionAsOf',
  'distribution',
  'url',
];

export type FieldChange = { from: unknown; to: unknown };
export type RoundChanges = Partial<Record<RoundField, FieldChange>>;

/** JSON with object keys sorted, so two distributions compare equal whatever order PostgreSQL keeps. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The fields of `next` (only those it names) that differ from `stored`, as field -> { from, to }. */
export function diffRoundFields(stored: RoundFields, next: Partial<RoundFields>): RoundChanges {
  const changes: RoundChanges = {};
  for (const field of ROUND_FIELDS) {
    if (!(field in next)) continue;
    const to = next[field];
    if (canonical(stored[field]) !== canonical(to)) changes[field] = { from: stored[field], to };
  }
  return changes;
}
