import { AUDIT_KEY_RING } from './mfa-test-keys';
import { openSecret, sealSecret } from './mfa-secret-seal';
import { currentTotp, newTotpSecret, totpUri, verifyTotp } from './totp';
import { makeKeyring } from '../../audit/audit-chain';

describe('TOTP codes', () => {
  const secret = newTotpSecret();
  const now = new Date('2026-12-07T10:00:10Z');

  it('accepts the current code, and the one of the step before or after (clock drift)', () => {
    expect(verifyTotp(secret, currentTotp(secret, now), null, now)).toEqual(expect.any(Number));
    expect(verifyTotp(secret, currentTotp(secret, new Date(now.getTime() - 30_000)), null, now)).not.toBeNull();
    expect(verifyTotp(secret, currentTotp(secret, new Date(now.getTime() + 30_000)), null, now)).not.toBeNull();
  });

  it('refuses a code from two minutes ago, a wrong code and a malformed one', () => {
    expect(verifyTotp(secret, currentTotp(secret, new Date(now.getTime() - 120_000)), null, now)).toBeNull();
    const right = currentTotp(secret, now);
    expect(verifyTotp(secret, right === '000000' ? '000001' : '000000', null, now)).toBeNull();
    expect(verifyTotp(secret, 'abcdef', null, now)).toBeNull();
  });

  it('never accepts a code twice: a step at or before the last used one is refused', () => {
    const step = verifyTotp(secret, currentTotp(secret, now), null, now);
    expect(step).not.toBeNull();
    expect(verifyTotp(secret, currentTotp(secret, now), step, now)).toBeNull();
    // every step in the window used: refused, not thrown
    expect(verifyTotp(secret, currentTotp(secret, now), (step ?? 0) + 5, now)).toBeNull();
  });

  it('gives an otpauth URI with issuer and account for the QR code', () => {
    expect(totpUri('Softmakers B.V.', 'fg@example.nl', 'JBSWY3DPEHPK3PXP')).toBe(
      'otpauth://totp/Softmakers%20B.V.:fg%40example.nl?secret=JBSWY3DPEHPK3PXP&issuer=Softmakers%20B.V.',
    );
  });
});

describe('TOTP secrets at rest', () => {
  it('are encrypted: the stored form contains neither the secret nor the key', () => {
    const sealed = sealSecret(AUDIT_KEY_RING, 'JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(sealed).not.toContain(AUDIT_KEY_RING.current.secret);
    expect(openSecret(AUDIT_KEY_RING, sealed)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', stale: false });
  });

  it('still open after the audit key is rotated (old key in AUDIT_PREVIOUS_KEYS), marked stale', () => {
    const sealed = sealSecret(AUDIT_KEY_RING, 'JBSWY3DPEHPK3PXP');
    const rotated = makeKeyring('a-brand-new-audit-key-of-at-least-32-chars', [AUDIT_KEY_RING.current.secret]);
    expect(openSecret(rotated, sealed)).toEqual({ secret: 'JBSWY3DPEHPK3PXP', stale: true });
    expect(openSecret(makeKeyring('a-brand-new-audit-key-of-at-least-32-chars'), sealed)).toBeNull();
  });

  it('refuse a tampered ciphertext', () => {
    const sealed = sealSecret(AUDIT_KEY_RING, 'JBSWY3DPEHPK3PXP').split('.');
    sealed[3] = Buffer.from('XXXXXXXXXXXXXXXX').toString('base64url');
    expect(openSecret(AUDIT_KEY_RING, sealed.join('.'))).toBeNull();
  });
});
