import { randomUUID } from 'node:crypto';
import { getServerSession, type NextAuthOptions } from 'next-auth';
import { decode, encode } from 'next-auth/jwt';
import CredentialsProvider from 'next-auth/providers/credentials';
import { cookies } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { clearFailures, lockedUntil, recordFailure } from '@/lib/data/auth-throttle';
import { isSessionRevoked, revokeSession } from '@/lib/data/sessions';
import { findSessionUser, findUserWithPassword, type SessionUser } from '@/lib/data/users';
import { normalizeEmail } from '@/lib/emails';
import { env } from '@/lib/env';
import { DUMMY_HASH, verifyPassword } from '@/lib/passwords';

/** Error codes the sign-in form turns into words. Neither says whether the email is registered. */
export const SIGN_IN_ERRORS = { invalid: 'CredentialsSignin', locked: 'LOCKED' } as const;

const SESSION_MAX_AGE = 30 * 24 * 60 * 60;
const SESSION_COOKIES = ['__Secure-next-auth.session-token', 'next-auth.session-token'];

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE },
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
        return { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
        token.sessionId = randomUUID();
        token.sessionVersion = user.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      session.user = { ...session.user, id: token.id, role: token.role };
      session.sessionId = token.sessionId;
      session.sessionVersion = token.sessionVersion;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.sessionId && token.exp) await revokeSession(token.sessionId, new Date(Number(token.exp) * 1000), new Date());
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
 * at once), or null. A session signed out, or signed in before the password last changed, is over.
 */
export async function getCurrentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions);
  if (!session?.user?.id || !session.sessionId) return null;
  const [user, revoked] = await Promise.all([findSessionUser(session.user.id), isSessionRevoked(session.sessionId)]);
  if (!user || revoked || user.sessionVersion !== session.sessionVersion) return null;
  return user;
}

/**
 * After the signed-in user changed their password (which ended every session), keeps this browser
 * signed in: its session cookie is issued again with the new session version.
 */
export async function renewSession(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const cookie = SESSION_COOKIES.map((name) => jar.get(name)).find((found) => found !== undefined);
  if (!cookie) return;
  const token = await decode({ token: cookie.value, secret: env.AUTH_SECRET });
  if (!token) return;
  const renewed = await encode({ token: { ...token, sessionVersion }, secret: env.AUTH_SECRET, maxAge: SESSION_MAX_AGE });
  const secure = cookie.name.startsWith('__Secure-');
  jar.set(cookie.name, renewed, { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: SESSION_MAX_AGE });
}

/** Forgets this browser's session (after the account is deleted). */
export async function clearSessionCookies(): Promise<void> {
  const jar = await cookies();
  for (const name of SESSION_COOKIES) jar.delete(name);
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
