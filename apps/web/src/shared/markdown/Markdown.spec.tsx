import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { theme } from '../../theme/theme';
import { decodeEntities, safeHref } from '@lekwacht/domain';
import { Markdown } from './Markdown';

/** Renders the Markdown; `container` is the renderer's own root (the provider adds its <style> elements beside it). */
const mount = (source: string) => {
  const result = render(
    <MantineProvider theme={theme} env="test">
      <Markdown source={source} />
    </MantineProvider>,
  );
  const root = result.container.querySelector<HTMLElement>('.mantine-Typography-root');
  if (!root) throw new Error('no Markdown root rendered');
  return { container: root, unmount: result.unmount };
};
const renderMarkdown = (source: string) => mount(source).container;

/** The elements the renderer may make inside its Typography root (never a div, image, frame or script). */
const ELEMENTS = new Set([
  'p',
  'span',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'br',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'hr',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ATTRIBUTES = new Set(['class', 'style', 'href', 'target', 'rel', 'start']);

/** Everything that could run script or fetch something: none may be in the rendered tree. */
function activeContent(container: HTMLElement): string[] {
  const found: string[] = [];
  for (const el of Array.from(container.querySelectorAll('*'))) {
    const tag = el.tagName.toLowerCase();
    if (!ELEMENTS.has(tag)) found.push(`<${tag}>`);
    for (const attr of Array.from(el.attributes)) {
      if (!ATTRIBUTES.has(attr.name) && !attr.name.startsWith('data-')) found.push(`${tag}[${attr.name}]`);
      if (/^on/i.test(attr.name)) found.push(`${tag}[${attr.name}]`);
    }
    if (tag === 'a' && !/^(https?:\/\/|mailto:)/i.test(el.getAttribute('href') ?? '')) {
      found.push(`a[href=${el.getAttribute('href')}]`);
    }
  }
  return found;
}

describe('Markdown (notes)', () => {
  it('renders the usual Markdown: emphasis, lists, quotes, code, tables and headings below the page headings', () => {
    const container = renderMarkdown(
      [
        '# Stand van zaken',
        '',
        '**Vet**, *schuin*, ~~doorgehaald~~ en `code`.',
        '',
        '- eerste',
        '- [x] taak af',
        '',
        '2. twee',
        '3. drie',
        '',
        '> geciteerd',
        '',
        '```',
        'let x = 1 < 2;',
        '```',
        '',
        '| Klant | Aantal |',
        '| --- | ---: |',
        '| A & B | 12 |',
      ].join('\n'),
    );
    expect(container.querySelector('h4')?.textContent).toBe('Stand van zaken');
    expect(container.querySelector('h1, h2, h3')).toBeNull();
    expect(container.querySelector('strong')?.textContent).toBe('Vet');
    expect(container.querySelector('em')?.textContent).toBe('schuin');
    expect(container.querySelector('del')?.textContent).toBe('doorgehaald');
    expect(container.querySelector('p code')?.textContent).toBe('code');
    expect(Array.from(container.querySelectorAll('ul li')).map((li) => li.textContent)).toEqual([
      'eerste',
      '☑ taak af',
    ]);
    expect(container.querySelector('ol')?.getAttribute('start')).toBe('2');
    expect(container.querySelector('blockquote')?.textContent).toContain('geciteerd');
    expect(container.querySelector('pre code')?.textContent).toBe('let x = 1 < 2;');
    expect(container.querySelector('td')?.textContent).toBe('A & B');
    expect(activeContent(container)).toEqual([]);
  });

  it('shows <script> as text and never creates a script element', () => {
    const container = renderMarkdown('Voor <script>alert(1)</script> na\n\n<script>\nalert(2)\n</script>');
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
    expect(container.textContent).toContain('alert(2)');
    expect(activeContent(container)).toEqual([]);
  });

  it('keeps onerror and other event attributes inert: typed HTML tags are text, images are their alt text', () => {
    const container = renderMarkdown(
      'Kijk <img src=x onerror=alert(1)> en <a href="https://x.nl" onclick="alert(2)">hier</a>\n\n' +
        '<div onmouseover="alert(3)">blok</div>\n\n![schermafdruk](https://evil.example/pixel.png "t")',
    );
    expect(container.querySelector('img, div div, [onerror], [onclick], [onmouseover]')).toBeNull();
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(container.textContent).toContain('<div onmouseover="alert(3)">blok</div>');
    expect(container.textContent).toContain('schermafdruk');
    expect(container.textContent).not.toContain('pixel.png');
    expect(activeContent(container)).toEqual([]);
  });

  it('makes javascript:, data: and other non-web links plain text, keeping their label', () => {
    const container = renderMarkdown(
      [
        '[klik](javascript:alert(1))',
        '[HOOFD](JAVASCRIPT:alert(1))',
        '[spatie]( javascript:alert(1))',
        '[tab](java\tscript:alert(1))',
        '[entiteit](&#106;avascript:alert(1))',
        '[data](data:text/html,<script>alert(1)</script>)',
        '[vb](vbscript:msgbox(1))',
        '[relatief](/api/breaches)',
        '<javascript:alert(1)>',
        '[ref][1]',
        '',
        '[1]: javascript:alert(1)',
      ].join('\n\n'),
    );
    expect(container.querySelectorAll('a')).toHaveLength(0);
    for (const label of ['klik', 'HOOFD', 'spatie', 'entiteit', 'data', 'vb', 'relatief', 'ref'])
      expect(screen.getByText(label)).toBeTruthy();
    expect(activeContent(container)).toEqual([]);
  });

  it('links http(s) and mailto addresses, opening without opener or referrer', () => {
    const container = renderMarkdown(
      '[AP](https://autoriteitpersoonsgegevens.nl) en https://example.nl/pad en <mailto:fg@example.nl>',
    );
    const links = Array.from(container.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://autoriteitpersoonsgegevens.nl',
      'https://example.nl/pad',
      'mailto:fg@example.nl',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
    }
  });

  it('shows entities as their characters, still as text', () => {
    expect(decodeEntities('a &amp; b &lt;script&gt; &#8364; &#x41; &bogus;')).toBe('a & b <script> € A &bogus;');
    const container = renderMarkdown('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(container.querySelector('script')).toBeNull();
    expect(container.textContent).toContain('<script>alert(1)</script>');
  });

  it('accepts only http(s) and mailto addresses without white space', () => {
    expect(safeHref(' https://x.nl ')).toBe('https://x.nl');
    expect(safeHref('mailto:a@b.nl')).toBe('mailto:a@b.nl');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', '//evil.example', 'https://x.nl/\nfoo', 'ftp://x'])
      expect(safeHref(bad)).toBeNull();
  });

  it('never renders script, images, event handlers or unsafe links, whatever is typed', () => {
    const fragment = fc.constantFrom(
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<svg onload=alert(1)>',
      '<iframe src="javascript:alert(1)">',
      '[a](javascript:alert(1))',
      '[b](https://x.nl)',
      '![c](https://x.nl/i.png)',
      '<a href="javascript:alert(1)">d</a>',
      '**',
      '`',
      '\n',
      '\n\n',
      '- ',
      '> ',
      '# ',
      '| x | y |\n| - | - |\n',
      '&lt;',
      '&#106;',
      'tekst ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(fragment, fc.string({ maxLength: 8 })), { maxLength: 12 }), (parts) => {
        const { container, unmount } = mount(parts.join(''));
        expect(activeContent(container)).toEqual([]);
        unmount();
      }),
      { numRuns: 150 },
    );
  });
});
