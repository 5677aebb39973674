// The last profile checked on /check, kept in this browser tab's sessionStorage (never sent
// anywhere), so that after signing up or in, the profile editor can offer to start from it.
import { useSyncExternalStore } from 'react';

const KEY = 'draw-alerts:checked-profile';

export function rememberCheckedProfile(profile: unknown): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(profile));
  } catch {
    // Storage disabled or full: the offer is a convenience only.
  }
}

function storedText(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

const noSubscription = () => () => {};

/** The remembered profile (parsed JSON), or null; null on the server, read once hydrated. */
export function useCheckedProfile(): unknown {
  const text = useSyncExternalStore(noSubscription, storedText, () => null);
  if (text === null) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function forgetCheckedProfile(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to forget.
  }
}
