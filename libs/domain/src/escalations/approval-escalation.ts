import { epochMs, hoursToMs, MS_PER_HOUR } from '../obligations/elapsed-time';
import { MAX_ESCALATION_HOURS } from './escalation-policy';
import { type PlannedEscalation } from './planned-escalation';

/**
 * The escalation of an AP notification waiting for a manager's approval. It hangs on the
 * `authority` obligation under its own step id (no ':' so it never collides with a policy step),
 * so the engine's exactly-once guarantees hold for it too.
 */
export const APPROVAL_STEP_ID = 'approval-waiting';

export interface ApprovalEscalationPolicy {
  /** Managers are reminded this long after the draft was submitted for approval … */
  afterHours: number;
  /** … and again every so many hours while it still waits. */
  everyHours: number;
}

export const DEFAULT_APPROVAL_ESCALATION: ApprovalEscalationPolicy = Object.freeze({ afterHours: 4, everyHours: 4 });

export interface PlanApprovalEscalationInput {
  policy: ApprovalEscalationPolicy;
  submittedAt: Date;
  /** The authority obligation's deadline (null when unknown). */
  dueAt: Date | null;
  /** Occurrences already used on this obligation (a re-submission after a rejection continues counting). */
  occurrence: number;
}

/**
 * The first reminder: `afterHours` after submission, or halfway to the deadline when that comes
 * sooner, so that even a draft submitted close to the 72 hours leaves managers time to act.
 * A draft submitted after the deadline escalates at once.
 */
export function planApprovalEscalation(input: PlanApprovalEscalationInput): PlannedEscalation {
  const submitted = epochMs('submittedAt', input.submittedAt);
  let at = submitted + hoursToMs(input.policy.afterHours);
  if (input.dueAt) {
    const halfway = submitted + Math.max(0, (epochMs('dueAt', input.dueAt) - submitted) / 2);
    at = Math.min(at, Math.round(halfway));
  }
  return approvalRow(input.occurrence, new Date(at));
}

/** The next reminder, counted from when the previous one actually fired (like recurring steps). */
export function planNextApprovalEscalation(
  policy: ApprovalEscalationPolicy,
  fired: { occurrence: number; firedAt: Date },
): PlannedEscalation {
  return approvalRow(fired.occurrence + 1, new Date(epochMs('firedAt', fired.firedAt) + hoursToMs(policy.everyHours)));
}

function approvalRow(occurrence: number, dueAt: Date): PlannedEscalation {
  return {
    stepId: APPROVAL_STEP_ID,
    occurrence,
    dueAt,
    thresholdAt: dueAt,
    recipients: ['management'],
    contactPersonReplaced: false,
    catchUp: false,
  };
}

/** Field-named errors, like the policy validator; hours between 0.25 and 30 days. */
export function validateApprovalEscalation(
  input: unknown,
  field = 'approvalEscalation',
): { ok: true; value: ApprovalEscalationPolicy } | { ok: false; errors: string[] } {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    return { ok: false, errors: [`${field} must be an object with afterHours and everyHours`] };
  const errors: string[] = [];
  const record = input as Record<string, unknown>;
  for (const key of Object.keys(record))
    if (key !== 'afterHours' && key !== 'everyHours') errors.push(`${field}.${key} should not exist`);
  const hours = (key: 'afterHours' | 'everyHours'): number => {
    const v = record[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v * MS_PER_HOUR < 15 * 60_000 || v > MAX_ESCALATION_HOURS) {
      errors.push(`${field}.${key} must be a number of hours between 0.25 and ${MAX_ESCALATION_HOURS}`);
      return 0;
    }
    return v;
  };
  const value = { afterHours: hours('afterHours'), everyHours: hours('everyHours') };
  return errors.length ? { ok: false, errors } : { ok: true, value };
}
