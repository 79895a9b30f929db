import { createHmac, timingSafeEqual } from 'node:crypto';
import { randomToken } from '../security/tokens';

/** A new signing secret: 32 random bytes, prefixed so it is recognisable in a secret store. */
export const newWebhookSecret = (): string => `whsec_${randomToken(32)}`;

/**
 * `X-Lekwacht-Signature: v1=<hex HMAC-SHA256(secret, timestamp + "." + body)>`, with the Unix
 * timestamp (seconds) in `X-Lekwacht-Timestamp`: signing the time stops a captured request from
 * being replayed later (receivers refuse an old timestamp). docs/operations.md "Webhooks".
 */
export function webhookSignature(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The receiver's check, as documented: a `v1=` signature that matches, on a timestamp at most `toleranceSeconds` old. */
export function verifyWebhookSignature(
  secret: string,
  header: string | undefined,
  timestampHeader: string | undefined,
  body: string,
  nowSeconds = Math.floor(Date.now() / 1000),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(timestampHeader);
  if (!header || !Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(webhookSignature(secret, timestamp, body));
  return header
    .split(',')
    .map((s) => Buffer.from(s.trim()))
    .some((given) => given.length === expected.length && timingSafeEqual(given, expected));
}
