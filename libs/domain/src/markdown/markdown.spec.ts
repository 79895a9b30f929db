import { Marked } from 'marked';
import { childTokens, decodeEntities, MARKDOWN_OPTIONS, safeHref } from './markdown';

describe('Markdown rules shared by the notice mails and the notes', () => {
  it('accepts only http(s) and mailto addresses without white space or control characters', () => {
    expect(safeHref(' https://x.nl ')).toBe('https://x.nl');
    expect(safeHref('mailto:a@b.nl')).toBe('mailto:a@b.nl');
    expect(safeHref('HTTPS://X.NL/pad')).toBe('HTTPS://X.NL/pad');
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:x',
      'vbscript:x',
      'data:text/html,x',
      '//evil.example',
      '/relative',
      'https://x.nl/\nfoo',
      'https://x.nl/a b',
      'https://x.nl/\u0000',
      'ftp://x',
    ])
      expect(safeHref(bad)).toBeNull();
  });

  it('decodes named and numeric entities, leaves unknown ones as typed', () => {
    expect(decodeEntities('a &amp; b &lt;script&gt; &#8364; &#x41; &bogus;')).toBe('a & b <script> € A &bogus;');
    expect(decodeEntities('&EURO; &Hellip; &nbsp;')).toBe('€ … \u00a0');
    expect(decodeEntities('&#0; &#x110000;')).toBe('&#0; &#x110000;');
  });

  it('never decodes to the private-use characters the notice renderer reserves', () => {
    expect(decodeEntities('&#xE000;&#57345;&#xe0ff;')).toBe('&#xE000;&#57345;&#xe0ff;');
    expect(decodeEntities('&#xE100;')).toBe('\ue100');
  });

  it('lexes single line breaks as breaks and GFM tables', () => {
    const tokens = new Marked(MARKDOWN_OPTIONS).lexer('a\nb\n\n| x |\n| - |\n| 1 |');
    expect(childTokens(tokens[0]).map((t) => t.type)).toEqual(['text', 'br', 'text']);
    expect(tokens.some((t) => t.type === 'table')).toBe(true);
    expect(childTokens({ type: 'space', raw: '\n' })).toEqual([]);
  });
});
