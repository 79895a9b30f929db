/**
 * Who receives an escalation. The role names are resolved per breach by the engine: `officer`,
 * the breach's named `contact_person`, `management` (directie); `{ userId }` names one user.
 */
export type RecipientRole = 'officer' | 'contact_person' | 'management';
export const RECIPIENT_ROLES: readonly RecipientRole[] = ['officer', 'contact_person', 'management'];
export type RecipientSpec = RecipientRole | { userId: string };

export const ESCALATION_TRIGGER_TYPES = ['before_due', 'after_due_every'] as const;
export type EscalationTriggerType = (typeof ESCALATION_TRIGGER_TYPES)[number];

/**
 * `before_due`: once, `hours` before the obligation's due time.
 * `after_due_every`: first at the due time itself, then every `hours` while the duty is open.
 */
export type EscalationTrigger = { type: 'before_due'; hours: number } | { type: 'after_due_every'; hours: number };

export interface EscalationStep {
  /** Stable across policy edits: stored on every escalation row and part of its unique key. */
  id: string;
  trigger: EscalationTrigger;
  recipients: readonly RecipientSpec[];
}

export interface EscalationPolicy {
  acknowledgementTimeoutHours: number;
  steps: readonly EscalationStep[];
}

/** 30 days: longer than any notification window, short enough to catch a typo in minutes. */
export const MAX_ESCALATION_HOURS = 720;
/** The shortest repeat of an overdue reminder: hourly. */
export const MIN_RECURRENCE_HOURS = 1;
/** The shortest wait for an acknowledgement before the next person is asked: a quarter of an hour. */
export const MIN_ACKNOWLEDGEMENT_TIMEOUT_HOURS = 0.25;
export const MAX_ESCALATION_STEPS = 20;
export const MAX_STEP_RECIPIENTS = 20;
