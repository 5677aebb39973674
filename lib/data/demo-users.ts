import { db } from '@/lib/db';

// Demo accounts (User.isDemo): created by the development seed, marked in the interface.

export type DemoAccount = {
  email: string;
  name: string;
  passwordHash: string;
  emailVerified: Date;
  alertConsentAt: Date | null;
};

/** Creates the demo account with this email, or brings an existing one back to these values. */
export async function upsertDemoUser(account: DemoAccount): Promise<{ id: string }> {
  const data = { ...account, isDemo: true, role: 'USER' as const };
  return db.user.upsert({ where: { email: account.email }, create: data, update: data, select: { id: true } });
}

/** Whether the account is a demo account (false for an unknown id). */
export async function isDemoUser(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { isDemo: true } });
  return user?.isDemo ?? false;
}
