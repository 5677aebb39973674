import type { Metadata } from 'next';
import Link from 'next/link';
import { AuthCard } from '@/app/_components/auth-card';
import { VerifyEmailForm } from './verify-email-form';

export const metadata: Metadata = { title: 'Confirm your email' };

// Public on purpose: the link arrives by email and works whether or not the reader is signed in.
// Nothing happens on GET; the token is used when the button is pressed.
export default async function VerifyEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard title="Confirm your email">
      {token ? (
        <>
          <p className="mt-2 text-sm text-slate-600">Press the button to confirm this email address for your Draw Alerts account.</p>
          <VerifyEmailForm token={token} />
        </>
      ) : (
        <p className="mt-2 text-sm text-slate-600">
          This page needs the link from your email. <Link href="/dashboard" className="font-medium text-brand-700 hover:underline">Open your dashboard</Link> to send a new one.
        </p>
      )}
    </AuthCard>
  );
}
