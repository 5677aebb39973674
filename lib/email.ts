import { Resend } from 'resend';
import { saveDevEmails } from '@/lib/data/dev-emails';
import { env, useDevOutbox } from '@/lib/env';

// The only caller of Resend. Without RESEND_API_KEY in development, mail goes to the outbox shown
// at /dev/mail. Tests point RESEND_BASE_URL at a local server that speaks Resend's API.

export type OutgoingEmail = { to: string; subject: string; html: string; text: string; headers?: Record<string, string> };

export const MAX_BATCH = 100;
const MAX_ATTEMPTS = 3;
const MAX_WAIT_MS = 30_000;

/** A send that did not succeed. `retryable`: 429, 5xx or no answer; otherwise the request itself is wrong. */
export class EmailSendError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
    readonly retryAfterMs: number | null,
  ) {
    super(message);
    this.name = 'EmailSendError';
  }
}

let client: Resend | undefined;
function resend(): Resend {
  client ??= new Resend(env.RESEND_API_KEY, env.RESEND_BASE_URL ? { baseUrl: env.RESEND_BASE_URL } : undefined);
  return client;
}

type ResendAnswer<T> = { data: T | null; error: { message: string; statusCode?: number | null; name?: string } | null; headers: Record<string, string> | null };

function toError(answer: ResendAnswer<unknown>): EmailSendError {
  const status = answer.error?.statusCode ?? null;
  const retryable = status === null || status === 429 || status >= 500;
  const retryAfter = Number(answer.headers?.['retry-after']);
  const retryAfterMs = Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : null;
  return new EmailSendError(`${answer.error?.name ?? 'error'}: ${answer.error?.message ?? 'unknown'}`, status, retryable, retryAfterMs);
}

/**
 * Runs a Resend call, retrying 429, 5xx and network failures with exponential backoff that honours
 * `retry-after`. The same idempotency key is sent on every attempt, so a retry never sends twice.
 */
async function withRetries<T>(call: () => Promise<ResendAnswer<T>>, attempts = MAX_ATTEMPTS): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const answer = await call();
    if (answer.data && !answer.error) return answer.data;
    const error = toError(answer);
    if (!error.retryable || attempt >= attempts) throw error;
    const backoff = 500 * 2 ** (attempt - 1);
    await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_WAIT_MS, Math.max(backoff, error.retryAfterMs ?? 0))));
  }
}

function payload(email: OutgoingEmail) {
  return { from: env.EMAIL_FROM, to: [email.to], subject: email.subject, html: email.html, text: email.text, headers: email.headers };
}

/** Sends one email (account mail: verification, password reset). Returns its id. */
export async function sendEmail(email: OutgoingEmail, options: { idempotencyKey: string }): Promise<string> {
  if (useDevOutbox) return (await saveDevEmails(env.EMAIL_FROM, [email]))[0];
  const data = await withRetries(() => resend().emails.send(payload(email), { idempotencyKey: options.idempotencyKey }));
  return data.id;
}

/**
 * Sends up to 100 emails in one request to Resend's batch endpoint. Returns their ids in order.
 * `attempts` bounds the in-call retries; a caller with its own retry schedule may pass 1.
 */
export async function sendEmailBatch(emails: OutgoingEmail[], options: { idempotencyKey: string; attempts?: number }): Promise<string[]> {
  if (emails.length === 0) return [];
  if (emails.length > MAX_BATCH) throw new Error(`A batch holds at most ${MAX_BATCH} emails (got ${emails.length})`);
  if (useDevOutbox) return saveDevEmails(env.EMAIL_FROM, emails);
  const data = await withRetries(
    () => resend().batch.send(emails.map(payload), { idempotencyKey: options.idempotencyKey }),
    options.attempts,
  );
  return data.data.map((item) => item.id);
}
