import { render } from '@react-email/render';
import ResetPassword, { resetPasswordSubject } from '@/emails/reset-password';
import VerifyEmail, { verifyEmailSubject } from '@/emails/verify-email';
import { hashToken, issueToken } from '@/lib/data/tokens';
import { sendEmail } from '@/lib/email';
import { env } from '@/lib/env';

// Account mail: a fresh single-use link, rendered with React Email and sent through lib/email.ts.

const sender = { postalAddress: env.SENDER_POSTAL_ADDRESS, contact: env.SENDER_CONTACT };

function link(path: string, token: string): string {
  const url = new URL(path, env.APP_URL);
  url.searchParams.set('token', token);
  return url.toString();
}

export async function sendVerificationEmail(email: string, now: Date): Promise<void> {
  const token = await issueToken('verify', email, now);
  const element = VerifyEmail({ url: link('/verify-email', token), sender });
  await sendEmail(
    { to: email, subject: verifyEmailSubject, html: await render(element), text: await render(element, { plainText: true }) },
    { idempotencyKey: `verify-email/${hashToken(token)}` },
  );
}

export async function sendPasswordResetEmail(email: string, now: Date): Promise<void> {
  const token = await issueToken('reset', email, now);
  const element = ResetPassword({ url: link('/reset-password', token), sender });
  await sendEmail(
    { to: email, subject: resetPasswordSubject, html: await render(element), text: await render(element, { plainText: true }) },
    { idempotencyKey: `reset-password/${hashToken(token)}` },
  );
}
