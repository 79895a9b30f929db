import { epochMs, hoursToMs } from '../obligations/elapsed-time';
import { type ObligationState } from '../obligations/obligation-kinds';
import { type ApprovalEscalationPolicy } from './approval-escalation';
import { type PlannedEscalation } from './planned-escalation';

/**
 * The reminder to managers that a "not required" decision waits for their approval. It hangs on
 * the obligation under its own step id (no ':' so it never collides with a policy step), and one
 * proposal has one occurrence, so the unique (obligation, step, occurrence) key makes it fire
 * exactly once per proposal however many instances run.
 */
export const NOT_REQUIRED_DECISION_STEP_ID = 'not-required-decision';

export interface DecisionClock {
  state: ObligationState;
  /** As the latest final outcome has it; null before the first assessment. */
  required: boolean | null;
  /** Whether a "not required" proposal waits for a manager. */
  proposalPending: boolean;
}

/**
 * An obligation the outcome calls not required, with a proposal to confirm that: it is a decision
 * to take, not a deadline to miss, so it must never escalate as overdue. A manual proposal against
 * an outcome that says "required" does not count: the law's clock keeps running until a manager
 * approves it, and so does a "not required" outcome whose proposal a manager rejected.
 */
export function awaitsNotRequiredDecision(o: DecisionClock): boolean {
  return o.state === 'open' && o.required === false && o.proposalPending;
}

/** One reminder, `afterHours` after the proposal (the approval escalation setting), to management. */
export function planNotRequiredDecisionReminder(input: {
  policy: ApprovalEscalationPolicy;
  proposedAt: Date;
  /** One per proposal: a new proposal after a rejection takes the next number. */
  occurrence: number;
}): PlannedEscalation {
  const at = new Date(epochMs('proposedAt', input.proposedAt) + hoursToMs(input.policy.afterHours));
  return {
    stepId: NOT_REQUIRED_DECISION_STEP_ID,
    occurrence: input.occurrence,
    dueAt: at,
    thresholdAt: at,
    recipients: ['management'],
    contactPersonReplaced: false,
    catchUp: false,
  };
}
