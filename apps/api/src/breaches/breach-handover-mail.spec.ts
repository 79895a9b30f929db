import fc from 'fast-check';
import { composeHandoverMail, type HandoverMailInput } from './breach-handover-mail';

const input = (over: Partial<HandoverMailInput> = {}): HandoverMailInput => ({
  recipient: { name: 'Olga Officier', language: 'nl' },
  breach: { reference: 'DL-2026-0007', title: 'Laptop gestolen' },
  breachUrl: 'http://localhost:3000/breaches/4f1c2a52-8d51-4e39-9d0c-0d7f1c3e0f11',
  ...over,
});

describe('handover mail to the new owner', () => {
  it('tells the new owner in Dutch, with the reference, the title and the link to the breach page', () => {
    const mail = composeHandoverMail(input());
    expect(mail.subject).toBe('[Lekwacht] DL-2026-0007: aan u overgedragen');
    expect(mail.text).toContain('Beste Olga Officier,');
    expect(mail.text).toContain('Datalek DL-2026-0007 "Laptop gestolen" is aan u overgedragen');
    expect(mail.text).toContain('http://localhost:3000/breaches/4f1c2a52-8d51-4e39-9d0c-0d7f1c3e0f11');
    expect(mail.html).toContain('href="http://localhost:3000/breaches/4f1c2a52-8d51-4e39-9d0c-0d7f1c3e0f11"');
    expect(mail.html).toContain('lang="nl"');
  });

  it('writes in English for an English-speaking owner', () => {
    const mail = composeHandoverMail(input({ recipient: { name: 'Mark', language: 'en' } }));
    expect(mail.subject).toBe('[Lekwacht] DL-2026-0007: handed over to you');
    expect(mail.text).toContain('Dear Mark,');
    expect(mail.text).toContain('has been handed over to you');
    expect(mail.html).toContain('lang="en"');
  });

  it('escapes the title and the name in the HTML part, whatever they hold', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (title, name) => {
        const mail = composeHandoverMail(
          input({ breach: { reference: 'DL-2026-0007', title }, recipient: { name, language: 'nl' } }),
        );
        // every tag in the HTML is the template's own
        const tags = mail.html.match(/<\/?([a-z!]+)/g) ?? [];
        expect(new Set(tags.map((t) => t.replace(/[</]/g, '')))).toEqual(
          new Set(['!doctype', 'html', 'body', 'p', 'a']),
        );
        expect(mail.text).toContain(title);
      }),
    );
  });

  it('carries nothing of the breach but its reference, title and link', () => {
    const mail = composeHandoverMail(input());
    const words = mail.text
      .replace('http://localhost:3000/breaches/4f1c2a52-8d51-4e39-9d0c-0d7f1c3e0f11', '')
      .match(/[\p{L}\d-]+/gu);
    // the fixed wording, the recipient's name, the reference and the title: nothing else
    expect(new Set(words)).toEqual(
      new Set([
        ...'Beste Olga Officier Datalek DL-2026-0007 Laptop gestolen is aan u overgedragen u bent nu de eigenaar en behandelt het verder'.split(
          ' ',
        ),
        ...'Openen in Lekwacht na inloggen'.split(' '),
        ...'Dit bericht is verstuurd door Lekwacht Alle gegevens van het datalek staan alleen in Lekwacht zelf'.split(
          ' ',
        ),
      ]),
    );
  });
});
