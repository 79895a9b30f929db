import { defaultNotificationTerms, type NotificationTerms, type TermsLanguage } from '@lekwacht/domain';
import { In, type EntityManager } from 'typeorm';
import type { Transaction } from '../database/unit-of-work';
import { BreachNotificationTermsEntity } from './breach-notification-terms.entity';
import { CustomerEntity } from './customer.entity';

/** The terms a customer has now: its agreement, or the privacy statement's defaults in its language. */
export function termsInForce(customer: Pick<CustomerEntity, 'notificationTerms' | 'language'>): {
  terms: NotificationTerms;
  agreed: boolean;
} {
  return customer.notificationTerms
    ? { terms: customer.notificationTerms, agreed: true }
    : { terms: defaultNotificationTerms(customer.language as TermsLanguage), agreed: false };
}

/**
 * Freezes the terms in force for each customer that has no snapshot on this breach yet and
 * returns the snapshot of every listed customer. Runs in the registration's transaction, so the
 * deadlines and the terms they came from commit together.
 */
export async function snapshotNotificationTerms(
  tx: Transaction,
  breachId: string,
  customerIds: readonly string[],
): Promise<Map<string, NotificationTerms>> {
  const wanted = [...new Set(customerIds)];
  const result = new Map<string, NotificationTerms>();
  if (wanted.length === 0) return result;
  const existing = await tx.manager.findBy(BreachNotificationTermsEntity, { breachId, customerId: In(wanted) });
  for (const row of existing) result.set(row.customerId, row.terms);
  const missing = wanted.filter((id) => !result.has(id));
  if (missing.length === 0) return result;
  const customers = await tx.manager.findBy(CustomerEntity, { id: In(missing) });
  const rows = customers.map((customer) => {
    const { terms, agreed } = termsInForce(customer);
    result.set(customer.id, terms);
    return tx.manager.create(BreachNotificationTermsEntity, { breachId, customerId: customer.id, terms, agreed });
  });
  await tx.manager.save(rows);
  for (const row of rows) {
    tx.audit({
      action: 'breach.notification_terms_snapshotted',
      entityType: 'breach',
      entityId: breachId,
      breachId,
      after: { customerId: row.customerId, agreed: row.agreed, terms: row.terms },
    });
  }
  return result;
}

/** A customer dropped from the breach takes its snapshot along: re-adding it freezes the terms of that moment. */
export async function dropNotificationTerms(
  tx: Transaction,
  breachId: string,
  customerIds: readonly string[],
): Promise<void> {
  if (customerIds.length === 0) return;
  await tx.manager.delete(BreachNotificationTermsEntity, { breachId, customerId: In([...customerIds]) });
}

export async function loadSnapshottedTerms(
  m: EntityManager,
  breachId: string,
): Promise<Map<string, NotificationTerms>> {
  const rows = await m.findBy(BreachNotificationTermsEntity, { breachId });
  return new Map(rows.map((row) => [row.customerId, row.terms]));
}
