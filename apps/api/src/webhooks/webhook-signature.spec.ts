import { createHmac } from 'node:crypto';
import { newWebhookSecret, verifyWebhookSignature, webhookSignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"d1","type":"webhook.test"}';

  it('is HMAC-SHA256 over "timestamp.body" in hex, as docs/operations.md shows', () => {
    const expected = createHmac('sha256', secret).update(`1700000000.${body}`).digest('hex');
    expect(webhookSignature(secret, 1700000000, body)).toBe(`v1=${expected}`);
  });

  it('verifies on the receiving side within five minutes', () => {
    const sig = webhookSignature(secret, 1700000000, body);
    expect(verifyWebhookSignature(secret, sig, '1700000000', body, 1700000100)).toBe(true);
  });

  it('refuses a changed body, another secret, an old timestamp or a missing header', () => {
    const sig = webhookSignature(secret, 1700000000, body);
    expect(verifyWebhookSignature(secret, sig, '1700000000', `${body} `, 1700000000)).toBe(false);
    expect(verifyWebhookSignature('whsec_other', sig, '1700000000', body, 1700000000)).toBe(false);
    expect(verifyWebhookSignature(secret, sig, '1700000000', body, 1700000301)).toBe(false);
    expect(verifyWebhookSignature(secret, sig, '1700000001', body, 1700000001)).toBe(false);
    expect(verifyWebhookSignature(secret, undefined, '1700000000', body, 1700000000)).toBe(false);
  });

  it('generates distinct secrets of 256 bits', () => {
    const a = newWebhookSecret();
    expect(a).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    expect(newWebhookSecret()).not.toBe(a);
  });
});
