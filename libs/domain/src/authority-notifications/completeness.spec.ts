import { completeness } from './completeness';
import { type AuthorityNotificationContent } from './content';
import { AUTHORITY_NOTIFICATION_FORM } from './form';
import { emptyAuthorityNotificationContent, mergeAuthorityNotificationContent } from './validate-content';

const filled = (): AuthorityNotificationContent =>
  mergeAuthorityNotificationContent(null, {
    notification: { legalBasis: ['avg'], phased: false },
    contact: {
      organisationName: 'Softmakers B.V.',
      organisationAddress: 'Ortelliuslaan 850',
      organisationCity: 'Utrecht',
      chamberOfCommerceNumber: '12345678',
      reporterName: 'Olga',
      reporterJobTitle: 'Privacy officer',
      reporterPhone: '030 1234567',
      contactPointName: 'Fleur',
      contactPointPhone: '030 7654321',
      contactPointEmail: 'fg@example.nl',
      otherOrganisationInvolved: false,
    },
    timeline: {
      occurredFrom: '2026-11-19T22:00:00.000Z',
      discoveredAt: '2026-11-20T09:30:00.000Z',
      discoveryMethod: 'Melding van een klant',
      ongoing: false,
      containedAt: '2026-11-20T12:00:00.000Z',
    },
    breach: {
      summary: 'Hack',
      incidentType: 'hacking',
      breachTypes: ['confidentiality'],
      natureOfBreach: ['copied'],
      exfiltration: 'yes',
    },
    personalData: {
      categories: ['email_or_electronic_address'],
      specialCategories: [],
      recordsMin: 10,
      recordsMax: 20,
    },
    dataSubjects: { personsMin: 5, personsMax: 10, groups: ['customers'], vulnerableSubjects: false },
    priorMeasures: { unintelligible: 'no' },
    consequences: { harmTypes: ['phishing_or_spam'], likelyConsequences: 'Phishing', severity: 'medium' },
    followUpActions: {
      dataSubjectsInformed: 'no',
      dataSubjectsNotInformedReason: 'no_high_risk',
      dataSubjectsNotInformedExplanation: 'Alleen e-mailadressen',
      measuresTaken: 'Lek gedicht',
      crossBorder: false,
      otherAuthoritiesNotified: false,
    },
  });

describe('completeness', () => {
  it('an empty form: nothing answered, every section counted, 0 %', () => {
    const result = completeness(emptyAuthorityNotificationContent());
    expect(result.answered).toBe(0);
    expect(result.percent).toBe(0);
    expect(result.complete).toBe(false);
    expect(result.sections.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.sections.find((s) => s.key === 'contact')?.missing).toContain('reporterPhone');
  });

  it('every required question that applies answered: 100 % and complete', () => {
    const result = completeness(filled());
    expect(result.sections.filter((s) => s.answered !== s.total)).toEqual([]);
    expect(result).toMatchObject({ percent: 100, complete: true });
  });

  it('optional questions (sector, section 9) never make the form incomplete', () => {
    const other = completeness(filled()).sections.find((s) => s.key === 'other');
    expect(other).toMatchObject({ answered: 0, total: 0 });
  });

  it('a conditional question counts only once it applies: "other organisation: yes" asks which', () => {
    const c = filled();
    c.contact.otherOrganisationInvolved = true;
    const contact = completeness(c).sections.find((s) => s.key === 'contact');
    expect(contact?.missing).toEqual(['otherOrganisations']);
    expect(completeness(c).complete).toBe(false);
  });

  it('the reason for delay is asked only when the notification is late', () => {
    expect(completeness(filled(), { late: false }).complete).toBe(true);
    const late = completeness(filled(), { late: true });
    expect(late.sections.find((s) => s.key === 'timeline')?.missing).toEqual(['lateReason']);
  });

  it('informing data subjects: "planned" asks when, how and the text, not why not', () => {
    const c = filled();
    c.followUpActions.dataSubjectsInformed = 'planned';
    const section = completeness(c).sections.find((s) => s.key === 'followUpActions');
    expect(section?.missing).toEqual(['dataSubjectsInformedAt', 'dataSubjectsInformedHow', 'dataSubjectsMessage']);
  });

  it('a multi-choice needing one option is unanswered when empty; special categories [] means "none"', () => {
    const c = filled();
    c.personalData.categories = [];
    const section = completeness(c).sections.find((s) => s.key === 'personalData');
    expect(section?.missing).toEqual(['categories']);
  });

  it('rounds down: one missing answer never shows 100 %', () => {
    const c = filled();
    c.followUpActions.measuresTaken = null;
    const result = completeness(c);
    expect(result.total - result.answered).toBe(1);
    expect(result.percent).toBe(Math.floor(((result.total - 1) * 100) / result.total));
    expect(result.percent).toBeLessThan(100);
  });

  it('every required question of the form is counted by some section', () => {
    const required = AUTHORITY_NOTIFICATION_FORM.flatMap((s) => s.fields.filter((f) => f.required && !f.appliesWhen));
    const total = completeness(emptyAuthorityNotificationContent()).total;
    expect(total).toBe(required.length);
  });
});
