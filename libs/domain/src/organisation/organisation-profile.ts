/**
 * The vendor's own name, logo, colours and contact point. They brand notices, mails, the portal
 * and PDFs, so a customer sees who wrote to it instead of the product's name.
 */
export interface OrganisationContactPoint {
  name: string;
  email: string;
  phone: string | null;
}

export interface OrganisationProfile {
  name: string;
  /** A data: URL (PNG, JPEG or SVG-free raster only) so mails and PDFs need no outside fetch; null = no logo. */
  logoDataUrl: string | null;
  /** #rrggbb, used for headings and buttons in mails and the portal. */
  primaryColour: string;
  contactPoint: OrganisationContactPoint;
}

/**
 * From the vendor's privacy statement (shared/seed): Softmakers B.V., Ortelliuslaan 850,
 * Utrecht; questions to info@softmakers.nl. The statement gives no phone number, so none is
 * invented.
 */
export const DEFAULT_ORGANISATION_PROFILE: OrganisationProfile = Object.freeze({
  name: 'Softmakers B.V.',
  logoDataUrl: null,
  primaryColour: '#1c4e80',
  contactPoint: Object.freeze({ name: 'Privacy officer Softmakers B.V.', email: 'info@softmakers.nl', phone: null }),
}) as OrganisationProfile;

/** Raster formats every mail client and the PDF renderer show; SVG is refused because it can carry script. */
export const LOGO_MEDIA_TYPES = ['image/png', 'image/jpeg'] as const;
export type LogoMediaType = (typeof LOGO_MEDIA_TYPES)[number];
/** Mails carry the logo inline; 200 KB keeps a 5,000-customer fan-out reasonable. */
export const MAX_LOGO_BYTES = 200 * 1024;

export type OrganisationProfileValidation =
  | { ok: true; profile: OrganisationProfile }
  | { ok: false; errors: string[] };

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const COLOUR = /^#[0-9a-fA-F]{6}$/;
const LOGO = /^data:(image\/(?:png|jpeg));base64,([A-Za-z0-9+/]+={0,2})$/;
const MAX_TEXT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(path: string, value: unknown, errors: string[], required: boolean, pattern?: RegExp): string | null {
  if (value === undefined || value === null || value === '') {
    if (required) errors.push(`${path} is required`);
    return null;
  }
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
    errors.push(`${path} must be text of at most ${MAX_TEXT} characters`);
    return null;
  }
  if (pattern && !pattern.test(value.trim())) {
    errors.push(`${path} is not valid`);
    return null;
  }
  return value.trim();
}

/** Bytes a base64 payload decodes to, without decoding it. */
export function base64DecodedBytes(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

/**
 * Checks the payload's own magic bytes too: a declared image/png that is really HTML must not
 * reach a mail.
 */
function logoErrors(value: string): string[] {
  const match = LOGO.exec(value);
  if (!match) return ['logoDataUrl must be a data:image/png or data:image/jpeg base64 URL'];
  const [, mediaType, payload] = match;
  if (base64DecodedBytes(payload) > MAX_LOGO_BYTES) {
    return [`logoDataUrl must be at most ${MAX_LOGO_BYTES / 1024} KB`];
  }
  const head = payload.slice(0, 8);
  const looksPng = head.startsWith('iVBORw0K');
  const looksJpeg = head.startsWith('/9j/');
  if ((mediaType === 'image/png' && !looksPng) || (mediaType === 'image/jpeg' && !looksJpeg)) {
    return [`logoDataUrl content is not a ${mediaType} image`];
  }
  return [];
}

export function validateOrganisationProfile(input: unknown): OrganisationProfileValidation {
  if (!isRecord(input)) return { ok: false, errors: ['profile must be an object'] };
  const errors: string[] = [];
  const name = text('name', input['name'], errors, true);
  const primaryColour = text('primaryColour', input['primaryColour'], errors, true, COLOUR);
  let logoDataUrl: string | null = null;
  const rawLogo = input['logoDataUrl'];
  if (rawLogo !== undefined && rawLogo !== null && rawLogo !== '') {
    if (typeof rawLogo !== 'string') errors.push('logoDataUrl must be text');
    else {
      const logoProblems = logoErrors(rawLogo);
      errors.push(...logoProblems);
      if (logoProblems.length === 0) logoDataUrl = rawLogo;
    }
  }
  const rawContact = input['contactPoint'];
  let contactPoint: OrganisationContactPoint | null = null;
  if (!isRecord(rawContact)) {
    errors.push('contactPoint must be an object with name, email and phone');
  } else {
    const contactName = text('contactPoint.name', rawContact['name'], errors, true);
    const email = text('contactPoint.email', rawContact['email'], errors, true, EMAIL);
    const phone = text('contactPoint.phone', rawContact['phone'], errors, false, PHONE);
    if (contactName !== null && email !== null) contactPoint = { name: contactName, email, phone };
  }
  if (errors.length > 0 || name === null || primaryColour === null || contactPoint === null) {
    return { ok: false, errors };
  }
  return { ok: true, profile: { name, logoDataUrl, primaryColour: primaryColour.toLowerCase(), contactPoint } };
}
