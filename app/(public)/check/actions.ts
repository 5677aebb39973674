'use server';

import { listRecentRounds, type RoundSummary } from '@/lib/data/rounds';
import { birthAfter, parseEvaluateRequest } from '@/lib/evaluation/request';
import { evaluationReport, type RoundWithVerdict } from '@/lib/evaluation/report';
import { torontoToday } from '@/lib/toronto-today';
import type { Evaluation } from '@/lib/rules';
import type { FieldIssue } from '@/lib/schemas/profile';

const RECENT_ROUNDS = 8;

export type CheckResult =
  | { ok: true; evaluation: Evaluation; rounds: RoundWithVerdict<RoundSummary>[] }
  | { ok: false; errors: FieldIssue[] };

/**
 * Evaluates a visitor's profile on a date, with the recent recorded rounds. Public by design: no
 * account is needed, nothing is stored and no account's data is read, so there is nothing to
 * authorize; the input is checked here as the authority (paths "profile.…" and "asOf").
 */
export async function checkProfileAction(input: { profile: unknown; asOf: string }): Promise<CheckResult> {
  const fields = typeof input === 'object' && input !== null ? input : { profile: undefined, asOf: '' };
  const parsed = parseEvaluateRequest({ profile: fields.profile, asOf: fields.asOf === '' ? undefined : fields.asOf });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const { profile } = parsed.request;
  const asOf = parsed.request.asOf ?? torontoToday();
  const unborn = birthAfter(profile, asOf);
  if (unborn.length > 0) return { ok: false, errors: unborn };
  const report = evaluationReport(profile, asOf, await listRecentRounds(RECENT_ROUNDS));
  return { ok: true, ...report };
}
