import type { NotificationTerms } from '../customers/notification-terms';

export type NoticeRecipientKind = 'named_contact' | 'contact_person' | 'management';

export interface NoticeRecipient {
  name: string;
  email: string;
  kind: NoticeRecipientKind;
}

/** What we know of a customer's people (customers table). */
export interface CustomerContacts {
  contactPersonName: string | null;
  contactPersonEmail: string | null;
  managementName: string;
  managementEmail: string;
}

/**
 * Who receives a customer's notice. The privacy statement promises "uw aangewezen
 * contactpersoon, … anders de directie": the contact named in the processing agreement's terms
 * first, then the customer's designated contact person, and management only when neither is
 * known. One addressee per notice, so the portal link in the mail is personal.
 */
export function chooseNoticeRecipient(
  customer: CustomerContacts,
  terms: Pick<NotificationTerms, 'recipients'> | null,
): NoticeRecipient {
  const named = terms?.recipients.namedContacts[0];
  if (named) return { name: named.name, email: named.email, kind: 'named_contact' };
  if (customer.contactPersonEmail) {
    return {
      name: customer.contactPersonName?.trim() || customer.contactPersonEmail,
      email: customer.contactPersonEmail,
      kind: 'contact_person',
    };
  }
  return { name: customer.managementName, email: customer.managementEmail, kind: 'management' };
}
