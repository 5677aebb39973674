import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { env } from '@/lib/env';

// One Prisma client per process (kept on globalThis in development so hot reloads reuse it).
// Password hashes are left out of every query unless a query asks for them.
function createClient() {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString: env.DATABASE_URL }),
    omit: { user: { passwordHash: true } },
  });
}

const globalForDb = globalThis as unknown as { db?: ReturnType<typeof createClient> };

export const db = globalForDb.db ?? createClient();
if (env.NODE_ENV !== 'production') globalForDb.db = db;

export type Db = typeof db;
