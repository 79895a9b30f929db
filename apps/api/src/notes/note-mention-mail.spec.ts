import fc from 'fast-check';
import { composeMentionMail, type MentionMailInput } from './note-mention-mail';

const input = (over: Partial<MentionMailInput> = {}): MentionMailInput => ({
  recipient: { name: 'Mark Manager', language: 'nl' },
  breach: { reference: 'DL-2026-0007', title: 'Gestolen laptop' },
  author: { name: 'Olga Officier' },
  body: 'Kun je naar de **AP-melding** kijken?',
  breachUrl: 'https://lekwacht.example/breaches/b7',
  organisation: { name: 'Softmakers B.V.', primaryColour: '#1c4e80' },
  ...over,
});

/** Elements and attributes the mail's HTML may have: ours, and the closed set the Markdown renderer makes. */
const TAGS = new Set([
  '!doctype',
  'html',
  'head',
  'meta',
  'body',
  'div',
  'strong',
  'p',
  'blockquote',
  'a',
  'em',
  'del',
  'code',
  'pre',
  'br',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);
const ATTRIBUTES = new Set(['lang', 'charset', 'style', 'href', 'start', 'align', 'html']);

/** Every start tag of the HTML with its attribute names and its href. */
function tagsOf(html: string) {
  return [...html.matchAll(/<([!a-zA-Z][\w-]*)([^>]*)>/g)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attributes: [...(m[2] ?? '').matchAll(/([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1]!.toLowerCase()),
    href: /\shref="([^"]*)"/.exec(m[2] ?? '')?.[1] ?? null,
  }));
}

/** Strings made of letters, Markdown syntax and the fragments an attacker would type. */
const markdownish = fc
  .array(
    fc.constantFrom(
      'a',
      ' ',
      '<script>',
      '</script>',
      '<img src=x onerror=alert(1)>',
      '[a](javascript:alert(1))',
      '[b](https://x.nl)',
      '**',
      '`',
      '\n',
      '"',
      "'",
      '&',
      '![alt](https://x.nl/i.png)',
      '<a href="javascript:x">',
      '\uE000',
      '\uE001',
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.join(''));

describe('mention mail', () => {
  it('says who mentioned whom on which breach, with the note and the link, in Dutch', () => {
    const mail = composeMentionMail(input());
    expect(mail.subject).toBe('[Lekwacht] DL-2026-0007: Olga Officier noemt u in een notitie');
    expect(mail.text).toContain('Beste Mark Manager,');
    expect(mail.text).toContain(
      'Olga Officier heeft u genoemd in een notitie bij datalek DL-2026-0007 "Gestolen laptop":',
    );
    expect(mail.text).toContain('> Kun je naar de AP-melding kijken?');
    expect(mail.text).toContain('https://lekwacht.example/breaches/b7');
    expect(mail.html).toContain('<strong>AP-melding</strong>');
    expect(mail.html).toContain('href="https://lekwacht.example/breaches/b7"');
    expect(mail.html).toContain('Softmakers B.V.');
  });

  it('speaks English to a colleague whose language is English', () => {
    const mail = composeMentionMail(input({ recipient: { name: 'Erin', language: 'en' } }));
    expect(mail.subject).toBe('[Lekwacht] DL-2026-0007: Olga Officier mentioned you in a note');
    expect(mail.text).toContain('Dear Erin,');
    expect(mail.html).toContain('<html lang="en">');
    expect(mail.text).not.toContain('Beste');
  });

  it('keeps a name from breaking the subject line', () => {
    const mail = composeMentionMail(input({ author: { name: 'Olga\r\nBcc: x@evil.example' } }));
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('never turns the note, names or title into markup: only our elements, only http(s)/mailto links', () => {
    fc.assert(
      fc.property(markdownish, fc.string(), fc.string(), (body, name, title) => {
        const mail = composeMentionMail(
          input({ body, author: { name }, recipient: { name, language: 'nl' }, breach: { reference: 'DL-1', title } }),
        );
        for (const { tag, attributes, href } of tagsOf(mail.html)) {
          expect(TAGS.has(tag)).toBe(true);
          for (const attribute of attributes) expect(ATTRIBUTES.has(attribute)).toBe(true);
          if (href !== null) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
        }
        // typed tags and event handlers are only ever text ("&lt;img … onerror=…"), never an element
        expect(mail.html).not.toMatch(/<script|<img|<iframe/i);
        // the placeholder characters of the notice renderer are not let through
        expect(mail.html).not.toMatch(/[\uE000-\uE0FF]/);
      }),
      { numRuns: 300 },
    );
  });
});
