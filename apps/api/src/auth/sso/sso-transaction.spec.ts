import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeTransaction, encodeTransaction, type Signer, type SsoTransaction } from './sso-transaction';

const signerWith = (key: string): Signer => {
  const sign = async (p: string) => createHmac('sha256', key).update(p).digest('base64url');
  return {
    sign,
    async verify(p, s) {
      const a = Buffer.from(await sign(p));
      const b = Buffer.from(s);
      return a.length === b.length && timingSafeEqual(a, b);
    },
  };
};
const signer = signerWith('k'.repeat(32));
const NOW = Date.parse('2026-12-07T10:00:00Z');
const TX: SsoTransaction = { state: 's', nonce: 'n', codeVerifier: 'v', next: '/breaches', expiresAt: NOW + 60_000 };

describe('single sign-on transaction cookie', () => {
  it('comes back as it was signed', async () => {
    expect(await decodeTransaction(await encodeTransaction(TX, signer), signer, NOW)).toEqual(TX);
  });

  it('is refused when altered, signed with another key, malformed or expired', async () => {
    const value = await encodeTransaction(TX, signer);
    const [payload, sig] = value.split('.');
    const forged = Buffer.from(JSON.stringify({ ...TX, state: 'attacker' })).toString('base64url');
    expect(await decodeTransaction(`${forged}.${sig}`, signer, NOW)).toBeNull();
    expect(await decodeTransaction(value, signerWith('x'.repeat(32)), NOW)).toBeNull();
    expect(await decodeTransaction(`${payload}`, signer, NOW)).toBeNull();
    expect(await decodeTransaction(`${value}.more`, signer, NOW)).toBeNull();
    expect(await decodeTransaction(undefined, signer, NOW)).toBeNull();
    expect(await decodeTransaction(['a'], signer, NOW)).toBeNull();
    expect(await decodeTransaction(value, signer, TX.expiresAt + 1)).toBeNull();
  });

  it('is refused when correctly signed but missing a field', async () => {
    const { nonce: _n, ...withoutNonce } = TX;
    const value = await encodeTransaction(withoutNonce as SsoTransaction, signer);
    expect(await decodeTransaction(value, signer, NOW)).toBeNull();
  });
});
