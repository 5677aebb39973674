import { importRounds, type ImportOutcome } from '@/lib/data/rounds';
import { FeedError, parseFeedText, type FeedIssue, type FeedWarning } from '@/lib/feed/parse';
import { assertAdmin, type Actor } from '@/lib/rounds/authorize';

// Importing IRCC's rounds feed (a file in the format of ee_rounds_123_en.json): the admin page and
// prisma/seed.ts both come here. The file is parsed whole first; a malformed file is refused with
// the parser's messages and nothing is written. Otherwise every round is upserted by number in one
// transaction, and the report says what was added, changed (which fields) and left unchanged.

export type ImportReport = ImportOutcome & {
  total: number;
  unchangedReason: 'SAME_AS_STORED';
  warnings: FeedWarning[];
};

export type ImportResult = { ok: true; report: ImportReport } | { ok: false; issues: FeedIssue[] };

export async function importFeed(actor: Actor, text: string): Promise<ImportResult> {
  assertAdmin(actor);
  let parsed: ReturnType<typeof parseFeedText>;
  try {
    parsed = parseFeedText(text);
  } catch (error) {
    if (error instanceof FeedError) return { ok: false, issues: error.issues };
    throw error;
  }
  const outcome = await importRounds(parsed.rounds, actor.id);
  return {
    ok: true,
    report: { ...outcome, total: parsed.rounds.length, unchangedReason: 'SAME_AS_STORED', warnings: parsed.warnings },
  };
}
