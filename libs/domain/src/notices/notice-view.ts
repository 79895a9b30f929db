import { assess } from '../assessment/assess';
import type { AssessmentFacts, DataCategory, ProcessingRole } from '../assessment/assessment-input';
import type { NotificationTerms } from '../customers/notification-terms';
import type { OrganisationProfile } from '../organisation/organisation-profile';
import {
  BAND_LABEL,
  CATEGORY_LABEL,
  CAUSE_LABEL,
  formatNoticeMoment,
  formatCount,
  type NoticeLanguage,
  ROLE_LABEL,
  STILL_INVESTIGATING,
  UNKNOWN,
  YES_NO,
} from './notice-labels';
import { chooseNoticeRecipient, type CustomerContacts, type NoticeRecipient } from './notice-recipient';

/** Text written for customers, one per language; null/empty = not written yet. */
export interface CustomerText {
  nl: string | null;
  en: string | null;
}

/** What happened, for customers (kept as a name: the API field is `customerSummary`). */
export type CustomerSummary = CustomerText;

/**
 * The breach-level facts a notice may draw on. Deliberately without `description`, `title`,
 * `measuresTaken` and `likelyConsequences`: those are internal (they name the customers involved,
 * and are written in one language for colleagues), so the view cannot even reach them.
 */
export interface NoticeBreachFacts {
  reference: string;
  cause: string;
  occurredAt: Date | null;
  discoveredAt: Date;
  containedAt: Date | null;
  customerSummary: CustomerSummary;
  /** Measures taken, for customers, per language. */
  customerMeasures: CustomerText;
  /** Likely consequences, for customers, per language. */
  customerConsequences: CustomerText;
  /** The breach's assessment input; its slice-independent parts (impact, identifiability…) feed the advice. */
  facts: AssessmentFacts | null;
}

/** One customer's slice of the breach (AffectedCustomer + the customer's own details). */
export interface NoticeCustomerSlice extends CustomerContacts {
  customerId: string;
  name: string;
  language: NoticeLanguage;
  role: ProcessingRole;
  dataCategories: DataCategory[];
  subjectsCount: number | null;
  groupsOfPeople: string[];
  recordsEstimate: number | null;
}

export interface NoticeViewOptions {
  kind?: 'initial' | 'supplementary';
  /** For a supplementary notice: when the previous notice to this customer went out. */
  previousSentAt?: Date | null;
}

/** Hours the controller has for its own art. 33 decision once it knows (GDPR art. 33(1)). */
export const CONTROLLER_DECISION_HOURS = 72;

/**
 * Everything a notice template, mail, PDF or portal page may show for one customer. Built only
 * by buildNoticeView: shared facts, this customer's own slice, our contact point — nothing else.
 * All values are display strings in the notice's language.
 */
export interface NoticeView {
  language: NoticeLanguage;
  kind: 'initial' | 'supplementary';
  supplementary: boolean;
  previousSentAt: string | null;
  organisation: {
    name: string;
    primaryColour: string;
    logoDataUrl: string | null;
    contactPoint: { name: string; email: string; phone: string | null };
  };
  /** Alias of organisation.contactPoint, kept for templates. */
  contact: { name: string; email: string; phone: string | null };
  /** Alias of organisation, kept for templates (`{{vendor.name}}`). */
  vendor: { name: string };
  customer: { name: string };
  recipient: NoticeRecipient;
  breach: {
    reference: string;
    /** The customer summary in this notice's language — never the internal description. */
    summary: string;
    cause: string;
    occurredAt: string | null;
    discoveredAt: string;
    containedAt: string | null;
    /** customerConsequences in this notice's language, or the fixed "still investigating" text. */
    likelyConsequences: string;
    /** customerMeasures in this notice's language, or the fixed "still investigating" text. */
    measuresTaken: string;
  };
  slice: {
    role: ProcessingRole;
    roleLabel: string;
    dataCategories: string;
    subjectsCount: string;
    groupsOfPeople: string;
    recordsEstimate: string;
  };
  processor: boolean;
  /** The controller hand-over pack: only where we are processor for this customer. */
  handover: {
    decisionHours: number;
    agreementReference: string | null;
    /** Our assessment of this customer's risk, as advice; null while the facts are not assessed. */
    advice: { enisaBand: string; authorityRequired: string; dataSubjectsRequired: string } | null;
  } | null;
}

/** Languages a set of customers read (sorted, no duplicates). */
export function noticeLanguages(slices: readonly Pick<NoticeCustomerSlice, 'language'>[]): NoticeLanguage[] {
  return (['nl', 'en'] as const).filter((l) => slices.some((s) => s.language === l));
}

const written = (text: string | null | undefined): boolean => !!text?.trim();

/** `customerSummary.<lang>` for every needed language that has no text: a notice cannot be drafted without it. */
export function missingCustomerSummaries(summary: CustomerSummary, languages: readonly NoticeLanguage[]): string[] {
  return languages.filter((l) => !written(summary[l])).map((l) => `customerSummary.${l}`);
}

/**
 * Every customer text a notice in these languages still needs, as field paths (400 names them).
 * The summary is always needed. Measures and consequences may be not written at all (the notice
 * then says, in its own language, that we are still investigating: a phased notice per art. 33(4)
 * must not wait for them); but once they are written in one language they are known, and then
 * every needed language must have them, so no customer is told "still investigating" about what
 * its neighbour reading the other language is told in full.
 */
export function missingCustomerTexts(
  breach: Pick<NoticeBreachFacts, 'customerSummary' | 'customerMeasures' | 'customerConsequences'>,
  languages: readonly NoticeLanguage[],
): string[] {
  const ifKnown = (text: CustomerText, field: string) =>
    written(text.nl) || written(text.en) ? languages.filter((l) => !written(text[l])).map((l) => `${field}.${l}`) : [];
  return [
    ...missingCustomerSummaries(breach.customerSummary, languages),
    ...ifKnown(breach.customerMeasures, 'customerMeasures'),
    ...ifKnown(breach.customerConsequences, 'customerConsequences'),
  ];
}

/**
 * Our advice on this customer's risk: the same engine as the breach assessment, run as if the
 * customer were controller (it is: that is the decision it must make) on its own categories and
 * count. Null when the breach has no assessment input or this slice names no data categories.
 */
export function adviceForSlice(
  facts: AssessmentFacts | null,
  slice: Pick<NoticeCustomerSlice, 'dataCategories' | 'subjectsCount'>,
): ReturnType<typeof assess> | null {
  if (!facts || slice.dataCategories.length === 0) return null;
  return assess({
    ...facts,
    role: 'controller',
    dataCategories: [...slice.dataCategories],
    subjectsCount: slice.subjectsCount,
  });
}

/** The whitelisted view of a breach for one affected customer. Pure. */
export function buildNoticeView(
  breach: NoticeBreachFacts,
  affected: NoticeCustomerSlice,
  terms: Pick<NotificationTerms, 'recipients' | 'agreementReference'> | null,
  org: OrganisationProfile,
  options: NoticeViewOptions = {},
): NoticeView {
  const lang = affected.language;
  const kind = options.kind ?? 'initial';
  const processor = affected.role === 'processor';
  const categories = affected.dataCategories.map((c) => CATEGORY_LABEL[lang][c] ?? c);
  const contactPoint = { ...org.contactPoint };
  let handover: NoticeView['handover'] = null;
  if (processor) {
    const outcome = adviceForSlice(breach.facts, affected);
    handover = {
      decisionHours: CONTROLLER_DECISION_HOURS,
      agreementReference: terms?.agreementReference ?? null,
      advice: outcome
        ? {
            enisaBand: BAND_LABEL[lang][outcome.enisa.band] ?? outcome.enisa.band,
            authorityRequired: YES_NO[lang](outcome.authority.required),
            dataSubjectsRequired: YES_NO[lang](outcome.dataSubjects.required),
          }
        : null,
    };
  }
  return {
    language: lang,
    kind,
    supplementary: kind === 'supplementary',
    previousSentAt: formatNoticeMoment(options.previousSentAt ?? null, lang),
    organisation: {
      name: org.name,
      primaryColour: org.primaryColour,
      logoDataUrl: org.logoDataUrl,
      contactPoint,
    },
    contact: { ...contactPoint },
    vendor: { name: org.name },
    customer: { name: affected.name },
    recipient: chooseNoticeRecipient(affected, terms),
    breach: {
      reference: breach.reference,
      summary: (breach.customerSummary[lang] ?? '').trim(),
      cause: CAUSE_LABEL[lang][breach.cause] ?? CAUSE_LABEL[lang]['other'] ?? '',
      occurredAt: formatNoticeMoment(breach.occurredAt, lang),
      discoveredAt: formatNoticeMoment(breach.discoveredAt, lang) ?? '',
      containedAt: formatNoticeMoment(breach.containedAt, lang),
      // Only text written for customers in this language, else fixed product text: never the
      // internal fields, never the other language.
      likelyConsequences: breach.customerConsequences[lang]?.trim() || STILL_INVESTIGATING.consequences[lang],
      measuresTaken: breach.customerMeasures[lang]?.trim() || STILL_INVESTIGATING.measures[lang],
    },
    slice: {
      role: affected.role,
      roleLabel: ROLE_LABEL[lang][affected.role],
      dataCategories: categories.length > 0 ? categories.join(', ') : UNKNOWN[lang],
      subjectsCount: formatCount(affected.subjectsCount, lang),
      groupsOfPeople: affected.groupsOfPeople.length > 0 ? affected.groupsOfPeople.join(', ') : UNKNOWN[lang],
      recordsEstimate: formatCount(affected.recordsEstimate, lang),
    },
    processor,
    handover,
  };
}
