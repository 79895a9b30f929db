import type { AuthorityNotificationContentPatch } from '../authority-notifications/content';

/**
 * Test data, not product code: kept out of the '@lekwacht/domain' barrel and imported as
 * '@lekwacht/domain/testing' by the API's tests and the browser journeys.
 *
 * Every required answer of the AP form (including the reason for delay, asked once the 72 hours
 * have passed), as a PUT patch: submitting for approval needs a complete form (or a phased one
 * with a reason per missing answer). A test that types some answers in the UI, or needs other
 * dates, replaces those parts.
 */
export const COMPLETE_AP_ANSWERS = Object.freeze({
  notification: { legalBasis: ['avg'], phased: false },
  contact: {
    organisationName: 'Softmakers B.V.',
    organisationAddress: 'Ortelliuslaan 850',
    organisationCity: 'Utrecht',
    chamberOfCommerceNumber: '12345678',
    reporterName: 'Olga Officer',
    reporterJobTitle: 'Privacy officer',
    reporterPhone: '030 1234567',
    contactPointName: 'Fleur de Graaf',
    contactPointPhone: '030 7654321',
    contactPointEmail: 'fg@softmakers.example',
    otherOrganisationInvolved: false,
  },
  timeline: {
    occurredFrom: '2026-11-19T22:00:00.000Z',
    discoveredAt: '2026-11-20T09:30:00.000Z',
    discoveryMethod: 'Melding van een klant',
    ongoing: false,
    containedAt: '2026-11-20T12:00:00.000Z',
    lateReason: 'Het onderzoek naar de omvang duurde langer dan voorzien.',
  },
  breach: {
    summary: 'Via een lek in het klantportaal zijn klantgegevens gedownload.',
    incidentType: 'hacking',
    breachTypes: ['confidentiality'],
    natureOfBreach: ['copied'],
    exfiltration: 'yes',
  },
  personalData: { categories: ['email_or_electronic_address'], specialCategories: [], recordsMin: 10, recordsMax: 20 },
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
} satisfies AuthorityNotificationContentPatch);
