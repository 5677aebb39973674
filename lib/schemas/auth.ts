// Account forms: one schema per form, used by the form for early feedback and by its server action
// as the authority.
import { z } from 'zod';
import { normalizeEmail } from '@/lib/emails';

/** Shortest password accepted (lib/passwords.ts has the same value; this module also runs in the browser). */
export const MIN_PASSWORD_LENGTH = 10;

export const emailSchema = z
  .string({ error: 'Enter your email address.' })
  .trim()
  .min(1, { error: 'Enter your email address.' })
  // RFC 5321: at most 64 characters before the @ and 254 in all.
  .max(254, { error: 'An email address has at most 254 characters.', abort: true })
  .refine((email) => email.indexOf('@') <= 64, { error: 'An email address has at most 64 characters before the @.', abort: true })
  .pipe(z.email({ error: 'Enter an email address like name@example.com.' }))
  .transform(normalizeEmail);

export const newPasswordSchema = z
  .string({ error: `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters.` })
  .min(MIN_PASSWORD_LENGTH, { error: `Use at least ${MIN_PASSWORD_LENGTH} characters.` })
  .max(200, { error: 'Use at most 200 characters.' });

const currentPasswordSchema = z.string({ error: 'Enter your current password.' }).min(1, { error: 'Enter your current password.' });

/** A checkbox: "on" when ticked, absent otherwise. */
const checkbox = z.preprocess((value) => value === 'on' || value === true || value === 'true', z.boolean());

export const signUpSchema = z.object({
  email: emailSchema,
  password: newPasswordSchema,
  /** CASL express consent to draw alert emails; the box starts unticked. */
  alertConsent: checkbox,
});

export const forgotPasswordSchema = z.object({ email: emailSchema });

export const resetPasswordSchema = z.object({
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/, { error: 'This reset link is not valid. Ask for a new one.' }),
  password: newPasswordSchema,
});

export const changePasswordSchema = z
  .object({
    currentPassword: currentPasswordSchema,
    newPassword: newPasswordSchema,
  })
  .refine((input) => input.newPassword !== input.currentPassword, {
    path: ['newPassword'],
    error: 'Choose a new password that differs from your current one.',
  });

export const deleteAccountSchema = z.object({
  password: z.string({ error: 'Enter your password to confirm.' }).min(1, { error: 'Enter your password to confirm.' }),
});

export type SignUpInput = z.infer<typeof signUpSchema>;

/** The first message of each field: `{ email: "Enter ..." }`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.');
    out[key] ??= issue.message;
  }
  return out;
}
