import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { listDevEmails } from '@/lib/data/dev-emails';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Development outbox', robots: { index: false } };
export const dynamic = 'force-dynamic';

// Mail "sent" without RESEND_API_KEY in development lands in the DevEmail table; this lists it.
// It exists only in development: everywhere else it is a 404.
export default async function DevMailPage() {
  if (env.NODE_ENV !== 'development') notFound();
  const emails = await listDevEmails(200);
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="text-2xl font-semibold tracking-tight">Development outbox</h1>
      <p className="mt-1 text-sm text-slate-600">
        Emails the app sent in development without a Resend API key, newest first (the last 200).
      </p>
      {emails.length === 0 ? (
        <p className="mt-6 rounded-2xl bg-white p-8 text-center text-sm text-slate-600 ring-1 ring-slate-200">
          No emails yet. Sign up, ask for a password reset, or record a round to see mail here.
        </p>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 overflow-hidden rounded-2xl bg-white ring-1 ring-slate-200">
          {emails.map((email) => (
            <li key={email.id}>
              <Link href={`/dev/mail/${email.id}`} className="block px-4 py-3 hover:bg-slate-50">
                <span className="block truncate text-sm font-medium text-slate-900">{email.subject}</span>
                <span className="mt-0.5 block text-xs text-slate-500">
                  To {email.to.join(', ')} · {email.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
