import { Typography } from '@mantine/core';
import { childTokens, decodeEntities, MARKDOWN_OPTIONS, safeHref } from '@lekwacht/domain';
import { Marked, type Token, type Tokens } from 'marked';
import { type ReactNode, useMemo } from 'react';

/**
 * Markdown typed by colleagues (notes), shown as React elements — never as HTML.
 *
 * `marked` only lexes: the token tree is turned into React elements here, so every string reaches
 * the page as a text node (React escapes it) and the elements form a closed set. The same rules as
 * the API's notice renderer (apps/api/src/notices/notice-template-markdown.ts), from one place
 * (libs/domain/src/markdown):
 * - raw HTML in the source (`<script>`, `<img onerror=…>`) is shown as the text it is;
 * - only http(s) and mailto addresses become links (opening in a new tab without an opener or
 *   referrer); any other link (`javascript:`, `data:`, relative) keeps its label as plain text;
 * - images are their alt text: nothing is fetched from an address someone typed.
 * No raw-HTML sink (React's inner-HTML prop) is used, so nothing here needs a sanitiser.
 */

const marked = new Marked(MARKDOWN_OPTIONS);

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

class ReactRenderer {
  /** `# x` becomes this heading level, so a note's headings sit below the page's own. */
  constructor(private readonly headingBase: number) {}

  blocks(tokens: readonly Token[], key = 'b'): ReactNode[] {
    return tokens.map((t, i) => this.block(t, `${key}${i}`));
  }

  private block(t: Token, key: string): ReactNode {
    switch (t.type) {
      case 'space':
      case 'def':
        return null;
      case 'paragraph':
        return <p key={key}>{this.inline(childTokens(t), key)}</p>;
      case 'heading': {
        const level = Math.min(6, Math.max(2, this.headingBase + (t as Tokens.Heading).depth - 1));
        const Tag = `h${level}` as HeadingTag;
        return <Tag key={key}>{this.inline(childTokens(t), key)}</Tag>;
      }
      case 'list': {
        const list = t as Tokens.List;
        const items = list.items.map((item, i) => {
          const box = item.task ? (item.checked ? '☑ ' : '☐ ') : '';
          // A tight item holds `text` blocks: inline content without a paragraph around it.
          const body = item.tokens.map((c, j) =>
            c.type === 'text'
              ? this.inline(childTokens(c).length ? childTokens(c) : [c], `${key}-${i}-${j}`)
              : this.block(c, `${key}-${i}-${j}`),
          );
          return (
            <li key={`${key}-${i}`}>
              {box}
              {body}
            </li>
          );
        });
        if (!list.ordered) return <ul key={key}>{items}</ul>;
        const start = typeof list.start === 'number' && list.start !== 1 ? list.start : undefined;
        return (
          <ol key={key} start={start}>
            {items}
          </ol>
        );
      }
      case 'blockquote':
        return <blockquote key={key}>{this.blocks(childTokens(t), key)}</blockquote>;
      case 'code':
        return (
          <pre key={key}>
            <code>{(t as Tokens.Code).text}</code>
          </pre>
        );
      case 'hr':
        return <hr key={key} />;
      case 'table': {
        const table = t as Tokens.Table;
        const align = (c: Tokens.TableCell) => (c.align ? { textAlign: c.align } : undefined);
        return (
          <table key={key}>
            <thead>
              <tr>
                {table.header.map((c, i) => (
                  <th key={i} style={align(c)}>
                    {this.inline(c.tokens, `${key}h${i}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((c, i) => (
                    <td key={i} style={align(c)}>
                      {this.inline(c.tokens, `${key}r${r}c${i}`)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        );
      }
      case 'html':
        // Raw HTML in the source is shown as the text it is.
        return (
          <p key={key} style={{ whiteSpace: 'pre-wrap' }}>
            {(t as Tokens.HTML).text.trim()}
          </p>
        );
      case 'text':
        return <p key={key}>{childTokens(t).length ? this.inline(childTokens(t), key) : this.inline([t], key)}</p>;
      default:
        return <p key={key}>{t.raw}</p>;
    }
  }

  private inline(tokens: readonly Token[], key: string): ReactNode[] {
    return tokens.map((t, i) => this.span(t, `${key}.${i}`));
  }

  private span(t: Token, key: string): ReactNode {
    switch (t.type) {
      case 'text':
        return childTokens(t).length ? (
          <span key={key}>{this.inline(childTokens(t), key)}</span>
        ) : (
          decodeEntities((t as Tokens.Text).text)
        );
      case 'escape':
        return (t as Tokens.Escape).text;
      case 'strong':
        return <strong key={key}>{this.inline(childTokens(t), key)}</strong>;
      case 'em':
        return <em key={key}>{this.inline(childTokens(t), key)}</em>;
      case 'del':
        return <del key={key}>{this.inline(childTokens(t), key)}</del>;
      case 'codespan':
        return <code key={key}>{(t as Tokens.Codespan).text}</code>;
      case 'br':
        return <br key={key} />;
      case 'link': {
        const link = t as Tokens.Link;
        const label = this.inline(childTokens(t), key);
        const href = safeHref(link.href);
        if (href === null) return <span key={key}>{label}</span>;
        return (
          <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
            {label}
          </a>
        );
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

/** The Markdown as React elements (see the module comment for what is kept out). */
export function markdownToReact(source: string, { headingBase = 4 }: { headingBase?: number } = {}): ReactNode[] {
  return new ReactRenderer(headingBase).blocks(marked.lexer(source));
}

interface MarkdownProps {
  source: string;
  /** The heading level `#` maps to (default 4: below the section's h2 and a note's h3). */
  headingBase?: number;
}

/** Rendered Markdown in the app's typography; text only ever as text nodes. */
export function Markdown({ source, headingBase = 4 }: MarkdownProps) {
  const content = useMemo(() => markdownToReact(source, { headingBase }), [source, headingBase]);
  return (
    <Typography fz="sm" style={{ overflowWrap: 'anywhere' }}>
      {content}
    </Typography>
  );
}
