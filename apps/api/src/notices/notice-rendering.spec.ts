import { plainTextToMarkdown } from '../database/migrations/1796000000008-MarkdownNoticeTemplates';
import {
  compileNoticeTemplate,
  DEFAULT_TEMPLATES,
  type NoticeContext,
  sampleContext,
  TemplateError,
} from './notice-rendering';
import { renderSkeleton } from './notice-template-markdown';

const render = (body: string, ctx: NoticeContext = sampleContext('en')) => {
  const t = compileNoticeTemplate({ subject: 'S {{breach.reference}}', body });
  return { text: t.text(ctx), html: t.html(ctx), subject: t.subject(ctx) };
};
/** The HTML without the branded header (the organisation's name under a coloured bar). */
const bodyHtml = (html: string) => html.slice(html.indexOf('</div>\n') + '</div>\n'.length);

/** Every tag in the output: the closed set the Markdown renderer makes, nothing else. */
const ALLOWED_TAG =
  /^<\/?(p|br|strong|em|del|code|pre|ul|ol|li|h[1-6]|blockquote|hr|table|thead|tbody|tr|th|td|div)( style="[^"]*"| href="(https?:|mailto:)[^"]*"| start="\d+"| align="(left|center|right)")?>$/;
const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? [];

const withSummary = (summary: string): NoticeContext => {
  const ctx = sampleContext('en');
  return { ...ctx, breach: { ...ctx.breach, summary } };
};

describe('notice templates: one Markdown source, two parts', () => {
  it('renders headings, lists, emphasis and links to HTML and to readable plain text', () => {
    const { html, text } = render(
      [
        'Dear {{recipient.name}},',
        '',
        '## What happened?',
        '',
        '**Reference {{breach.reference}}** and *more*.',
        'Second line.',
        '',
        '- one: {{slice.subjectsCount}}',
        '- two',
        '',
        '1. first',
        '2. second',
        '',
        'Write to [our contact point](mailto:{{contact.email}}) or see [the site](https://example.org/info).',
      ].join('\n'),
    );
    expect(bodyHtml(html)).toBe(
      [
        '<p>Dear Jane Doe,</p>',
        '<h2>What happened?</h2>',
        '<p><strong>Reference DL-2026-0001</strong> and <em>more</em>.<br>Second line.</p>',
        '<ul>',
        '<li>one: 1,250</li>',
        '<li>two</li>',
        '</ul>',
        '<ol>',
        '<li>first</li>',
        '<li>second</li>',
        '</ol>',
        '<p>Write to <a href="mailto:info@softmakers.nl">our contact point</a> or see <a href="https://example.org/info">the site</a>.</p>',
      ].join('\n'),
    );
    expect(text).toBe(
      [
        'Dear Jane Doe,',
        '',
        'What happened?',
        '',
        'Reference DL-2026-0001 and more.',
        'Second line.',
        '',
        '- one: 1,250',
        '- two',
        '',
        '1. first',
        '2. second',
        '',
        'Write to our contact point (info@softmakers.nl) or see the site (https://example.org/info).',
      ].join('\n'),
    );
  });

  it('heads the HTML part with the organisation, escaped, in its colour', () => {
    const ctx = sampleContext('nl');
    const { html } = render('x', {
      ...ctx,
      organisation: { ...ctx.organisation, name: 'A & B <i>', primaryColour: '#0a7a3e' },
    });
    expect(html.startsWith('<div style="border-top:6px solid #0a7a3e;')).toBe(true);
    expect(html).toContain('<strong style="font-size:18px;vertical-align:middle">A &amp; B &lt;i&gt;</strong>');
  });

  it.each([
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['**x**', '**x**'],
    ['[a](javascript:alert(1))', '[a](javascript:alert(1))'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['# not a heading\n- not a list', '# not a heading<br>- not a list'],
    ['`code` _em_ &amp; \\* https://evil.example', '`code` _em_ &amp;amp; \\* https://evil.example'],
    ['\uE000\uE010\uE001 placeholder characters', '\uE000\uE010\uE001 placeholder characters'],
  ])('puts the field value %j into both parts literally, never as markup', (value, escaped) => {
    const { html, text } = render('Summary: {{breach.summary}}\n\n**{{breach.summary}}**', withSummary(value));
    expect(bodyHtml(html)).toBe(`<p>Summary: ${escaped}</p>\n<p><strong>${escaped}</strong></p>`);
    expect(text).toBe(`Summary: ${value}\n\n${value}`);
    for (const tag of tagsOf(html)) expect(tag).toMatch(ALLOWED_TAG);
  });

  it('keeps a value in a link address from making the link unsafe', () => {
    const template = '[Contact](mailto:{{contact.email}}) [Site]({{breach.summary}})';
    const safe = render(template, withSummary('https://example.org/a?b=1&c="2"'));
    expect(bodyHtml(safe.html)).toBe(
      '<p><a href="mailto:info@softmakers.nl">Contact</a> <a href="https://example.org/a?b=1&amp;c=&quot;2&quot;">Site</a></p>',
    );
    for (const evil of ['javascript:alert(1)', 'https://x.example/" onclick="alert(1)', 'data:text/html,<script>']) {
      const { html, text } = render(template, withSummary(evil));
      expect(bodyHtml(html)).toBe('<p><a href="mailto:info@softmakers.nl">Contact</a> <a>Site</a></p>');
      expect(text).toContain(`Site (${evil})`);
    }
  });

  it('shows raw HTML written in the template source as text: an admin cannot put markup into the mail', () => {
    const { html, text } = render(
      [
        'Hello <script>alert(1)</script> <b onclick="x()">bold</b>',
        '',
        '<div onclick="evil()">',
        'block',
        '</div>',
        '',
        '<pre>',
        '<',
        'img src=x onerror=alert(1)>',
        '</pre>',
        '',
        '[x](javascript:alert(1)) ![pixel](https://tracker.example/p.gif) <!-- comment -->',
        '<{{#if processor}}script{{/if}}>alert(2)</{{#if processor}}script{{/if}}>',
      ].join('\n'),
    );
    for (const tag of tagsOf(html)) expect(tag).toMatch(ALLOWED_TAG);
    expect(html).not.toMatch(/<script|<b |<div onclick|<img|<pre>\n?<|javascript:|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
    expect(html).toContain('&lt;div onclick=&quot;evil()&quot;&gt;');
    expect(text).toContain('Hello <script>alert(1)</script> <b onclick="x()">bold</b>');
    expect(text).toContain('x pixel');
  });

  it('refuses unknown fields and every form of unescaped output, including whitespace control', () => {
    const problem = (body: string) => {
      try {
        compileNoticeTemplate({ subject: 'S', body });
        return null;
      } catch (err) {
        expect(err).toBeInstanceOf(TemplateError);
        return (err as TemplateError).message;
      }
    };
    expect(problem('{{breach.description}} {{customer.name}}')).toMatch(
      /^body: .*unknown field\(s\): breach\.description$/,
    );
    for (const form of [
      '{{{breach.summary}}}',
      '{{~{breach.summary}~}}',
      '{{~&breach.summary~}}',
      '{{&breach.summary}}',
    ]) {
      expect(problem(`a ${form} b`)).toMatch(/^body: .*unescaped output/);
    }
    expect(problem('{{{{raw}}}}<script>{{{{/raw}}}}')).toMatch(/^body: /);
    expect(problem('{{#if processor}}unclosed')).toMatch(/^body: /);
    expect(() => compileNoticeTemplate({ subject: '{{~{customer.name}~}}', body: 'x' })).toThrow(/^subject: /);
    // whitespace control on an escaped field is fine
    expect(problem('{{~customer.name~}}')).toBeNull();
  });

  it('renders the default templates in both languages: decision deadline first for a processor, no Markdown left', () => {
    for (const language of ['nl', 'en'] as const) {
      const t = compileNoticeTemplate(DEFAULT_TEMPLATES[language]);
      const processor = sampleContext(language, true);
      const text = t.text(processor);
      const html = t.html(processor);
      const deadline = language === 'nl' ? 'Uw beslistermijn: 72 uur.' : 'Your decision deadline: 72 hours.';
      const facts = language === 'nl' ? 'Wat is er gebeurd?' : 'What happened?';
      const handover =
        language === 'nl' ? 'Informatie voor uw eigen beoordeling' : 'Information for your own assessment';
      expect(text.indexOf(deadline)).toBeGreaterThan(0);
      expect(text.indexOf(deadline)).toBeLessThan(text.indexOf(facts));
      expect(text).toContain(handover);
      expect(text).toContain(processor.breach.summary);
      expect(text).toContain(`- ${language === 'nl' ? 'Aantal betrokkenen' : 'Data subjects'}: 1`);
      expect(text).not.toMatch(/\*\*|##|\{\{|\uE000/);
      expect(text).not.toMatch(/\n{3,}/);
      expect(html).toContain(`<strong>${deadline}</strong>`);
      expect(html).toContain(`<h2>${facts}</h2>`);
      expect(html).not.toMatch(/\*\*|##|\{\{|\uE000/);
      for (const tag of tagsOf(html)) expect(tag).toMatch(ALLOWED_TAG);

      const controller = t.text(sampleContext(language, false));
      expect(controller).not.toContain(deadline);
      expect(controller).not.toContain(handover);

      const supplementary = t.text({ ...processor, kind: 'supplementary', supplementary: true, previousSentAt: 'X' });
      expect(supplementary).toMatch(
        language === 'nl' ? /aanvulling op onze kennisgeving van X/ : /updates our notice of X/,
      );
      expect(t.subject({ ...processor, supplementary: true })).toMatch(/^(Aanvulling|Update)/);
    }
  });

  it('renders the same Markdown once and still gives every view its own values', () => {
    const t = compileNoticeTemplate(DEFAULT_TEMPLATES.en);
    const a = sampleContext('en');
    const b = { ...a, customer: { name: 'Other Customer' }, breach: { ...a.breach, summary: '<b>other</b>' } };
    expect(t.text(a)).toContain('Sample Customer Ltd');
    expect(t.text(b)).toContain('Other Customer');
    expect(t.text(b)).not.toContain('Sample Customer Ltd');
    expect(t.html(b)).toContain('&lt;b&gt;other&lt;/b&gt;');
    expect(t.html(a)).not.toContain('other');
  });

  it('links only http(s) and mailto addresses (safeHref, tested in libs/domain)', () => {
    expect(renderSkeleton('[a](/relative) [b](vbscript:x)').html).toBe('<p>a b</p>');
  });
});

describe('plainTextToMarkdown (migration of saved text templates)', () => {
  it('keeps the text and the fields, and escapes what Markdown would read as markup', () => {
    const text = [
      'Beste {{recipient.name}},',
      '# 1 *belangrijk* _punt_ <b>',
      '2. niet genummerd',
      '- wel een lijst: {{slice.subjectsCount}}',
      '---',
      '    ingesprongen',
      '{{#if processor}}Verwerker{{/if}}',
    ].join('\n');
    const t = compileNoticeTemplate({ subject: 'S', body: plainTextToMarkdown(text) });
    const ctx = sampleContext('nl', true);
    expect(t.text(ctx)).toBe(
      [
        'Beste Jan de Vries,',
        '# 1 *belangrijk* _punt_ <b>',
        '2. niet genummerd',
        '',
        '- wel een lijst: 1.250',
        '',
        '---',
        'ingesprongen',
        'Verwerker',
      ].join('\n'),
    );
    expect(t.html(ctx)).not.toMatch(/<h1|<em>|<b>|<ol|<hr|<pre/);
  });
});
