import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/app/_components/auth-card';
import { ResetPasswordForm } from './reset-password-form';

export const metadata: Metadata = { title: 'Choose a new password' };

// Public: the emailed token is the authorization; the action checks it.
export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Choose a new password">
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <p className="mt-2 text-sm text-slate-600">
          This page needs the link from your email. <Link href="/forgot-password" className="font-medium text-brand-700 hover:underline">Ask for a reset link</Link>.
        </p>
      )}
    </AuthCard>
  );
}
