import { describe, expect, it } from 'vitest';
import { changePasswordSchema, fieldErrors, signUpSchema } from './auth';

const errorsOf = (result: { success: boolean; error?: Parameters<typeof fieldErrors>[0] }) => (result.success ? {} : fieldErrors(result.error!));

describe('signUpSchema', () => {
  const signUp = (email: string) => errorsOf(signUpSchema.safeParse({ email, password: 'correct horse battery' }));

  it.each([
    [`${'a'.repeat(64)}@example.com`, {}],
    [`${'a'.repeat(65)}@example.com`, { email: 'An email address has at most 64 characters before the @.' }],
    [`a@${'b'.repeat(250)}.ca`, { email: 'An email address has at most 254 characters.' }],
    ['not-an-email', { email: 'Enter an email address like name@example.com.' }],
    ['   ', { email: 'Enter your email address.' }],
  ])('email %s -> %j', (email, errors) => {
    expect(signUp(email)).toEqual(errors);
  });
});

describe('changePasswordSchema', () => {
  it('refuses a new password equal to the current one', () => {
    expect(errorsOf(changePasswordSchema.safeParse({ currentPassword: 'correct horse battery', newPassword: 'correct horse battery' }))).toEqual({
      newPassword: 'Choose a new password that differs from your current one.',
    });
  });

  it('accepts a different new password', () => {
    expect(changePasswordSchema.safeParse({ currentPassword: 'correct horse battery', newPassword: 'a brand new passphrase' }).success).toBe(true);
  });
});
