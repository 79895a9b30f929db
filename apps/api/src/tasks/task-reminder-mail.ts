import { escapeHtml } from '../mail/escape-html';
import { amsterdamDateTime, composeBrandedMail, oneLine } from '../mail/mail-layout';

export interface TaskReminderMailInput {
  recipient: { name: string; language: 'nl' | 'en' };
  breach: { reference: string; title: string };
  task: { title: string; dueAt: Date };
  /** The breach page in the web app, at its tasks. */
  breachUrl: string;
  organisation: { name: string; primaryColour: string };
}

const TEXT = {
  nl: {
    subject: (ref: string, task: string) => `[Lekwacht] ${ref}: taak verlopen – ${task}`,
    hello: (name: string) => `Beste ${name},`,
    intro: (ref: string, title: string) =>
      `Een taak die aan u is toegewezen bij datalek ${ref} "${title}" is verlopen:`,
    due: (when: string) => `Deadline: ${when} (Nederlandse tijd)`,
    open: 'Taak openen',
    openText: 'Rond de taak af of wijs hem toe in Lekwacht',
    why: (org: string) =>
      `U ontvangt dit bericht één keer, omdat de taak aan u is toegewezen. Verstuurd door Lekwacht namens ${org}.`,
  },
  en: {
    subject: (ref: string, task: string) => `[Lekwacht] ${ref}: task overdue – ${task}`,
    hello: (name: string) => `Dear ${name},`,
    intro: (ref: string, title: string) => `A task assigned to you on breach ${ref} "${title}" is overdue:`,
    due: (when: string) => `Due: ${when} (Amsterdam time)`,
    open: 'Open the task',
    openText: 'Complete or reassign the task in Lekwacht',
    why: (org: string) =>
      `You receive this message once, because the task is assigned to you. Sent by Lekwacht for ${org}.`,
  },
} as const;

/**
 * The one reminder an assignee gets when their task falls due: which task on which breach, when it
 * was due and a link. It says no more than the assignee (an officer or manager, who may read the
 * breach) sees in the app; every value is escaped in the HTML part.
 */
export function composeTaskReminderMail(input: TaskReminderMailInput): { subject: string; text: string; html: string } {
  const lang = input.recipient.language === 'en' ? 'en' : 'nl';
  const t = TEXT[lang];
  const reference = oneLine(input.breach.reference);
  const task = oneLine(input.task.title);
  const due = t.due(amsterdamDateTime(input.task.dueAt, lang));
  const intro = t.intro(reference, oneLine(input.breach.title));
  const { text, html } = composeBrandedMail({
    lang,
    organisation: input.organisation,
    hello: t.hello(input.recipient.name),
    intro,
    body: {
      text: [`  ${task}`, `  ${due}`],
      html: `<p style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #e03131"><strong>${escapeHtml(task)}</strong><br>${escapeHtml(due)}</p>`,
    },
    link: { url: input.breachUrl, label: t.open, textLabel: t.openText },
    footer: t.why(input.organisation.name),
  });
  return { subject: t.subject(reference, task), text, html };
}
