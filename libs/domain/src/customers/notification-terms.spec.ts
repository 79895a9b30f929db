import fc from 'fast-check';
import {
  DEFAULT_NOTIFICATION_TERMS,
  MAX_NOTIFICATION_DEADLINE_HOURS,
  notificationDueAt,
  validateNotificationTerms,
} from './notification-terms';

const discoveredAt = new Date('2026-03-28T10:00:00Z');

describe('DEFAULT_NOTIFICATION_TERMS', () => {
  it('is the privacy statement: 48 hours from discovery, contact person else management, by e-mail', () => {
    expect(DEFAULT_NOTIFICATION_TERMS.deadlineHours).toBe(48);
    expect(DEFAULT_NOTIFICATION_TERMS.countedFrom).toBe('discovery');
    expect(DEFAULT_NOTIFICATION_TERMS.recipients.managementFallback).toBe(true);
    expect(DEFAULT_NOTIFICATION_TERMS.channels).toEqual({ email: true, phone: false });
  });
});

describe('validateNotificationTerms', () => {
  it('fills omitted parts with the defaults', () => {
    const result = validateNotificationTerms({ deadlineHours: 24 });
    expect(result).toEqual({ ok: true, terms: { ...DEFAULT_NOTIFICATION_TERMS, deadlineHours: 24 } });
  });

  it('accepts complete terms', () => {
    const result = validateNotificationTerms({
      deadlineHours: 36,
      countedFrom: 'confirmation',
      recipients: {
        namedContacts: [{ name: 'Ans de Vries', email: 'ans@klant.nl', phone: '+31 30 123 4567' }],
        securityMailbox: 'security@klant.nl',
        managementFallback: false,
      },
      channels: { email: true, phone: true },
      language: 'en',
      requiredContent: ['nature', 'measures_taken', 'nature'],
      agreementReference: 'VWO-2024-017',
      agreementDate: '2024-02-29',
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.terms.requiredContent).toEqual(['nature', 'measures_taken']);
      expect(result.terms.recipients.namedContacts[0].phone).toBe('+31 30 123 4567');
    }
  });

  it.each([
    [{ deadlineHours: 0 }, 'deadlineHours'],
    [{ deadlineHours: 24.5 }, 'deadlineHours'],
    [{ deadlineHours: MAX_NOTIFICATION_DEADLINE_HOURS + 1 }, 'deadlineHours'],
    [{ countedFrom: 'assessment' }, 'countedFrom'],
    [{ language: 'de' }, 'language'],
    [{ recipients: { namedContacts: [{ name: 'X', email: 'not-mail' }] } }, 'recipients.namedContacts.0.email'],
    [{ recipients: { namedContacts: [{ email: 'x@y.nl' }] } }, 'recipients.namedContacts.0.name'],
    [{ recipients: { securityMailbox: 'nope' } }, 'recipients.securityMailbox'],
    [{ recipients: { managementFallback: false } }, 'recipients.managementFallback'],
    [{ channels: { email: false } }, 'channels.email'],
    [{ channels: { phone: true } }, 'recipients.namedContacts'],
    [{ requiredContent: ['nature', 'gossip'] }, 'requiredContent.1'],
    [{ agreementDate: '2024-02-30' }, 'agreementDate'],
  ])('refuses %j naming %s', (input, path) => {
    const result = validateNotificationTerms(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((error) => error.startsWith(path))).toBe(true);
  });

  it('refuses a non-object', () => {
    expect(validateNotificationTerms('48')).toEqual({ ok: false, errors: ['terms must be an object'] });
  });
});

describe('notificationDueAt', () => {
  it('counts 48 hours from discovery', () => {
    expect(notificationDueAt(DEFAULT_NOTIFICATION_TERMS, { discoveredAt, confirmedAt: null })).toEqual(
      new Date('2026-03-30T10:00:00Z'),
    );
  });

  it('counts elapsed hours across the DST change (24 h from Sat 10:00 UTC is Sun 10:00 UTC)', () => {
    expect(
      notificationDueAt({ deadlineHours: 24, countedFrom: 'discovery' }, { discoveredAt, confirmedAt: null }),
    ).toEqual(new Date('2026-03-29T10:00:00Z'));
  });

  it('is pending (null) from confirmation until the breach is confirmed', () => {
    const terms = { deadlineHours: 24, countedFrom: 'confirmation' as const };
    expect(notificationDueAt(terms, { discoveredAt, confirmedAt: null })).toBeNull();
    expect(notificationDueAt(terms, { discoveredAt, confirmedAt: new Date('2026-03-29T08:00:00Z') })).toEqual(
      new Date('2026-03-30T08:00:00Z'),
    );
  });

  it('always lies exactly deadlineHours after its start', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_NOTIFICATION_DEADLINE_HOURS }),
        fc.constantFrom('discovery' as const, 'confirmation' as const),
        fc.integer({ min: 0, max: 4_000_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000_000 }),
        (deadlineHours, countedFrom, discoveredMs, confirmDelayMs) => {
          const confirmedAt = new Date(discoveredMs + confirmDelayMs);
          const due = notificationDueAt(
            { deadlineHours, countedFrom },
            { discoveredAt: new Date(discoveredMs), confirmedAt },
          );
          const start = countedFrom === 'discovery' ? discoveredMs : confirmedAt.getTime();
          return due !== null && due.getTime() - start === deadlineHours * 3_600_000;
        },
      ),
    );
  });

  it('refuses an invalid date instead of producing NaN', () => {
    expect(() =>
      notificationDueAt(DEFAULT_NOTIFICATION_TERMS, { discoveredAt: new Date('x'), confirmedAt: null }),
    ).toThrow(RangeError);
  });
});
