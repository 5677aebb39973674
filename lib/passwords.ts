import { hash, verify } from '@node-rs/argon2';

// Argon2id with the library's defaults (19 MiB memory, 2 passes): memory-hard, as OWASP recommends.
// The minimum length lives with the form schemas (lib/schemas/auth.ts), which the browser also loads.

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password: verifying against it costs the same time as a real account. */
export const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$jgx1qi9OTCESzLyVE6HuYg$cKpkEx1YMU9PxHYe6iBcgqlTZWkxUC73+RCfplzylWg';
