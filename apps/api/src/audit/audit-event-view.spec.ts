import fc from 'fast-check';
import { parseCsv } from '@lekwacht/domain';
import { stringify } from 'csv-stringify/sync';
import { actionLabel, describeEvent } from './audit-descriptions';
import {
  AUDIT_CSV_COLUMNS,
  type AuditEventRow,
  isSecretKey,
  neutraliseFormula,
  redactSecrets,
  toAuditCsvRecord,
  toAuditEventDto,
} from './audit-event-view';
import { auditEventsSql, checkPeriod, decodeCursor } from './audit-events-query';

const row = (over: Partial<AuditEventRow> = {}): AuditEventRow => ({
  seq: '42',
  occurred_at: new Date('2026-03-02T10:00:00.000Z'),
  occurred_at_local: '2026-03-02 11:00:00',
  actor_id: '11111111-1111-4111-8111-111111111111',
  actor_label: 'officer@lekwacht.test',
  actor_name: 'Olga Officier',
  action: 'breach.registered',
  entity_type: 'breach',
  entity_id: '22222222-2222-4222-8222-222222222222',
  breach_id: '22222222-2222-4222-8222-222222222222',
  breach_reference: 'DL-2026-0001',
  before: null,
  after: { reference: 'DL-2026-0001' },
  hash: 'a'.repeat(64),
  ...over,
});

/** Key names features use (or could use) for credentials. */
const SECRET_KEYS = [
  'password',
  'passwordHash',
  'password_hash',
  'token',
  'tokenHash',
  'portalToken',
  'calendarToken',
  'code',
  'codeHash',
  'oneTimeCode',
  'secret',
  'clientSecret',
  'apiKey',
  'signature',
];

/** Keys that look close but carry no credential and must stay readable. */
const PUBLIC_KEYS = ['tokenExpiresAt', 'tokenActive', 'previousTokenRevoked', 'headHash', 'via', 'reason', 'sha256'];

describe('audit event view: credentials never leave the log', () => {
  it('names credential keys and leaves the look-alikes readable', () => {
    for (const k of SECRET_KEYS) expect([k, isSecretKey(k)]).toEqual([k, true]);
    for (const k of PUBLIC_KEYS) expect([k, isSecretKey(k)]).toEqual([k, false]);
  });

  it('masks a credential at any depth, in objects and arrays, whatever its value (property)', () => {
    const secret = fc.string({ minLength: 12, maxLength: 40 }).map((s) => `S3CR3T-${s}`);
    const payload = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.string({ maxLength: 20 }),
        fc.integer(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 3 }),
        fc.dictionary(fc.constantFrom('a', 'reason', 'to', 'tokenExpiresAt', 'list'), tie('node'), { maxKeys: 4 }),
      ),
    })).node;
    fc.assert(
      fc.property(payload, fc.constantFrom(...SECRET_KEYS), secret, fc.nat(3), (base, key, value, depth) => {
        let planted: unknown = { [key]: value };
        for (let i = 0; i < depth; i++) planted = i % 2 ? [planted] : { nested: planted };
        const stored = { base, planted };
        const dto = toAuditEventDto(row({ after: stored, before: stored }));
        const csv = Object.values(toAuditCsvRecord(row({ after: stored, before: stored }))).join('\n');
        expect(JSON.stringify(dto)).not.toContain(value);
        expect(csv).not.toContain(value);
        expect(JSON.stringify(redactSecrets(stored))).toContain('[redacted]');
      }),
      { numRuns: 300 },
    );
  });

  it('masks portal tokens and one-time codes inside text, and a malformed link whole', () => {
    const token = 'Zx9-portal-token-abcdefghijklmnop';
    const masked = redactSecrets({
      subject: `Open https://lekwacht.example/portal/${token} now`,
      note: 'Bevestig met code hieronder: ABCD-2345',
      typed: `zie http://[broken/${token}`,
    });
    const text = JSON.stringify(masked);
    expect(text).not.toContain(token);
    expect(text).not.toContain('ABCD-2345');
    expect(text).toContain('https://lekwacht.example/portal/[redacted]');
  });

  it('does not name a user by their e-mail address when their name is known', () => {
    const dto = toAuditEventDto(row());
    expect(dto.actor).toEqual({ id: '11111111-1111-4111-8111-111111111111', name: 'Olga Officier' });
    expect(dto.actorLabel).toBe('Olga Officier');
    expect(JSON.stringify(dto)).not.toContain('officer@lekwacht.test');
  });

  it('gives the system and the customer portal no actor, only their label', () => {
    expect(toAuditEventDto(row({ actor_id: null, actor_name: null, actor_label: 'system' }))).toEqual(
      expect.objectContaining({ actor: null, actorLabel: 'system' }),
    );
    expect(
      toAuditEventDto(row({ actor_id: null, actor_name: null, actor_label: 'customer portal: Jan Klant' })).actorLabel,
    ).toBe('customer portal: Jan Klant');
  });
});

describe('audit event descriptions', () => {
  it('describes breach events as the timeline does and other events on their own', () => {
    expect(describeEvent('breach.registered', { reference: 'DL-2026-0007' }, null)).toEqual({
      nl: 'Datalek DL-2026-0007 geregistreerd',
      en: 'Breach DL-2026-0007 registered',
    });
    expect(describeEvent('user.created', { name: 'Mia Manager', role: 'manager' }, null)).toEqual({
      nl: 'Gebruiker Mia Manager aangemaakt (manager)',
      en: 'User Mia Manager created (manager)',
    });
    expect(describeEvent('session.login', null, null)).toEqual({ nl: 'Ingelogd', en: 'Logged in' });
  });

  it('reads an action nobody described as itself', () => {
    expect(describeEvent('note.created', null, null)).toEqual({ nl: 'note.created', en: 'note.created' });
    expect(actionLabel('note.created')).toEqual({ nl: 'note.created', en: 'note.created' });
    expect(actionLabel('breach.closed')).toEqual({ nl: 'Datalek gesloten', en: 'Breach closed' });
  });
});

describe('audit CSV records', () => {
  it('has one value per column, details as JSON of before and after', () => {
    const record = toAuditCsvRecord(row({ before: { title: 'Oud' }, after: { title: 'Nieuw' } }));
    expect(Object.keys(record)).toEqual([...AUDIT_CSV_COLUMNS]);
    expect(JSON.parse(record.details)).toEqual({ before: { title: 'Oud' }, after: { title: 'Nieuw' } });
    expect(record.occurred_at).toBe('2026-03-02 11:00:00');
    expect(record.occurred_at_utc).toBe('2026-03-02T10:00:00.000Z');
    expect(toAuditCsvRecord(row({ before: null, after: null })).details).toBe('');
  });

  it('neutralises cells a spreadsheet would run as a formula, and round-trips through RFC 4180', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutraliseFormula(bad)).toBe(`'${bad}`);
    }
    expect(neutraliseFormula('Datalek, "groot"\nregel 2')).toBe('Datalek, "groot"\nregel 2');
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const text = stringify([cells.map(neutraliseFormula)], { cast: { string: (v) => v } });
        const [parsed] = parseCsv(text);
        expect(parsed).toEqual(cells.map(neutraliseFormula));
        for (const cell of parsed ?? []) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});

describe('audit query input', () => {
  it('refuses a period whose last day is before its first, naming to', () => {
    expect(() => checkPeriod({ from: '2026-03-02', to: '2026-03-01' })).toThrow('to must not be before from');
    expect(() => checkPeriod({ from: '2026-03-02', to: '2026-03-02' })).not.toThrow();
    expect(() => checkPeriod({ to: '2026-03-01' })).not.toThrow();
  });

  it('accepts only cursors that fit a bigint', () => {
    expect(decodeCursor(undefined)).toBeNull();
    expect(decodeCursor('9223372036854775807')).toBe('9223372036854775807');
    expect(() => decodeCursor('9223372036854775808')).toThrow('cursor must be the nextCursor of an earlier page');
    expect(() => decodeCursor('0')).toThrow();
  });

  it('passes every filter as a parameter, never as SQL text', () => {
    const { text, values } = auditEventsSql(
      {
        breachId: '22222222-2222-4222-8222-222222222222',
        actorId: '11111111-1111-4111-8111-111111111111',
        action: 'breach.registered',
        from: '2026-03-01',
        to: '2026-03-31',
      },
      { below: '100', limit: 50 },
    );
    expect(values).toEqual([
      '22222222-2222-4222-8222-222222222222',
      '11111111-1111-4111-8111-111111111111',
      'breach.registered',
      '2026-03-01',
      '2026-03-31',
      '100',
      51,
    ]);
    for (const v of values) expect(text).not.toContain(String(v));
    expect(text).toContain('ORDER BY e.seq DESC');
  });
});
