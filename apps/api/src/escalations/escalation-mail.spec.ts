import { composeEscalationMail, timeLeftText } from './escalation-mail';

const base = {
  recipient: {
    userId: 'u',
    name: 'Kim <b>',
    email: 'kim@example.nl',
    kind: 'contact_person' as const,
    language: 'nl' as const,
  },
  breach: { id: 'b', reference: 'DL-2026-0001', title: 'Laptop <script>alert(1)</script>' },
  obligation: { kind: 'authority' as const, dueAt: new Date('2026-11-23T09:30:00Z'), customerName: null },
  now: new Date('2026-11-22T21:30:00Z'),
  breachUrl: 'http://localhost:3000/breaches/b',
  acknowledgeUrl: 'http://localhost:3000/api/escalations/e/acknowledge?sig=x',
  replacesContactPerson: false,
  acknowledgementTimeout: false,
};

describe('escalation mail', () => {
  it('states the time left in Dutch with the reference and the duty', () => {
    const mail = composeEscalationMail(base);
    expect(mail.subject).toBe(
      '[Lekwacht] DL-2026-0001: nog 12 uur en 0 minuten — melding aan de Autoriteit Persoonsgegevens',
    );
    expect(mail.text).toContain('maandag 23 november 2026 om 10:30');
    expect(mail.text).toContain(base.acknowledgeUrl);
  });

  it('escapes user input in the HTML part', () => {
    const { html } = composeEscalationMail(base);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('Kim &lt;b&gt;');
  });

  it('writes English for an English recipient and explains a missing contact person', () => {
    const mail = composeEscalationMail({
      ...base,
      recipient: { ...base.recipient, language: 'en', kind: 'management' },
      replacesContactPerson: true,
    });
    expect(mail.subject).toContain('12 h 0 min left');
    expect(mail.text).toContain('No contact person is named');
  });

  it('says how late an overdue duty is', () => {
    expect(timeLeftText(new Date('2026-11-23T09:30:00Z'), new Date('2026-11-23T12:45:00Z'), 'nl')).toBe(
      '3 uur en 15 minuten te laat',
    );
  });
});
