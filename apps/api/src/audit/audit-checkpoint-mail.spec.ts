import { makeKeyring, signCheckpoint } from './audit-chain';
import { checkpointMail } from './audit-checkpoint-mail';

describe('daily checkpoint mail', () => {
  const secret = 'm'.repeat(40);
  const checkpoint = signCheckpoint(makeKeyring(secret).current, {
    seq: 42,
    headHash: 'a'.repeat(64),
    count: 42,
    createdAt: '2026-12-07T00:10:00.000Z',
  });
  const input = {
    recipient: { name: 'Ada <Beheerder>', language: 'nl' },
    day: '2026-12-07',
    checkpoint,
    chainOk: true,
    verifyUrl: 'https://lekwacht.example/api/audit/checkpoint/verify',
  };

  it('carries the signed checkpoint as JSON the verify endpoint takes back unchanged', () => {
    const mail = checkpointMail(input);
    expect(mail.subject).toBe('Lekwacht auditcontrolepunt 2026-12-07 (gebeurtenis 42)');
    expect(JSON.parse(/\{[\s\S]*\}/.exec(mail.text)?.[0] ?? '')).toEqual(checkpoint);
    expect(mail.text).toContain(input.verifyUrl);
  });

  it('is in English for English-speaking admins and warns when the chain did not verify', () => {
    const mail = checkpointMail({ ...input, recipient: { name: 'Ada', language: 'en' }, chainOk: false });
    expect(mail.subject).toBe('Lekwacht audit checkpoint 2026-12-07 (event 42)');
    expect(mail.text).toMatch(/did NOT verify/);
  });

  it('escapes names in HTML and never contains the key', () => {
    const mail = checkpointMail(input);
    expect(mail.html).toContain('Ada &lt;Beheerder&gt;');
    expect(mail.html).not.toContain('<Beheerder>');
    expect(mail.text + mail.html).not.toContain(secret);
  });
});
