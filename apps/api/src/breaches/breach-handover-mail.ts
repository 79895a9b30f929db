import { escapeHtml } from '../mail/escape-html';

export interface HandoverMailInput {
  /** The new owner, in their own language. */
  recipient: { name: string; language: 'nl' | 'en' };
  breach: { reference: string; title: string };
  /** The breach page in the app (login required there). */
  breachUrl: string;
}

const TEXT = {
  nl: {
    subject: (reference: string) => `[Lekwacht] ${reference}: aan u overgedragen`,
    hello: (name: string) => `Beste ${name},`,
    body: (reference: string, title: string) =>
      `Datalek ${reference} "${title}" is aan u overgedragen: u bent nu de eigenaar en behandelt het verder.`,
    link: 'Openen in Lekwacht (na inloggen)',
    footer: 'Dit bericht is verstuurd door Lekwacht. Alle gegevens van het datalek staan alleen in Lekwacht zelf.',
  },
  en: {
    subject: (reference: string) => `[Lekwacht] ${reference}: handed over to you`,
    hello: (name: string) => `Dear ${name},`,
    body: (reference: string, title: string) =>
      `Breach ${reference} "${title}" has been handed over to you: you now own it and handle it from here.`,
    link: 'Open in Lekwacht (after logging in)',
    footer: 'This message was sent by Lekwacht. The details of the breach are only in Lekwacht itself.',
  },
} as const;

/**
 * The mail to a breach's new owner. It carries the reference, the title and a link to the breach
 * page, nothing else of the breach (no description, customers or people): mail leaves the system,
 * the app behind the login is where the details are. Every value is escaped in HTML.
 */
export function composeHandoverMail(input: HandoverMailInput): { subject: string; text: string; html: string } {
  const lang = input.recipient.language === 'en' ? 'en' : 'nl';
  const t = TEXT[lang];
  const { reference, title } = input.breach;
  const text = [
    t.hello(input.recipient.name),
    '',
    t.body(reference, title),
    '',
    `${t.link}: ${input.breachUrl}`,
    '',
    t.footer,
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;color:#1a1b1e">
<p>${e(t.hello(input.recipient.name))}</p>
<p>${e(t.body(reference, title))}</p>
<p><a href="${e(input.breachUrl)}" style="color:#0b7285">${e(t.link)}</a></p>
<p style="color:#868e96;font-size:12px">${e(t.footer)}</p>
</body></html>`;
  return { subject: t.subject(reference), text, html };
}
