import { render } from '@react-email/render';
import nocTitles from '@/data/noc-2021.json';
import DrawAlert, { drawAlertSubject, type DrawAlertKind, type DrawAlertProps } from '@/emails/draw-alert';
import { formatUtc } from '@/lib/rounds/format';
import type { AlertDetail, AlertRound } from '@/lib/data/notifications';
import type { OutgoingEmail } from '@/lib/email';
import { env } from '@/lib/env';
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

// Rendering with React Email takes ~10 ms an email, too slow for hundreds a second. Emails of one
// round share their shape, so each shape is rendered once with stand-ins for the personal values
// (unique numbers and strings), and each email is that render with the real values put in. The
// template keeps personal values out of anything whose layout depends on their length (the preview
// line is padded to a fixed length); render.int.test.ts checks the result equals a direct render.
const STAND_IN = {
  crs: 987654321,
  pointsShort: 876543219,
  months: 765432198,
  programs: 'QqProgramsQq',
  noc: 'QqNocQq',
  title: 'QqTitleQq',
  submittedAt: '2999-01-01T00:00:00.000Z',
  unsubscribeUrl: 'https://unsubscribe.invalid/QqUnsubscribeQq',
} as const;

type Rendered = { html: string; text: string };
const shapes = new Map<string, Promise<Rendered>>();
const MAX_SHAPES = 500;

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}

/** The props with personal values swapped for stand-ins, except where they decide the shape. */
function standInProps(props: DrawAlertProps): DrawAlertProps {
  const atCutoff = props.crs === props.round.cutoff;
  return {
    ...props,
    crs: atCutoff ? props.crs : STAND_IN.crs,
    pointsShort: props.pointsShort === null || props.pointsShort === 1 ? props.pointsShort : STAND_IN.pointsShort,
    programs: props.programs.length === 0 ? [] : [STAND_IN.programs],
    occupation: props.occupation && {
      noc: STAND_IN.noc,
      title: props.occupation.title === null ? null : STAND_IN.title,
      months: props.occupation.months === null ? null : STAND_IN.months,
    },
    submittedAt: props.submittedAt === null ? null : STAND_IN.submittedAt,
    unsubscribeUrl: STAND_IN.unsubscribeUrl,
  };
}

function fillIn(template: string, props: DrawAlertProps, escape: (value: string) => string): string {
  const values: [string, string][] = [
    [String(STAND_IN.crs), String(props.crs)],
    [String(STAND_IN.pointsShort), String(props.pointsShort)],
    [String(STAND_IN.months), String(props.occupation?.months)],
    [STAND_IN.programs, props.programs.join(', ')],
    [STAND_IN.noc, props.occupation?.noc ?? ''],
    [STAND_IN.title, props.occupation?.title ?? ''],
    [formatUtc(STAND_IN.submittedAt), props.submittedAt ? formatUtc(props.submittedAt) : ''],
    [STAND_IN.unsubscribeUrl, props.unsubscribeUrl],
  ];
  return values.reduce((text, [standIn, value]) => text.split(escape(standIn)).join(escape(value)), template);
}

async function renderShape(props: DrawAlertProps): Promise<Rendered> {
  const element = DrawAlert(props);
  const [html, text] = await Promise.all([render(element), render(element, { plainText: true })]);
  return { html, text };
}

export async function renderAlert(alert: AlertToRender): Promise<OutgoingEmail> {
  const props = alertProps(alert);
  const shapeProps = standInProps(props);
  const key = JSON.stringify(shapeProps);
  let shape = shapes.get(key);
  if (!shape) {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shape = renderShape(shapeProps);
    shapes.set(key, shape);
    shape.catch(() => shapes.delete(key));
  }
  const { html, text } = await shape;
  return {
    to: alert.email,
    subject: drawAlertSubject(props),
    html: fillIn(html, props, escapeHtml),
    text: fillIn(text, props, (value) => value),
    headers: unsubscribeHeaders(alert.userId),
  };
}
