import type { MarkedOptions, Token } from 'marked';

/**
 * The Markdown Lekwacht reads: notice templates (rendered to a mail's HTML and plain-text parts by
 * the API) and breach notes (rendered to React elements by the web app). Both lex with `marked`
 * and render the token tree themselves, never with marked's HTML renderer; the rules they share
 * are here, so a link, an entity or a line break means the same in a mail and on the page.
 *
 * `marked` itself is imported by the renderers, not here: the domain library stays free of it,
 * so the web app only loads the lexer with the page that shows Markdown.
 */

/** GitHub-flavoured Markdown; a single line break is a line break (people type notes and mails that way). */
export const MARKDOWN_OPTIONS = { gfm: true, breaks: true, async: false } as const satisfies MarkedOptions;

/** http(s) and mailto addresses only, without white space or control characters; else null. */
export function safeHref(href: string): string | null {
  const h = href.trim();
  if (!/^(https?:\/\/|mailto:)/i.test(h)) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(h)) return null;
  return h;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  copy: '©',
  euro: '€',
  hellip: '…',
  ndash: '–',
  mdash: '—',
};

/**
 * Entities written in Markdown (`&amp;`, `&#8364;`) as the characters they stand for; the renderer
 * escapes them again. Private-use characters U+E000–U+E0FF are not produced: the API's notice
 * renderer reserves them for its placeholders, and a template must not be able to forge one.
 */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]+);/gi, (m, e: string) => {
    if (e.startsWith('#')) {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xe000 && code <= 0xe0ff) ? String.fromCodePoint(code) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** A token's inline or block children (none for a leaf). */
export const childTokens = (t: Token): Token[] =>
  'tokens' in t && Array.isArray(t.tokens) ? (t.tokens as Token[]) : [];
