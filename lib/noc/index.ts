// NOC 2021 unit groups the project ships (data/noc-2021.json), searchable by code or title.
// Pure: also runs in the browser (the profile editor's occupation search).
import list from '@/data/noc-2021.json' with { type: 'json' };

export type NocUnitGroup = { code: string; title: string };

export const NOC_2021: readonly NocUnitGroup[] = list;

const byCode = new Map(NOC_2021.map((group) => [group.code, group]));

/** TEER category of a NOC 2021 code: its second digit. */
export function teerOfCode(code: string): number | null {
  return /^\d{5}$/.test(code) ? Number(code[1]) : null;
}

export function findNoc(code: string): NocUnitGroup | null {
  return byCode.get(code) ?? null;
}

/**
 * Unit groups whose code starts with the query or whose title contains every word of it
 * (case-insensitive), codes first. The list is complete (NOC 2021 V1.0), so a code not in it is
 * not a unit group and is not offered.
 */
export function searchNoc(query: string, limit = 8): NocUnitGroup[] {
  const text = query.trim().toLowerCase();
  if (text === '') return [];
  const words = text.split(/\s+/);
  const matches = NOC_2021.filter(
    (group) => group.code.startsWith(text) || words.every((word) => group.title.toLowerCase().includes(word)),
  ).sort((a, b) => Number(b.code.startsWith(text)) - Number(a.code.startsWith(text)) || a.code.localeCompare(b.code));
  return matches.slice(0, limit);
}
