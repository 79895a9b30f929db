import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateEnvironment } from '../config/environment';
import { auditKeyId } from './audit-chain';
import { AUDIT_KEY_FILE, loadAuditKeyring } from './audit-keyring';

describe('audit key loading', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'lekwacht-audit-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('uses AUDIT_KEY from the environment and writes no file', () => {
    const key = 'e'.repeat(40);
    const { keyring, origin } = loadAuditKeyring({ envKey: key, dataDir: join(dir, 'data') });
    expect(origin).toBe('env');
    expect(keyring.current).toEqual({ id: auditKeyId(key), secret: key });
    expect(() => statSync(join(dir, 'data', AUDIT_KEY_FILE))).toThrow();
  });

  it('generates <dataDir>/audit.key on first start with mode 0600, and reuses it', () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = loadAuditKeyring({ dataDir });
    expect(first.origin).toBe('file');
    const path = join(dataDir, AUDIT_KEY_FILE);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8').trim()).toBe(first.keyring.current.secret);
    expect(first.keyring.current.secret.length).toBeGreaterThanOrEqual(32);
    const again = loadAuditKeyring({ dataDir });
    expect(again.keyring.current).toEqual(first.keyring.current);
    // no temporary files left behind
    expect(readFileSync(path, 'utf8')).toMatch(/^[\w-]+\n$/);
  });

  it('creates the file with 0600 even under a permissive umask', () => {
    const old = process.umask(0o000);
    try {
      loadAuditKeyring({ dataDir: dir });
    } finally {
      process.umask(old);
    }
    expect(statSync(join(dir, AUDIT_KEY_FILE)).mode & 0o777).toBe(0o600);
  });

  it('refuses a key file others can read, and a short one', () => {
    const path = join(dir, AUDIT_KEY_FILE);
    writeFileSync(path, 'x'.repeat(40));
    chmodSync(path, 0o644);
    expect(() => loadAuditKeyring({ dataDir: dir })).toThrow(/readable by others/);
    chmodSync(path, 0o600);
    writeFileSync(path, 'short');
    expect(() => loadAuditKeyring({ dataDir: dir })).toThrow(/at least 32/);
  });

  it('adds previous keys for verification only', () => {
    const current = 'n'.repeat(40);
    const old = 'o'.repeat(40);
    const { keyring } = loadAuditKeyring({ envKey: current, previousKeys: ` ${old} ,`, dataDir: dir });
    expect(keyring.current.secret).toBe(current);
    expect(keyring.byId.get(auditKeyId(old))?.secret).toBe(old);
    expect(() => loadAuditKeyring({ envKey: current, previousKeys: 'short', dataDir: dir })).toThrow(
      /AUDIT_PREVIOUS_KEYS/,
    );
  });

  it('validates AUDIT_KEY (at least 32 characters; required with a database server in production)', () => {
    expect(() => validateEnvironment({ AUDIT_KEY: 'too-short' })).toThrow(/AUDIT_KEY must be at least 32/);
    const prod = {
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://u@localhost/db',
      SESSION_SECRET: 's'.repeat(32),
    };
    expect(() => validateEnvironment(prod)).toThrow(/AUDIT_KEY: required/);
    expect(validateEnvironment({ ...prod, AUDIT_KEY: 'a'.repeat(32) }).AUDIT_KEY).toBe('a'.repeat(32));
    // embedded database in production: the key file in the data folder is enough
    expect(() => validateEnvironment({ NODE_ENV: 'production' })).not.toThrow();
  });
});
