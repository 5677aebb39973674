import { getServerSession, type NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { notFound, redirect } from 'next/navigation';
import { clearFailures, lockedUntil, recordFailure } from '@/lib/data/auth-throttle';
import { findSessionUser, findUserWithPassword, type SessionUser } from '@/lib/data/users';
import { normalizeEmail } from '@/lib/emails';
import { env } from '@/lib/env';
import { DUMMY_HASH, verifyPassword } from '@/lib/passwords';

/** Error codes the sign-in form turns into words. Neither says whether the email is registered. */
export const SIGN_IN_ERRORS = { invalid: 'CredentialsSignin', locked: 'LOCKED' } as const;

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: 30 * 24 * 60 * 60 },
  pages: { signIn: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials) {
        const email = normalizeEmail(credentials?.email ?? '');
        const password = credentials?.password ?? '';
        if (!email || !password) return null;

        const key = `email:${email}`;
        const now = new Date();
        if (await lockedUntil(key, now)) throw new Error(SIGN_IN_ERRORS.locked);

        const user = await findUserWithPassword(email);
        // Verify against a dummy hash for unknown emails so both answers take the same time.
        const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
        if (!user?.passwordHash || !ok) {
          await recordFailure(key, now);
          return null;
        }
        await clearFailures(key);
        return { id: user.id, email: user.email, name: user.name, role: user.role };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.id, role: token.role };
      return session;
    },
  },
  logger: {
    error(code, metadata) {
      if (code === 'CREDENTIALS_SIGNIN_ERROR' || code === 'JWT_SESSION_ERROR') return;
      console.error('[auth]', code, metadata);
    },
    warn() {},
    debug() {},
  },
};

/**
 * The signed-in user, re-read from the database (a deleted account or a changed role takes effect
 * at once), or null.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id) return null;
  return findSessionUser(session.user.id);
}

/** For pages and server actions that need a signed-in user: anyone else goes to the sign-in page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  return user;
}

/** For admin pages and actions: a visitor signs in first; a signed-in non-admin sees "not found". */
export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  if (user.role !== 'ADMIN') notFound();
  return user;
}
