import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { issueToken, randomToken, sameSecret, sha256Hex } from './tokens';

describe('tokens', () => {
  it('hashes as the stored hashes were always made: lowercase hex SHA-256 of the UTF-8 text', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('é')).toBe(createHash('sha256').update(Buffer.from('é', 'utf8')).digest('hex'));
    expect(sha256Hex(Buffer.from('abc'))).toBe(sha256Hex('abc'));
  });

  it('issues a 32-byte base64url token (43 characters, no padding) with the hash of exactly that token', () => {
    const { token, hash } = issueToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(hash).toBe(sha256Hex(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps the shorter formats: 24 bytes are 32 characters, 18 bytes are 24', () => {
    expect(issueToken(24).token).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(randomToken(18)).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('never hands out the same token twice in a thousand', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => issueToken().token));
    expect(tokens.size).toBe(1000);
  });

  it('compares secrets of any lengths without throwing, equal only when equal', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(sameSecret(a, b)).toBe(a === b);
        expect(sameSecret(a, a)).toBe(true);
      }),
    );
  });
});
