import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth';
import { findProfile } from '@/lib/data/profiles';
import { profileToDraft } from '@/app/_components/profile-draft';
import { AccountProfileEditor } from './account-profile-editor';

export const metadata: Metadata = { title: 'Your profile' };

export default async function ProfilePage() {
  const user = await requireUser();
  const saved = await findProfile(user.id);
  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold tracking-tight">Your profile</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600">
          Everything IRCC&apos;s Comprehensive Ranking System reads. Dates are calendar dates as on your documents.
          {saved && <> Last saved {saved.updatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC.</>}
        </p>
      </header>
      <AccountProfileEditor initial={saved ? profileToDraft(saved.profile) : null} hasSaved={saved !== null} />
    </div>
  );
}
