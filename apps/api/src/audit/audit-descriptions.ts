import { describeAuditEvent } from '../breaches/timeline-descriptions';
import { type AuditAction, isAuditAction, type OtherAuditAction } from './audit-actions';

export interface Localised {
  nl: string;
  en: string;
}

type Payload = Record<string, unknown> | null;
type Describe = (after: Payload, before: Payload) => Localised;

const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const nameOf = (after: Payload, before: Payload) => text(after?.['name'] ?? before?.['name']);
const named = (name: string) => (name ? ` ${name}` : '');

/**
 * Lines for the events that belong to no breach (users, customers, settings): the breach
 * timeline's describer (timeline-descriptions.ts) covers the breach events, and the audit log
 * shows both. Built from the masked payload (audit-event-view.ts), never from the stored one.
 */
const NON_BREACH: Record<OtherAuditAction, Describe> = {
  'session.login': () => ({ nl: 'Ingelogd', en: 'Logged in' }),
  'session.revoked': () => ({ nl: 'Een sessie afgemeld', en: 'Signed out one session' }),
  'session.logout_everywhere': (a) => ({
    nl: `Overal afgemeld (${text(a?.['ended'])} sessies)`,
    en: `Signed out everywhere (${text(a?.['ended'])} sessions)`,
  }),
  'user.created': (a) => ({
    nl: `Gebruiker${named(text(a?.['name']))} aangemaakt (${text(a?.['role'])})`,
    en: `User${named(text(a?.['name']))} created (${text(a?.['role'])})`,
  }),
  'user.updated': (a, b) => ({
    nl: `Gebruiker${named(nameOf(a, b))} bijgewerkt`,
    en: `User${named(nameOf(a, b))} updated`,
  }),
  'user.updated_with_password': (a, b) => ({
    nl: `Gebruiker${named(nameOf(a, b))} bijgewerkt, wachtwoord opnieuw ingesteld`,
    en: `User${named(nameOf(a, b))} updated, password reset`,
  }),
  'calendar_token.issued': () => ({ nl: 'Agendalink aangemaakt', en: 'Calendar feed link issued' }),
  'calendar_token.rotated': () => ({ nl: 'Agendalink vernieuwd', en: 'Calendar feed link renewed' }),
  'calendar_token.revoked': () => ({ nl: 'Agendalinks ingetrokken', en: 'Calendar feed links revoked' }),
  'customer.created': (a) => ({
    nl: `Klant${named(text(a?.['name']))} aangemaakt`,
    en: `Customer${named(text(a?.['name']))} created`,
  }),
  'customer.updated': (a, b) => ({
    nl: `Klant${named(nameOf(a, b))} bijgewerkt`,
    en: `Customer${named(nameOf(a, b))} updated`,
  }),
  'customer.notification_terms_updated': (a) => ({
    nl: `Afspraken uit de verwerkersovereenkomst bijgewerkt (${a?.['agreed'] ? 'overeengekomen' : 'standaard'})`,
    en: `Processing agreement terms updated (${a?.['agreed'] ? 'agreed' : 'default'})`,
  }),
  'escalation_policy.updated': () => ({ nl: 'Escalatiebeleid bijgewerkt', en: 'Escalation policy updated' }),
  'notice_template.updated': () => ({
    nl: 'Sjabloon voor kennisgevingen bijgewerkt',
    en: 'Notice template updated',
  }),
  'organisation.profile_updated': () => ({ nl: 'Organisatieprofiel bijgewerkt', en: 'Organisation profile updated' }),
  'auth.sso_login': () => ({ nl: 'Ingelogd via single sign-on', en: 'Signed in with single sign-on' }),
  'auth.sso_refused': (a) => ({
    nl: `Aanmelding via single sign-on geweigerd (${text(a?.['reason'])})`,
    en: `Single sign-on refused (${text(a?.['reason'])})`,
  }),
  'auth.sso_linked': () => ({
    nl: 'Account gekoppeld aan single sign-on; het eigen wachtwoord werkt niet meer',
    en: 'Account linked to single sign-on; the local password no longer works',
  }),
  'user.role_from_sso': (a, b) => ({
    nl: `Rol van gebruiker${named(nameOf(a, b))} gezet door single sign-on (${text(a?.['role'])})`,
    en: `Role of user${named(nameOf(a, b))} set by single sign-on (${text(a?.['role'])})`,
  }),
  'user.invitation_sent': () => ({ nl: 'Uitnodiging verstuurd', en: 'Invitation sent' }),
  'user.invitation_accepted': () => ({
    nl: 'Uitnodiging aanvaard, wachtwoord ingesteld',
    en: 'Invitation accepted, password set',
  }),
  'user.password_reset_link_sent': () => ({
    nl: 'Link om het wachtwoord opnieuw in te stellen verstuurd',
    en: 'Password reset link sent',
  }),
  'user.password_reset': () => ({
    nl: 'Wachtwoord opnieuw ingesteld met de link uit de e-mail',
    en: 'Password reset with the link from the e-mail',
  }),
  'user.password_changed': () => ({ nl: 'Eigen wachtwoord gewijzigd', en: 'Own password changed' }),
  'mfa.policy_updated': () => ({
    nl: 'Beleid voor tweestapsverificatie bijgewerkt',
    en: 'Two-step verification policy updated',
  }),
  'mfa.enrolment_started': () => ({
    nl: 'Instellen van tweestapsverificatie begonnen',
    en: 'Two-step verification set-up started',
  }),
  'mfa.enrolled': () => ({ nl: 'Tweestapsverificatie ingeschakeld', en: 'Two-step verification turned on' }),
  'mfa.verification_failed': () => ({
    nl: 'Onjuiste code voor tweestapsverificatie',
    en: 'Wrong two-step verification code',
  }),
  'mfa.disabled': () => ({ nl: 'Tweestapsverificatie uitgeschakeld', en: 'Two-step verification turned off' }),
  'mfa.recovery_codes_regenerated': () => ({ nl: 'Nieuwe herstelcodes gemaakt', en: 'New recovery codes made' }),
  'mfa.recovery_used': (a) => ({
    nl: `Aangemeld met een herstelcode (nog ${text(a?.['left'])} over)`,
    en: `Signed in with a recovery code (${text(a?.['left'])} left)`,
  }),
  'mfa.reset_by_admin': () => ({
    nl: 'Tweestapsverificatie teruggezet door een beheerder',
    en: 'Two-step verification reset by an administrator',
  }),
  'checklist.updated': (a) => ({
    nl: `Checklist bijgewerkt (${text(a?.['cause'])})`,
    en: `Checklist updated (${text(a?.['cause'])})`,
  }),
  'webhook.created': (a) => ({
    nl: `Webhook${named(text(a?.['name']))} toegevoegd`,
    en: `Webhook${named(text(a?.['name']))} added`,
  }),
  'webhook.updated': (a, b) => ({
    nl: `Webhook${named(nameOf(a, b))} gewijzigd`,
    en: `Webhook${named(nameOf(a, b))} changed`,
  }),
  'webhook.deleted': (a, b) => ({
    nl: `Webhook${named(nameOf(a, b))} verwijderd`,
    en: `Webhook${named(nameOf(a, b))} deleted`,
  }),
  'webhook.secret_rotated': () => ({ nl: 'Webhookgeheim vernieuwd', en: 'Webhook secret rotated' }),
  'webhook.tested': () => ({ nl: 'Testbericht naar webhook verstuurd', en: 'Test message sent to webhook' }),
  'mail.delivery_down': () => ({ nl: 'Uitgaande mail faalt', en: 'Outgoing mail is failing' }),
  'mail.delivery_recovered': () => ({ nl: 'Uitgaande mail werkt weer', en: 'Outgoing mail works again' }),
  'audit.checkpoint_created': (a) => ({
    nl: `Dagelijks auditcontrolepunt gemaakt (gebeurtenis ${text(a?.['seq'])})`,
    en: `Daily audit checkpoint made (event ${text(a?.['seq'])})`,
  }),
};

const isOther = (action: AuditAction): action is OtherAuditAction => Object.hasOwn(NON_BREACH, action);

/** One line in Dutch and English for any audit event; an action nobody described reads as itself. */
export function describeEvent(action: string, after: Payload, before: Payload): Localised {
  return isAuditAction(action) && isOther(action)
    ? NON_BREACH[action](after, before)
    : describeAuditEvent(action, after, before);
}

/** Short names of the actions, for the audit page's action filter. */
const ACTION_LABELS: Record<AuditAction, Localised> = {
  'assessment.created': { nl: 'Beoordeling gemaakt', en: 'Assessment made' },
  'audit.checkpoint_created': { nl: 'Auditcontrolepunt gemaakt', en: 'Audit checkpoint made' },
  'authority_notification.approved': { nl: 'AP-melding goedgekeurd', en: 'AP notification approved' },
  'authority_notification.created': { nl: 'AP-melding aangemaakt', en: 'AP notification created' },
  'authority_notification.follow_up_recorded': { nl: 'Vervolgmelding AP vastgelegd', en: 'AP follow-up recorded' },
  'authority_notification.rejected': { nl: 'AP-melding afgekeurd', en: 'AP notification rejected' },
  'authority_notification.submission_recorded': { nl: 'AP-melding ingediend', en: 'AP notification submitted' },
  'authority_notification.submitted_for_approval': {
    nl: 'AP-melding ter goedkeuring',
    en: 'AP notification submitted for approval',
  },
  'authority_notification.updated': { nl: 'AP-melding bijgewerkt', en: 'AP notification updated' },
  'authority_notification.withdrawn': { nl: 'AP-melding ingetrokken', en: 'AP notification withdrawn' },
  'breach.closed': { nl: 'Datalek gesloten', en: 'Breach closed' },
  'breach.confirmed': { nl: 'Datalek bevestigd', en: 'Breach confirmed' },
  'breach.discovered_at_corrected': { nl: 'Ontdekkingsmoment gecorrigeerd', en: 'Discovery time corrected' },
  'breach.handed_over': { nl: 'Eigenaar overgedragen', en: 'Ownership handed over' },
  'breach.notification_terms_snapshotted': {
    nl: 'Afspraken klant vastgelegd bij datalek',
    en: 'Customer terms frozen for breach',
  },
  'breach.registered': { nl: 'Datalek geregistreerd', en: 'Breach registered' },
  'breach.updated': { nl: 'Datalek bijgewerkt', en: 'Breach updated' },
  'calendar_token.issued': { nl: 'Agendalink aangemaakt', en: 'Calendar link issued' },
  'calendar_token.revoked': { nl: 'Agendalinks ingetrokken', en: 'Calendar links revoked' },
  'calendar_token.rotated': { nl: 'Agendalink vernieuwd', en: 'Calendar link renewed' },
  'customer.created': { nl: 'Klant aangemaakt', en: 'Customer created' },
  'customer.notification_terms_updated': { nl: 'Afspraken klant bijgewerkt', en: 'Customer terms updated' },
  'customer.updated': { nl: 'Klant bijgewerkt', en: 'Customer updated' },
  'customer_notice.call_logged': { nl: 'Telefonische kennisgeving vastgelegd', en: 'Notice phone call logged' },
  'escalation.acknowledged': { nl: 'Escalatie bevestigd', en: 'Escalation acknowledged' },
  'escalation.fired': { nl: 'Escalatie verstuurd', en: 'Escalation sent' },
  'escalation_policy.updated': { nl: 'Escalatiebeleid bijgewerkt', en: 'Escalation policy updated' },
  'evidence.deleted': { nl: 'Bewijsstuk verwijderd', en: 'Evidence deleted' },
  'evidence.uploaded': { nl: 'Bewijsstuk geüpload', en: 'Evidence uploaded' },
  'mail.queued': { nl: 'E-mail in de wachtrij', en: 'E-mail queued' },
  'mail.retried': { nl: 'E-mail opnieuw in de wachtrij', en: 'E-mail queued again' },
  'mail.delivery_down': { nl: 'Uitgaande mail faalt', en: 'Outgoing mail failing' },
  'mail.delivery_recovered': { nl: 'Uitgaande mail hersteld', en: 'Outgoing mail recovered' },
  'webhook.created': { nl: 'Webhook toegevoegd', en: 'Webhook added' },
  'webhook.updated': { nl: 'Webhook gewijzigd', en: 'Webhook changed' },
  'webhook.deleted': { nl: 'Webhook verwijderd', en: 'Webhook deleted' },
  'webhook.secret_rotated': { nl: 'Webhookgeheim vernieuwd', en: 'Webhook secret rotated' },
  'webhook.tested': { nl: 'Webhook getest', en: 'Webhook tested' },
  'note.added': { nl: 'Notitie toegevoegd', en: 'Note added' },
  'notice.acknowledged': { nl: 'Ontvangst kennisgeving bevestigd', en: 'Notice acknowledged' },
  'notice.edited': { nl: 'Kennisgeving bewerkt', en: 'Notice edited' },
  'notice.failed': { nl: 'Kennisgeving niet afgeleverd', en: 'Notice not delivered' },
  'notice.queued': { nl: 'Kennisgeving verstuurd', en: 'Notice queued' },
  'notice.resent': { nl: 'Kennisgeving opnieuw verstuurd', en: 'Notice resent' },
  'notice.reviewed': { nl: 'Kennisgeving gecontroleerd', en: 'Notice reviewed' },
  'notice.sent': { nl: 'Kennisgeving afgeleverd', en: 'Notice delivered' },
  'notice.token_revoked': { nl: 'Portaallink ingetrokken', en: 'Portal link revoked' },
  'notice_template.updated': { nl: 'Sjabloon kennisgeving bijgewerkt', en: 'Notice template updated' },
  'notices.follow_up_drafted': { nl: 'Aanvullende kennisgevingen opgesteld', en: 'Supplementary notices drafted' },
  'notices.generated': { nl: 'Kennisgevingen opgesteld', en: 'Notices drafted' },
  'obligation.created': { nl: 'Verplichting aangemaakt', en: 'Obligation created' },
  'obligation.due_at_recomputed': { nl: 'Termijn herberekend', en: 'Deadline recomputed' },
  'obligation.fulfilled': { nl: 'Verplichting nagekomen', en: 'Obligation fulfilled' },
  'obligation.not_required_approved': { nl: '"Niet vereist" goedgekeurd', en: '"Not required" approved' },
  'obligation.not_required_proposed': { nl: '"Niet vereist" voorgesteld', en: '"Not required" proposed' },
  'obligation.not_required_rejected': { nl: '"Niet vereist" afgewezen', en: '"Not required" rejected' },
  'obligation.not_required_withdrawn': { nl: '"Niet vereist" vervallen', en: '"Not required" withdrawn' },
  'obligation.removed': { nl: 'Verplichting vervallen', en: 'Obligation removed' },
  'obligation.reopened': { nl: 'Verplichting heropend', en: 'Obligation reopened' },
  'obligation.required_set': { nl: 'Vereist volgens beoordeling', en: 'Required per assessment' },
  'organisation.profile_updated': { nl: 'Organisatieprofiel bijgewerkt', en: 'Organisation profile updated' },
  'session.login': { nl: 'Ingelogd', en: 'Logged in' },
  'session.logout_everywhere': { nl: 'Overal afgemeld', en: 'Signed out everywhere' },
  'session.revoked': { nl: 'Sessie afgemeld', en: 'Session signed out' },
  'user.created': { nl: 'Gebruiker aangemaakt', en: 'User created' },
  'user.updated': { nl: 'Gebruiker bijgewerkt', en: 'User updated' },
  'user.updated_with_password': { nl: 'Wachtwoord opnieuw ingesteld', en: 'Password reset' },
  'user.role_from_sso': { nl: 'Rol gezet door single sign-on', en: 'Role set by single sign-on' },
  'user.invitation_sent': { nl: 'Uitnodiging verstuurd', en: 'Invitation sent' },
  'user.invitation_accepted': { nl: 'Uitnodiging aanvaard', en: 'Invitation accepted' },
  'user.password_reset_link_sent': { nl: 'Herstellink verstuurd', en: 'Password reset link sent' },
  'user.password_reset': { nl: 'Wachtwoord hersteld met link', en: 'Password reset with link' },
  'user.password_changed': { nl: 'Eigen wachtwoord gewijzigd', en: 'Own password changed' },
  'auth.sso_login': { nl: 'Ingelogd via single sign-on', en: 'Signed in with single sign-on' },
  'auth.sso_refused': { nl: 'Single sign-on geweigerd', en: 'Single sign-on refused' },
  'auth.sso_linked': { nl: 'Gekoppeld aan single sign-on', en: 'Linked to single sign-on' },
  'mfa.policy_updated': { nl: 'Beleid tweestapsverificatie bijgewerkt', en: 'Two-step verification policy updated' },
  'mfa.enrolment_started': {
    nl: 'Tweestapsverificatie instellen begonnen',
    en: 'Two-step verification set-up started',
  },
  'mfa.enrolled': { nl: 'Tweestapsverificatie ingeschakeld', en: 'Two-step verification turned on' },
  'mfa.verification_failed': { nl: 'Onjuiste verificatiecode', en: 'Wrong verification code' },
  'mfa.disabled': { nl: 'Tweestapsverificatie uitgeschakeld', en: 'Two-step verification turned off' },
  'mfa.recovery_codes_regenerated': { nl: 'Nieuwe herstelcodes gemaakt', en: 'New recovery codes made' },
  'mfa.recovery_used': { nl: 'Herstelcode gebruikt', en: 'Recovery code used' },
  'mfa.reset_by_admin': { nl: 'Tweestapsverificatie teruggezet', en: 'Two-step verification reset' },
  'checklist.updated': { nl: 'Checklist bijgewerkt', en: 'Checklist updated' },
  'task.checklist_applied': { nl: 'Checklist toegepast', en: 'Checklist applied' },
  'task.added': { nl: 'Taak toegevoegd', en: 'Task added' },
  'task.updated': { nl: 'Taak gewijzigd', en: 'Task changed' },
  'task.completed': { nl: 'Taak afgerond', en: 'Task done' },
  'task.not_needed': { nl: 'Taak niet nodig', en: 'Task not needed' },
  'task.reopened': { nl: 'Taak heropend', en: 'Task reopened' },
  'task.reminder_sent': { nl: 'Taakherinnering verstuurd', en: 'Task reminder sent' },
};

/** The action's short name; a stored action that is none of AUDIT_ACTIONS shows its code in both languages. */
export const actionLabel = (action: string): Localised =>
  isAuditAction(action) ? ACTION_LABELS[action] : { nl: action, en: action };
