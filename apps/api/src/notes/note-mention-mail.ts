import { DEFAULT_ORGANISATION_PROFILE } from '@lekwacht/domain';
import { escapeHtml } from '../mail/escape-html';
import { RESERVED_CHARS, renderSkeleton } from '../notices/notice-template-markdown';

export interface MentionMailInput {
  recipient: { name: string; language: 'nl' | 'en' };
  breach: { reference: string; title: string };
  author: { name: string };
  /** The note's Markdown source, as stored. */
  body: string;
  /** The breach page in the web app. */
  breachUrl: string;
  organisation: { name: string; primaryColour: string };
}

const TEXT = {
  nl: {
    subject: (ref: string, author: string) => `[Lekwacht] ${ref}: ${author} noemt u in een notitie`,
    hello: (name: string) => `Beste ${name},`,
    intro: (author: string, ref: string, title: string) =>
      `${author} heeft u genoemd in een notitie bij datalek ${ref} "${title}":`,
    open: 'Datalek openen',
    openText: 'Bekijk het datalek en reageer in Lekwacht',
    why: (org: string) =>
      `U ontvangt dit bericht omdat u in de notitie bent genoemd. Verstuurd door Lekwacht namens ${org}.`,
  },
  en: {
    subject: (ref: string, author: string) => `[Lekwacht] ${ref}: ${author} mentioned you in a note`,
    hello: (name: string) => `Dear ${name},`,
    intro: (author: string, ref: string, title: string) =>
      `${author} mentioned you in a note on breach ${ref} "${title}":`,
    open: 'Open the breach',
    openText: 'View the breach and reply in Lekwacht',
    why: (org: string) => `You receive this message because the note mentions you. Sent by Lekwacht for ${org}.`,
  },
} as const;

/** One line: a name cannot add a header line or break the subject. */
const oneLine = (s: string) => s.replace(/[\p{C}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();

/**
 * The mail to one mentioned colleague, in their language: who mentioned them on which breach,
 * the note itself and a link to the breach page.
 *
 * The note's full text goes along, on purpose. Only active officers and managers can be mentioned
 * (NotesService refuses anyone else), and they may read this breach and its notes in the app
 * anyway; a mention is a question to them, so the mail should say what is asked. What leaves the
 * system is therefore no more than what its reader is authorised to see, in their own mailbox,
 * like the breach title in an escalation mail. The note is Markdown typed by a colleague, so in
 * the HTML part every character of it is escaped: it is rendered by the same token-tree renderer
 * as notice templates (raw HTML is shown as text, only http(s) and mailto links survive, images
 * become their alt text), and every other value (names, reference, title) goes through escapeHtml.
 */
export function composeMentionMail(input: MentionMailInput): { subject: string; text: string; html: string } {
  const t = TEXT[input.recipient.language === 'en' ? 'en' : 'nl'];
  const author = oneLine(input.author.name);
  const reference = oneLine(input.breach.reference);
  const note = renderSkeleton(input.body.replace(RESERVED_CHARS, ''));
  const intro = t.intro(author, reference, oneLine(input.breach.title));
  const text = [
    t.hello(input.recipient.name),
    '',
    intro,
    '',
    ...note.text.split('\n').map((l) => (l ? `> ${l}` : '>')),
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
  const lang = input.recipient.language === 'en' ? 'en' : 'nl';
  const html = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1b1e;max-width:680px">
<div style="border-top:6px solid ${e(colour)};padding:12px 0 8px;margin-bottom:12px"><strong style="font-size:18px">${e(input.organisation.name)}</strong></div>
<p>${e(t.hello(input.recipient.name))}</p>
<p>${e(intro)}</p>
<blockquote style="margin:0 0 16px;padding:4px 12px;border-left:4px solid #ced4da;color:#343a40">
${note.html}
</blockquote>
<p><a href="${e(input.breachUrl)}" style="background:${e(colour)};color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${e(t.open)}</a></p>
<p style="color:#868e96;font-size:12px">${e(input.breachUrl)}</p>
<p style="color:#868e96;font-size:12px">${e(t.why(input.organisation.name))}</p>
</body></html>`;
  return { subject: t.subject(reference, author), text, html };
}
