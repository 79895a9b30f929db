import { DEFAULT_ORGANISATION_PROFILE } from '@lekwacht/domain';
import { escapeHtml } from '../mail/escape-html';

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

const amsterdam = (d: Date, lang: 'nl' | 'en') =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(d);

/** One line: a title cannot add a header line or break the subject. */
const oneLine = (s: string) => s.replace(/[\p{C}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();

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
  const due = t.due(amsterdam(input.task.dueAt, lang));
  const intro = t.intro(reference, oneLine(input.breach.title));
  const text = [
    t.hello(input.recipient.name),
    '',
    intro,
    '',
    `  ${task}`,
    `  ${due}`,
    '',
    `${t.openText}: ${input.breachUrl}`,
    '',
    t.why(input.organisation.name),
    '',
  ].join('\n');
  const e = escapeHtml;
  const colour = /^#[0-9a-fA-F]{3,8}$/.test(input.organisation.primaryColour)
    ? input.organisation.primaryColour
    : DEFAULT_ORGANISATION_PROFILE.primaryColour;
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1b1e;max-width:680px">
<div style="border-top:6px solid ${e(colour)};padding:12px 0 8px;margin-bottom:12px"><strong style="font-size:18px">${e(input.organisation.name)}</strong></div>
<p>${e(t.hello(input.recipient.name))}</p>
<p>${e(intro)}</p>
<p style="margin:0 0 16px;padding:8px 12px;border-left:4px solid #e03131"><strong>${e(task)}</strong><br>${e(due)}</p>
<p><a href="${e(input.breachUrl)}" style="background:${e(colour)};color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${e(t.open)}</a></p>
<p style="color:#868e96;font-size:12px">${e(input.breachUrl)}</p>
<p style="color:#868e96;font-size:12px">${e(t.why(input.organisation.name))}</p>
</body></html>`;
  return { subject: t.subject(reference, task), text, html };
}
