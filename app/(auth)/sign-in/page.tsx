import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/auth';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; verified?: string; reset?: string }> }) {
  const user = await getCurrentUser();
  if (user) redirect(user.role === 'ADMIN' ? '/admin' : '/dashboard');
  const { callbackUrl, verified, reset } = await searchParams;
  // Only same-site paths: an open redirect would let a link send users elsewhere after signing in.
  const next = callbackUrl?.startsWith('/') && !callbackUrl.startsWith('//') ? callbackUrl : '/dashboard';
  return (
    <div className="mx-auto max-w-md rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <h1 className="text-2xl font-semibold tracking-tight">Sign in</h1>
      <p className="mt-1 text-sm text-slate-600">
        New here? <Link href="/sign-up" className="font-medium text-brand-700 hover:underline">Create an account</Link>
      </p>
      {verified && (
        <p role="status" data-testid="notice" className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Your email is confirmed. Sign in to continue.
        </p>
      )}
      {reset && (
        <p role="status" data-testid="notice" className="mt-4 rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800 ring-1 ring-emerald-200">
          Your password was changed. Sign in with the new one.
        </p>
      )}
      <SignInForm callbackUrl={next} />
    </div>
  );
}
