import Link from 'next/link';
import { getCurrentUser } from '@/lib/auth';
import { isDemoUser } from '@/lib/data/demo-users';
import { SignOutButton } from '@/app/_components/sign-out-button';

export async function SiteHeader() {
  const user = await getCurrentUser();
  const demo = user !== null && (await isDemoUser(user.id));
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="flex items-center gap-2 text-lg font-semibold tracking-tight">
          <span aria-hidden className="inline-block h-3 w-3 rotate-45 bg-brand-600" />
          Draw Alerts
        </Link>
        <nav aria-label="Main" className="order-last flex basis-full flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700 sm:order-none sm:flex-1 sm:basis-auto sm:gap-x-5">
          <Link href="/rounds" className="hover:text-brand-700">Rounds</Link>
          <Link href="/check" className="hover:text-brand-700">Check a profile</Link>
          {user && <Link href="/dashboard" className="hover:text-brand-700">Dashboard</Link>}
          {user && <Link href="/profile" className="hover:text-brand-700">Profile</Link>}
          {user && <Link href="/settings" className="hover:text-brand-700">Settings</Link>}
          {user?.role === 'ADMIN' && <Link href="/admin" className="hover:text-brand-700">Admin</Link>}
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {user ? (
            <>
              {demo && (
                <span data-testid="demo-badge" title="A made-up candidate from the development seed" className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-amber-300">
                  Demo account
                </span>
              )}
              <span className="hidden text-slate-500 sm:inline" data-testid="signed-in-as">{user.email}</span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-slate-700 hover:text-brand-700">Sign in</Link>
              <Link href="/sign-up" className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700">Create account</Link>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
