import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 ships prebuilt binaries as optional dependencies, so no install script is
// needed (npm 11 blocks them); its default algorithm is argon2id.
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Verified against when the e-mail is unknown, so both failures take the same time. */
export const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$0W8Vq7Ci8PYJ7esTLrR8ZA$sKJMwFS8aKYkXQi2gTV5HUHM4OWUAvOc+uqdikOLNdc';
