import { type BreachAuditAction, isBreachAuditAction } from '../audit/audit-actions';

interface Described {
  nl: string;
  en: string;
}

type Describe = (after: Record<string, unknown> | null, before: Record<string, unknown> | null) => Described;

const KIND_NL: Record<string, string> = {
  authority: 'melding aan de AP',
  customer: 'kennisgeving aan klant',
  data_subjects: 'informeren van betrokkenen',
};
const KIND_EN: Record<string, string> = {
  authority: 'notification to the AP',
  customer: 'notice to customer',
  data_subjects: 'informing data subjects',
};
const kind = (v: Record<string, unknown> | null) => String(v?.['kind'] ?? '');
const title = (v: Record<string, unknown> | null) => String(v?.['title'] ?? '');

/** "Beoordeling versie 2: melden aan AP vereist" from an `assessment.created` event. */
const describeAssessment: Describe = (a) => {
  const final = (a?.['final'] ?? {}) as {
    authority?: { required?: boolean; notifyController?: boolean };
  };
  const version = String(a?.['version'] ?? '');
  const overridden = a?.['override'] ? { nl: ' (handmatig aangepast)', en: ' (overridden)' } : { nl: '', en: '' };
  const outcome = final.authority?.required
    ? { nl: 'melden aan AP vereist', en: 'AP notification required' }
    : final.authority?.notifyController
      ? {
          nl: 'verwerkingsverantwoordelijke informeren',
          en: 'notify the controller',
        }
      : {
          nl: 'melden aan AP niet vereist',
          en: 'AP notification not required',
        };
  return {
    nl: `Beoordeling versie ${version}: ${outcome.nl}${overridden.nl}`,
    en: `Assessment version ${version}: ${outcome.en}${overridden.en}`,
  };
};

/**
 * Human-readable timeline lines per audit action, in Dutch and English: one for every action of
 * an event about a breach (a new one without its line does not compile).
 */
const DESCRIPTIONS: Record<BreachAuditAction, Describe> = {
  'breach.registered': (a) => ({
    nl: `Datalek ${String(a?.['reference'] ?? '')} geregistreerd`,
    en: `Breach ${String(a?.['reference'] ?? '')} registered`,
  }),
  'breach.updated': () => ({
    nl: 'Gegevens van het datalek bijgewerkt',
    en: 'Breach facts updated',
  }),
  'breach.discovered_at_corrected': (a) => ({
    nl: `Ontdekkingsmoment gecorrigeerd: ${String(a?.['reason'] ?? '')}`,
    en: `Discovery time corrected: ${String(a?.['reason'] ?? '')}`,
  }),
  'breach.closed': () => ({ nl: 'Datalek gesloten', en: 'Breach closed' }),
  'breach.handed_over': (a) => ({
    nl: `Eigenaar overgedragen aan ${String(a?.['ownerName'] ?? '')}`,
    en: `Ownership handed over to ${String(a?.['ownerName'] ?? '')}`,
  }),
  'breach.confirmed': () => ({ nl: 'Datalek bevestigd', en: 'Breach confirmed' }),
  'note.added': (a) => {
    const by = String(a?.['authorName'] ?? '');
    const names = Array.isArray(a?.['mentions'])
      ? (a['mentions'] as { name?: string }[]).map((m) => m.name ?? '').join(', ')
      : '';
    return names
      ? { nl: `Notitie van ${by} (noemt ${names})`, en: `Note by ${by} (mentions ${names})` }
      : { nl: `Notitie van ${by}`, en: `Note by ${by}` };
  },
  'evidence.uploaded': (a) => ({
    nl: `Bewijsstuk ${String(a?.['fileName'] ?? '')} geüpload (SHA-256 ${String(a?.['sha256'] ?? '')})`,
    en: `Evidence ${String(a?.['fileName'] ?? '')} uploaded (SHA-256 ${String(a?.['sha256'] ?? '')})`,
  }),
  'evidence.deleted': (a) => ({
    nl: `Bewijsstuk ${String(a?.['fileName'] ?? '')} verwijderd: ${String(a?.['reason'] ?? '')} (SHA-256 ${String(a?.['sha256'] ?? '')})`,
    en: `Evidence ${String(a?.['fileName'] ?? '')} deleted: ${String(a?.['reason'] ?? '')} (SHA-256 ${String(a?.['sha256'] ?? '')})`,
  }),
  'breach.notification_terms_snapshotted': (a) => ({
    nl: `Afspraken uit de verwerkersovereenkomst vastgelegd voor klant (${a?.['agreed'] ? 'overeengekomen' : 'standaard'} termijn ${String((a?.['terms'] as { deadlineHours?: number } | undefined)?.deadlineHours ?? '')} uur)`,
    en: `Processing agreement terms frozen for customer (${a?.['agreed'] ? 'agreed' : 'default'} deadline ${String((a?.['terms'] as { deadlineHours?: number } | undefined)?.deadlineHours ?? '')} hours)`,
  }),
  'customer_notice.call_logged': (a) => ({
    nl: `Telefonische kennisgeving vastgelegd: ${String(a?.['personReached'] ?? '')}`,
    en: `Notice phone call logged: ${String(a?.['personReached'] ?? '')}`,
  }),
  'obligation.created': (a) => ({
    nl: `Verplichting aangemaakt: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `Obligation created: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'obligation.removed': (_, b) => ({
    nl: `Verplichting vervallen: ${KIND_NL[kind(b)] ?? kind(b)}`,
    en: `Obligation removed: ${KIND_EN[kind(b)] ?? kind(b)}`,
  }),
  'obligation.due_at_recomputed': (a) => ({
    nl: `Termijn herberekend: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `Deadline recomputed: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'assessment.created': describeAssessment,
  'escalation.fired': (a) => {
    const to = Array.isArray(a?.['recipients'])
      ? (a['recipients'] as { name?: string }[]).map((r) => r.name ?? '').join(', ')
      : '';
    if (a?.['step'] === 'approval-waiting') {
      return {
        nl: `Herinnering: AP-melding wacht op goedkeuring, verstuurd aan ${to}`,
        en: `Reminder: AP notification awaiting approval, sent to ${to}`,
      };
    }
    return {
      nl: `Escalatie (${KIND_NL[kind(a)] ?? kind(a)}) verstuurd aan ${to}`,
      en: `Escalation (${KIND_EN[kind(a)] ?? kind(a)}) sent to ${to}`,
    };
  },
  'escalation.acknowledged': (a) => {
    // Which recipient, and how: after login or with the one-time code from their own mail.
    const who = `${String(a?.['acknowledgedBy'] ?? '')}${a?.['email'] ? ` (${String(a['email'])})` : ''}`;
    const via = a?.['via'] === 'code' ? { nl: ' met eenmalige code', en: ' with a one-time code' } : { nl: '', en: '' };
    return { nl: `Escalatie bevestigd door ${who}${via.nl}`, en: `Escalation acknowledged by ${who}${via.en}` };
  },
  'mail.queued': (a) => ({
    nl: `E-mail in de wachtrij: ${String(a?.['subject'] ?? '')} (aan ${String(a?.['to'] ?? '')})`,
    en: `E-mail queued: ${String(a?.['subject'] ?? '')} (to ${String(a?.['to'] ?? '')})`,
  }),
  'mail.retried': () => ({
    nl: 'Mislukte e-mail opnieuw in de wachtrij gezet',
    en: 'Failed e-mail queued again',
  }),
  'notices.generated': (a) => ({
    nl: `Kennisgevingen aan klanten opgesteld (${String(a?.['generated'] ?? 0)} concept)`,
    en: `Customer notices drafted (${String(a?.['generated'] ?? 0)} drafts)`,
  }),
  'notices.follow_up_drafted': (a) => ({
    nl: `Aanvullende kennisgevingen aan klanten opgesteld (${String(a?.['generated'] ?? 0)} concept)`,
    en: `Supplementary customer notices drafted (${String(a?.['generated'] ?? 0)} drafts)`,
  }),
  'notice.reviewed': (a) => ({
    nl: `Concept-kennisgeving aan klant gecontroleerd door ${String(a?.['reviewedBy'] ?? '')}`,
    en: `Customer notice draft reviewed by ${String(a?.['reviewedBy'] ?? '')}`,
  }),
  'notice.edited': () => ({
    nl: 'Concept-kennisgeving aan klant bewerkt',
    en: 'Customer notice draft edited',
  }),
  'notice.queued': (a) => ({
    nl: `Kennisgeving aan klant verstuurd naar ${String(a?.['to'] ?? '')}`,
    en: `Customer notice queued for ${String(a?.['to'] ?? '')}`,
  }),
  'notice.resent': (a) => ({
    nl: `Kennisgeving aan klant opnieuw verstuurd naar ${String(a?.['to'] ?? '')}`,
    en: `Customer notice resent to ${String(a?.['to'] ?? '')}`,
  }),
  'notice.sent': () => ({
    nl: 'Kennisgeving aan klant afgeleverd',
    en: 'Customer notice delivered',
  }),
  'notice.failed': () => ({
    nl: 'Kennisgeving aan klant kon niet worden afgeleverd',
    en: 'Customer notice could not be delivered',
  }),
  'notice.token_revoked': () => ({
    nl: 'Portaallink van kennisgeving ingetrokken',
    en: 'Customer notice portal link revoked',
  }),
  'notice.acknowledged': (a) => ({
    nl: `Ontvangst kennisgeving bevestigd door ${String(a?.['acknowledgedByName'] ?? '')}`,
    en: `Notice receipt acknowledged by ${String(a?.['acknowledgedByName'] ?? '')}`,
  }),
  'obligation.required_set': (a) => ({
    nl: `${a?.['required'] ? 'Vereist' : 'Niet vereist'} volgens beoordeling: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `${a?.['required'] ? 'Required' : 'Not required'} per assessment: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'obligation.fulfilled': (a) => ({
    nl: `Verplichting nagekomen${a?.['late'] ? ' (te laat)' : ''}: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `Obligation fulfilled${a?.['late'] ? ' (late)' : ''}: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'obligation.not_required_proposed': (a) => ({
    nl: `Voorstel "niet vereist": ${KIND_NL[kind(a)] ?? kind(a)} — ${String(a?.['rationale'] ?? '')}`,
    en: `Proposed as not required: ${KIND_EN[kind(a)] ?? kind(a)} — ${String(a?.['rationale'] ?? '')}`,
  }),
  'obligation.not_required_approved': (a) => ({
    nl: `"Niet vereist" goedgekeurd: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `"Not required" approved: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'obligation.not_required_rejected': (a) => ({
    nl: `Voorstel "niet vereist" afgewezen: ${KIND_NL[kind(a)] ?? kind(a)} — ${String(a?.['reason'] ?? '')}`,
    en: `"Not required" proposal rejected: ${KIND_EN[kind(a)] ?? kind(a)} — ${String(a?.['reason'] ?? '')}`,
  }),
  'obligation.reopened': (a) => ({
    nl: `Verplichting heropend (weer vereist): ${KIND_NL[kind(a)] ?? kind(a)} — ${String(a?.['reason'] ?? '')}`,
    en: `Obligation reopened (required again): ${KIND_EN[kind(a)] ?? kind(a)} — ${String(a?.['reason'] ?? '')}`,
  }),
  'obligation.not_required_withdrawn': (a) => ({
    nl: `Voorstel "niet vereist" vervallen na herbeoordeling: ${KIND_NL[kind(a)] ?? kind(a)}`,
    en: `"Not required" proposal withdrawn after re-assessment: ${KIND_EN[kind(a)] ?? kind(a)}`,
  }),
  'authority_notification.created': () => ({
    nl: 'Concept-melding aan de AP aangemaakt',
    en: 'Draft AP notification created',
  }),
  'authority_notification.updated': () => ({
    nl: 'Concept-melding aan de AP bijgewerkt',
    en: 'Draft AP notification updated',
  }),
  'authority_notification.submitted_for_approval': () => ({
    nl: 'Melding aan de AP ter goedkeuring aangeboden',
    en: 'AP notification submitted for approval',
  }),
  'authority_notification.approved': () => ({
    nl: 'Melding aan de AP goedgekeurd',
    en: 'AP notification approved',
  }),
  'authority_notification.rejected': (a) => ({
    nl: `Melding aan de AP afgekeurd: ${String(a?.['reason'] ?? '')}`,
    en: `AP notification rejected: ${String(a?.['reason'] ?? '')}`,
  }),
  'authority_notification.submission_recorded': (a) => ({
    nl: `Melding ingediend bij de AP, meldnummer ${String(a?.['apReference'] ?? '')}${a?.['late'] ? ' (na de termijn van 72 uur)' : ''}`,
    en: `Notification submitted to the AP, reference ${String(a?.['apReference'] ?? '')}${a?.['late'] ? ' (after the 72-hour deadline)' : ''}`,
  }),
  'authority_notification.follow_up_recorded': () => ({
    nl: 'Vervolgmelding aan de AP vastgelegd',
    en: 'Follow-up notification to the AP recorded',
  }),
  'task.checklist_applied': (a) => {
    const n = Array.isArray(a?.['tasks']) ? (a['tasks'] as unknown[]).length : 0;
    return { nl: `Checklist toegepast: ${n} taken`, en: `Checklist applied: ${n} tasks` };
  },
  'task.added': (a) => ({ nl: `Taak toegevoegd: ${title(a)}`, en: `Task added: ${title(a)}` }),
  'task.updated': (a) => ({ nl: `Taak gewijzigd: ${title(a)}`, en: `Task changed: ${title(a)}` }),
  'task.completed': (a) => ({ nl: `Taak afgerond: ${title(a)}`, en: `Task done: ${title(a)}` }),
  'task.not_needed': (a) => ({
    nl: `Taak niet nodig: ${title(a)} (${String(a?.['notNeededReason'] ?? '')})`,
    en: `Task not needed: ${title(a)} (${String(a?.['notNeededReason'] ?? '')})`,
  }),
  'task.reopened': (a) => ({ nl: `Taak heropend: ${title(a)}`, en: `Task reopened: ${title(a)}` }),
  'task.reminder_sent': (a) => ({
    nl: `Herinnering verstuurd: taak verlopen – ${title(a)}`,
    en: `Reminder sent: task overdue – ${title(a)}`,
  }),
  'authority_notification.withdrawn': (a) => ({
    nl: `Melding aan de AP ingetrokken: ${String(a?.['withdrawReason'] ?? '')}`,
    en: `AP notification withdrawn: ${String(a?.['withdrawReason'] ?? '')}`,
  }),
};

/** The timeline line of a stored event; an action that is not a breach event's reads as itself. */
export function describeAuditEvent(
  action: string,
  after: Record<string, unknown> | null,
  before: Record<string, unknown> | null,
): Described {
  return isBreachAuditAction(action) ? DESCRIPTIONS[action](after, before) : { nl: action, en: action };
}
