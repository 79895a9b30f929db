import { epochMs, hoursToMs } from '../obligations/elapsed-time';

/**
 * What the processing agreement (verwerkersovereenkomst) with one customer says about breach
 * notices. Snapshotted onto a breach when it is registered, so that a later change to the
 * agreement never moves the deadlines of a breach that is already running.
 */
export const NOTIFICATION_COUNTED_FROM = ['discovery', 'confirmation'] as const;
export type NotificationCountedFrom = (typeof NOTIFICATION_COUNTED_FROM)[number];

/** Languages a notice can be written in; the same two as the rest of the product. */
export const TERMS_LANGUAGES = ['nl', 'en'] as const;
export type TermsLanguage = (typeof TERMS_LANGUAGES)[number];

/**
 * Content an agreement can demand beyond what GDPR art. 34(2) already asks; the notice
 * templates must carry every item the customer's terms list.
 */
export const REQUIRED_CONTENT_ITEMS = [
  'nature',
  'data_categories',
  'subjects_and_records',
  'likely_consequences',
  'measures_taken',
  'measures_advised',
  'contact_point',
  'controller_decision',
] as const;
export type RequiredContentItem = (typeof REQUIRED_CONTENT_ITEMS)[number];

export interface NamedContact {
  name: string;
  email: string;
  /** Needed only when the agreement asks for a phone call too. */
  phone: string | null;
}

export interface NotificationRecipients {
  /** One or more people the agreement names; empty means "nobody named". */
  namedContacts: NamedContact[];
  /** A shared mailbox such as security@customer.nl, informed beside the named contacts. */
  securityMailbox: string | null;
  /** The privacy statement's promise: management is informed when no contact person is known. */
  managementFallback: boolean;
}

export interface NotificationChannels {
  /** Always true: the notice itself (with its portal link) only travels by e-mail. */
  email: true;
  /** "Also by phone": the customer obligation then carries a call to log (who, when). */
  phone: boolean;
}

export interface NotificationTerms {
  deadlineHours: number;
  countedFrom: NotificationCountedFrom;
  recipients: NotificationRecipients;
  channels: NotificationChannels;
  language: TermsLanguage;
  requiredContent: RequiredContentItem[];
  /** The agreement's own reference (e.g. "VWO-2024-017"); null when nothing was agreed. */
  agreementReference: string | null;
  /** Calendar date the agreement was signed, YYYY-MM-DD; null when nothing was agreed. */
  agreementDate: string | null;
}

/** The vendor's privacy statement: "zo mogelijk uiterlijk binnen 48 uur na het constateren". */
export const DEFAULT_NOTIFICATION_DEADLINE_HOURS = 48;
/** A week: anything longer cannot leave the customer time for its own 72 hours. */
export const MAX_NOTIFICATION_DEADLINE_HOURS = 168;
export const MAX_NAMED_CONTACTS = 10;

/**
 * Terms that apply when nothing else was agreed: 48 hours from discovery (the strictest reading
 * of "na het constateren", so the customer keeps most of its own 72 hours), addressed to the
 * designated contact person or else management, by e-mail.
 */
export const DEFAULT_NOTIFICATION_TERMS: NotificationTerms = Object.freeze({
  deadlineHours: DEFAULT_NOTIFICATION_DEADLINE_HOURS,
  countedFrom: 'discovery',
  recipients: Object.freeze({ namedContacts: [], securityMailbox: null, managementFallback: true }),
  channels: Object.freeze({ email: true, phone: false }),
  language: 'nl',
  requiredContent: [],
  agreementReference: null,
  agreementDate: null,
}) as NotificationTerms;

/** A fresh, mutable copy of the defaults in a customer's language. */
export function defaultNotificationTerms(language: TermsLanguage = 'nl'): NotificationTerms {
  return {
    ...DEFAULT_NOTIFICATION_TERMS,
    language,
    recipients: { namedContacts: [], securityMailbox: null, managementFallback: true },
    channels: { email: true, phone: false },
    requiredContent: [],
  };
}

export type NotificationTermsValidation = { ok: true; terms: NotificationTerms } | { ok: false; errors: string[] };

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
const PHONE = /^\+?[0-9 ()-]{6,20}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_TEXT = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIsoCalendarDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function optionalText(path: string, value: unknown, errors: string[], pattern?: RegExp): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || value.trim() === '' || value.length > MAX_TEXT) {
    errors.push(`${path} must be text of at most ${MAX_TEXT} characters`);
    return null;
  }
  if (pattern && !pattern.test(value.trim())) {
    errors.push(`${path} is not valid`);
    return null;
  }
  return value.trim();
}

function parseContact(path: string, raw: unknown, errors: string[]): NamedContact | null {
  if (!isRecord(raw)) {
    errors.push(`${path} must be an object with name and email`);
    return null;
  }
  const before = errors.length;
  const name = optionalText(`${path}.name`, raw['name'], errors);
  if (name === null && errors.length === before) errors.push(`${path}.name is required`);
  const emailBefore = errors.length;
  const email = optionalText(`${path}.email`, raw['email'], errors, EMAIL);
  if (email === null && errors.length === emailBefore) errors.push(`${path}.email is required`);
  const phone = optionalText(`${path}.phone`, raw['phone'], errors, PHONE);
  return errors.length === before && name !== null && email !== null ? { name, email, phone } : null;
}

/**
 * Checks untrusted input (a request body or a CSV row) and returns the terms or every problem as
 * a field path ("recipients.namedContacts.0.email is not valid"), so the caller can answer 400
 * naming the field. Missing optional parts take the defaults.
 */
export function validateNotificationTerms(input: unknown): NotificationTermsValidation {
  if (!isRecord(input)) {
    return { ok: false, errors: ['terms must be an object'] };
  }
  const errors: string[] = [];
  const terms = defaultNotificationTerms();

  const hours = input['deadlineHours'];
  if (hours !== undefined) {
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < 1 || hours > MAX_NOTIFICATION_DEADLINE_HOURS) {
      errors.push(`deadlineHours must be a whole number from 1 to ${MAX_NOTIFICATION_DEADLINE_HOURS}`);
    } else {
      terms.deadlineHours = hours;
    }
  }

  const countedFrom = input['countedFrom'];
  if (countedFrom !== undefined) {
    if (!(NOTIFICATION_COUNTED_FROM as readonly unknown[]).includes(countedFrom)) {
      errors.push(`countedFrom must be one of ${NOTIFICATION_COUNTED_FROM.join(', ')}`);
    } else {
      terms.countedFrom = countedFrom as NotificationCountedFrom;
    }
  }

  const language = input['language'];
  if (language !== undefined) {
    if (!(TERMS_LANGUAGES as readonly unknown[]).includes(language)) {
      errors.push(`language must be one of ${TERMS_LANGUAGES.join(', ')}`);
    } else {
      terms.language = language as TermsLanguage;
    }
  }

  const recipients = input['recipients'];
  if (recipients !== undefined) {
    if (!isRecord(recipients)) {
      errors.push('recipients must be an object');
    } else {
      const contacts = recipients['namedContacts'];
      if (contacts !== undefined) {
        if (!Array.isArray(contacts) || contacts.length > MAX_NAMED_CONTACTS) {
          errors.push(`recipients.namedContacts must be a list of at most ${MAX_NAMED_CONTACTS} contacts`);
        } else {
          terms.recipients.namedContacts = contacts
            .map((raw, index) => parseContact(`recipients.namedContacts.${index}`, raw, errors))
            .filter((contact): contact is NamedContact => contact !== null);
        }
      }
      terms.recipients.securityMailbox = optionalText(
        'recipients.securityMailbox',
        recipients['securityMailbox'],
        errors,
        EMAIL,
      );
      const fallback = recipients['managementFallback'];
      if (fallback !== undefined) {
        if (typeof fallback !== 'boolean') errors.push('recipients.managementFallback must be true or false');
        else terms.recipients.managementFallback = fallback;
      }
    }
  }

  const channels = input['channels'];
  if (channels !== undefined) {
    if (!isRecord(channels)) {
      errors.push('channels must be an object');
    } else {
      if (channels['email'] !== undefined && channels['email'] !== true) {
        errors.push('channels.email must be true (the notice always goes by e-mail)');
      }
      const phone = channels['phone'];
      if (phone !== undefined) {
        if (typeof phone !== 'boolean') errors.push('channels.phone must be true or false');
        else terms.channels.phone = phone;
      }
    }
  }

  const content = input['requiredContent'];
  if (content !== undefined) {
    if (!Array.isArray(content)) {
      errors.push('requiredContent must be a list');
    } else {
      content.forEach((item, index) => {
        if (!(REQUIRED_CONTENT_ITEMS as readonly unknown[]).includes(item)) {
          errors.push(`requiredContent.${index} must be one of ${REQUIRED_CONTENT_ITEMS.join(', ')}`);
        }
      });
      terms.requiredContent = [...new Set(content as RequiredContentItem[])].filter((item) =>
        (REQUIRED_CONTENT_ITEMS as readonly string[]).includes(item),
      );
    }
  }

  terms.agreementReference = optionalText('agreementReference', input['agreementReference'], errors);
  const agreementDate = input['agreementDate'];
  if (agreementDate !== undefined && agreementDate !== null && agreementDate !== '') {
    if (typeof agreementDate !== 'string' || !isIsoCalendarDate(agreementDate)) {
      errors.push('agreementDate must be a date as YYYY-MM-DD');
    } else {
      terms.agreementDate = agreementDate;
    }
  }

  // Without anyone to address the notice could not be sent at all.
  if (
    terms.recipients.namedContacts.length === 0 &&
    terms.recipients.securityMailbox === null &&
    !terms.recipients.managementFallback
  ) {
    errors.push('recipients.managementFallback must be true when no named contact or security mailbox is given');
  }
  if (terms.channels.phone && !terms.recipients.namedContacts.some((contact) => contact.phone !== null)) {
    errors.push('recipients.namedContacts: a phone number is required when channels.phone is true');
  }

  return errors.length === 0 ? { ok: true, terms } : { ok: false, errors };
}

export interface NotificationClockInput {
  discoveredAt: Date;
  /** When the officer confirmed the breach; null while it is still only suspected. */
  confirmedAt: Date | null;
}

/**
 * When the customer must have been told under these terms. null when the clock counts from our
 * confirmation and the breach is not confirmed yet: the deadline is then honestly pending, not
 * guessed.
 */
export function notificationDueAt(
  terms: Pick<NotificationTerms, 'deadlineHours' | 'countedFrom'>,
  { discoveredAt, confirmedAt }: NotificationClockInput,
): Date | null {
  const start =
    terms.countedFrom === 'discovery'
      ? epochMs('discoveredAt', discoveredAt)
      : confirmedAt === null
        ? null
        : epochMs('confirmedAt', confirmedAt);
  return start === null ? null : new Date(start + hoursToMs(terms.deadlineHours));
}
