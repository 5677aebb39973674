import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/app/_components/auth-card';
import { ForgotPasswordForm } from './forgot-password-form';

export const metadata: Metadata = { title: 'Forgot your password' };

// Public: anyone may ask for a reset link; the answer never says whether the email is registered.
export default function ForgotPasswordPage() {
  return (
    <AuthCard
      title="Reset your password"
      intro={<>Remembered it? <Link href="/sign-in" className="font-medium text-brand-700 hover:underline">Sign in</Link></>}
    >
      <ForgotPasswordForm />
    </AuthCard>
  );
}
