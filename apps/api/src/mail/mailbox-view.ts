import { REDACTED, redactUrl } from '../http/redact-url';

const URL_IN_TEXT = /https?:\/\/[^\s"'<>]+/g;
/** The escalation one-time code (escalation-digest.ts): four and four characters after "code …:". */
const ONE_TIME_CODE = /(\bcode\b[^:\n<]{0,40}:\s*)[A-Z0-9]{4}-[A-Z0-9]{4}\b/gi;

/**
 * What the built-in mailbox may show of a stored message: the links keep their route, so a
 * reader sees where they lead, but portal tokens, feed tokens, link signatures and one-time
 * codes are masked, and so are the one-time codes of escalation mails. The stored message keeps the real ones: only its recipient may use them
 * (an officer once acknowledged a notice "as the customer" with a link read here).
 */
export function maskCredentials(body: string): string {
  return body.replace(ONE_TIME_CODE, `$1${REDACTED}`).replace(URL_IN_TEXT, (url) => {
    const escaped = url.includes('&amp;');
    const plain = escaped ? url.replace(/&amp;/g, '&') : url;
    const { origin } = new URL(plain);
    const masked = origin + redactUrl(plain.slice(origin.length));
    return escaped ? masked.replace(/&/g, '&amp;') : masked;
  });
}
