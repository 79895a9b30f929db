import {
  checkAuthorityNotificationContent,
  emptyAuthorityNotificationContent,
  mergeAuthorityNotificationContent,
  validateAuthorityNotificationPatch,
} from './validate-content';

describe('validateAuthorityNotificationPatch', () => {
  it('accepts a partial change of two sections and normalises instants, text and option order', () => {
    const result = validateAuthorityNotificationPatch({
      timeline: { discoveredAt: '2026-11-20T10:30:00+01:00', discoveryMethod: '  Melding klant  ' },
      breach: { breachTypes: ['availability', 'confidentiality'] },
    });
    expect(result).toEqual({
      ok: true,
      patch: {
        timeline: { discoveredAt: '2026-11-20T09:30:00.000Z', discoveryMethod: 'Melding klant' },
        breach: { breachTypes: ['confidentiality', 'availability'] },
      },
    });
  });

  it('refuses an unknown section and an unknown question by name', () => {
    const result = validateAuthorityNotificationPatch({ melder: { naam: 'x' }, contact: { favouriteColour: 'blue' } });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatch(/^content\.melder is not a section of the AP form/);
    expect(result.errors[1]).toMatch(/^content\.contact\.favouriteColour is not a question of section 1/);
  });

  it('names each wrongly typed answer', () => {
    const result = validateAuthorityNotificationPatch({
      timeline: { discoveredAt: '2026-11-20 10:30', ongoing: 'yes' },
      personalData: { recordsMin: -1, recordsMax: 1.5, categories: ['name_address', 'shoe_size'] },
      breach: { incidentType: 'aliens', breachTypes: ['integrity', 'integrity'] },
      contact: { organisationName: 42 },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      expect.stringMatching(/^content\.timeline\.discoveredAt must be an ISO-8601 date-time with an offset/),
      'content.timeline.ongoing must be a boolean or null',
      'content.personalData.recordsMin must not be less than 0',
      'content.personalData.recordsMax must be an integer or null',
      expect.stringMatching(/^content\.personalData\.categories must contain only the following values/),
      expect.stringMatching(/^content\.breach\.incidentType must be one of the following values: hacking/),
      'content.breach.breachTypes must not contain a value twice',
      'content.contact.organisationName must be a string or null',
    ]);
  });

  it('null clears an answer; an empty string is no answer', () => {
    expect(
      validateAuthorityNotificationPatch({ other: { additionalInformation: '   ' }, timeline: { containedAt: null } }),
    ).toEqual({
      ok: true,
      patch: { other: { additionalInformation: null }, timeline: { containedAt: null } },
    });
  });

  it('the content must be an object of sections', () => {
    expect(validateAuthorityNotificationPatch(['x'])).toEqual({
      ok: false,
      errors: ['content must be an object with sections of the AP form'],
    });
    expect(validateAuthorityNotificationPatch({ timeline: 'x' })).toEqual({
      ok: false,
      errors: ['content.timeline must be an object'],
    });
  });

  it('refuses text over its length', () => {
    const result = validateAuthorityNotificationPatch({ contact: { reporterName: 'x'.repeat(2001) } });
    expect(result).toEqual({
      ok: false,
      errors: ['content.contact.reporterName must be shorter than or equal to 2000 characters'],
    });
  });
});

describe('mergeAuthorityNotificationContent', () => {
  it('changes only the answers in the patch', () => {
    const current = mergeAuthorityNotificationContent(null, {
      contact: { reporterName: 'Olga', reporterPhone: '030' },
    });
    const merged = mergeAuthorityNotificationContent(current, { contact: { reporterPhone: '06' } });
    expect(merged.contact.reporterName).toBe('Olga');
    expect(merged.contact.reporterPhone).toBe('06');
    expect(merged.timeline).toEqual(emptyAuthorityNotificationContent().timeline);
  });

  it('drops stored questions the form no longer knows and adds new ones as unanswered', () => {
    const old = { contact: { reporterName: 'Olga', faxNumber: '030' } } as never;
    const merged = mergeAuthorityNotificationContent(old, {});
    expect(merged.contact.reporterName).toBe('Olga');
    expect('faxNumber' in merged.contact).toBe(false);
    expect(merged.contact.contactPointIsDpo).toBeNull();
  });
});

describe('checkAuthorityNotificationContent', () => {
  it('refuses a minimum above the maximum and times out of order', () => {
    const c = mergeAuthorityNotificationContent(null, {
      personalData: { recordsMin: 10, recordsMax: 5 },
      dataSubjects: { personsMin: 3, personsMax: 2 },
      timeline: {
        occurredFrom: '2026-11-20T12:00:00.000Z',
        occurredTo: '2026-11-20T11:00:00.000Z',
        discoveredAt: '2026-11-20T10:00:00.000Z',
        containedAt: '2026-11-19T10:00:00.000Z',
      },
    });
    expect(checkAuthorityNotificationContent(c)).toEqual([
      'content.personalData.recordsMin must not be greater than recordsMax',
      'content.dataSubjects.personsMin must not be greater than personsMax',
      'content.timeline.occurredTo must not be before occurredFrom',
      'content.timeline.occurredFrom must not be after discoveredAt',
      'content.timeline.containedAt must not be before occurredFrom',
    ]);
  });

  it('an approximate range (min < max) and unknown bounds are fine', () => {
    const c = mergeAuthorityNotificationContent(null, {
      personalData: { recordsMin: 100, recordsMax: null },
      dataSubjects: { personsMin: 1, personsMax: 5 },
    });
    expect(checkAuthorityNotificationContent(c)).toEqual([]);
  });
});
