'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { forgetCheckedProfile, useCheckedProfile } from '@/app/_components/checked-profile';
import { profileToDraft, type ProfileDraft } from '@/app/_components/profile-draft';
import { ProfileEditor } from '@/app/_components/profile-editor';
import { saveProfileAction } from './actions';

/**
 * The shared editor, saving to the signed-in user's account, then showing the dashboard. A profile
 * checked on /check in this tab is offered as a starting point (nothing changes until it is saved).
 */
export function AccountProfileEditor({ initial, hasSaved }: { initial: ProfileDraft | null; hasSaved: boolean }) {
  const router = useRouter();
  const [start, setStart] = useState(initial);
  const [editorKey, setEditorKey] = useState(0);
  const stored = useCheckedProfile();
  const [answered, setAnswered] = useState(false);
  const checked = answered ? null : stored;

  function startFromChecked() {
    setStart(profileToDraft(checked));
    setEditorKey((key) => key + 1);
    setAnswered(true);
  }

  function dismiss() {
    forgetCheckedProfile();
    setAnswered(true);
  }

  async function save(profile: unknown) {
    const result = await saveProfileAction(profile);
    if (!result.ok) return result.issues;
    forgetCheckedProfile();
    router.push('/dashboard?saved=1');
    return null;
  }

  return (
    <div className="space-y-6">
      {checked !== null && (
        <div data-testid="checked-profile-offer" className="flex flex-wrap items-center gap-3 rounded-2xl bg-brand-50 px-5 py-3 ring-1 ring-brand-200">
          <p className="flex-1 text-sm text-slate-800">
            You checked a profile on this device. {hasSaved ? 'Replace the form with it?' : 'Start from it?'} Nothing is saved until you press Save profile.
          </p>
          <button type="button" onClick={startFromChecked} className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">Use the checked profile</button>
          <button type="button" onClick={dismiss} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-white">No, thanks</button>
        </div>
      )}
      <ProfileEditor
        key={editorKey}
        initial={start}
        onSubmit={save}
        submitLabel="Save profile"
        pendingLabel="Saving…"
        footnote="Saved profiles drive your dashboard and your alerts."
        importHint="Import a profile file (interchange format, JSON), or download the one you saved."
        importedNotice={(name) => `Imported ${name}. Check it, then save.`}
        toolbar={hasSaved && <a href="/profile/export" download className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">Export saved profile</a>}
      />
    </div>
  );
}
