import { createTransport } from 'nodemailer';
import { fromDisplayName, PRODUCT_FROM_NAME } from './mail-from';

/** The From header nodemailer writes for this display name (the message as it would go over SMTP). */
async function fromHeader(name: string): Promise<{ header: string; headerNames: string[] }> {
  const transport = createTransport({ streamTransport: true, buffer: true, newline: '\r\n' });
  const info = await transport.sendMail({
    from: { name: fromDisplayName(name), address: 'lekwacht@localhost' },
    to: 'klant@example.org',
    subject: 's',
    text: 't',
  });
  const raw = (info.message as Buffer).toString('utf8');
  const head = raw.slice(0, raw.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' ');
  const lines = head.split('\r\n');
  return {
    header: lines.find((l) => l.startsWith('From: ')) ?? '',
    headerNames: lines.map((l) => l.slice(0, l.indexOf(':')).toLowerCase()),
  };
}

describe('fromDisplayName', () => {
  it('is the organisation name on one line, or the product name when there is none', () => {
    expect(fromDisplayName('Veilig & Zeker B.V.')).toBe('Veilig & Zeker B.V.');
    expect(fromDisplayName('  A\r\nBcc: x@evil.example\t B ')).toBe('A Bcc: x@evil.example B');
    expect(fromDisplayName('a\u0000b\u202ec\u2028d')).toBe('a b c d');
    expect(fromDisplayName('')).toBe(PRODUCT_FROM_NAME);
    expect(fromDisplayName(null)).toBe(PRODUCT_FROM_NAME);
    expect(fromDisplayName('x'.repeat(300))).toHaveLength(100);
  });

  it('cannot add a header or break out of the quoted name, whatever the name holds', async () => {
    const plain = await fromHeader('Veilig & Zeker B.V.');
    expect(plain.header).toBe('From: "Veilig & Zeker B.V." <lekwacht@localhost>');

    const evil = await fromHeader('Evil" <ceo@evil.example>\r\nBcc: all@example.org\r\nX-Injected: 1');
    expect(evil.headerNames).not.toContain('bcc');
    expect(evil.headerNames).not.toContain('x-injected');
    expect(evil.header).toBe(
      'From: "Evil\\" <ceo@evil.example> Bcc: all@example.org X-Injected: 1" <lekwacht@localhost>',
    );

    const accents = await fromHeader('Gemeente Súdwest-Fryslân');
    expect(accents.header).toMatch(/^From: =\?UTF-8\?[BQ]\?.+\?= <lekwacht@localhost>$/);
  });
});
