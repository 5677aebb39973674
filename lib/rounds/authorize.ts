import type { SessionUser } from '@/lib/data/users';

// The round services take the acting user and refuse anyone but an admin, so their authorization
// holds whoever calls them (a server action, a route handler, a script, a test).

export type Actor = Pick<SessionUser, 'id' | 'role'> | null;

export class NotAuthorizedError extends Error {
  readonly code = 'NOT_AUTHORIZED';

  constructor() {
    super('Only an administrator may record, edit or import rounds.');
    this.name = 'NotAuthorizedError';
  }
}

export function assertAdmin(actor: Actor): asserts actor is Pick<SessionUser, 'id' | 'role'> {
  if (actor?.role !== 'ADMIN') throw new NotAuthorizedError();
}
