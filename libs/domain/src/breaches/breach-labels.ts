import type { DataCategory } from '../assessment/assessment-input';
import type { IncidentType } from '../authority-notifications/content';

/** One label in both languages Lekwacht writes in. */
export interface LabelWords {
  nl: string;
  en: string;
}

/** How the people who read about a breach's cause are addressed. */
export interface CauseLabels {
  /** In the running text of a customer's notice: lower case, plain words. */
  customer: LabelWords;
  /** As the AP's notification form words its options (the incident types of section 3). */
  authority: LabelWords;
}

/**
 * The words for a breach's cause, one entry per cause (the values of @lekwacht/contracts'
 * BREACH_CAUSES, which are also the AP form's incident types), for every reader at once: adding
 * a cause without its words for customers and for the AP does not compile. The web's screens
 * keep their own short labels in their translation files.
 */
export const BREACH_CAUSE_LABELS: Readonly<Record<IncidentType, CauseLabels>> = {
  hacking: {
    customer: { nl: 'hacking', en: 'hacking' },
    authority: { nl: 'Hacking', en: 'Hacking' },
  },
  malware: {
    customer: { nl: 'malware / ransomware', en: 'malware / ransomware' },
    authority: { nl: 'Malware (bijvoorbeeld ransomware)', en: 'Malware (e.g. ransomware)' },
  },
  lost_or_stolen_device: {
    customer: { nl: 'verloren of gestolen apparaat', en: 'lost or stolen device' },
    authority: {
      nl: 'Verloren of gestolen gegevensdrager (laptop, usb-stick, telefoon)',
      en: 'Lost or stolen device (laptop, USB stick, phone)',
    },
  },
  misdirected_mail: {
    customer: { nl: 'verkeerd geadresseerde e-mail of post', en: 'misdirected e-mail or post' },
    authority: {
      nl: 'Persoonsgegevens verstuurd naar de verkeerde ontvanger',
      en: 'Personal data sent to the wrong recipient',
    },
  },
  employee_error: {
    customer: { nl: 'fout van een medewerker', en: 'employee error' },
    authority: { nl: 'Fout van een medewerker', en: 'Employee error' },
  },
  insider_misuse: {
    customer: { nl: 'onbevoegde toegang door een medewerker', en: 'unauthorised access by an insider' },
    authority: { nl: 'Ongeautoriseerde toegang door een medewerker', en: 'Unauthorised access by an insider' },
  },
  social_engineering: {
    customer: { nl: 'social engineering / phishing', en: 'social engineering / phishing' },
    authority: { nl: 'Phishing of social engineering', en: 'Phishing or social engineering' },
  },
  other: {
    customer: { nl: 'overig', en: 'other' },
    authority: { nl: 'Anders', en: 'Other' },
  },
};

/**
 * The kinds of personal data a breach's facts record (assessment input), as a customer's notice
 * names them in running text; one entry per category, so a new category cannot go unnamed.
 */
export const DATA_CATEGORY_LABELS: Readonly<Record<DataCategory, LabelWords>> = {
  contact: { nl: 'contactgegevens', en: 'contact details' },
  identity_documents: { nl: 'identiteitsbewijzen', en: 'identity documents' },
  national_id_number: { nl: 'BSN / nationaal identificatienummer', en: 'national identification number' },
  financial: { nl: 'financiële gegevens', en: 'financial data' },
  credentials: { nl: 'inloggegevens', en: 'login credentials' },
  special_category_health: { nl: 'gezondheidsgegevens', en: 'health data' },
  special_category_other: { nl: 'overige bijzondere persoonsgegevens', en: 'other special-category data' },
  criminal: { nl: 'strafrechtelijke gegevens', en: 'criminal-offence data' },
  location_behavioural: { nl: 'locatie- of gedragsgegevens', en: 'location or behavioural data' },
  business_only: { nl: 'alleen zakelijke contactgegevens', en: 'business contact details only' },
};

/** One language's column of a label table: code → words. */
export function labelsIn<K extends string>(
  table: Readonly<Record<K, LabelWords>>,
  language: keyof LabelWords,
): Record<K, string> {
  return Object.fromEntries(
    Object.entries<LabelWords>(table).map(([code, words]) => [code, words[language]]),
  ) as Record<K, string>;
}

/** The causes in one reader's words (code → both languages). */
export function causeLabelsFor(reader: keyof CauseLabels): Record<IncidentType, LabelWords> {
  return Object.fromEntries(
    Object.entries<CauseLabels>(BREACH_CAUSE_LABELS).map(([code, labels]) => [code, labels[reader]]),
  ) as Record<IncidentType, LabelWords>;
}
