import { composeDigestMail, type DigestMailItem, timeLeftText } from './escalation-mail';

const now = new Date('2026-11-22T21:30:00Z');
const item = (over: Partial<DigestMailItem> = {}): DigestMailItem => ({
  breach: { reference: 'DL-2026-0001', title: 'Laptop <script>alert(1)</script>' },
  obligation: { kind: 'authority', dueAt: new Date('2026-11-23T09:30:00Z'), customerName: null },
  reason: null,
  pageUrl: 'http://localhost:3000/escalations/e?r=token-1',
  code: null,
  ...over,
});
const kim = { name: 'Kim <b>', language: 'nl' as const };

describe('escalation digest mail', () => {
  it('states the time left in Dutch with the reference and the duty for a single item', () => {
    const mail = composeDigestMail({ recipient: kim, items: [item()], now });
    expect(mail.subject).toBe(
      '[Lekwacht] DL-2026-0001: nog 12 uur en 0 minuten — melding aan de Autoriteit Persoonsgegevens',
    );
    expect(mail.text).toContain('maandag 23 november 2026 om 10:30');
    expect(mail.text).toContain('http://localhost:3000/escalations/e?r=token-1');
    // the mail never carries a one-click acknowledgement
    expect(mail.text).not.toContain('/acknowledge');
  });

  it('lists several items in the given order and counts the overdue ones in the subject', () => {
    const mail = composeDigestMail({
      recipient: { name: 'Directie', language: 'en' },
      items: [
        item({ obligation: { kind: 'customer', dueAt: new Date('2026-11-22T20:00:00Z'), customerName: 'Acme' } }),
        item({ breach: { reference: 'DL-2026-0002', title: 'Phishing' }, code: 'ABCD-EFGH' }),
      ],
      now,
    });
    expect(mail.subject).toBe('[Lekwacht] 2 escalations, 1 deadline(s) passed — first: DL-2026-0001');
    expect(mail.text.indexOf('notice to the customer (Acme)')).toBeLessThan(mail.text.indexOf('DL-2026-0002'));
    expect(mail.text).toContain('Your one-time code to acknowledge: ABCD-EFGH');
    expect(mail.html).toContain('ABCD-EFGH');
  });

  it('escapes user input in the HTML part', () => {
    const mail = composeDigestMail({ recipient: kim, items: [item()], now });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).not.toContain('Kim <b>');
  });

  it('says why it came to management', () => {
    const mail = composeDigestMail({ recipient: kim, items: [item({ reason: 'replaces_contact_person' })], now });
    expect(mail.text).toMatch(/geen contactpersoon/);
  });

  it('formats lateness', () => {
    expect(timeLeftText(new Date(0), new Date(3 * 3_600_000 + 60_000), 'nl')).toBe('3 uur en 1 minuten te laat');
    expect(timeLeftText(new Date(3_600_000), new Date(0), 'en')).toBe('1 h 0 min left');
  });
});
