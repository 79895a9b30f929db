/**
 * Keyset position in the breach list (issue #19): the last row's `discovered_at` as PostgreSQL's
 * UTC text (microseconds kept, so no row is skipped or repeated) and its reference. Opaque to
 * clients: base64url of a JSON pair.
 */
export interface BreachListCursor {
  discoveredAt: string;
  reference: string;
}

const DISCOVERED_AT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?$/;
const REFERENCE_MAX = 64;

export const encodeBreachListCursor = (c: BreachListCursor): string =>
  Buffer.from(JSON.stringify([c.discoveredAt, c.reference]), 'utf8').toString('base64url');

/** The cursor, or null when the text is not one this server issued. */
export function decodeBreachListCursor(text: string): BreachListCursor | null {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(text)) return null;
  let pair: unknown;
  try {
    pair = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(pair) || pair.length !== 2) return null;
  const [discoveredAt, reference] = pair as unknown[];
  if (typeof discoveredAt !== 'string' || !DISCOVERED_AT.test(discoveredAt)) return null;
  if (typeof reference !== 'string' || reference.length === 0 || reference.length > REFERENCE_MAX) return null;
  return { discoveredAt, reference };
}
