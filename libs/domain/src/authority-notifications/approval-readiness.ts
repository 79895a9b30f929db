import { completeness } from './completeness';
import { type AuthorityNotificationContent } from './content';
import { AUTHORITY_NOTIFICATION_FORM, type CompletenessContext } from './form';

/**
 * Reasons why a required answer is still missing, keyed by its path (`timeline.containedAt`).
 * Only a phased notification (art. 33(4): "where, and in so far as, it is not possible to
 * provide the information at the same time") may go to approval with answers missing, and
 * then each missing answer needs its own reason.
 */
export type MissingAnswerReasons = Record<string, string>;

export const MISSING_ANSWER_REASON_MAX = 2_000;

/** Every required answer that applies and is unanswered, as `section.field` in form order. */
export function missingAnswerPaths(content: AuthorityNotificationContent, ctx: CompletenessContext): string[] {
  return completeness(content, ctx).sections.flatMap((s) => s.missing.map((f) => `${s.key}.${f}`));
}

export interface ApprovalReadiness {
  ready: boolean;
  phased: boolean;
  /** All missing required answers. */
  missing: string[];
  /** Missing answers that block: all of them when not phased, those without a reason when phased. */
  blocking: string[];
}

/**
 * Four-eyes on a complete form: submitting for approval and approving need every required
 * answer, unless the notification is phased and each missing answer has a reason.
 */
export function approvalReadiness(
  content: AuthorityNotificationContent,
  ctx: CompletenessContext,
  reasons: MissingAnswerReasons,
): ApprovalReadiness {
  const missing = missingAnswerPaths(content, ctx);
  const phased = content.notification.phased === true;
  const blocking = phased ? missing.filter((p) => !(reasons[p] ?? '').trim()) : missing;
  return { ready: blocking.length === 0, phased, missing, blocking };
}

/** 400 messages naming each blocking answer by its path under `content`. */
export function approvalReadinessErrors(r: ApprovalReadiness): string[] {
  return r.blocking.map((p) =>
    r.phased
      ? `content.${p} is a required answer and is missing: answer it, or give the reason it follows later in missingAnswerReasons["${p}"] (phased notification, GDPR art. 33(4))`
      : `content.${p} is a required answer and is missing: answer it, or mark the notification phased (content.notification.phased, GDPR art. 33(4)) and give a reason for each missing answer`,
  );
}

const FIELD_PATHS: ReadonlySet<string> = new Set(
  AUTHORITY_NOTIFICATION_FORM.flatMap((s) => s.fields.map((f) => `${s.key}.${f.key}`)),
);

export type ReasonsCheck = { ok: true; reasons: MissingAnswerReasons } | { ok: false; errors: string[] };

/** Input check for `missingAnswerReasons`: an object of form paths to non-empty text. */
export function validateMissingAnswerReasons(input: unknown, field = 'missingAnswerReasons'): ReasonsCheck {
  if (input === undefined || input === null) return { ok: true, reasons: {} };
  if (typeof input !== 'object' || Array.isArray(input)) return { ok: false, errors: [`${field} must be an object`] };
  const errors: string[] = [];
  const reasons: MissingAnswerReasons = {};
  for (const [path, value] of Object.entries(input)) {
    if (!FIELD_PATHS.has(path)) errors.push(`${field}["${path}"] is not a question of the AP form`);
    else if (typeof value !== 'string') errors.push(`${field}["${path}"] must be a string`);
    else if (value.length > MISSING_ANSWER_REASON_MAX)
      errors.push(`${field}["${path}"] must be at most ${MISSING_ANSWER_REASON_MAX} characters`);
    else if (value.trim()) reasons[path] = value.trim();
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, reasons };
}
