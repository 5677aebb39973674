import { findRoundById, recordRound, toRoundInput, updateRound, type RoundSummary } from '@/lib/data/rounds';
import { countInvitedUsers } from '@/lib/notifications/audience';
import { assertAdmin, type Actor } from '@/lib/rounds/authorize';
import type { RoundChanges, RoundFields } from '@/lib/rounds/fields';
import { defaultRoundName, formatIrccDate } from '@/lib/rounds/format';
import { categoryListOn, type CategoryListOn } from '@/lib/rounds/occupations';
import type { RoundFieldErrors, RoundFormData } from '@/lib/schemas/round';
import { torontoToday } from '@/lib/toronto-today';

// Recording and editing a round by an admin. Each service takes the acting user and refuses anyone
// but an admin; the server actions call requireAdmin() first and then these.

/** The occupation-list version in force on the round's date, for a category round. */
function listOf(data: Pick<RoundFormData, 'category' | 'date'>): CategoryListOn | null {
  return data.category ? categoryListOn(data.category, data.date) : null;
}

/** The form's round with its category version (in force on its date) and name. */
export function roundFieldsFromForm(data: RoundFormData): Omit<RoundFields, 'distributionAsOf' | 'distribution'> {
  const categoryVersion = listOf(data)?.label ?? null;
  return {
    number: data.number,
    date: data.date,
    drawAt: data.drawAt,
    tieBreakAt: data.tieBreakAt,
    name: data.name ?? defaultRoundName(data.category, categoryVersion, data.programs),
    category: data.category,
    categoryVersion,
    programs: data.programs,
    cutoff: data.cutoff,
    invitations: data.invitations,
    url: data.url,
  };
}

export type RoundPreview = {
  categoryList: CategoryListOn | null;
  name: string;
  audience: { invited: number; tie: number; nearMiss: number };
};

/** A round is recorded once IRCC has held it: dated today in Ottawa at the latest. */
function dateErrors(date: string, now: Date): RoundFieldErrors | null {
  const today = torontoToday(now);
  if (date <= today) return null;
  return { date: [`This date is after today (${formatIrccDate(today)} in Ottawa). Record a round once IRCC has held it.`] };
}

export type PreviewResult = { ok: true; preview: RoundPreview } | { ok: false; fieldErrors: RoundFieldErrors };

/** What recording the round would do, without saving: its list version and how many users it would alert. */
export async function previewRound(actor: Actor, data: RoundFormData, now = new Date()): Promise<PreviewResult> {
  assertAdmin(actor);
  const fieldErrors = dateErrors(data.date, now);
  if (fieldErrors) return { ok: false, fieldErrors };
  const fields = roundFieldsFromForm(data);
  const audience = await countInvitedUsers(toRoundInput({ ...fields, id: '' }));
  return { ok: true, preview: { categoryList: listOf(data), name: fields.name, audience } };
}

function duplicateNumber(number: string): RoundFieldErrors {
  return { number: [`Round ${number} is already recorded. Edit that round instead, or check the number.`] };
}

export type RecordResult =
  | { ok: true; round: RoundSummary; alertsScheduled: boolean }
  | { ok: false; fieldErrors: RoundFieldErrors };

/** Records a new round (and, in the same transaction, its alerts when scheduleRoundAlerts decides so). */
export async function recordRoundAs(actor: Actor, data: RoundFormData, now = new Date()): Promise<RecordResult> {
  assertAdmin(actor);
  const fieldErrors = dateErrors(data.date, now);
  if (fieldErrors) return { ok: false, fieldErrors };
  const result = await recordRound({ ...roundFieldsFromForm(data), distributionAsOf: null, distribution: null }, actor.id);
  return result.ok ? result : { ok: false, fieldErrors: duplicateNumber(data.number) };
}

export type EditResult =
  | { ok: true; round: RoundSummary; changes: RoundChanges }
  | { ok: false; reason: 'NOT_FOUND' }
  | { ok: false; reason: 'INVALID'; fieldErrors: RoundFieldErrors };

/**
 * Edits a recorded round; the change is logged (who, when, field -> { from, to }). It never sends
 * alerts. The category version is looked up again only when the category or the date changes, so
 * the label published with an imported round stays as it was.
 */
export async function editRoundAs(actor: Actor, id: string, data: RoundFormData, now = new Date()): Promise<EditResult> {
  assertAdmin(actor);
  const stored = await findRoundById(id);
  if (!stored) return { ok: false, reason: 'NOT_FOUND' };
  const fieldErrors = dateErrors(data.date, now);
  if (fieldErrors) return { ok: false, reason: 'INVALID', fieldErrors };
  const fields = roundFieldsFromForm(data);
  const sameList = stored.category === fields.category && stored.date === fields.date;
  const result = await updateRound(
    stored.id,
    {
      ...fields,
      categoryVersion: sameList ? stored.categoryVersion : fields.categoryVersion,
      name: data.name ?? stored.name,
    },
    actor.id,
  );
  if (result.ok) return result;
  if (result.reason === 'NOT_FOUND') return { ok: false, reason: 'NOT_FOUND' };
  return { ok: false, reason: 'INVALID', fieldErrors: duplicateNumber(data.number) };
}
