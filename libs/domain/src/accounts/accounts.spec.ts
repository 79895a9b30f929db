import {
  DEFAULT_MFA_POLICY,
  mfaRequiredFor,
  normaliseRecoveryCode,
  normaliseTotpCode,
  passwordTokenExpiry,
  passwordTokenPath,
  RECOVERY_CODE_ALPHABET,
  recoveryCodeFrom,
  validateMfaPolicy,
} from './index';

describe('MFA policy', () => {
  it('requires a second factor for managers and admins on a real installation, not for officers', () => {
    expect(mfaRequiredFor(DEFAULT_MFA_POLICY, 'manager')).toBe(true);
    expect(mfaRequiredFor(DEFAULT_MFA_POLICY, 'admin')).toBe(true);
    expect(mfaRequiredFor(DEFAULT_MFA_POLICY, 'officer')).toBe(false);
  });

  it('keeps each known role once, in the roles’ order', () => {
    expect(validateMfaPolicy({ requiredRoles: ['admin', 'officer', 'admin'] })).toEqual({
      ok: true,
      policy: { requiredRoles: ['officer', 'admin'] },
    });
    expect(validateMfaPolicy({ requiredRoles: [] })).toEqual({ ok: true, policy: { requiredRoles: [] } });
  });

  it('refuses an unknown role or a missing list, naming the field', () => {
    expect(validateMfaPolicy({ requiredRoles: ['root'] })).toEqual({
      ok: false,
      errors: ['requiredRoles must contain only officer, manager, admin'],
    });
    expect(validateMfaPolicy({})).toEqual({ ok: false, errors: ['requiredRoles must be an array'] });
    expect(validateMfaPolicy(null)).toMatchObject({ ok: false });
  });
});

describe('recovery codes', () => {
  it('makes a 5-5 code from random bytes with only unambiguous characters', () => {
    const code = recoveryCodeFrom(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
    expect(code).toBe('23456-789AB');
    expect(code).not.toMatch(/[01OIL]/);
  });

  it('skips bytes that would bias the alphabet, and gives up when there are too few bytes', () => {
    const limit = 256 - (256 % RECOVERY_CODE_ALPHABET.length);
    expect(recoveryCodeFrom(Uint8Array.from([limit, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('22222-22222');
    expect(recoveryCodeFrom(Uint8Array.from([0, 0, 0]))).toBeNull();
  });

  it('accepts what a person types: lower case, spaces, with or without the dash', () => {
    expect(normaliseRecoveryCode(' 7kq4m xt2pa ')).toBe('7KQ4M-XT2PA');
    expect(normaliseRecoveryCode('7KQ4MXT2PA')).toBe('7KQ4M-XT2PA');
    expect(normaliseRecoveryCode('7KQ4M-XT2P')).toBeNull();
    expect(normaliseRecoveryCode('0KQ4M-XT2PA')).toBeNull();
  });

  it('reads a six-digit authenticator code with the space apps show', () => {
    expect(normaliseTotpCode('123 456')).toBe('123456');
    expect(normaliseTotpCode('12345')).toBeNull();
    expect(normaliseTotpCode('12345a')).toBeNull();
  });
});

describe('set-password links', () => {
  const issued = new Date('2026-12-07T10:00:00Z');
  it('expires a reset after an hour and an invitation after seven days', () => {
    expect(passwordTokenExpiry('reset', issued).toISOString()).toBe('2026-12-07T11:00:00.000Z');
    expect(passwordTokenExpiry('invitation', issued).toISOString()).toBe('2026-12-14T10:00:00.000Z');
  });

  it('puts the token as the last path segment of its page', () => {
    expect(passwordTokenPath('reset', 'abc')).toBe('/password-reset/abc');
    expect(passwordTokenPath('invitation', 'abc')).toBe('/invitation/abc');
  });
});
