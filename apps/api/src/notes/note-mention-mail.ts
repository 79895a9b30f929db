import { composeBrandedMail, oneLine } from '../mail/mail-layout';
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
  const lang = input.recipient.language === 'en' ? 'en' : 'nl';
  const t = TEXT[lang];
  const author = oneLine(input.author.name);
  const reference = oneLine(input.breach.reference);
  const note = renderSkeleton(input.body.replace(RESERVED_CHARS, ''));
  const intro = t.intro(author, reference, oneLine(input.breach.title));
  const { text, html } = composeBrandedMail({
    lang,
    organisation: input.organisation,
    hello: t.hello(input.recipient.name),
    intro,
    body: {
      text: note.text.split('\n').map((l) => (l ? `> ${l}` : '>')),
      html: `<blockquote style="margin:0 0 16px;padding:4px 12px;border-left:4px solid #ced4da;color:#343a40">\n${note.html}\n</blockquote>`,
    },
    link: { url: input.breachUrl, label: t.open, textLabel: t.openText },
    footer: t.why(input.organisation.name),
  });
  return { subject: t.subject(reference, author), text, html };
}
