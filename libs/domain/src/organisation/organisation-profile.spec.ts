import { DEFAULT_ORGANISATION_PROFILE, MAX_LOGO_BYTES, validateOrganisationProfile } from './organisation-profile';

const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const valid = {
  name: 'Softmakers B.V.',
  logoDataUrl: PNG_1PX,
  primaryColour: '#1C4E80',
  contactPoint: { name: 'Privacy officer', email: 'privacy@softmakers.nl', phone: '+31 30 000 0000' },
};

describe('DEFAULT_ORGANISATION_PROFILE', () => {
  it('is the vendor of the privacy statement, not the product', () => {
    expect(DEFAULT_ORGANISATION_PROFILE.name).toBe('Softmakers B.V.');
    expect(DEFAULT_ORGANISATION_PROFILE.contactPoint.email).toBe('info@softmakers.nl');
    expect(JSON.stringify(DEFAULT_ORGANISATION_PROFILE)).not.toMatch(/lekwacht/i);
    expect(validateOrganisationProfile(DEFAULT_ORGANISATION_PROFILE).ok).toBe(true);
  });
});

describe('validateOrganisationProfile', () => {
  it('accepts a valid profile and normalises the colour', () => {
    const result = validateOrganisationProfile(valid);
    expect(result).toEqual({ ok: true, profile: { ...valid, primaryColour: '#1c4e80' } });
  });

  it.each([
    [{ ...valid, name: '' }, 'name'],
    [{ ...valid, primaryColour: 'red' }, 'primaryColour'],
    [{ ...valid, logoDataUrl: 'data:image/svg+xml;base64,PHN2Zz4=' }, 'logoDataUrl'],
    [{ ...valid, logoDataUrl: 'data:image/png;base64,PGh0bWw+PHNjcmlwdD4=' }, 'logoDataUrl'],
    [
      { ...valid, logoDataUrl: `data:image/png;base64,iVBORw0K${'A'.repeat(Math.ceil((MAX_LOGO_BYTES * 4) / 3))}` },
      'logoDataUrl',
    ],
    [{ ...valid, contactPoint: { ...valid.contactPoint, email: 'x' } }, 'contactPoint.email'],
    [{ ...valid, contactPoint: { ...valid.contactPoint, phone: 'call me' } }, 'contactPoint.phone'],
    [{ ...valid, contactPoint: undefined }, 'contactPoint'],
  ])('refuses case %# naming %s', (input, path) => {
    const result = validateOrganisationProfile(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((error) => error.startsWith(path))).toBe(true);
  });
});
