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
}

/**
 * Every duty is created up front, required or not, so that a duty nobody has looked at shows up
 * as an open clock instead of being silently missing. The authority and data-subject duties
 * exist even before an assessment says whether they apply: the clock runs from discovery, not
 * from the assessment.
 */
export function planObligations({ discoveredAt, customerIds }: PlanObligationsInput): PlannedObligation[] {
  const plan = (kind: ObligationKind, customerId: string | null): PlannedObligation => ({
    kind,
    customerId,
    basis: obligationBasis(kind),
    dueAt: obligationDueAt(kind, discoveredAt),
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
