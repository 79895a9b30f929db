import { parseAcknowledgementFollowUpStepId } from '@lekwacht/domain';
import type { TFunction } from 'i18next';

const KNOWN_STEPS = [
  'reminder-24h',
  'contact-person-12h',
  'management-4h',
  'overdue-every-4h',
  'approval-waiting',
  'not-required-decision',
] as const;

/**
 * The i18n key of an escalation step: "management-4h" → escalations.step.management-4h;
 * "<step>:ack-timeout" (not acknowledged in time) → escalations.step.ackTimeout.
 * Null for a step this UI does not know (shown as is).
 */
export function stepKey(step: string): string | null {
  if (parseAcknowledgementFollowUpStepId(step) !== null) return 'escalations.step.ackTimeout';
  return (KNOWN_STEPS as readonly string[]).includes(step) ? `escalations.step.${step}` : null;
}

export function stepLabel(step: string, t: TFunction): string {
  const key = stepKey(step);
  return key ? t(key) : step;
}
