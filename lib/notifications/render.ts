import { render } from '@react-email/render';
import nocTitles from '@/data/noc-2021.json';
import DrawAlert, { drawAlertSubject, type DrawAlertKind, type DrawAlertProps } from '@/emails/draw-alert';
import type { OutgoingEmail } from '@/lib/email';
import { env } from '@/lib/env';
import type { AlertDetail } from './audience';
import { unsubscribeHeaders, unsubscribePageUrl } from './unsubscribe';

// Turns a Notification row into the email it sends. Rendering is deterministic (same row, same
// bytes), so a retried batch repeats the same request body under the same idempotency key.

const PROGRAM_NAMES: Record<string, string> = {
  fsw: 'Federal Skilled Worker Program',
  cec: 'Canadian Experience Class',
  fst: 'Federal Skilled Trades Program',
  pnp: 'Provincial Nominee Program (Express Entry)',
};

const TITLES = new Map((nocTitles as { code: string; title: string }[]).map((noc) => [noc.code, noc.title]));

export type AlertRound = {
  number: string;
  date: string;
  name: string;
  categoryVersion: string | null;
  cutoff: number;
  invitations: number;
  tieBreakAt: string | null;
};

export type AlertToRender = {
  userId: string;
  email: string;
  kind: DrawAlertKind;
  crs: number;
  detail: AlertDetail;
  round: AlertRound;
};

export function alertProps(alert: AlertToRender): DrawAlertProps {
  const { detail } = alert;
  return {
    kind: alert.kind,
    round: { ...alert.round, categoryVersion: alert.round.categoryVersion ?? detail.categoryVersion },
    crs: alert.crs,
    programs: detail.programs.map((program) => PROGRAM_NAMES[program] ?? program.toUpperCase()),
    occupation: detail.noc ? { noc: detail.noc, title: TITLES.get(detail.noc) ?? null, months: detail.months } : null,
    submittedAt: detail.submittedAt,
    pointsShort: detail.pointsShort,
    dashboardUrl: new URL('/dashboard', env.APP_URL).toString(),
    unsubscribeUrl: unsubscribePageUrl(alert.userId),
    sender: { postalAddress: env.SENDER_POSTAL_ADDRESS, contact: env.SENDER_CONTACT },
  };
}

export async function renderAlert(alert: AlertToRender): Promise<OutgoingEmail> {
  const props = alertProps(alert);
  const element = DrawAlert(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { to: alert.email, subject: drawAlertSubject(props), html, text, headers: unsubscribeHeaders(alert.userId) };
}
