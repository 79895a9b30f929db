import fc from 'fast-check';
import type { AssessmentFacts, DataCategory } from '../assessment/assessment-input';
import { DATA_CATEGORIES } from '../assessment/assessment-input';
import { DEFAULT_NOTIFICATION_TERMS } from '../customers/notification-terms';
import { DEFAULT_ORGANISATION_PROFILE } from '../organisation/organisation-profile';
import { deriveBreachRole } from './breach-role';
import { formatCount, STILL_INVESTIGATING } from './notice-labels';
import { chooseNoticeRecipient } from './notice-recipient';
import {
  adviceForSlice,
  buildNoticeView,
  missingCustomerSummaries,
  missingCustomerTexts,
  type NoticeBreachFacts,
  type NoticeCustomerSlice,
  noticeLanguages,
} from './notice-view';

const FACTS: AssessmentFacts = {
  role: 'processor',
  dataCategories: ['special_category_health'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 30_000,
  vulnerableSubjects: false,
  identifiability: 'maximum',
  confidentiality: 'unknown_recipients',
  integrity: 'none',
  availability: 'none',
  malicious: true,
  dataUnintelligible: false,
  recipientTrusted: false,
  exfiltrationEvidence: null,
  backupAvailable: null,
  financialUndertaking: false,
};

const breach = (over: Partial<NoticeBreachFacts> = {}): NoticeBreachFacts => ({
  reference: 'DL-2026-0007',
  cause: 'lost_or_stolen_device',
  occurredAt: null,
  discoveredAt: new Date('2026-03-02T07:30:00Z'),
  containedAt: null,
  customerMeasures: { nl: 'Laptop op afstand gewist.', en: 'Laptop wiped remotely.' },
  customerConsequences: { nl: null, en: null },
  customerSummary: {
    nl: 'Een laptop met exportbestanden is gestolen.',
    en: 'A laptop holding export files was stolen.',
  },
  facts: FACTS,
  ...over,
});

const slice = (over: Partial<NoticeCustomerSlice> = {}): NoticeCustomerSlice => ({
  customerId: 'c1',
  name: 'Huisartsenpraktijk De Linde',
  language: 'nl',
  contactPersonName: 'Els Bakker',
  contactPersonEmail: 'els@delinde.example',
  managementName: 'Directie De Linde',
  managementEmail: 'directie@delinde.example',
  role: 'processor',
  dataCategories: ['contact'],
  subjectsCount: 1200,
  groupsOfPeople: ['patiënten'],
  recordsEstimate: 5000,
  ...over,
});

describe('buildNoticeView', () => {
  it('carries the customer summary in the notice language, never the other one', () => {
    const nl = buildNoticeView(breach(), slice(), null, DEFAULT_ORGANISATION_PROFILE);
    const en = buildNoticeView(breach(), slice({ language: 'en' }), null, DEFAULT_ORGANISATION_PROFILE);
    expect(nl.breach.summary).toBe('Een laptop met exportbestanden is gestolen.');
    expect(JSON.stringify(nl)).not.toContain('A laptop holding');
    expect(en.breach.summary).toBe('A laptop holding export files was stolen.');
    expect(JSON.stringify(en)).not.toContain('Een laptop');
    expect(en.breach.cause).toBe('lost or stolen device');
    expect(en.slice.dataCategories).toBe('contact details');
  });

  it('carries measures and consequences written for customers in its own language, or says we are still investigating', () => {
    const nl = buildNoticeView(breach(), slice(), null, DEFAULT_ORGANISATION_PROFILE);
    const en = buildNoticeView(breach(), slice({ language: 'en' }), null, DEFAULT_ORGANISATION_PROFILE);
    expect(nl.breach.measuresTaken).toBe('Laptop op afstand gewist.');
    expect(en.breach.measuresTaken).toBe('Laptop wiped remotely.');
    expect(JSON.stringify(en)).not.toContain('op afstand');
    expect(nl.breach.likelyConsequences).toBe(STILL_INVESTIGATING.consequences.nl);
    expect(en.breach.likelyConsequences).toBe(STILL_INVESTIGATING.consequences.en);
  });

  it("computes the processor hand-over advice from the customer's own slice, not the breach's", () => {
    // The breach as a whole holds health data; this customer only contact details of 1,200 people.
    const view = buildNoticeView(breach(), slice(), null, DEFAULT_ORGANISATION_PROFILE);
    expect(view.processor).toBe(true);
    expect(view.handover?.decisionHours).toBe(72);
    expect(view.handover?.advice).not.toBeNull();
    const health = buildNoticeView(
      breach(),
      slice({ dataCategories: ['special_category_health'] }),
      null,
      DEFAULT_ORGANISATION_PROFILE,
    );
    expect(health.handover?.advice?.authorityRequired).toBe('ja');
    const low = adviceForSlice(FACTS, { dataCategories: ['business_only'], subjectsCount: 3 });
    const high = adviceForSlice(FACTS, { dataCategories: ['special_category_health'], subjectsCount: 3 });
    expect(low?.enisa.score).toBeLessThan(high?.enisa.score ?? 0);
  });

  it('has no hand-over pack where we are controller, and no advice without facts or categories', () => {
    expect(buildNoticeView(breach(), slice({ role: 'controller' }), null, DEFAULT_ORGANISATION_PROFILE).handover).toBe(
      null,
    );
    expect(
      buildNoticeView(breach({ facts: null }), slice(), null, DEFAULT_ORGANISATION_PROFILE).handover?.advice,
    ).toBeNull();
    expect(
      buildNoticeView(breach(), slice({ dataCategories: [] }), null, DEFAULT_ORGANISATION_PROFILE).handover?.advice,
    ).toBeNull();
  });

  it('carries our contact point and the agreement reference from the terms', () => {
    const view = buildNoticeView(
      breach(),
      slice(),
      { ...DEFAULT_NOTIFICATION_TERMS, agreementReference: 'VWO-2024-017' },
      DEFAULT_ORGANISATION_PROFILE,
    );
    expect(view.contact.email).toBe(DEFAULT_ORGANISATION_PROFILE.contactPoint.email);
    expect(view.handover?.agreementReference).toBe('VWO-2024-017');
  });

  it('marks a supplementary notice with the moment of the previous one', () => {
    const view = buildNoticeView(breach(), slice(), null, DEFAULT_ORGANISATION_PROFILE, {
      kind: 'supplementary',
      previousSentAt: new Date('2026-03-02T09:00:00Z'),
    });
    expect(view.supplementary).toBe(true);
    expect(view.previousSentAt).toBe('2 maart 2026 om 10:00 (Nederlandse tijd)');
  });

  it('cannot reach the internal description or title: they are not even inputs', () => {
    const withInternal = { ...breach(), description: 'INTERNAL-SECRET', title: 'INTERNAL-TITLE' };
    const json = JSON.stringify(buildNoticeView(withInternal, slice(), null, DEFAULT_ORGANISATION_PROFILE));
    expect(json).not.toContain('INTERNAL-SECRET');
    expect(json).not.toContain('INTERNAL-TITLE');
  });
});

describe('property: each customer sees only its own truth', () => {
  const token = fc.stringMatching(/^[A-Za-z]{10}$/);
  const customer = fc.record({
    name: token,
    group: token,
    language: fc.constantFrom<'nl' | 'en'>('nl', 'en'),
    role: fc.constantFrom<'controller' | 'processor'>('controller', 'processor'),
    categories: fc.subarray([...DATA_CATEGORIES] as DataCategory[], { minLength: 0, maxLength: 4 }),
    subjects: fc.integer({ min: 1, max: 1_000_000 }),
    records: fc.option(fc.integer({ min: 1, max: 1_000_000 }), { nil: null }),
  });

  it('no view for customer i contains the internal description or another customer’s name, count or groups', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(customer, { minLength: 2, maxLength: 20, selector: (c) => c.name.toLowerCase() }),
        token,
        (customers, secret) => {
          // distinct figures per customer, so one customer's count cannot coincide with another's
          const slices = customers.map((c, i) =>
            slice({
              customerId: `c${i}`,
              name: `Klant ${c.name}`,
              language: c.language,
              role: c.role,
              dataCategories: c.categories,
              subjectsCount: 7_000_000 + i * 1_013 + (c.subjects % 997),
              groupsOfPeople: [`groep-${c.group}-${i}`],
              recordsEstimate: c.records === null ? null : 9_000_000 + i * 1_031,
              contactPersonName: `Contact ${c.name}`,
              contactPersonEmail: `${c.name.toLowerCase()}@klant${i}.example`,
            }),
          );
          const facts = breach({ customerMeasures: { nl: 'Wachtwoorden gewijzigd.', en: 'Passwords changed.' } });
          const internal = `INTERN ${secret} ${slices.map((s) => s.name).join(', ')}`;
          slices.forEach((own, i) => {
            const view = buildNoticeView(
              { ...facts, description: internal } as NoticeBreachFacts,
              own,
              null,
              DEFAULT_ORGANISATION_PROFILE,
            );
            const json = JSON.stringify(view);
            expect(json).not.toContain(`INTERN ${secret}`);
            expect(json).toContain(own.name);
            expect(view.slice.subjectsCount).toBe(formatCount(own.subjectsCount, own.language));
            expect(view.slice.groupsOfPeople).toBe(own.groupsOfPeople.join(', '));
            slices.forEach((other, j) => {
              if (j === i) return;
              expect(json).not.toContain(other.name);
              expect(json).not.toContain(other.contactPersonEmail ?? '');
              expect(json).not.toContain(other.groupsOfPeople[0]);
              expect(json).not.toContain(formatCount(other.subjectsCount, own.language));
              if (other.recordsEstimate !== null)
                expect(json).not.toContain(formatCount(other.recordsEstimate, own.language));
            });
          });
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('missingCustomerSummaries / noticeLanguages', () => {
  it('requires a summary only in the languages the customers read', () => {
    expect(noticeLanguages([{ language: 'nl' }, { language: 'nl' }])).toEqual(['nl']);
    expect(missingCustomerSummaries({ nl: 'Tekst', en: null }, ['nl'])).toEqual([]);
    expect(missingCustomerSummaries({ nl: 'Tekst', en: '  ' }, ['nl', 'en'])).toEqual(['customerSummary.en']);
  });

  it('needs measures and consequences in every language once they are written in one', () => {
    const none = { nl: null, en: null };
    const texts = (measures: { nl: string | null; en: string | null }) => ({
      customerSummary: { nl: 'Tekst', en: 'Text' },
      customerMeasures: measures,
      customerConsequences: none,
    });
    expect(missingCustomerTexts(texts(none), ['nl', 'en'])).toEqual([]);
    expect(missingCustomerTexts(texts({ nl: 'Gewist', en: null }), ['nl'])).toEqual([]);
    expect(missingCustomerTexts(texts({ nl: 'Gewist', en: ' ' }), ['nl', 'en'])).toEqual(['customerMeasures.en']);
  });
});

describe('chooseNoticeRecipient', () => {
  it('prefers the agreement’s named contact, then the contact person, then management', () => {
    const terms = {
      ...DEFAULT_NOTIFICATION_TERMS,
      recipients: {
        namedContacts: [{ name: 'Security', email: 'sec@klant.example', phone: null }],
        securityMailbox: null,
        managementFallback: true,
      },
    };
    expect(chooseNoticeRecipient(slice(), terms).kind).toBe('named_contact');
    expect(chooseNoticeRecipient(slice(), DEFAULT_NOTIFICATION_TERMS)).toEqual({
      name: 'Els Bakker',
      email: 'els@delinde.example',
      kind: 'contact_person',
    });
    expect(chooseNoticeRecipient(slice({ contactPersonEmail: null }), null)).toEqual({
      name: 'Directie De Linde',
      email: 'directie@delinde.example',
      kind: 'management',
    });
  });
});

describe('deriveBreachRole', () => {
  it('is processor when we process every customer’s data, controller as soon as one slice is ours', () => {
    expect(deriveBreachRole([{ role: 'processor' }, { role: 'processor' }])).toBe('processor');
    expect(deriveBreachRole([{ role: 'processor' }, { role: 'controller' }])).toBe('controller');
    expect(deriveBreachRole([], 'controller')).toBe('controller');
  });
});
