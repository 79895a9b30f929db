/**
 * The facts of a hacked customer database: contact and financial data of 1,500 people gone to
 * unknown recipients, on purpose. ENISA high, the AP must be notified. Specs override what
 * their case is about: `{ ...HACKED_DATABASE_FACTS, subjectsCount: 100 }`.
 */
export const HACKED_DATABASE_FACTS = Object.freeze({
  role: 'controller',
  dataCategories: ['contact', 'financial'],
  subjectsCount: 1500,
  vulnerableSubjects: false,
  confidentiality: 'unknown_recipients',
  integrity: 'none',
  availability: 'none',
  malicious: true,
  dataUnintelligible: false,
  recipientTrusted: false,
  exfiltrationEvidence: true,
  backupAvailable: null,
  financialUndertaking: false,
});
