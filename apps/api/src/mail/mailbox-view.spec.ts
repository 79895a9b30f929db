import { maskCredentials } from './mailbox-view';

describe('maskCredentials', () => {
  it('masks the portal token in a notice mail, in text and in HTML', () => {
    const text = 'Lees de melding: https://lekwacht.example/portal/Zx9_tokenSECRET-1 (90 dagen geldig).';
    const html = '<a href="https://lekwacht.example/portal/Zx9_tokenSECRET-1">Open</a>';
    expect(maskCredentials(text)).toBe(
      'Lees de melding: https://lekwacht.example/portal/[redacted] (90 dagen geldig).',
    );
    expect(maskCredentials(html)).not.toContain('tokenSECRET');
  });

  it('masks signatures and codes in escaped HTML query strings and keeps the route', () => {
    const html = '<a href="http://localhost:3000/escalations/42?sig=abcdef0123&amp;lang=nl">Bekijken</a>';
    const out = maskCredentials(html);
    expect(out).toContain('http://localhost:3000/escalations/42?sig=[redacted]&amp;lang=nl');
    expect(out).not.toContain('abcdef0123');
  });

  it('masks the one-time acknowledgement code of an escalation mail, in Dutch and English', () => {
    expect(maskCredentials('   Uw eenmalige code om te bevestigen: AB3D-EFGH')).toBe(
      '   Uw eenmalige code om te bevestigen: [redacted]',
    );
    expect(maskCredentials('<br>Your one-time code to acknowledge: XY7Z-2345</li>')).toBe(
      '<br>Your one-time code to acknowledge: [redacted]</li>',
    );
  });

  it('masks the token of a password-reset link and of an invitation, in text and in HTML', () => {
    const token = 'Qm9vZ2llV29vZ2llLXRva2VuLXNlY3JldC0xMjM0NTY3';
    const text = `Stel het in via deze link:\nhttps://lekwacht.example/password-reset/${token}\n`;
    const html = `<a href="https://lekwacht.example/invitation/${token}">Wachtwoord kiezen</a>`;
    expect(maskCredentials(text)).toBe(
      'Stel het in via deze link:\nhttps://lekwacht.example/password-reset/[redacted]\n',
    );
    expect(maskCredentials(html)).toBe(
      '<a href="https://lekwacht.example/invitation/[redacted]">Wachtwoord kiezen</a>',
    );
  });

  it('leaves a message without links untouched', () => {
    expect(maskCredentials('Geen link hier.')).toBe('Geen link hier.');
  });
});
