import type { Metadata } from 'next';
import { requireUser } from '@/lib/auth';
import { findAlertPreferences } from '@/lib/data/users';
import { AlertPreferencesForm, ChangePasswordForm, DeleteAccountForm } from './settings-forms';

export const metadata: Metadata = { title: 'Settings' };

function Card({ title, description, children, tone = 'default' }: { title: string; description: string; children: React.ReactNode; tone?: 'default' | 'danger' }) {
  return (
    <section className={`rounded-2xl bg-white p-5 shadow-sm ring-1 sm:p-6 ${tone === 'danger' ? 'ring-red-200' : 'ring-slate-200'}`}>
      <h2 className="text-lg font-semibold tracking-tight">{title}</h2>
      <p className="mt-1 text-sm text-slate-600">{description}</p>
      <div className="mt-4">{children}</div>
    </section>
  );
}

export default async function SettingsPage() {
  const user = await requireUser();
  const preferences = await findAlertPreferences(user.id);
  // An unsubscribe (from an email's link) stops every alert: the boxes show what is sent.
  const subscribed = !preferences?.unsubscribedAt;
  const choices = {
    consentedAt: preferences?.alertConsentAt?.toISOString() ?? null,
    unsubscribedAt: preferences?.unsubscribedAt?.toISOString() ?? null,
    stem: subscribed && (preferences?.alertStem ?? true),
    other: subscribed && (preferences?.alertOther ?? false),
    nearMiss: subscribed && (preferences?.alertNearMiss ?? false),
  };
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <Card title="Draw alerts" description={`Emails to ${user.email} when a round would have invited you.`}>
        <AlertPreferencesForm choices={choices} />
      </Card>
      <Card title="Password" description="Enter your current password to choose a new one.">
        <ChangePasswordForm />
      </Card>
      <Card title="Your data" description="Download your saved profile in the interchange format (JSON). You can import it again on the profile page.">
        <a href="/profile/export" download className="inline-block rounded-md border border-slate-300 px-4 py-2 text-sm font-medium hover:bg-slate-50">Export my profile</a>
      </Card>
      <Card title="Delete account" tone="danger" description="Deletes your account, your profile and every alert record about you, at once and for good.">
        <DeleteAccountForm />
      </Card>
    </div>
  );
}
