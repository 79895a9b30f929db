import {
  type AuthorityNotificationContent,
  BREACH_NATURES,
  BREACH_TYPES,
  DATA_SUBJECTS_INFORMED_ANSWERS,
  EXFILTRATION_ANSWERS,
  HARM_TYPES,
  INCIDENT_TYPES,
  LEGAL_BASES,
  NOT_INFORMED_REASONS,
  PERSONAL_DATA_TYPES,
  type SectionKey,
  SEVERITY_ESTIMATES,
  SPECIAL_DATA_TYPES,
  SUBJECT_GROUPS,
  UNINTELLIGIBLE_ANSWERS,
} from './content';
import { causeLabelsFor } from '../breaches/breach-labels';

export type FormLanguage = 'nl' | 'en';

export interface FormText {
  nl: string;
  en: string;
}

/**
 * text: one line (≤ 2,000 characters); longtext: a paragraph (≤ 20,000); instant: ISO-8601 with
 * offset; integer: whole number ≥ 0; choice: one option; multi: a set of options.
 */
export type FieldType = 'text' | 'longtext' | 'instant' | 'boolean' | 'integer' | 'choice' | 'multi';

/** What decides whether a question applies: earlier answers, and whether the notification is late. */
export interface CompletenessContext {
  /** Submitted (or, while not submitted, now) after the 72-hour deadline: the reason for delay is asked. */
  late: boolean;
}

export interface FieldDefinition<S extends SectionKey = SectionKey> {
  key: keyof AuthorityNotificationContent[S] & string;
  type: FieldType;
  label: FormText;
  /** For choice and multi. */
  options?: readonly string[];
  /** multi: at least one option must be chosen for it to count as answered. */
  minItems?: number;
  /**
   * Counts toward completeness when it applies. Optional questions are shown and exported but
   * never make a notification incomplete.
   */
  required: boolean;
  /** When absent, the question always applies. */
  appliesWhen?: (content: AuthorityNotificationContent, ctx: CompletenessContext) => boolean;
}

export interface SectionDefinition<S extends SectionKey = SectionKey> {
  key: S;
  /** The AP form's section number, 0–9. */
  number: number;
  title: FormText;
  fields: FieldDefinition<S>[];
}

const t = (nl: string, en: string): FormText => ({ nl, en });

type SectionDefinitions = { [S in SectionKey]: SectionDefinition<S> };

const sections: SectionDefinitions = {
  notification: {
    key: 'notification',
    number: 0,
    title: t('Over deze melding', 'About this notification'),
    fields: [
      {
        key: 'legalBasis',
        type: 'multi',
        options: LEGAL_BASES,
        minItems: 1,
        required: true,
        label: t(
          'Op grond van welke regelgeving doet u deze melding?',
          'Under which legislation are you making this notification?',
        ),
      },
      {
        key: 'phased',
        type: 'boolean',
        required: true,
        label: t(
          'Verstrekt u later nog aanvullende informatie (melding in fasen, art. 33 lid 4 AVG)?',
          'Will you provide further information later (notification in phases, GDPR art. 33(4))?',
        ),
      },
      {
        key: 'phasedExplanation',
        type: 'longtext',
        required: true,
        appliesWhen: (c) => c.notification.phased === true,
        label: t('Welke informatie volgt nog, en wanneer?', 'Which information will follow, and when?'),
      },
    ],
  },
  contact: {
    key: 'contact',
    number: 1,
    title: t('Contactgegevens en overige algemene informatie', 'Contact details and other general information'),
    fields: [
      {
        key: 'organisationName',
        type: 'text',
        required: true,
        label: t('Naam van de organisatie', 'Name of the organisation'),
      },
      { key: 'organisationAddress', type: 'text', required: true, label: t('Adres', 'Address') },
      { key: 'organisationCity', type: 'text', required: true, label: t('Plaats', 'Town or city') },
      {
        key: 'chamberOfCommerceNumber',
        type: 'text',
        required: true,
        label: t('KvK-nummer', 'Chamber of Commerce (KvK) number'),
      },
      { key: 'sector', type: 'text', required: false, label: t('Sector', 'Sector') },
      {
        key: 'reporterName',
        type: 'text',
        required: true,
        label: t('Wie meldt het datalek? Naam', 'Who is reporting the breach? Name'),
      },
      {
        key: 'reporterJobTitle',
        type: 'text',
        required: true,
        label: t('Functie van de melder', 'Job title of the reporter'),
      },
      {
        key: 'reporterPhone',
        type: 'text',
        required: true,
        label: t('Telefoonnummer van de melder', 'Phone number of the reporter'),
      },
      {
        key: 'reporterEmail',
        type: 'text',
        required: false,
        label: t('E-mailadres van de melder', 'E-mail address of the reporter'),
      },
      {
        key: 'contactPointName',
        type: 'text',
        required: true,
        label: t(
          'Met wie kan de AP contact opnemen voor nadere informatie over de melding? Naam',
          'Whom can the AP contact for more information about the notification? Name',
        ),
      },
      {
        key: 'contactPointJobTitle',
        type: 'text',
        required: false,
        label: t('Functie van de contactpersoon', 'Job title of the contact person'),
      },
      {
        key: 'contactPointPhone',
        type: 'text',
        required: true,
        label: t('Telefoonnummer van de contactpersoon', 'Phone number of the contact person'),
      },
      {
        key: 'contactPointEmail',
        type: 'text',
        required: true,
        label: t('E-mailadres van de contactpersoon', 'E-mail address of the contact person'),
      },
      {
        key: 'contactPointIsDpo',
        type: 'boolean',
        required: false,
        label: t(
          'Is de contactpersoon de functionaris gegevensbescherming (FG)?',
          'Is the contact person the data protection officer (DPO)?',
        ),
      },
      {
        key: 'otherOrganisationInvolved',
        type: 'boolean',
        required: true,
        label: t(
          'Was er een andere organisatie betrokken bij de inbreuk (bijvoorbeeld een verwerker)?',
          'Was another organisation involved in the breach (e.g. a processor)?',
        ),
      },
      {
        key: 'otherOrganisations',
        type: 'longtext',
        required: true,
        appliesWhen: (c) => c.contact.otherOrganisationInvolved === true,
        label: t('Welke organisatie(s), en wat is hun rol?', 'Which organisation(s), and what is their role?'),
      },
    ],
  },
  timeline: {
    key: 'timeline',
    number: 2,
    title: t('Tijdlijn', 'Timeline'),
    fields: [
      {
        key: 'occurredFrom',
        type: 'instant',
        required: true,
        label: t('Wanneer vond het datalek plaats (vanaf)?', 'When did the breach occur (from)?'),
      },
      {
        key: 'occurredTo',
        type: 'instant',
        required: false,
        label: t('Tot (als het een periode betreft)', 'Until (if it was a period)'),
      },
      {
        key: 'discoveredAt',
        type: 'instant',
        required: true,
        label: t('Wanneer heeft u het datalek ontdekt?', 'When did you discover the breach?'),
      },
      {
        key: 'discoveryMethod',
        type: 'longtext',
        required: true,
        label: t('Hoe is het datalek ontdekt?', 'How was the breach discovered?'),
      },
      {
        key: 'ongoing',
        type: 'boolean',
        required: true,
        label: t('Duurt de inbreuk op dit moment nog voort?', 'Is the breach still ongoing?'),
      },
      {
        key: 'containedAt',
        type: 'instant',
        required: true,
        appliesWhen: (c) => c.timeline.ongoing === false,
        label: t('Wanneer is de inbreuk beëindigd?', 'When was the breach contained?'),
      },
      {
        key: 'lateReason',
        type: 'longtext',
        required: true,
        appliesWhen: (_c, ctx) => ctx.late,
        label: t(
          'Waarom meldt u het datalek later dan 72 uur na de ontdekking?',
          'Why are you notifying the breach later than 72 hours after discovering it?',
        ),
      },
    ],
  },
  breach: {
    key: 'breach',
    number: 3,
    title: t('Gegevens over het datalek', 'Details of the breach'),
    fields: [
      {
        key: 'summary',
        type: 'longtext',
        required: true,
        label: t('Geef een samenvatting van het incident', 'Summarise the incident'),
      },
      {
        key: 'incidentType',
        type: 'choice',
        options: INCIDENT_TYPES,
        required: true,
        label: t(
          'Wat is de aard van het incident waarbij er een inbreuk op de beveiliging van persoonsgegevens is geweest?',
          'What kind of incident led to the personal data breach?',
        ),
      },
      {
        key: 'incidentTypeOther',
        type: 'text',
        required: true,
        appliesWhen: (c) => c.breach.incidentType === 'other',
        label: t('Omschrijf de aard van het incident', 'Describe the kind of incident'),
      },
      {
        key: 'breachTypes',
        type: 'multi',
        options: BREACH_TYPES,
        minItems: 1,
        required: true,
        label: t('Welk soort inbreuk is het?', 'Which type of breach is it?'),
      },
      {
        key: 'natureOfBreach',
        type: 'multi',
        options: BREACH_NATURES,
        minItems: 1,
        required: true,
        label: t(
          'Wat is er met de persoonsgegevens gebeurd (aard van de inbreuk)?',
          'What happened to the personal data (nature of the breach)?',
        ),
      },
      {
        key: 'exfiltration',
        type: 'choice',
        options: EXFILTRATION_ANSWERS,
        required: true,
        label: t(
          'Zijn de persoonsgegevens buiten de organisatie gebracht (geëxfiltreerd)?',
          'Were the personal data exfiltrated?',
        ),
      },
      { key: 'affectedSystems', type: 'text', required: false, label: t('Getroffen systemen', 'Affected systems') },
    ],
  },
  personalData: {
    key: 'personalData',
    number: 4,
    title: t('Persoonsgegevens die betrokken zijn bij het datalek', 'Personal data involved in the breach'),
    fields: [
      {
        key: 'categories',
        type: 'multi',
        options: PERSONAL_DATA_TYPES,
        minItems: 1,
        required: true,
        label: t('Om welke soorten persoonsgegevens gaat het?', 'Which kinds of personal data are involved?'),
      },
      {
        key: 'categoriesOther',
        type: 'text',
        required: true,
        appliesWhen: (c) => c.personalData.categories?.includes('other') ?? false,
        label: t('Welke andere persoonsgegevens?', 'Which other personal data?'),
      },
      {
        key: 'specialCategories',
        type: 'multi',
        options: SPECIAL_DATA_TYPES,
        required: true,
        label: t(
          'Zijn er bijzondere categorieën van persoonsgegevens betrokken (art. 9 en 10 AVG)?',
          'Are special categories of personal data involved (GDPR art. 9 and 10)?',
        ),
      },
      {
        key: 'recordsMin',
        type: 'integer',
        required: true,
        label: t(
          'Aantal getroffen gegevensrecords (minimaal, eventueel bij benadering)',
          'Number of data records affected (minimum, approximate if need be)',
        ),
      },
      {
        key: 'recordsMax',
        type: 'integer',
        required: true,
        label: t('Aantal getroffen gegevensrecords (maximaal)', 'Number of data records affected (maximum)'),
      },
    ],
  },
  dataSubjects: {
    key: 'dataSubjects',
    number: 5,
    title: t(
      'De groep mensen van wie persoonsgegevens betrokken zijn bij het datalek',
      'The people whose personal data are involved',
    ),
    fields: [
      {
        key: 'personsMin',
        type: 'integer',
        required: true,
        label: t('Aantal betrokken personen (minimaal)', 'Number of people affected (minimum)'),
      },
      {
        key: 'personsMax',
        type: 'integer',
        required: true,
        label: t('Aantal betrokken personen (maximaal)', 'Number of people affected (maximum)'),
      },
      {
        key: 'groups',
        type: 'multi',
        options: SUBJECT_GROUPS,
        minItems: 1,
        required: true,
        label: t('Om welke groepen mensen gaat het?', 'Which groups of people are affected?'),
      },
      {
        key: 'groupsDescription',
        type: 'longtext',
        required: true,
        appliesWhen: (c) => c.dataSubjects.groups?.includes('other') ?? false,
        label: t('Omschrijf de groep', 'Describe the group'),
      },
      {
        key: 'vulnerableSubjects',
        type: 'boolean',
        required: true,
        label: t(
          'Zijn er kwetsbare personen (bijvoorbeeld kinderen) betrokken?',
          'Are vulnerable people (e.g. children) affected?',
        ),
      },
    ],
  },
  priorMeasures: {
    key: 'priorMeasures',
    number: 6,
    title: t('Maatregelen die zijn getroffen voordat het datalek plaatsvond', 'Measures in place before the breach'),
    fields: [
      {
        key: 'unintelligible',
        type: 'choice',
        options: UNINTELLIGIBLE_ANSWERS,
        required: true,
        label: t(
          'Waren de persoonsgegevens versleuteld, gehasht of op een andere manier onbegrijpelijk of ontoegankelijk voor onbevoegden?',
          'Were the personal data encrypted, hashed or otherwise unintelligible or inaccessible to unauthorised persons?',
        ),
      },
      {
        key: 'unintelligibleExplanation',
        type: 'longtext',
        required: true,
        appliesWhen: (c) => c.priorMeasures.unintelligible === 'yes' || c.priorMeasures.unintelligible === 'partly',
        label: t('Licht toe hoe (methode, sleutelbeheer)', 'Explain how (method, key management)'),
      },
      {
        key: 'securityMeasures',
        type: 'longtext',
        required: false,
        label: t(
          'Welke andere beveiligingsmaatregelen waren getroffen?',
          'Which other security measures were in place?',
        ),
      },
    ],
  },
  consequences: {
    key: 'consequences',
    number: 7,
    title: t('Gevolgen van het datalek', 'Consequences of the breach'),
    fields: [
      {
        key: 'harmTypes',
        type: 'multi',
        options: HARM_TYPES,
        minItems: 1,
        required: true,
        label: t(
          'Welke lichamelijke, materiële of immateriële schade kunnen de betrokkenen lijden?',
          'What physical, material or non-material damage could the people affected suffer?',
        ),
      },
      {
        key: 'likelyConsequences',
        type: 'longtext',
        required: true,
        label: t(
          'Wat kunnen de gevolgen voor de privacy van de betrokkenen zijn?',
          'What could the consequences for the privacy of the people affected be?',
        ),
      },
      {
        key: 'severity',
        type: 'choice',
        options: SEVERITY_ESTIMATES,
        required: true,
        label: t(
          'Geef een inschatting van de ernst van de mogelijke gevolgen',
          'Estimate the severity of the possible consequences',
        ),
      },
      {
        key: 'severityExplanation',
        type: 'longtext',
        required: false,
        label: t('Onderbouwing van de inschatting', 'Reasoning behind the estimate'),
      },
    ],
  },
  followUpActions: {
    key: 'followUpActions',
    number: 8,
    title: t('Vervolgacties naar aanleiding van het datalek', 'Follow-up actions'),
    fields: [
      {
        key: 'dataSubjectsInformed',
        type: 'choice',
        options: DATA_SUBJECTS_INFORMED_ANSWERS,
        required: true,
        label: t(
          'Heeft u het datalek gemeld aan de betrokkenen of bent u van plan dat te gaan doen?',
          'Have you informed the people affected, or do you intend to?',
        ),
      },
      {
        key: 'dataSubjectsInformedAt',
        type: 'instant',
        required: true,
        appliesWhen: (c) => informsSubjects(c),
        label: t('Wanneer (gepland)?', 'When (planned)?'),
      },
      {
        key: 'dataSubjectsInformedHow',
        type: 'text',
        required: true,
        appliesWhen: (c) => informsSubjects(c),
        label: t('Hoe (per brief, e-mail, telefoon …)?', 'How (letter, e-mail, phone …)?'),
      },
      {
        key: 'dataSubjectsMessage',
        type: 'longtext',
        required: true,
        appliesWhen: (c) => informsSubjects(c),
        label: t('Tekst van het bericht aan de betrokkenen', 'Text of the message to the people affected'),
      },
      {
        key: 'dataSubjectsNotInformedReason',
        type: 'choice',
        options: NOT_INFORMED_REASONS,
        required: true,
        appliesWhen: (c) => c.followUpActions.dataSubjectsInformed === 'no',
        label: t(
          'Waarom ziet u af van het melden van het datalek aan de betrokkenen?',
          'Why are you not informing the people affected?',
        ),
      },
      {
        key: 'dataSubjectsNotInformedExplanation',
        type: 'longtext',
        required: true,
        appliesWhen: (c) => c.followUpActions.dataSubjectsInformed === 'no',
        label: t('Licht uw keuze toe', 'Explain your choice'),
      },
      {
        key: 'publicCommunication',
        type: 'longtext',
        required: true,
        appliesWhen: (c) =>
          c.followUpActions.dataSubjectsInformed === 'no' &&
          c.followUpActions.dataSubjectsNotInformedReason === 'disproportionate_effort',
        label: t(
          'Welke openbare mededeling of even doeltreffende maatregel gebruikt u in plaats daarvan?',
          'Which public communication or equally effective measure do you use instead?',
        ),
      },
      {
        key: 'measuresTaken',
        type: 'longtext',
        required: true,
        label: t(
          'Welke maatregelen heeft u genomen om de inbreuk aan te pakken en de gevolgen te beperken?',
          'Which measures have you taken to address the breach and mitigate its effects?',
        ),
      },
      {
        key: 'measuresPlanned',
        type: 'longtext',
        required: false,
        label: t('Welke maatregelen volgen nog?', 'Which measures are still planned?'),
      },
      {
        key: 'crossBorder',
        type: 'boolean',
        required: true,
        label: t(
          'Heeft de inbreuk zich voorgedaan in een grensoverschrijdende gegevensverwerking?',
          'Did the breach occur in cross-border processing?',
        ),
      },
      {
        key: 'otherAuthoritiesNotified',
        type: 'boolean',
        required: true,
        label: t(
          'Is of wordt het datalek ook gemeld bij andere (Europese) toezichthouders?',
          'Has the breach been, or will it be, notified to other (EU) supervisory authorities?',
        ),
      },
      {
        key: 'otherAuthorities',
        type: 'text',
        required: true,
        appliesWhen: (c) => c.followUpActions.otherAuthoritiesNotified === true,
        label: t('Bij welke toezichthouder(s)?', 'To which supervisory authority (authorities)?'),
      },
    ],
  },
  other: {
    key: 'other',
    number: 9,
    title: t('Overig', 'Other'),
    fields: [
      {
        key: 'additionalInformation',
        type: 'longtext',
        required: false,
        label: t('Aanvullende informatie', 'Additional information'),
      },
    ],
  },
};

function informsSubjects(c: AuthorityNotificationContent): boolean {
  const answer = c.followUpActions.dataSubjectsInformed;
  return answer === 'yes' || answer === 'planned';
}

/** The sections in form order, 0–9. */
export const AUTHORITY_NOTIFICATION_FORM: readonly SectionDefinition[] = [
  sections.notification,
  sections.contact,
  sections.timeline,
  sections.breach,
  sections.personalData,
  sections.dataSubjects,
  sections.priorMeasures,
  sections.consequences,
  sections.followUpActions,
  sections.other,
] as SectionDefinition[];

export const SECTION_KEYS: readonly SectionKey[] = AUTHORITY_NOTIFICATION_FORM.map((s) => s.key);

/** Labels of every option value, per option list. */
export const OPTION_LABELS: Record<string, FormText> = {
  // legal basis
  avg: t('AVG', 'GDPR'),
  telecommunicatiewet: t('Telecommunicatiewet', 'Telecommunications Act (Telecommunicatiewet)'),
  // incident types: a breach's causes, as the AP words them (breaches/breach-labels.ts)
  ...causeLabelsFor('authority'),
  // breach types
  confidentiality: t('Vertrouwelijkheid (inzage of openbaarmaking)', 'Confidentiality (access or disclosure)'),
  integrity: t('Integriteit (wijziging)', 'Integrity (alteration)'),
  availability: t('Beschikbaarheid (verlies of vernietiging)', 'Availability (loss or destruction)'),
  // nature
  read: t('Lezen', 'Read'),
  copied: t('Kopiëren', 'Copied'),
  altered: t('Veranderen', 'Altered'),
  deleted_or_destroyed: t('Verwijderen of vernietigen', 'Deleted or destroyed'),
  stolen: t('Diefstal', 'Stolen'),
  unknown: t('Onbekend', 'Unknown'),
  // exfiltration and other yes/no-ish answers
  yes: t('Ja', 'Yes'),
  likely: t('Waarschijnlijk', 'Likely'),
  no: t('Nee', 'No'),
  partly: t('Gedeeltelijk', 'Partly'),
  planned: t('Nog niet, maar dat gaan we doen', 'Not yet, but we will'),
  undecided: t('Nog niet besloten', 'Not decided yet'),
  // personal data
  name_address: t('Naam-, adres- en woonplaatsgegevens', 'Name, address and town'),
  phone: t('Telefoonnummers', 'Phone numbers'),
  email_or_electronic_address: t(
    'E-mailadressen of andere adressen voor elektronische communicatie',
    'E-mail or other electronic addresses',
  ),
  access_credentials: t(
    'Toegangs- of identificatiegegevens (inlognaam, wachtwoord, klantnummer)',
    'Access or identification data (login, password, customer number)',
  ),
  financial: t(
    'Financiële gegevens (rekeningnummer, creditcardnummer)',
    'Financial data (bank account, credit card number)',
  ),
  bsn: t('Burgerservicenummer (BSN) of sofinummer', 'Citizen service number (BSN)'),
  identity_documents: t(
    'Paspoortkopieën of kopieën van andere legitimatiebewijzen',
    'Copies of passports or other identity documents',
  ),
  sex_birthdate_age: t('Geslacht, geboortedatum en/of leeftijd', 'Sex, date of birth and/or age'),
  location_behavioural: t('Locatie- of gedragsgegevens', 'Location or behavioural data'),
  // special categories
  racial_ethnic: t('Ras of etnische afkomst', 'Racial or ethnic origin'),
  political: t('Politieke opvattingen', 'Political opinions'),
  religious: t('Godsdienst of levensovertuiging', 'Religious or philosophical beliefs'),
  trade_union: t('Lidmaatschap van een vakbond', 'Trade-union membership'),
  genetic: t('Genetische gegevens', 'Genetic data'),
  biometric: t('Biometrische gegevens (voor identificatie)', 'Biometric data (for identification)'),
  health: t('Gezondheid', 'Health'),
  sex_life: t('Seksueel gedrag of seksuele gerichtheid', 'Sex life or sexual orientation'),
  criminal: t('Strafrechtelijke gegevens', 'Criminal convictions and offences'),
  // groups
  employees: t('Werknemers', 'Employees'),
  customers: t('Klanten', 'Customers'),
  users: t('Gebruikers van een dienst', 'Users of a service'),
  patients: t('Patiënten', 'Patients'),
  students: t('Leerlingen of studenten', 'Pupils or students'),
  minors: t('Minderjarigen', 'Minors'),
  vulnerable: t('Kwetsbare groepen', 'Vulnerable groups'),
  // harm
  loss_of_control: t('Verlies van controle over de eigen persoonsgegevens', 'Loss of control over their personal data'),
  identity_fraud: t('Identiteitsdiefstal of -fraude', 'Identity theft or fraud'),
  financial_loss: t('Financiële schade', 'Financial loss'),
  phishing_or_spam: t('Phishing of ongewenste berichten', 'Phishing or unwanted messages'),
  reputational_damage: t('Reputatieschade', 'Damage to reputation'),
  discrimination: t('Discriminatie of stigmatisering', 'Discrimination or stigmatisation'),
  loss_of_professional_secrecy: t(
    'Schending van een beroepsgeheim',
    'Loss of confidentiality under professional secrecy',
  ),
  loss_of_access: t('Geen toegang tot eigen gegevens of diensten', 'Loss of access to their data or services'),
  physical_harm: t('Lichamelijke schade', 'Physical harm'),
  // severity
  low: t('Laag', 'Low'),
  medium: t('Gemiddeld', 'Medium'),
  high: t('Hoog', 'High'),
  very_high: t('Zeer hoog', 'Very high'),
  // not informed
  no_high_risk: t(
    'Waarschijnlijk geen hoog risico voor de betrokkenen',
    'Unlikely to result in a high risk to the people affected',
  ),
  unintelligible: t(
    'Gegevens onbegrijpelijk voor onbevoegden (art. 34 lid 3 sub a)',
    'Data unintelligible to unauthorised persons (art. 34(3)(a))',
  ),
  subsequent_measures: t('Achteraf genomen maatregelen (art. 34 lid 3 sub b)', 'Subsequent measures (art. 34(3)(b))'),
  disproportionate_effort: t(
    'Onevenredige inspanning (art. 34 lid 3 sub c)',
    'Disproportionate effort (art. 34(3)(c))',
  ),
  financial_undertaking: t('Financiële onderneming (art. 42 UAVG)', 'Financial undertaking (UAVG art. 42)'),
};

export function sectionDefinition(key: SectionKey): SectionDefinition {
  const found = AUTHORITY_NOTIFICATION_FORM.find((s) => s.key === key);
  if (!found) throw new RangeError(`unknown section ${key}`);
  return found;
}
