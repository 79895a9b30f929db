/**
 * Request URLs carry credentials in three places: the customer portal token, the calendar feed
 * token and the set-password token in the path, and link signatures, tokens and one-time codes in the query. Logs keep
 * the shape of the URL (which route, which parameters) and never the secret itself.
 */
const SECRET_PATH = [
  /^(\/api\/portal\/notices\/)[^/?]+/,
  /^(\/api\/portal\/)[^/?]+/,
  /^(\/api\/calendar\/)[^/?]+/,
  /^(\/portal\/)[^/?]+/,
  // set-password links (forgotten password, invitation): the web pages the mail opens
  /^(\/password-reset\/)[^/?]+/,
  /^(\/invitation\/)[^/?]+/,
];
const SECRET_QUERY = new Set(['sig', 'signature', 'token', 't', 'code', 'r', 'key']);

export const REDACTED = '[redacted]';

export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  let path = q === -1 ? url : url.slice(0, q);
  const query = q === -1 ? '' : url.slice(q + 1);
  for (const pattern of SECRET_PATH) {
    if (pattern.test(path)) {
      path = path.replace(pattern, `$1${REDACTED}`);
      break;
    }
  }
  if (!query) return path;
  const params = query.split('&').map((pair) => {
    const eq = pair.indexOf('=');
    const name = eq === -1 ? pair : pair.slice(0, eq);
    return SECRET_QUERY.has(decodeURIComponentSafe(name).toLowerCase()) && eq !== -1 ? `${name}=${REDACTED}` : pair;
  });
  return `${path}?${params.join('&')}`;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
