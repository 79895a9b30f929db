import { type ObligationState } from '../obligations';
import { epochMs, hoursToMs } from '../obligations/elapsed-time';
import { type EscalationPolicy, type RecipientSpec } from './escalation-policy';
import { type PlannedEscalation } from './planned-escalation';

const FOLLOW_UP_SUFFIX = ':ack-timeout';

/** ':' cannot occur in a policy step id, so a follow-up id never collides with a real step. */
export function acknowledgementFollowUpStepId(stepId: string): string {
  return `${stepId}${FOLLOW_UP_SUFFIX}`;
}

/**
 * The policy step an acknowledgement follow-up belongs to ("contact-person-12h:ack-timeout" →
 * "contact-person-12h"), or null for any other step id: the engine fires such a row to management
 * and the screens name it "not acknowledged", so the id's format is known only here.
 */
export function parseAcknowledgementFollowUpStepId(stepId: string): string | null {
  return stepId.endsWith(FOLLOW_UP_SUFFIX) ? stepId.slice(0, -FOLLOW_UP_SUFFIX.length) : null;
}

/** The moment an unacknowledged contact-person escalation passes to management. */
export function acknowledgementTimeoutAt(policy: EscalationPolicy, firedAt: Date): Date {
  return new Date(epochMs('firedAt', firedAt) + hoursToMs(policy.acknowledgementTimeoutHours));
}

export interface FiredEscalation {
  stepId: string;
  occurrence: number;
  firedAt: Date;
  /** As resolved when it fired. */
  recipients: readonly RecipientSpec[];
}

/**
 * Only an escalation that actually reached a contact person gets a follow-up: when management
 * already stood in for a missing contact person, escalating to management again would be noise.
 * The engine inserts this row in the same transaction in which it fires the step.
 */
export function planAcknowledgementFollowUp(
  policy: EscalationPolicy,
  fired: FiredEscalation,
): PlannedEscalation | null {
  if (!fired.recipients.includes('contact_person')) {
    return null;
  }
  const dueAt = acknowledgementTimeoutAt(policy, fired.firedAt);
  return {
    stepId: acknowledgementFollowUpStepId(fired.stepId),
    occurrence: fired.occurrence,
    dueAt,
    thresholdAt: dueAt,
    recipients: ['management'],
    contactPersonReplaced: false,
    catchUp: false,
  };
}

/**
 * Checked when the follow-up row comes due. Any acknowledgement before then cancels it: the
 * contact person has taken it up, which is all the timeout exists to ensure. A decided
 * obligation needs nobody anymore.
 */
export function shouldFireAcknowledgementFollowUp(input: {
  obligationState: ObligationState;
  acknowledgedAt: Date | null;
}): boolean {
  return input.obligationState === 'open' && input.acknowledgedAt === null;
}
