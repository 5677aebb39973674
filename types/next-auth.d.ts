import type { DefaultSession } from 'next-auth';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: 'USER' | 'ADMIN' } & DefaultSession['user'];
    sessionId?: string;
    sessionVersion?: number;
  }
  interface User {
    role: 'USER' | 'ADMIN';
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    id: string;
    role: 'USER' | 'ADMIN';
    sessionId?: string;
    sessionVersion?: number;
  }
}
