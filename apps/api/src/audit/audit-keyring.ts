import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomToken } from '../security/tokens';
import { type AuditKeyring, makeKeyring } from './audit-chain';

export const AUDIT_KEY_FILE = 'audit.key';
const MIN_LENGTH = 32;

export interface AuditKeySource {
  /** AUDIT_KEY from the environment; wins over the file. */
  envKey?: string;
  /** AUDIT_PREVIOUS_KEYS: keys of earlier segments, verification only. */
  previousKeys?: string;
  dataDir: string;
}

/**
 * AUDIT_KEY, else `<dataDir>/audit.key`, created on first start with mode 0600. Not in the
 * database: whoever can rewrite rows must not also be able to re-key them.
 */
export function loadAuditKeyring(source: AuditKeySource): { keyring: AuditKeyring; origin: 'env' | 'file' } {
  const previous = (source.previousKeys ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  for (const p of previous) {
    if (p.length < MIN_LENGTH)
      throw new Error(`AUDIT_PREVIOUS_KEYS: every key must be at least ${MIN_LENGTH} characters`);
  }
  if (source.envKey) return { keyring: makeKeyring(source.envKey, previous), origin: 'env' };
  return { keyring: makeKeyring(readOrCreateKeyFile(source.dataDir), previous), origin: 'file' };
}

function readOrCreateKeyFile(dataDir: string): string {
  const path = join(dataDir, AUDIT_KEY_FILE);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  // Written aside and hard-linked into place: link() fails if the file exists, so two instances
  // starting together never overwrite each other's key and nobody reads a half-written file.
  const tmp = `${path}.${process.pid}.${randomBytes(6).toString('hex')}`;
  try {
    writeFileSync(tmp, `${randomToken(32)}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(tmp, 0o600); // exactly 0600, whatever the umask did to the mode above
    linkSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  } finally {
    try {
      unlinkSync(tmp);
    } catch {
      // never created
    }
  }
  const mode = statSync(path).mode & 0o777;
  if (mode & 0o077) {
    throw new Error(`${path} is readable by others (mode ${mode.toString(8)}): chmod 600 it`);
  }
  const key = readFileSync(path, 'utf8').trim();
  if (key.length < MIN_LENGTH) throw new Error(`${path} must hold a key of at least ${MIN_LENGTH} characters`);
  return key;
}
