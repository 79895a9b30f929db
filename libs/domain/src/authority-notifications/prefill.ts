import { type AssessmentFacts, type DataCategory } from '../assessment/assessment-input';
import { type AssessmentOutcome, type DataSubjectException } from '../assessment/assessment-outcome';
import {
  type AuthorityNotificationContent,
  type BreachNature,
  type BreachType,
  type ExfiltrationAnswer,
  type HarmType,
  INCIDENT_TYPES,
  type IncidentType,
  type NotInformedReason,
  PERSONAL_DATA_TYPES,
  type PersonalDataType,
  SPECIAL_DATA_TYPES,
  type SpecialDataType,
} from './content';

export interface PrefillPerson {
  name: string;
  email: string | null;
  jobTitle?: string | null;
  phone?: string | null;
}

export interface PrefillOrganisation {
  name: string;
  address: string | null;
  city: string | null;
  chamberOfCommerceNumber: string | null;
  sector: string | null;
}

export interface PrefillInput {
  breach: {
    title: string;
    description: string;
    cause: string;
    occurredAt: Date | null;
    discoveredAt: Date;
    containedAt: Date | null;
    affectedSystems: readonly string[];
    measuresTaken: string;
    likelyConsequences: string;
    facts: AssessmentFacts | null;
  };
  /** The latest assessment's final outcome (after any override); null when never assessed. */
  assessment: AssessmentOutcome | null;
  affectedCustomers: readonly { name: string; subjectsCount: number | null; role: 'controller' | 'processor' }[];
  /** Who reports to the AP (the officer). */
  reporter: PrefillPerson | null;
  /** Whom the AP can contact: the breach's named contact person, else the reporter. */
  contactPoint: PrefillPerson | null;
  organisation: PrefillOrganisation | null;
}

const nonEmpty = (s: string | null | undefined): string | null => (s && s.trim() !== '' ? s.trim() : null);
const iso = (d: Date | null): string | null => (d ? d.toISOString() : null);
const orNull = <T>(list: T[]): T[] | null => (list.length > 0 ? list : null);
const inOrder = <T extends string>(options: readonly T[], chosen: Set<T>): T[] => options.filter((o) => chosen.has(o));

/** Our categories onto the AP's lists. Contact data covers name/address, phone and e-mail. */
const PERSONAL_DATA_BY_CATEGORY: Partial<Record<DataCategory, PersonalDataType[]>> = {
  contact: ['name_address', 'phone', 'email_or_electronic_address'],
  identity_documents: ['identity_documents'],
  national_id_number: ['bsn'],
  financial: ['financial'],
  credentials: ['access_credentials'],
  location_behavioural: ['location_behavioural'],
  business_only: ['other'],
};

const SPECIAL_BY_CATEGORY: Partial<Record<DataCategory, SpecialDataType[]>> = {
  special_category_health: ['health'],
  criminal: ['criminal'],
};

const HARM_BY_CATEGORY: Partial<Record<DataCategory, HarmType[]>> = {
  contact: ['phishing_or_spam'],
  identity_documents: ['identity_fraud'],
  national_id_number: ['identity_fraud'],
  credentials: ['identity_fraud'],
  financial: ['financial_loss'],
  special_category_health: ['discrimination', 'reputational_damage'],
  special_category_other: ['discrimination', 'reputational_damage'],
  criminal: ['discrimination', 'reputational_damage'],
};

const NOT_INFORMED_BY_EXCEPTION: Record<DataSubjectException, NotInformedReason> = {
  unintelligible: 'unintelligible',
  subsequent_measures: 'subsequent_measures',
  disproportionate_effort: 'disproportionate_effort',
};

function breachTypes(f: AssessmentFacts): BreachType[] {
  const types: BreachType[] = [];
  if (f.confidentiality !== 'none') types.push('confidentiality');
  if (f.integrity !== 'none') types.push('integrity');
  if (f.availability !== 'none') types.push('availability');
  return types;
}

function natureOfBreach(f: AssessmentFacts, cause: string): BreachNature[] {
  const chosen = new Set<BreachNature>();
  if (f.confidentiality === 'known_recipients' || f.confidentiality === 'unknown_recipients') chosen.add('read');
  if (f.exfiltrationEvidence === true) chosen.add('copied');
  if (f.integrity !== 'none') chosen.add('altered');
  if (f.availability !== 'none') chosen.add('deleted_or_destroyed');
  if (cause === 'lost_or_stolen_device') chosen.add('stolen');
  return inOrder(['read', 'copied', 'altered', 'deleted_or_destroyed', 'stolen', 'unknown'], chosen);
}

function exfiltration(f: AssessmentFacts): ExfiltrationAnswer {
  if (f.exfiltrationEvidence === true) return 'yes';
  if (f.exfiltrationEvidence === false) return 'no';
  return 'unknown';
}

function harmTypes(f: AssessmentFacts): HarmType[] {
  const chosen = new Set<HarmType>();
  if (f.confidentiality !== 'none') chosen.add('loss_of_control');
  if (f.availability === 'temporary' || f.availability === 'permanent') chosen.add('loss_of_access');
  for (const c of f.dataCategories) for (const h of HARM_BY_CATEGORY[c] ?? []) chosen.add(h);
  return inOrder(
    [
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
    ],
    chosen,
  );
}

function persons(input: PrefillInput): { min: number | null; max: number | null } {
  const count = input.breach.facts?.subjectsCount ?? null;
  if (count !== null) return { min: count, max: count };
  const known = input.affectedCustomers.map((a) => a.subjectsCount).filter((n): n is number => n !== null);
  if (known.length === 0) return { min: null, max: null };
  const sum = known.reduce((a, b) => a + b, 0);
  // Every customer's count known: that is the number; some unknown: only a lower bound.
  return { min: sum, max: known.length === input.affectedCustomers.length ? sum : null };
}

function dataSubjectsDecision(
  input: PrefillInput,
): Pick<
  AuthorityNotificationContent['followUpActions'],
  'dataSubjectsInformed' | 'dataSubjectsNotInformedReason' | 'dataSubjectsNotInformedExplanation'
> {
  const outcome = input.assessment;
  if (!outcome)
    return {
      dataSubjectsInformed: null,
      dataSubjectsNotInformedReason: null,
      dataSubjectsNotInformedExplanation: null,
    };
  if (outcome.dataSubjects.required) {
    return {
      dataSubjectsInformed: 'planned',
      dataSubjectsNotInformedReason: null,
      dataSubjectsNotInformedExplanation: null,
    };
  }
  const reason: NotInformedReason = outcome.dataSubjects.exception
    ? NOT_INFORMED_BY_EXCEPTION[outcome.dataSubjects.exception]
    : input.breach.facts?.financialUndertaking
      ? 'financial_undertaking'
      : 'no_high_risk';
  const explanation = outcome.rules
    .filter((r) => r.code.startsWith('ART34') || r.code === 'UAVG_42_FINANCIAL')
    .map((r) => `${r.explanation.nl} (${r.legalReference})`)
    .join('\n');
  return {
    dataSubjectsInformed: 'no',
    dataSubjectsNotInformedReason: reason,
    dataSubjectsNotInformedExplanation: nonEmpty(explanation),
  };
}

const formatScore = (n: number) => String(Math.round(n * 100) / 100);

/**
 * A first draft of the AP form from what Lekwacht already knows: the breach's facts, the latest
 * assessment, the affected customers and who reports. Every prefilled answer is a proposal the
 * officer reviews; what cannot be derived (records, groups, phone numbers …) stays unanswered, so
 * completeness shows what is left to do. Pure: the same input always gives the same draft.
 */
export function prefillAuthorityNotification(input: PrefillInput): AuthorityNotificationContent {
  const { breach, assessment, organisation, reporter } = input;
  const facts = breach.facts;
  const contactPoint = input.contactPoint ?? reporter;
  const processorFor = input.affectedCustomers.filter((a) => a.role === 'processor');
  const incidentType: IncidentType | null = (INCIDENT_TYPES as readonly string[]).includes(breach.cause)
    ? (breach.cause as IncidentType)
    : null;
  const categories = new Set<PersonalDataType>();
  const special = new Set<SpecialDataType>();
  for (const c of facts?.dataCategories ?? []) {
    for (const p of PERSONAL_DATA_BY_CATEGORY[c] ?? []) categories.add(p);
    for (const s of SPECIAL_BY_CATEGORY[c] ?? []) special.add(s);
  }
  // "Other special category" does not say which one: the officer must choose rather than guess.
  const specialKnown = facts !== null && !facts.dataCategories.includes('special_category_other');
  const count = persons(input);
  const enisa = assessment?.enisa ?? null;

  return {
    notification: { legalBasis: ['avg'], phased: null, phasedExplanation: null },
    contact: {
      organisationName: nonEmpty(organisation?.name),
      organisationAddress: nonEmpty(organisation?.address),
      organisationCity: nonEmpty(organisation?.city),
      chamberOfCommerceNumber: nonEmpty(organisation?.chamberOfCommerceNumber),
      sector: nonEmpty(organisation?.sector),
      reporterName: nonEmpty(reporter?.name),
      reporterJobTitle: nonEmpty(reporter?.jobTitle),
      reporterPhone: nonEmpty(reporter?.phone),
      reporterEmail: nonEmpty(reporter?.email),
      contactPointName: nonEmpty(contactPoint?.name),
      contactPointJobTitle: nonEmpty(contactPoint?.jobTitle),
      contactPointPhone: nonEmpty(contactPoint?.phone),
      contactPointEmail: nonEmpty(contactPoint?.email),
      contactPointIsDpo: null,
      otherOrganisationInvolved: processorFor.length > 0 ? true : null,
      otherOrganisations:
        processorFor.length > 0
          ? `Wij verwerken de gegevens als verwerker voor: ${processorFor
              .map((a) => (a.subjectsCount === null ? a.name : `${a.name} (${a.subjectsCount} betrokkenen)`))
              .join(
                '; ',
              )}. Deze verwerkingsverantwoordelijken zijn geïnformeerd of worden geïnformeerd (art. 33 lid 2 AVG).`
          : null,
    },
    timeline: {
      occurredFrom: iso(breach.occurredAt),
      occurredTo: null,
      discoveredAt: iso(breach.discoveredAt),
      discoveryMethod: null,
      ongoing: breach.containedAt ? false : null,
      containedAt: iso(breach.containedAt),
      lateReason: null,
    },
    breach: {
      summary: nonEmpty(breach.description) ?? nonEmpty(breach.title),
      incidentType,
      incidentTypeOther: null,
      breachTypes: facts ? orNull(breachTypes(facts)) : null,
      natureOfBreach: facts ? orNull(natureOfBreach(facts, breach.cause)) : null,
      exfiltration: facts ? exfiltration(facts) : null,
      affectedSystems: nonEmpty(breach.affectedSystems.join(', ')),
    },
    personalData: {
      categories: orNull(inOrder(PERSONAL_DATA_TYPES, categories)),
      categoriesOther: categories.has('other') ? 'Zakelijke contactgegevens' : null,
      specialCategories: specialKnown ? inOrder(SPECIAL_DATA_TYPES, special) : null,
      recordsMin: null,
      recordsMax: null,
    },
    dataSubjects: {
      personsMin: count.min,
      personsMax: count.max,
      groups: facts?.vulnerableSubjects ? ['vulnerable'] : null,
      groupsDescription: null,
      vulnerableSubjects: facts ? facts.vulnerableSubjects : null,
    },
    priorMeasures: {
      unintelligible: facts ? (facts.dataUnintelligible ? 'yes' : 'no') : null,
      unintelligibleExplanation: null,
      securityMeasures: null,
    },
    consequences: {
      harmTypes: facts ? orNull(harmTypes(facts)) : null,
      likelyConsequences: nonEmpty(breach.likelyConsequences),
      severity: enisa ? enisa.band : null,
      severityExplanation: enisa
        ? `ENISA-methode: SE = DPC ${formatScore(enisa.dpc)} × EI ${formatScore(enisa.ei)} + CB ${formatScore(enisa.cb)} = ${formatScore(enisa.score)}`
        : null,
    },
    followUpActions: {
      ...dataSubjectsDecision(input),
      dataSubjectsInformedAt: null,
      dataSubjectsInformedHow: null,
      dataSubjectsMessage: null,
      publicCommunication: null,
      measuresTaken: nonEmpty(breach.measuresTaken),
      measuresPlanned: null,
      crossBorder: null,
      otherAuthoritiesNotified: null,
      otherAuthorities: null,
    },
    other: { additionalInformation: null },
  };
}
