import { hoursToMs } from '../obligations/elapsed-time';
import { type EscalationStep } from './escalation-policy';

/**
 * A recurring step's first occurrence is the due instant itself: the moment the obligation
 * becomes overdue is the moment management must hear about it.
 */
export function stepThresholdMs(step: EscalationStep, obligationDueMs: number): number {
  switch (step.trigger.type) {
    case 'before_due':
      return obligationDueMs - hoursToMs(step.trigger.hours);
    case 'after_due_every':
      return obligationDueMs;
  }
}
