import { assess } from '../assessment/assess';
import { type AssessmentFacts } from '../assessment/assessment-input';
import { completeness } from './completeness';
import { prefillAuthorityNotification, type PrefillInput } from './prefill';

const facts: AssessmentFacts = {
  role: 'controller',
  dataCategories: ['contact', 'financial', 'special_category_health'],
  dpcAdjustment: 0,
  dpcAdjustmentReason: null,
  subjectsCount: 1500,
  vulnerableSubjects: false,
  identifiability: 'maximum',
  confidentiality: 'unknown_recipients',
  integrity: 'none',
  availability: 'none',
  malicious: true,
  dataUnintelligible: false,
  recipientTrusted: false,
  exfiltrationEvidence: true,
  backupAvailable: null,
  financialUndertaking: false,
};

const input = (over: Partial<PrefillInput> = {}, breachOver: Partial<PrefillInput['breach']> = {}): PrefillInput => ({
  breach: {
    title: 'Klantportaal gehackt',
    description: 'Via een lek in het klantportaal zijn klantgegevens gedownload.',
    cause: 'hacking',
    occurredAt: new Date('2026-11-19T22:00:00Z'),
    discoveredAt: new Date('2026-11-20T09:30:00Z'),
    containedAt: new Date('2026-11-20T12:00:00Z'),
    affectedSystems: ['Klantportaal', 'API'],
    measuresTaken: 'Lek gedicht, wachtwoorden gereset.',
    likelyConsequences: 'Phishing en fraude met betaalgegevens.',
    facts,
    ...breachOver,
  },
  assessment: assess(facts),
  affectedCustomers: [
    { name: 'Gemeente Ede', subjectsCount: 1000, role: 'processor' },
    { name: 'Bakkerij Jansen', subjectsCount: 500, role: 'controller' },
  ],
  reporter: { name: 'Olga Officer', email: 'officer@lekwacht.test' },
  contactPoint: { name: 'Fleur FG', email: 'fg@softmakers.nl', phone: '030 123 45 67' },
  organisation: {
    name: 'Softmakers B.V.',
    address: 'Ortelliuslaan 850',
    city: 'Utrecht',
    chamberOfCommerceNumber: null,
    sector: 'ICT',
  },
  ...over,
});

describe('prefillAuthorityNotification', () => {
  it('hacked portal with exfiltration: timeline, nature, categories and severity come from the breach and its assessment', () => {
    const c = prefillAuthorityNotification(input());
    expect(c.notification.legalBasis).toEqual(['avg']);
    expect(c.timeline).toMatchObject({
      occurredFrom: '2026-11-19T22:00:00.000Z',
      discoveredAt: '2026-11-20T09:30:00.000Z',
      containedAt: '2026-11-20T12:00:00.000Z',
      ongoing: false,
      lateReason: null,
    });
    expect(c.breach).toMatchObject({
      summary: 'Via een lek in het klantportaal zijn klantgegevens gedownload.',
      incidentType: 'hacking',
      breachTypes: ['confidentiality'],
      natureOfBreach: ['read', 'copied'],
      exfiltration: 'yes',
      affectedSystems: 'Klantportaal, API',
    });
    expect(c.personalData.categories).toEqual(['name_address', 'phone', 'email_or_electronic_address', 'financial']);
    expect(c.personalData.specialCategories).toEqual(['health']);
    expect(c.personalData.recordsMin).toBeNull();
    expect(c.dataSubjects).toMatchObject({ personsMin: 1500, personsMax: 1500, vulnerableSubjects: false });
    expect(c.priorMeasures.unintelligible).toBe('no');
    expect(c.consequences.severity).toBe(assess(facts).enisa.band);
    expect(c.consequences.severityExplanation).toMatch(/^ENISA-methode: SE = DPC 4 × EI 1 \+ CB/);
    expect(c.consequences.harmTypes).toEqual(
      expect.arrayContaining(['loss_of_control', 'financial_loss', 'phishing_or_spam', 'discrimination']),
    );
    expect(c.consequences.likelyConsequences).toBe('Phishing en fraude met betaalgegevens.');
    expect(c.followUpActions.measuresTaken).toBe('Lek gedicht, wachtwoorden gereset.');
  });

  it('reporter, contact point and organisation fill section 1; processor customers become "other organisations"', () => {
    const c = prefillAuthorityNotification(input());
    expect(c.contact).toMatchObject({
      organisationName: 'Softmakers B.V.',
      organisationAddress: 'Ortelliuslaan 850',
      organisationCity: 'Utrecht',
      chamberOfCommerceNumber: null,
      reporterName: 'Olga Officer',
      reporterEmail: 'officer@lekwacht.test',
      contactPointName: 'Fleur FG',
      contactPointPhone: '030 123 45 67',
      otherOrganisationInvolved: true,
    });
    expect(c.contact.otherOrganisations).toContain('Gemeente Ede (1000 betrokkenen)');
    expect(c.contact.otherOrganisations).not.toContain('Bakkerij Jansen');
  });

  it('without a named contact person the reporter is the contact point', () => {
    const c = prefillAuthorityNotification(input({ contactPoint: null }));
    expect(c.contact.contactPointName).toBe('Olga Officer');
    expect(c.contact.contactPointEmail).toBe('officer@lekwacht.test');
  });

  it('high risk to data subjects: informing them is proposed as planned', () => {
    const c = prefillAuthorityNotification(input());
    expect(assess(facts).dataSubjects.required).toBe(true);
    expect(c.followUpActions.dataSubjectsInformed).toBe('planned');
    expect(c.followUpActions.dataSubjectsNotInformedReason).toBeNull();
  });

  it('encrypted laptop: not informing data subjects under art. 34(3)(a), with the rule explanation', () => {
    const encrypted: AssessmentFacts = {
      ...facts,
      dataUnintelligible: true,
      exfiltrationEvidence: null,
      malicious: true,
      confidentiality: 'exposed',
    };
    const outcome = assess(encrypted);
    const c = prefillAuthorityNotification(
      input({ assessment: outcome }, { facts: encrypted, cause: 'lost_or_stolen_device' }),
    );
    expect(c.priorMeasures.unintelligible).toBe('yes');
    expect(c.breach.natureOfBreach).toEqual(['stolen']);
    expect(c.breach.exfiltration).toBe('unknown');
    expect(outcome.dataSubjects).toEqual({ required: false, exception: 'unintelligible' });
    expect(c.followUpActions.dataSubjectsInformed).toBe('no');
    expect(c.followUpActions.dataSubjectsNotInformedReason).toBe('unintelligible');
    expect(c.followUpActions.dataSubjectsNotInformedExplanation).toMatch(/AVG art. 34 lid 3 sub a/);
  });

  it('"other special category" is not guessed: the officer must say which', () => {
    const other: AssessmentFacts = { ...facts, dataCategories: ['contact', 'special_category_other'] };
    const c = prefillAuthorityNotification(input({ assessment: assess(other) }, { facts: other }));
    expect(c.personalData.specialCategories).toBeNull();
  });

  it('no special categories: answered as "none" (an empty list)', () => {
    const plain: AssessmentFacts = { ...facts, dataCategories: ['contact'] };
    expect(
      prefillAuthorityNotification(input({ assessment: assess(plain) }, { facts: plain })).personalData
        .specialCategories,
    ).toEqual([]);
  });

  it('a breach without facts or assessment leaves those answers open, and still counts as a form', () => {
    const c = prefillAuthorityNotification(
      input(
        { assessment: null, affectedCustomers: [] },
        { facts: null, occurredAt: null, containedAt: null, description: '', affectedSystems: [] },
      ),
    );
    expect(c.breach.summary).toBe('Klantportaal gehackt');
    expect(c.breach.breachTypes).toBeNull();
    expect(c.personalData.categories).toBeNull();
    expect(c.timeline.ongoing).toBeNull();
    expect(c.timeline.occurredFrom).toBeNull();
    expect(c.consequences.severity).toBeNull();
    expect(c.followUpActions.dataSubjectsInformed).toBeNull();
    expect(c.contact.otherOrganisationInvolved).toBeNull();
    expect(completeness(c).percent).toBeLessThan(completeness(prefillAuthorityNotification(input())).percent);
  });

  it("unknown subject count: the customers' known counts give a lower bound only", () => {
    const noCount: AssessmentFacts = { ...facts, subjectsCount: null };
    const c = prefillAuthorityNotification(
      input(
        {
          affectedCustomers: [
            { name: 'A', subjectsCount: 10, role: 'controller' },
            { name: 'B', subjectsCount: null, role: 'controller' },
          ],
        },
        { facts: noCount },
      ),
    );
    expect(c.dataSubjects).toMatchObject({ personsMin: 10, personsMax: null });
  });

  it('is pure: the same input gives the same draft', () => {
    expect(prefillAuthorityNotification(input())).toEqual(prefillAuthorityNotification(input()));
  });
});
