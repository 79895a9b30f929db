/**
 * The content of a notification to the Autoriteit Persoonsgegevens: every question of the AP's
 * "Meldformulier datalekken", sections 0–9 (reference/legal.md §6.2), plus what the EDPB's draft
 * common EU template (June 2026) asks beyond it (how the breach was discovered, C/I/A type,
 * exfiltration, phased notification, whether the contact point is the DPO). Every answer is
 * nullable: null means "not answered yet", which is what completeness counts.
 *
 * Free text is stored exactly as typed (never interpreted as HTML); instants are ISO-8601 UTC.
 */

export const LEGAL_BASES = ['avg', 'telecommunicatiewet'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** The nature of the incident, as the AP form asks it; same values as a breach's cause. */
export const INCIDENT_TYPES = [
  'hacking',
  'malware',
  'lost_or_stolen_device',
  'misdirected_mail',
  'employee_error',
  'insider_misuse',
  'social_engineering',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

/** EDPB template: confidentiality, integrity and/or availability breach (several may apply). */
export const BREACH_TYPES = ['confidentiality', 'integrity', 'availability'] as const;
export type BreachType = (typeof BREACH_TYPES)[number];

/** AP form "Aard van de inbreuk": lezen, kopiëren, veranderen, verwijderen/vernietigen, diefstal. */
export const BREACH_NATURES = ['read', 'copied', 'altered', 'deleted_or_destroyed', 'stolen', 'unknown'] as const;
export type BreachNature = (typeof BREACH_NATURES)[number];

/** EDPB template: were the data exfiltrated? */
export const EXFILTRATION_ANSWERS = ['yes', 'likely', 'no', 'unknown'] as const;
export type ExfiltrationAnswer = (typeof EXFILTRATION_ANSWERS)[number];

/** AP form section 4, "Persoonsgegevens in het algemeen". */
export const PERSONAL_DATA_TYPES = [
  'name_address',
  'phone',
  'email_or_electronic_address',
  'access_credentials',
  'financial',
  'bsn',
  'identity_documents',
  'sex_birthdate_age',
  'location_behavioural',
  'other',
] as const;
export type PersonalDataType = (typeof PERSONAL_DATA_TYPES)[number];

/** AP form section 4, "Bijzondere categorieën van persoonsgegevens" (GDPR art. 9 and 10). */
export const SPECIAL_DATA_TYPES = [
  'racial_ethnic',
  'political',
  'religious',
  'trade_union',
  'genetic',
  'biometric',
  'health',
  'sex_life',
  'criminal',
] as const;
export type SpecialDataType = (typeof SPECIAL_DATA_TYPES)[number];

/** AP form section 5: the groups of people whose data are involved. */
export const SUBJECT_GROUPS = [
  'employees',
  'customers',
  'users',
  'patients',
  'students',
  'minors',
  'vulnerable',
  'other',
] as const;
export type SubjectGroup = (typeof SUBJECT_GROUPS)[number];

export const UNINTELLIGIBLE_ANSWERS = ['yes', 'partly', 'no'] as const;
export type UnintelligibleAnswer = (typeof UNINTELLIGIBLE_ANSWERS)[number];

/** Recital 85 GDPR: the kinds of physical, material and non-material damage. */
export const HARM_TYPES = [
  'loss_of_control',
  'identity_fraud',
  'financial_loss',
  'phishing_or_spam',
  'reputational_damage',
  'discrimination',
  'loss_of_professional_secrecy',
  'loss_of_access',
  'physical_harm',
  'other',
] as const;
export type HarmType = (typeof HARM_TYPES)[number];

/** ENISA severity band, as the form's "estimate the severity of the possible consequences". */
export const SEVERITY_ESTIMATES = ['low', 'medium', 'high', 'very_high'] as const;
export type SeverityEstimate = (typeof SEVERITY_ESTIMATES)[number];

export const DATA_SUBJECTS_INFORMED_ANSWERS = ['yes', 'planned', 'no', 'undecided'] as const;
export type DataSubjectsInformedAnswer = (typeof DATA_SUBJECTS_INFORMED_ANSWERS)[number];

/** Why the data subjects are not informed: no high risk, an art. 34(3) exception, UAVG art. 42. */
export const NOT_INFORMED_REASONS = [
  'no_high_risk',
  'unintelligible',
  'subsequent_measures',
  'disproportionate_effort',
  'financial_undertaking',
  'other',
] as const;
export type NotInformedReason = (typeof NOT_INFORMED_REASONS)[number];

/** §0 Over deze melding. */
export interface NotificationSection {
  legalBasis: LegalBasis[] | null;
  /** Art. 33(4): will information follow in phases (an incomplete notification)? */
  phased: boolean | null;
  phasedExplanation: string | null;
}

/** §1 Contactgegevens en overige algemene informatie. */
export interface ContactSection {
  organisationName: string | null;
  organisationAddress: string | null;
  organisationCity: string | null;
  chamberOfCommerceNumber: string | null;
  sector: string | null;
  reporterName: string | null;
  reporterJobTitle: string | null;
  reporterPhone: string | null;
  reporterEmail: string | null;
  contactPointName: string | null;
  contactPointJobTitle: string | null;
  contactPointPhone: string | null;
  contactPointEmail: string | null;
  contactPointIsDpo: boolean | null;
  otherOrganisationInvolved: boolean | null;
  otherOrganisations: string | null;
}

/** §2 Tijdlijn. */
export interface TimelineSection {
  occurredFrom: string | null;
  occurredTo: string | null;
  discoveredAt: string | null;
  discoveryMethod: string | null;
  ongoing: boolean | null;
  containedAt: string | null;
  /** Art. 33(1): reasons for notifying later than 72 hours. */
  lateReason: string | null;
}

/** §3 Gegevens over het datalek. */
export interface BreachDetailsSection {
  summary: string | null;
  incidentType: IncidentType | null;
  incidentTypeOther: string | null;
  breachTypes: BreachType[] | null;
  natureOfBreach: BreachNature[] | null;
  exfiltration: ExfiltrationAnswer | null;
  affectedSystems: string | null;
}

/** §4 Persoonsgegevens die betrokken zijn bij het datalek. */
export interface PersonalDataSection {
  categories: PersonalDataType[] | null;
  categoriesOther: string | null;
  /** [] = answered "none". */
  specialCategories: SpecialDataType[] | null;
  recordsMin: number | null;
  recordsMax: number | null;
}

/** §5 De groep mensen van wie persoonsgegevens betrokken zijn. */
export interface DataSubjectsSection {
  personsMin: number | null;
  personsMax: number | null;
  groups: SubjectGroup[] | null;
  groupsDescription: string | null;
  vulnerableSubjects: boolean | null;
}

/** §6 Maatregelen die zijn getroffen voordat het datalek plaatsvond. */
export interface PriorMeasuresSection {
  unintelligible: UnintelligibleAnswer | null;
  unintelligibleExplanation: string | null;
  securityMeasures: string | null;
}

/** §7 Gevolgen van het datalek. */
export interface ConsequencesSection {
  harmTypes: HarmType[] | null;
  likelyConsequences: string | null;
  severity: SeverityEstimate | null;
  severityExplanation: string | null;
}

/** §8 Vervolgacties: informing the people affected, measures, international aspects. */
export interface FollowUpActionsSection {
  dataSubjectsInformed: DataSubjectsInformedAnswer | null;
  dataSubjectsInformedAt: string | null;
  dataSubjectsInformedHow: string | null;
  dataSubjectsMessage: string | null;
  dataSubjectsNotInformedReason: NotInformedReason | null;
  dataSubjectsNotInformedExplanation: string | null;
  publicCommunication: string | null;
  measuresTaken: string | null;
  measuresPlanned: string | null;
  crossBorder: boolean | null;
  otherAuthoritiesNotified: boolean | null;
  otherAuthorities: string | null;
}

/** §9 Overig. */
export interface OtherSection {
  additionalInformation: string | null;
}

export interface AuthorityNotificationContent {
  notification: NotificationSection;
  contact: ContactSection;
  timeline: TimelineSection;
  breach: BreachDetailsSection;
  personalData: PersonalDataSection;
  dataSubjects: DataSubjectsSection;
  priorMeasures: PriorMeasuresSection;
  consequences: ConsequencesSection;
  followUpActions: FollowUpActionsSection;
  other: OtherSection;
}

export type SectionKey = keyof AuthorityNotificationContent;

/** A partial change: any subset of sections, each with any subset of its answers. */
export type AuthorityNotificationContentPatch = {
  [S in SectionKey]?: Partial<AuthorityNotificationContent[S]>;
};

export type AnswerValue = string | number | boolean | string[] | null;
