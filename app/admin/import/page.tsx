import type { Metadata } from 'next';
import Link from 'next/link';
import { requireAdmin } from '@/lib/auth';
import { ImportForm } from './import-form';

export const metadata: Metadata = { title: 'Import rounds' };

export default async function ImportPage() {
  await requireAdmin();
  return (
    <div className="space-y-6">
      <div>
        <Link href="/admin" className="text-sm text-slate-600 hover:text-brand-700">← Admin</Link>
        <h1 className="mt-1 text-2xl font-semibold tracking-tight">Import IRCC&apos;s rounds feed</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          Rounds are matched by number: new ones are added, ones IRCC edited since are updated (and logged), identical ones are left
          alone. A new round dated in the last 10 days sends its alerts, as a recorded one does; older rounds, and rounds already
          recorded, never do.
        </p>
      </div>
      <ImportForm />
    </div>
  );
}
