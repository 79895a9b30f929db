import { type ObligationState } from '../obligations';
import { epochMs, hoursToMs } from '../obligations/elapsed-time';
import { type EscalationStep } from './escalation-policy';
import { type PlannedEscalation } from './planned-escalation';
import { resolveRecipients } from './resolve-recipients';

/**
 * Counted from when the occurrence actually fired, not from its planned time: after a restart
 * or a late catch-up, counting from the plan would fire the next one at once (or in a burst),
 * while counting from the firing keeps management's messages the promised interval apart.
 * The engine fires within about a second, so the drift this allows is negligible.
 * null for a one-off step.
 */
export function nextRecurrence(step: EscalationStep, firedAt: Date): Date | null {
  switch (step.trigger.type) {
    case 'before_due':
      return null;
    case 'after_due_every':
      return new Date(epochMs('firedAt', firedAt) + hoursToMs(step.trigger.hours));
  }
}

export interface PlanNextRecurrenceInput {
  step: EscalationStep;
  /** The occurrence that just fired. */
  fired: { occurrence: number; firedAt: Date };
  hasContactPerson: boolean;
  /** State after the firing transaction's own changes; only an open duty keeps escalating. */
  obligationState: ObligationState;
}

/** The row the engine inserts in the same transaction in which it fires a recurring step. */
export function planNextRecurrence(input: PlanNextRecurrenceInput): PlannedEscalation | null {
  const { step, fired, hasContactPerson, obligationState } = input;
  const next = nextRecurrence(step, fired.firedAt);
  if (next === null || obligationState !== 'open') {
    return null;
  }
  return {
    stepId: step.id,
    occurrence: fired.occurrence + 1,
    dueAt: next,
    thresholdAt: next,
    ...resolveRecipients(step.recipients, { hasContactPerson }),
    catchUp: false,
  };
}
