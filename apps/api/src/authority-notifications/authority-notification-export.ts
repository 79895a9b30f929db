import {
  type AuthorityNotificationState,
  authorityNotificationView,
  type Completeness,
  type ExportSection,
  formatAmsterdam,
  type FormLanguage,
  validateAuthorityNotificationPatch,
  AUTHORITY_NOTIFICATION_FORM,
  formatAnswer,
  type AnswerValue,
} from '@lekwacht/domain';
import type { NotificationSnapshot } from './authority-notifications.service';

export const STATE_LABELS: Record<AuthorityNotificationState, { nl: string; en: string }> = {
  draft: { nl: 'Concept', en: 'Draft' },
  awaiting_approval: { nl: 'Wacht op goedkeuring', en: 'Awaiting approval' },
  approved: { nl: 'Goedgekeurd, nog niet ingediend', en: 'Approved, not yet submitted' },
  submitted: { nl: 'Ingediend bij de AP', en: 'Submitted to the AP' },
  withdrawn: { nl: 'Ingetrokken', en: 'Withdrawn' },
};

export interface ExportPerson {
  id: string;
  name: string;
}

export interface ExportFollowUp {
  createdAt: string;
  createdAtText: string;
  createdBy: ExportPerson;
  description: string;
  reason: string;
  /** Changed answers with the form's questions, by section. */
  changes: { section: string; question: string; answer: string | null }[];
}

export interface ExportAttachment {
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
  uploadedAtText: string;
}

/** What GET …/export?format=json returns, and what the PDF lays out. */
export interface AuthorityNotificationExport {
  format: 'lekwacht.authority-notification.v1';
  language: FormLanguage;
  title: string;
  generatedAt: string;
  generatedAtText: string;
  breach: { id: string; reference: string; title: string };
  organisation: string | null;
  state: AuthorityNotificationState;
  stateLabel: string;
  apReference: string | null;
  submittedAt: string | null;
  submittedAtText: string | null;
  dueAt: string | null;
  dueAtText: string | null;
  late: boolean;
  delayReason: string | null;
  withdrawnAt: string | null;
  withdrawnAtText: string | null;
  withdrawReason: string | null;
  completeness: Completeness;
  completenessNote: string;
  sections: ExportSection[];
  followUps: ExportFollowUp[];
  /** The evidence files sent along (or kept) with the notification, by name and SHA-256. */
  attachments: ExportAttachment[];
  signOff: {
    draftedBy: ExportPerson | null;
    draftedAt: string | null;
    draftedAtText: string | null;
    approvedBy: ExportPerson | null;
    approvedAt: string | null;
    approvedAtText: string | null;
  };
}

const TITLE = {
  nl: 'Melding datalek aan de Autoriteit Persoonsgegevens',
  en: 'Personal data breach notification to the Dutch DPA (Autoriteit Persoonsgegevens)',
};

function completenessNote(c: Completeness, lang: FormLanguage, sections: ExportSection[]): string {
  const missing = c.sections.filter((s) => s.total > s.answered);
  if (lang === 'nl') {
    const head = `${c.answered} van de ${c.total} verplichte vragen beantwoord (${c.percent}%).`;
    if (missing.length === 0) return `${head} De melding is volledig.`;
    const list = missing
      .map((s) => `${s.number} ${sections.find((x) => x.key === s.key)?.title ?? s.key} (${s.total - s.answered})`)
      .join('; ');
    return `${head} Nog open: ${list}. Een onvolledige melding mag; vul haar later aan met een vervolgmelding (art. 33 lid 4 AVG).`;
  }
  const head = `${c.answered} of ${c.total} required questions answered (${c.percent}%).`;
  if (missing.length === 0) return `${head} The notification is complete.`;
  const list = missing
    .map((s) => `${s.number} ${sections.find((x) => x.key === s.key)?.title ?? s.key} (${s.total - s.answered})`)
    .join('; ');
  return `${head} Still open: ${list}. An incomplete notification is allowed; complete it later with a follow-up (GDPR art. 33(4)).`;
}

function describeChanges(
  changes: Record<string, Record<string, unknown>> | null,
  lang: FormLanguage,
): ExportFollowUp['changes'] {
  if (!changes) return [];
  const checked = validateAuthorityNotificationPatch(changes);
  if (!checked.ok) return [];
  const out: ExportFollowUp['changes'] = [];
  for (const section of AUTHORITY_NOTIFICATION_FORM) {
    const answers = (checked.patch as Record<string, Record<string, AnswerValue> | undefined>)[section.key];
    if (!answers) continue;
    for (const field of section.fields) {
      if (!(field.key in answers)) continue;
      out.push({
        section: `${section.number} ${section.title[lang]}`,
        question: field.label[lang],
        answer: formatAnswer(field, answers[field.key] ?? null, lang),
      });
    }
  }
  return out;
}

export function buildAuthorityNotificationExport(
  s: NotificationSnapshot,
  lang: FormLanguage,
  generatedAt: Date,
): AuthorityNotificationExport {
  const view = authorityNotificationView(s.content, lang, s.ctx);
  const d = s.dto;
  const text = (iso: string | null) => (iso ? formatAmsterdam(iso, lang) : null);
  return {
    format: 'lekwacht.authority-notification.v1',
    language: lang,
    title: TITLE[lang],
    generatedAt: generatedAt.toISOString(),
    generatedAtText: formatAmsterdam(generatedAt, lang),
    breach: { id: s.breach.id, reference: s.breach.reference, title: s.breach.title },
    organisation: s.content.contact.organisationName,
    state: d.state,
    stateLabel: STATE_LABELS[d.state][lang],
    apReference: d.apReference,
    submittedAt: d.submittedAt,
    submittedAtText: text(d.submittedAt),
    dueAt: d.dueAt,
    dueAtText: text(d.dueAt),
    late: d.late,
    delayReason: d.delayReason,
    withdrawnAt: d.withdrawnAt,
    withdrawnAtText: text(d.withdrawnAt),
    withdrawReason: d.withdrawReason,
    completeness: view.completeness,
    completenessNote: completenessNote(view.completeness, lang, view.sections),
    sections: view.sections,
    followUps: d.followUps.map((f) => ({
      createdAt: f.createdAt,
      createdAtText: formatAmsterdam(f.createdAt, lang),
      createdBy: f.createdBy,
      description: f.content.description,
      reason: f.content.reason,
      changes: describeChanges(f.content.changes, lang),
    })),
    attachments: s.attachments.map((a) => ({
      fileName: a.fileName,
      mediaType: a.mediaType,
      sizeBytes: a.sizeBytes,
      sha256: a.sha256,
      uploadedAt: a.uploadedAt.toISOString(),
      uploadedAtText: formatAmsterdam(a.uploadedAt, lang),
    })),
    signOff: {
      draftedBy: d.draftedBy,
      draftedAt: d.draftedAt,
      draftedAtText: text(d.draftedAt),
      approvedBy: d.approvedBy,
      approvedAt: d.approvedAt,
      approvedAtText: text(d.approvedAt),
    },
  };
}
