import { type ObligationState } from '../obligations';
import { epochMs } from '../obligations/elapsed-time';
import { type EscalationPolicy, type EscalationStep } from './escalation-policy';
import { type PlannedEscalation } from './planned-escalation';
import { resolveRecipients } from './resolve-recipients';
import { stepThresholdMs } from './step-threshold';

export interface PlanEscalationsInput {
  /** The policy snapshotted onto the breach, not the current global one. */
  policy: EscalationPolicy;
  /** The obligation's due time; null (data subjects) has no thresholds to count back from. */
  dueAt: Date | null;
  now: Date;
  hasContactPerson: boolean;
  /** Defaults to 'open'; a decided obligation has nothing left to escalate. */
  obligationState?: ObligationState;
  /**
   * Steps that already fired for this obligation (when re-planning after a corrected
   * discoveredAt): each threshold fires at most once per obligation.
   */
  firedStepIds?: readonly string[];
  /**
   * The outcome calls the duty not required and a decision to confirm that is pending
   * (`awaitsNotRequiredDecision`): it gets the decision reminder instead, never a deadline step.
   */
  awaitingNotRequiredDecision?: boolean;
}

interface Threshold {
  step: EscalationStep;
  order: number;
  atMs: number;
}

/** Latest threshold wins; on a tie (only possible in an unvalidated policy) the earlier step. */
function latest(thresholds: readonly Threshold[]): Threshold | null {
  let best: Threshold | null = null;
  for (const threshold of thresholds) {
    if (best === null || threshold.atMs > best.atMs) {
      best = threshold;
    }
  }
  return best;
}

/**
 * The rows to insert for one obligation. Thresholds already past at `now` (a breach registered
 * late) collapse into one catch-up row for the most recent of them, firing now: it names the
 * people who matter at this stage, whereas a burst of stale reminders ("24 h left" when 2 h
 * are left) would mislead and bury the one message that counts.
 */
export function planEscalations(input: PlanEscalationsInput): PlannedEscalation[] {
  const { policy, dueAt, now, hasContactPerson, obligationState = 'open', firedStepIds = [] } = input;
  const nowMs = epochMs('now', now);
  if (obligationState !== 'open' || dueAt === null || input.awaitingNotRequiredDecision === true) {
    return [];
  }
  const dueMs = epochMs('dueAt', dueAt);
  const fired = new Set(firedStepIds);
  const thresholds = policy.steps.map(
    (step, order): Threshold => ({ step, order, atMs: stepThresholdMs(step, dueMs) }),
  );

  const catchUp = latest(thresholds.filter((threshold) => threshold.atMs <= nowMs));
  const planned: Array<{ threshold: Threshold; fireMs: number }> = thresholds
    .filter((threshold) => threshold.atMs > nowMs)
    .map((threshold) => ({ threshold, fireMs: threshold.atMs }));
  if (catchUp !== null) {
    planned.push({ threshold: catchUp, fireMs: nowMs });
  }

  return planned
    .filter(({ threshold }) => !fired.has(threshold.step.id))
    .sort((a, b) => a.fireMs - b.fireMs || a.threshold.order - b.threshold.order)
    .map(({ threshold, fireMs }) => ({
      stepId: threshold.step.id,
      occurrence: 0,
      dueAt: new Date(fireMs),
      thresholdAt: new Date(threshold.atMs),
      ...resolveRecipients(threshold.step.recipients, { hasContactPerson }),
      catchUp: threshold.atMs < nowMs,
    }));
}
