import type { FeedIssue } from '@/lib/feed/parse';
import type { ImportReport } from '@/lib/rounds/import';

export type ImportState =
  | { status: 'idle' }
  | { status: 'refused'; fileName: string; issues: FeedIssue[] }
  | { status: 'imported'; fileName: string; report: ImportReport };
