import type { BreachDraft } from './draft';

export interface BreachTemplate {
  id: string;
  apply: (draft: BreachDraft) => BreachDraft;
}

type FactsPatch = Partial<BreachDraft['facts']>;

/** Prefills for the usual incidents; the officer adjusts what differs. */
const template = (id: string, cause: BreachDraft['cause'], facts: FactsPatch): BreachTemplate => ({
  id,
  apply: (draft) => ({ ...draft, template: id, cause, facts: { ...draft.facts, ...facts } }),
});

export const BREACH_TEMPLATES: readonly BreachTemplate[] = [
  template('laptop', 'lost_or_stolen_device', {
    dataCategories: ['contact'],
    confidentiality: 'exposed',
    integrity: 'none',
    availability: 'recoverable',
    malicious: true,
    dataUnintelligible: false,
    recipientTrusted: false,
    exfiltrationEvidence: 'unknown',
    backupAvailable: 'yes',
  }),
  template('misdirectedEmail', 'misdirected_mail', {
    dataCategories: ['contact'],
    confidentiality: 'known_recipients',
    integrity: 'none',
    availability: 'none',
    malicious: false,
    recipientTrusted: false,
    exfiltrationEvidence: 'no',
    backupAvailable: 'unknown',
  }),
  template('ransomware', 'malware', {
    dataCategories: ['contact'],
    confidentiality: 'unknown_recipients',
    integrity: 'recoverable',
    availability: 'temporary',
    malicious: true,
    exfiltrationEvidence: 'unknown',
    backupAvailable: 'unknown',
  }),
  template('phishing', 'social_engineering', {
    dataCategories: ['contact', 'credentials'],
    confidentiality: 'unknown_recipients',
    integrity: 'none',
    availability: 'none',
    malicious: true,
    exfiltrationEvidence: 'unknown',
    backupAvailable: 'unknown',
  }),
  template('misdeliveredPost', 'misdirected_mail', {
    dataCategories: ['contact'],
    confidentiality: 'known_recipients',
    integrity: 'none',
    availability: 'none',
    malicious: false,
    exfiltrationEvidence: 'no',
    backupAvailable: 'unknown',
  }),
];
