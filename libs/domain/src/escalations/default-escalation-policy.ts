import { type EscalationPolicy } from './escalation-policy';

/**
 * DESIGN.md "Escalation". Frozen because it is snapshotted onto every new breach: a stray
 * mutation would silently change the rules for breaches registered afterwards.
 */
export const DEFAULT_ESCALATION_POLICY: EscalationPolicy = Object.freeze({
  acknowledgementTimeoutHours: 2,
  steps: Object.freeze([
    Object.freeze({
      id: 'reminder-24h',
      trigger: Object.freeze({ type: 'before_due', hours: 24 } as const),
      recipients: Object.freeze(['officer'] as const),
    }),
    Object.freeze({
      id: 'contact-person-12h',
      trigger: Object.freeze({ type: 'before_due', hours: 12 } as const),
      recipients: Object.freeze(['contact_person'] as const),
    }),
    Object.freeze({
      id: 'management-4h',
      trigger: Object.freeze({ type: 'before_due', hours: 4 } as const),
      recipients: Object.freeze(['management'] as const),
    }),
    Object.freeze({
      id: 'overdue-every-4h',
      trigger: Object.freeze({ type: 'after_due_every', hours: 4 } as const),
      recipients: Object.freeze(['management'] as const),
    }),
  ]),
});
