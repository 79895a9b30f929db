/**
 * Every action an audit event can have (issue #20 point 4). `tx.audit(…)` takes only these, and
 * the descriptions (breaches/timeline-descriptions.ts, audit-descriptions.ts) are records over
 * them, so an action added here without its Dutch and English lines does not compile.
 *
 * Two lists, because two describers read them: the breach timeline describes the events written
 * with a breach id; the audit log describes those and the events that belong to no breach.
 * Stored events keep their action as text: an action no longer written (or one a test wrote)
 * still reads as itself.
 */

/** Events about one breach (written with its `breachId`): the breach's timeline shows them. */
export const BREACH_AUDIT_ACTIONS = [
  'breach.registered',
  'breach.updated',
  'breach.discovered_at_corrected',
  'breach.closed',
  'breach.handed_over',
  'breach.confirmed',
  'breach.notification_terms_snapshotted',
  'note.added',
  'evidence.uploaded',
  'evidence.deleted',
  'customer_notice.call_logged',
  'assessment.created',
  'obligation.created',
  'obligation.removed',
  'obligation.due_at_recomputed',
  'obligation.required_set',
  'obligation.fulfilled',
  'obligation.not_required_proposed',
  'obligation.not_required_approved',
  'obligation.not_required_rejected',
  'obligation.not_required_withdrawn',
  'obligation.reopened',
  'escalation.fired',
  'escalation.acknowledged',
  'mail.queued',
  'mail.retried',
  'notices.generated',
  'notices.follow_up_drafted',
  'notice.reviewed',
  'notice.edited',
  'notice.queued',
  'notice.resent',
  'notice.sent',
  'notice.failed',
  'notice.token_revoked',
  'notice.acknowledged',
  'authority_notification.created',
  'authority_notification.updated',
  'authority_notification.submitted_for_approval',
  'authority_notification.approved',
  'authority_notification.rejected',
  'authority_notification.submission_recorded',
  'authority_notification.follow_up_recorded',
  'authority_notification.withdrawn',
  'task.checklist_applied',
  'task.added',
  'task.updated',
  'task.completed',
  'task.not_needed',
  'task.reopened',
  'task.reminder_sent',
] as const;
export type BreachAuditAction = (typeof BREACH_AUDIT_ACTIONS)[number];

/** Events that belong to no breach: accounts, sign-in, customers, settings, the system itself. */
export const OTHER_AUDIT_ACTIONS = [
  'session.login',
  'session.revoked',
  'session.logout_everywhere',
  'auth.sso_login',
  'auth.sso_refused',
  'auth.sso_linked',
  'user.created',
  'user.updated',
  'user.updated_with_password',
  'user.role_from_sso',
  'user.invitation_sent',
  'user.invitation_accepted',
  'user.password_reset_link_sent',
  'user.password_reset',
  'user.password_changed',
  'mfa.policy_updated',
  'mfa.enrolment_started',
  'mfa.enrolled',
  'mfa.verification_failed',
  'mfa.disabled',
  'mfa.recovery_codes_regenerated',
  'mfa.recovery_used',
  'mfa.reset_by_admin',
  'calendar_token.issued',
  'calendar_token.rotated',
  'calendar_token.revoked',
  'customer.created',
  'customer.updated',
  'customer.notification_terms_updated',
  'escalation_policy.updated',
  'notice_template.updated',
  'checklist.updated',
  'organisation.profile_updated',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
  'webhook.tested',
  'mail.delivery_down',
  'mail.delivery_recovered',
  'audit.checkpoint_created',
] as const;
export type OtherAuditAction = (typeof OTHER_AUDIT_ACTIONS)[number];

export const AUDIT_ACTIONS = [...BREACH_AUDIT_ACTIONS, ...OTHER_AUDIT_ACTIONS] as const;
export type AuditAction = BreachAuditAction | OtherAuditAction;

const KNOWN: ReadonlySet<string> = new Set(AUDIT_ACTIONS);
const BREACH: ReadonlySet<string> = new Set(BREACH_AUDIT_ACTIONS);

/** A stored action is text: one written by an older release (or a test) is none of these. */
export const isAuditAction = (action: string): action is AuditAction => KNOWN.has(action);
export const isBreachAuditAction = (action: string): action is BreachAuditAction => BREACH.has(action);
