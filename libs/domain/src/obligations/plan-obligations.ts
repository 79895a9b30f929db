import { notificationDueAt, type NotificationTerms } from '../customers/notification-terms';
import { obligationBasis, obligationDueAt } from './deadlines';
import { type ObligationBasis, type ObligationKind } from './obligation-kinds';

export interface PlannedObligation {
  kind: ObligationKind;
  /** Set only for `customer` obligations. */
  customerId: string | null;
  basis: ObligationBasis;
  /** null for `data_subjects` (no invented deadline). */
  dueAt: Date | null;
}

export interface PlanObligationsInput {
  discoveredAt: Date;
  customerIds: readonly string[];
  /**
   * The notification terms snapshotted for each customer (processing agreement); a customer
   * without an entry keeps the privacy statement's default (48 h from discovery).
   */
  customerTerms?: ReadonlyMap<string, Pick<NotificationTerms, 'deadlineHours' | 'countedFrom'>>;
  /** When the breach was confirmed; null while terms counted from confirmation are pending. */
  confirmedAt?: Date | null;
}

/**
 * Every duty is created up front, required or not, so that a duty nobody has looked at shows up
 * as an open clock instead of being silently missing. The authority and data-subject duties
 * exist even before an assessment says whether they apply: the clock runs from discovery, not
 * from the assessment.
 */
export function planObligations({
  discoveredAt,
  customerIds,
  customerTerms,
  confirmedAt = null,
}: PlanObligationsInput): PlannedObligation[] {
  const dueAt = (kind: ObligationKind, customerId: string | null): Date | null => {
    const terms = customerId === null ? undefined : customerTerms?.get(customerId);
    return terms ? notificationDueAt(terms, { discoveredAt, confirmedAt }) : obligationDueAt(kind, discoveredAt);
  };
  const plan = (kind: ObligationKind, customerId: string | null): PlannedObligation => ({
    kind,
    customerId,
    basis: obligationBasis(kind),
    dueAt: dueAt(kind, customerId),
  });
  // One customer has one duty however often it was listed; a second row would fire every
  // escalation twice.
  const uniqueCustomerIds = [...new Set(customerIds)];
  return [
    plan('authority', null),
    ...uniqueCustomerIds.map((customerId) => plan('customer', customerId)),
    plan('data_subjects', null),
  ];
}
