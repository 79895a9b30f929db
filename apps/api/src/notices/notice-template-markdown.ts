import { childTokens, decodeEntities, MARKDOWN_OPTIONS, safeHref } from '@lekwacht/domain';
import { Marked, type Token, type Tokens } from 'marked';
import { escapeHtml } from '../mail/escape-html';

/**
 * A notice template is ONE Markdown source per language; the mail's plain-text part and its HTML
 * part are both rendered from it. How field values are kept from ever becoming markup:
 *
 * 1. Handlebars runs on the source with a view in which every printable value is replaced by an
 *    opaque placeholder (`\uE000` + its number in private-use characters + `\uE001`); conditions
 *    (`{{#if}}`) still see the real values. So what Markdown parses is the admin's source with
 *    placeholders: a value never passes through the Markdown parser, and `**x**`, `<b>` or
 *    `[a](javascript:…)` in a customer summary cannot turn into emphasis, HTML or a link.
 *    (Escaping Markdown-significant characters in values instead would be a second, fragile
 *    escaping language, and would leave backslashes in the plain-text part.)
 * 2. The Markdown is lexed by `marked` into a token tree, and that tree is rendered by the two
 *    renderers below — ours, not marked's HTML renderer — so every string put into the HTML is
 *    escaped here: text, code, and raw HTML the admin typed into the source (`<script>` in a
 *    template reaches the mail as the text "<script>", never as a tag). Only links to http(s) and
 *    mailto survive as links; images become their alt text (mail clients block them anyway).
 * 3. The placeholders are replaced by the values in one pass over the rendered output: HTML-escaped
 *    (line breaks become `<br>`) in the HTML part, as they are in the plain-text part. A value
 *    inside a link address is resolved when the link is rendered for one notice and the whole
 *    address is checked again then; a value containing placeholder characters is not rescanned.
 *
 * Rendering a skeleton (steps 1–2 without the values) depends only on which branches the view
 * takes, so the renderer caches skeletons per Markdown text: 5,000 notices lex a handful.
 */

/** Characters reserved for placeholders; removed from template sources. */
export const RESERVED_CHARS = /[\uE000-\uE0FF]/g;
const PH_OPEN = '\uE000';
const PH_CLOSE = '\uE001';
const LINK_OPEN = '\uE002';
const LINK_CLOSE = '\uE003';
/** Digits 0–15 as private-use characters, so a placeholder holds no character Markdown knows. */
const DIGIT0 = 0xe010;

const encodeNumber = (n: number) =>
  [...n.toString(16)].map((d) => String.fromCharCode(DIGIT0 + parseInt(d, 16))).join('');
const decodeNumber = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) n = n * 16 + (s.charCodeAt(i) - DIGIT0);
  return n;
};

const placeholders: string[] = [];
export const placeholder = (n: number) => (placeholders[n] ??= `${PH_OPEN}${encodeNumber(n)}${PH_CLOSE}`);
const PLACEHOLDER = /\uE000([\uE010-\uE01F]+)\uE001/g;
const HAS_PLACEHOLDER = /\uE000[\uE010-\uE01F]+\uE001/;
/** A placeholder or a deferred link address, matched in one pass so no substituted value is rescanned. */
const MARKER = /\uE000([\uE010-\uE01F]+)\uE001|\uE002([\uE010-\uE01F]+)\uE003/g;

/** The rendered Markdown with placeholders where the values go. */
export interface MarkdownSkeleton {
  html: string;
  text: string;
  /** Link addresses that contain placeholders: resolved and checked per notice. */
  links: string[];
}

const marked = new Marked(MARKDOWN_OPTIONS);

/** Lexes Markdown (with placeholders) and renders both parts. Pure; safe for any input. */
export function renderSkeleton(markdown: string): MarkdownSkeleton {
  const links: string[] = [];
  const tokens = marked.lexer(markdown);
  return {
    html: new HtmlRenderer(links).blocks(tokens).trim(),
    text: tidyText(new TextRenderer().blocks(tokens)),
    links,
  };
}

/** The skeleton with the values put in: HTML-escaped in the HTML part, as they are in the text part. */
export function fillSkeleton(skeleton: MarkdownSkeleton, values: readonly string[]): { html: string; text: string } {
  const value = (n: string) => values[decodeNumber(n)] ?? '';
  const html = skeleton.html.replace(MARKER, (_m, ph: string | undefined, link: string | undefined) => {
    if (ph !== undefined) return escapeHtml(value(ph)).replace(/\r?\n/g, '<br>');
    const href = safeHref(
      (skeleton.links[decodeNumber(link ?? '')] ?? '').replace(PLACEHOLDER, (_p, n: string) => value(n)),
    );
    return href === null ? '' : ` href="${escapeHtml(href)}"`;
  });
  const text = skeleton.text.replace(PLACEHOLDER, (_m, n: string) => value(n));
  return { html, text };
}

// ---------------------------------------------------------------------------------------------
// HTML: a closed set of elements, every string escaped.

class HtmlRenderer {
  constructor(private readonly links: string[]) {}

  blocks(tokens: readonly Token[]): string {
    return tokens.map((t) => this.block(t)).join('');
  }

  private block(t: Token): string {
    switch (t.type) {
      case 'space':
      case 'def':
        return '';
      case 'paragraph':
        return `<p>${this.inline(childTokens(t))}</p>\n`;
      case 'heading': {
        const depth = Math.min(6, Math.max(1, (t as Tokens.Heading).depth));
        return `<h${depth}>${this.inline(childTokens(t))}</h${depth}>\n`;
      }
      case 'list': {
        const list = t as Tokens.List;
        const tag = list.ordered ? 'ol' : 'ul';
        const start =
          list.ordered && typeof list.start === 'number' && list.start !== 1 ? ` start="${list.start}"` : '';
        const items = list.items
          .map((item) => {
            const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
            // A tight item holds `text` blocks: inline content without a paragraph around it.
            const body = item.tokens
              .map((c) =>
                c.type === 'text' ? this.inline(childTokens(c).length ? childTokens(c) : [c]) : this.block(c),
              )
              .join('');
            return `<li>${box}${body}</li>\n`;
          })
          .join('');
        return `<${tag}${start}>\n${items}</${tag}>\n`;
      }
      case 'blockquote':
        return `<blockquote>\n${this.blocks(childTokens(t))}</blockquote>\n`;
      case 'code':
        return `<pre><code>${escapeHtml((t as Tokens.Code).text)}</code></pre>\n`;
      case 'hr':
        return '<hr>\n';
      case 'table': {
        const table = t as Tokens.Table;
        const cell = (c: Tokens.TableCell, tag: 'th' | 'td') =>
          `<${tag}${c.align ? ` align="${c.align}"` : ''}>${this.inline(c.tokens)}</${tag}>`;
        const head = `<tr>${table.header.map((c) => cell(c, 'th')).join('')}</tr>`;
        const body = table.rows.map((r) => `<tr>${r.map((c) => cell(c, 'td')).join('')}</tr>`).join('\n');
        return `<table>\n<thead>${head}</thead>\n<tbody>${body}</tbody>\n</table>\n`;
      }
      case 'html':
        // Raw HTML in the template source is shown as the text it is.
        return `<p>${escapeHtml((t as Tokens.HTML).text.trim()).replace(/\n/g, '<br>')}</p>\n`;
      case 'text':
        return `<p>${childTokens(t).length ? this.inline(childTokens(t)) : this.inline([t])}</p>\n`;
      default:
        return `<p>${escapeHtml(t.raw)}</p>\n`;
    }
  }

  private inline(tokens: readonly Token[]): string {
    return tokens.map((t) => this.span(t)).join('');
  }

  private span(t: Token): string {
    switch (t.type) {
      case 'text':
        return childTokens(t).length
          ? this.inline(childTokens(t))
          : escapeHtml(decodeEntities((t as Tokens.Text).text));
      case 'escape':
        return escapeHtml((t as Tokens.Escape).text);
      case 'strong':
        return `<strong>${this.inline(childTokens(t))}</strong>`;
      case 'em':
        return `<em>${this.inline(childTokens(t))}</em>`;
      case 'del':
        return `<del>${this.inline(childTokens(t))}</del>`;
      case 'codespan':
        return `<code>${escapeHtml((t as Tokens.Codespan).text)}</code>`;
      case 'br':
        return '<br>';
      case 'link': {
        const link = t as Tokens.Link;
        const label = this.inline(childTokens(t));
        if (HAS_PLACEHOLDER.test(link.href)) {
          this.links.push(link.href);
          return `<a${LINK_OPEN}${encodeNumber(this.links.length - 1)}${LINK_CLOSE}>${label}</a>`;
        }
        const href = safeHref(link.href);
        return href === null ? label : `<a href="${escapeHtml(href)}">${label}</a>`;
      }
      case 'image':
        return escapeHtml((t as Tokens.Image).text);
      case 'html':
        return escapeHtml((t as Tokens.Tag).text);
      default:
        return escapeHtml(t.raw);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Plain text: readable as typed — headings as lines, lists with "-" or numbers, links as
// "text (address)", emphasis without its asterisks.

class TextRenderer {
  blocks(tokens: readonly Token[]): string {
    return tokens
      .map((t) => this.block(t))
      .filter((b) => b !== '')
      .join('\n\n');
  }

  private block(t: Token): string {
    switch (t.type) {
      case 'space':
      case 'def':
        return '';
      case 'paragraph':
      case 'heading':
        return this.inline(childTokens(t));
      case 'text':
        return childTokens(t).length ? this.inline(childTokens(t)) : decodeEntities((t as Tokens.Text).text);
      case 'list': {
        const list = t as Tokens.List;
        const start = typeof list.start === 'number' ? list.start : 1;
        return list.items
          .map((item, i) => {
            const bullet = list.ordered ? `${start + i}. ` : '- ';
            const box = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
            const body = item.tokens
              .map((c) => this.block(c))
              .filter((b) => b !== '')
              .join(item.loose ? '\n\n' : '\n');
            return bullet + box + indent(body, ' '.repeat(bullet.length));
          })
          .join(list.loose ? '\n\n' : '\n');
      }
      case 'blockquote':
        return this.blocks(childTokens(t))
          .split('\n')
          .map((l) => (l ? `> ${l}` : '>'))
          .join('\n');
      case 'code':
        return (t as Tokens.Code).text;
      case 'hr':
        return '----------';
      case 'table': {
        const table = t as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((c) => this.inline(c.tokens)).join(' | ');
        return [row(table.header), ...table.rows.map(row)].join('\n');
      }
      case 'html':
        return (t as Tokens.HTML).text.trim();
      default:
        return t.raw.trim();
    }
  }

  private inline(tokens: readonly Token[]): string {
    return tokens.map((t) => this.span(t)).join('');
  }

  private span(t: Token): string {
    switch (t.type) {
      case 'text':
        return childTokens(t).length ? this.inline(childTokens(t)) : decodeEntities((t as Tokens.Text).text);
      case 'escape':
        return (t as Tokens.Escape).text;
      case 'strong':
      case 'em':
      case 'del':
        return this.inline(childTokens(t));
      case 'codespan':
        return (t as Tokens.Codespan).text;
      case 'br':
        return '\n';
      case 'link': {
        const link = t as Tokens.Link;
        const label = this.inline(childTokens(t));
        if (!HAS_PLACEHOLDER.test(link.href) && safeHref(link.href) === null) return label;
        const address = link.href.replace(/^mailto:/i, '');
        return label.trim() === ''
          ? address
          : label === address || label === link.href
            ? label
            : `${label} (${address})`;
      }
      case 'image':
        return (t as Tokens.Image).text;
      case 'html':
        return (t as Tokens.Tag).text;
      default:
        return t.raw;
    }
  }
}

const indent = (s: string, pad: string) =>
  s
    .split('\n')
    .map((l, i) => (i === 0 || l === '' ? l : pad + l))
    .join('\n');

/** Trailing spaces off, at most one blank line in a row. */
const tidyText = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
