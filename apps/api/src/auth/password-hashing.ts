import { hash, verify } from '@node-rs/argon2';

// argon2id (the library's default algorithm) with OWASP's recommended minimum: 19 MiB, 2 passes.
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against an argon2id hash; false for malformed hashes. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Verifying against a real hash even for unknown logins keeps response times alike (no user enumeration).
let dummyHash: Promise<string> | undefined;
/** A hash to verify against when the login is unknown. */
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword('unknown-user-dummy-password');
  return dummyHash;
}
