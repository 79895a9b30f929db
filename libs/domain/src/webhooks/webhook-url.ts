/** Longer URLs are refused: no chat service needs one, and it bounds what is stored. */
export const MAX_WEBHOOK_URL_LENGTH = 2000;

/**
 * Why an endpoint URL is refused, or null when it is acceptable: absolute http(s) only. Any host
 * is allowed, internal ones included, because administrators point webhooks at their own chat
 * servers (docs/operations.md "Webhooks" says what that means for SSRF).
 */
export function webhookUrlProblem(url: string): string | null {
  if (url.length > MAX_WEBHOOK_URL_LENGTH) return `must be at most ${MAX_WEBHOOK_URL_LENGTH} characters`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'must be an absolute http:// or https:// URL';
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'must be an http:// or https:// URL';
  if (!parsed.hostname) return 'must name a host';
  return null;
}

/** Path segments this long are tokens (Slack's, a Teams workflow id): shown as "…". */
const TOKEN_LENGTH = 16;

/**
 * The URL as it may be shown and audited: chat webhook URLs carry their credential in the path
 * or query (Slack's token, the `sig` of a Teams workflow), so the query, user info and long path
 * segments are left out.
 */
export function maskWebhookUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname
      .split('/')
      .map((s) => (s.length >= TOKEN_LENGTH ? '…' : s))
      .join('/');
    return `${u.protocol}//${u.host}${path}${u.search ? '?…' : ''}`;
  } catch {
    return '…';
  }
}
