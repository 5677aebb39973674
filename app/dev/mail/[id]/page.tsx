import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { findDevEmail } from '@/lib/data/dev-emails';
import { env } from '@/lib/env';

export const metadata: Metadata = { title: 'Development outbox', robots: { index: false } };
export const dynamic = 'force-dynamic';

// One message of the development outbox: headers, the HTML in a sandboxed iframe (no scripts, no
// access to this site), and the plain-text part. Development only.
export default async function DevMailMessagePage({ params }: { params: Promise<{ id: string }> }) {
  if (env.NODE_ENV !== 'development') notFound();
  const email = await findDevEmail((await params).id);
  if (!email) notFound();
  const headers = Object.entries((email.headers ?? {}) as Record<string, string>);
  return (
    <div className="mx-auto max-w-4xl">
      <Link href="/dev/mail" className="text-sm font-medium text-brand-700 hover:underline">← Outbox</Link>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight">{email.subject}</h1>
      <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-2xl bg-white p-4 text-sm ring-1 ring-slate-200">
        <dt className="text-slate-500">From</dt>
        <dd>{email.from}</dd>
        <dt className="text-slate-500">To</dt>
        <dd>{email.to.join(', ')}</dd>
        <dt className="text-slate-500">Sent</dt>
        <dd>{email.createdAt.toISOString().slice(0, 19).replace('T', ' ')} UTC</dd>
        {headers.map(([name, value]) => (
          <div key={name} className="contents">
            <dt className="text-slate-500">{name}</dt>
            <dd className="break-all">{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 text-lg font-semibold">HTML</h2>
      <iframe title="HTML part" sandbox="" srcDoc={email.html} className="mt-2 h-[640px] w-full rounded-2xl bg-white ring-1 ring-slate-200" />
      <h2 className="mt-6 text-lg font-semibold">Plain text</h2>
      <pre className="mt-2 overflow-x-auto whitespace-pre-wrap rounded-2xl bg-white p-4 text-sm ring-1 ring-slate-200">{email.text}</pre>
    </div>
  );
}
