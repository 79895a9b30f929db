import { obligationDueAt } from './deadlines';
import { type ObligationKind, type ObligationState } from './obligation-kinds';

export interface RecomputableObligation {
  kind: ObligationKind;
  state: ObligationState;
  dueAt: Date | null;
}

/**
 * After a corrected discoveredAt only open obligations move: a fulfilled or not_required one was
 * judged (on time or late, needed or not) against the deadline that stood at that moment, and
 * that judgement is frozen in the register and the audit trail.
 */
export function recomputeDueAt(obligation: RecomputableObligation, correctedDiscoveredAt: Date): Date | null {
  if (obligation.state !== 'open') {
    return obligation.dueAt;
  }
  return obligationDueAt(obligation.kind, correctedDiscoveredAt);
}
