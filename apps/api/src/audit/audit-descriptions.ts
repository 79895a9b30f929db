import { describeAuditEvent } from '../breaches/timeline-descriptions';

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
const NON_BREACH: Record<string, Describe> = {
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
};

/** One line in Dutch and English for any audit event; an action nobody described reads as itself. */
export function describeEvent(action: string, after: Payload, before: Payload): Localised {
  const own = NON_BREACH[action];
  return own ? own(after, before) : describeAuditEvent(action, after, before);
}

/** Short names of the actions, for the audit page's action filter. */
const ACTION_LABELS: Record<string, Localised> = {
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
};

/** The action's short name; an action added later without a label shows its code in both languages. */
export const actionLabel = (action: string): Localised => ACTION_LABELS[action] ?? { nl: action, en: action };
