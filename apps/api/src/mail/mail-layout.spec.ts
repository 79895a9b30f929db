import { DEFAULT_ORGANISATION_PROFILE } from '@lekwacht/domain';
import fc from 'fast-check';
import { type BrandedMail, brandColour, composeBrandedMail, oneLine } from './mail-layout';

const mail = (over: Partial<BrandedMail> = {}): BrandedMail => ({
  lang: 'nl',
  organisation: { name: 'Softmakers B.V.', primaryColour: '#1c4e80' },
  hello: 'Beste Mark,',
  intro: 'Een taak is verlopen:',
  body: { text: ['  Wachtwoorden resetten'], html: '<p><strong>Wachtwoorden resetten</strong></p>' },
  link: { url: 'https://lekwacht.example/breaches/b7', label: 'Taak openen', textLabel: 'Open de taak in Lekwacht' },
  footer: 'Verstuurd door Lekwacht namens Softmakers B.V.',
  ...over,
});

describe('branded mail layout', () => {
  it('writes the text part as greeting, intro, the block, the link and the footer, a blank line between', () => {
    expect(composeBrandedMail(mail()).text).toBe(
      [
        'Beste Mark,',
        '',
        'Een taak is verlopen:',
        '',
        '  Wachtwoorden resetten',
        '',
        'Open de taak in Lekwacht: https://lekwacht.example/breaches/b7',
        '',
        'Verstuurd door Lekwacht namens Softmakers B.V.',
        '',
      ].join('\n'),
    );
  });

  it('puts the organisation, greeting, intro, the block, the button and the footer in that order in HTML', () => {
    const { html } = composeBrandedMail(mail());
    const order = [
      '<html lang="nl">',
      'border-top:6px solid #1c4e80',
      'Softmakers B.V.</strong>',
      '<p>Beste Mark,</p>',
      '<p>Een taak is verlopen:</p>',
      '<p><strong>Wachtwoorden resetten</strong></p>',
      '<a href="https://lekwacht.example/breaches/b7" style="background:#1c4e80',
      '>Taak openen</a>',
      '>https://lekwacht.example/breaches/b7</p>',
      'Verstuurd door Lekwacht namens Softmakers B.V.',
    ].map((s) => html.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('uses the default colour when the organisation colour is not a hex colour', () => {
    expect(brandColour('#abc')).toBe('#abc');
    expect(brandColour('red;background:url(x)')).toBe(DEFAULT_ORGANISATION_PROFILE.primaryColour);
    expect(composeBrandedMail(mail({ organisation: { name: 'X', primaryColour: '"><script>' } })).html).not.toContain(
      'script',
    );
  });

  it('never lets a name, text or link become markup outside the caller’s block', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), fc.string(), (name, text, url, colour) => {
        const { html } = composeBrandedMail(
          mail({
            organisation: { name, primaryColour: colour },
            hello: text,
            intro: text,
            body: { text: [], html: '' },
            link: { url, label: text, textLabel: text },
            footer: name,
          }),
        );
        const tags = [...html.matchAll(/<([!a-zA-Z][\w-]*)/g)].map((m) => String(m[1]).toLowerCase());
        expect(new Set(tags)).toEqual(new Set(['!doctype', 'html', 'head', 'meta', 'body', 'div', 'strong', 'p', 'a']));
        expect(html.match(/<a /g)).toHaveLength(1);
      }),
      { numRuns: 300 },
    );
  });

  it('folds line breaks and control characters into one space', () => {
    expect(oneLine(' Olga\r\nBcc: x@evil.example\u2028 ')).toBe('Olga Bcc: x@evil.example');
  });
});
