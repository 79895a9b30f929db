/** The product's own sender name: only for mail queued before the From name was recorded. */
export const PRODUCT_FROM_NAME = 'Lekwacht';

const MAX_FROM_NAME = 100;

/**
 * The From display name of outgoing mail: the organisation's name as one plain line. Line
 * breaks, other control and format characters (bidi overrides) become spaces, so a name can
 * never add a header; quotes and backslashes stay, because nodemailer writes the name as a
 * quoted string with them escaped (and RFC 2047-encodes anything not ASCII).
 */
export function fromDisplayName(name: string | null | undefined): string {
  const clean = [
    ...(name ?? '')
      .replace(/[\p{C}\p{Zl}\p{Zp}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  ]
    .slice(0, MAX_FROM_NAME)
    .join('')
    .trim();
  return clean || PRODUCT_FROM_NAME;
}
