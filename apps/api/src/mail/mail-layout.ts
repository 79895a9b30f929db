import { DEFAULT_ORGANISATION_PROFILE } from '@lekwacht/domain';
import { escapeHtml } from './escape-html';

/** One line: a name or title cannot add a header line or break a subject. */
export const oneLine = (s: string) => s.replace(/[\p{C}\p{Zl}\p{Zp}\s]+/gu, ' ').trim();

/** A moment as a mail states it: "zondag 29 maart 2026 om 03:30", in Amsterdam time (the mail says so). */
export const amsterdamDateTime = (d: Date, lang: 'nl' | 'en'): string =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(d);

/** The organisation's colour if it is a hex colour, else the default one: it goes into a style attribute. */
export const brandColour = (primaryColour: string): string =>
  /^#[0-9a-fA-F]{3,8}$/.test(primaryColour) ? primaryColour : DEFAULT_ORGANISATION_PROFILE.primaryColour;

export interface BrandedMail {
  lang: 'nl' | 'en';
  organisation: { name: string; primaryColour: string };
  hello: string;
  intro: string;
  /** The mail's own block: lines for the text part, HTML the caller has escaped or rendered for the HTML part. */
  body: { text: string[]; html: string };
  /**
   * The link: a button labelled `label` in HTML, with the URL once more below it in small print
   * for mail clients that hide buttons; `textLabel` before the URL in the text part.
   */
  link: { url: string; label: string; textLabel: string };
  /** Why the recipient gets this mail and on whose behalf. */
  footer: string;
}

/**
 * A mail to a colleague, in text and HTML: greeting, intro, the mail's own block, a link and a
 * footer; the HTML part under the organisation's name and colour bar. Every value but
 * `body.html` is escaped here. The task-reminder and note-mention mails use it; notices have
 * their own templates.
 */
export function composeBrandedMail(m: BrandedMail): { text: string; html: string } {
  const text = [
    m.hello,
    '',
    m.intro,
    '',
    ...m.body.text,
    '',
    `${m.link.textLabel}: ${m.link.url}`,
    '',
    m.footer,
    '',
  ].join('\n');
  const e = escapeHtml;
  const colour = brandColour(m.organisation.primaryColour);
  const html = `<!doctype html><html lang="${m.lang}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1b1e;max-width:680px">
<div style="border-top:6px solid ${e(colour)};padding:12px 0 8px;margin-bottom:12px"><strong style="font-size:18px">${e(m.organisation.name)}</strong></div>
<p>${e(m.hello)}</p>
<p>${e(m.intro)}</p>
${m.body.html}
<p><a href="${e(m.link.url)}" style="background:${e(colour)};color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${e(m.link.label)}</a></p>
<p style="color:#868e96;font-size:12px">${e(m.link.url)}</p>
<p style="color:#868e96;font-size:12px">${e(m.footer)}</p>
</body></html>`;
  return { text, html };
}
