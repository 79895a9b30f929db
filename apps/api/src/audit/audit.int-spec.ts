import { SchedulerRegistry } from '@nestjs/schedule';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp, unique } from '../testing/test-app';
import { chainHash, LEGACY_ALG, type AuditCheckpoint } from './audit-chain';
import { AuditCheckpoints } from './audit-checkpoints.service';
import { AuditEventEntity } from './audit-event.entity';
import { AuditKeys } from './audit-key';
import type { AuditAction } from './audit-actions';
import { AuditLog } from './audit-log.service';

const HEX64 = /^[0-9a-f]{64}$/;

interface StoredRow {
  seq: string;
  after: unknown;
  prev_hash: string;
  hash: string;
  alg: string;
  key_id: string | null;
}

/**
 * What someone with database rights but without the audit key can do: switch the append-only
 * trigger off, edit an event, and re-hash it and every later event with plain SHA-256 (the only
 * hash they can compute), then move the head. Returns how to put everything back.
 */
async function rewriteWithoutKey(
  ds: DataSource,
  fromSeq: string,
  options: { markLegacy: boolean },
): Promise<() => Promise<void>> {
  const originals = (await ds.query(
    `SELECT seq, after, prev_hash, hash, alg, key_id FROM audit_events WHERE seq >= $1 ORDER BY seq`,
    [fromSeq],
  )) as StoredRow[];
  const [head] = (await ds.query(`SELECT seq, hash FROM audit_head WHERE id = 1`)) as { seq: string; hash: string }[];
  await ds.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
  const rows = await ds
    .getRepository(AuditEventEntity)
    .createQueryBuilder('e')
    .where('e.seq >= :from', { from: fromSeq })
    .orderBy('e.seq', 'ASC')
    .getMany();
  let prev = rows[0]!.prevHash;
  for (const [i, row] of rows.entries()) {
    const after = i === 0 ? { ...(row.after ?? {}), name: 'Mallory rewrote this' } : row.after;
    const hash = chainHash(prev, {
      seq: row.seq,
      occurredAt: row.occurredAt.toISOString(),
      actorId: row.actorId,
      actorLabel: row.actorLabel,
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      breachId: row.breachId,
      before: row.before,
      after,
    });
    await ds.query(
      `UPDATE audit_events SET after = $2::jsonb, prev_hash = $3, hash = $4, alg = $5, key_id = $6 WHERE seq = $1`,
      [
        row.seq,
        JSON.stringify(after),
        prev,
        hash,
        options.markLegacy ? LEGACY_ALG : row.alg,
        options.markLegacy ? null : row.keyId,
      ],
    );
    prev = hash;
  }
  await ds.query(`UPDATE audit_head SET hash = $1 WHERE id = 1`, [prev]);
  return async () => {
    for (const o of originals) {
      await ds.query(
        `UPDATE audit_events SET after = $2::jsonb, prev_hash = $3, hash = $4, alg = $5, key_id = $6 WHERE seq = $1`,
        [o.seq, JSON.stringify(o.after), o.prev_hash, o.hash, o.alg, o.key_id],
      );
    }
    await ds.query(`UPDATE audit_head SET seq = $1, hash = $2 WHERE id = 1`, [head!.seq, head!.hash]);
    await ds.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
  };
}

describe('audit trail (HTTP, real database)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /** A user change, so the chain has a fresh event with a name to rewrite; returns its seq. */
  async function freshEvent(): Promise<string> {
    const admin = await t.loginAs('admin');
    const created = (
      await admin
        .post('/api/users', {
          email: `${unique('rewritten')}@example.nl`,
          name: 'R',
          role: 'officer',
          password: 'correct-horse-battery',
        })
        .expect(201)
    ).body as { id: string };
    const [row] = (await t.app
      .get(DataSource)
      .query(`SELECT seq FROM audit_events WHERE entity_id = $1 AND action = 'user.created'`, [created.id])) as {
      seq: string;
    }[];
    return row!.seq;
  }

  it('records every change with who, what, before and after, and verifies the keyed chain', async () => {
    const admin = await t.loginAs('admin');
    const email = `${unique('audited')}@example.nl`;
    const created = (
      await admin
        .post('/api/users', { email, name: 'A', role: 'officer', password: 'correct-horse-battery' })
        .expect(201)
    ).body;
    await admin.patch(`/api/users/${created.id}`, { name: 'B' }).expect(200);
    const ds = t.app.get(DataSource);
    const rows = await ds.query(
      `SELECT action, actor_label, before, after, alg, key_id FROM audit_events WHERE entity_id = $1 ORDER BY seq`,
      [created.id],
    );
    const keyId = t.app.get(AuditKeys).keyring.current.id;
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'user.created',
        actor_label: 'admin@lekwacht.test',
        before: null,
        alg: 'hmac-sha256',
        key_id: keyId,
      }),
      expect.objectContaining({
        action: 'user.updated',
        before: expect.objectContaining({ name: 'A' }),
        after: expect.objectContaining({ name: 'B' }),
        alg: 'hmac-sha256',
      }),
    ]);
    const verify = await admin.get('/api/audit/verify').expect(200);
    const [head] = (await ds.query(`SELECT seq, hash FROM audit_head WHERE id = 1`)) as { seq: string; hash: string }[];
    expect(verify.body).toEqual({
      ok: true,
      events: verify.body.count,
      count: Number(head!.seq),
      seq: Number(head!.seq),
      headHash: head!.hash,
    });
    expect(verify.body.headHash).toMatch(HEX64);
    expect(verify.body.events).toBeGreaterThan(2);
  });

  it('appends more events in one transaction than one INSERT can carry (65,535 parameters) and the chain holds', async () => {
    // a breach registered with 5,000 customers writes thousands of events at once (fan-out benchmark)
    const tag = unique('bulk');
    const events = Array.from({ length: 6_000 }, (_, i) => ({
      // no feature's action: the chain links whatever it is given (stored actions are text)
      action: 'benchmark.appended' as AuditAction,
      entityType: 'test',
      entityId: `${tag}-${i}`,
      after: { i },
    }));
    await t.app.get(DataSource).transaction((m) => t.app.get(AuditLog).append(m, { id: null, label: 'test' }, events));
    const [{ n }] = (await t.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id LIKE $1`, [`${tag}-%`])) as { n: number }[];
    expect(n).toBe(6_000);
    const admin = await t.loginAs('admin');
    expect((await admin.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true });
  });

  it('refuses UPDATE and DELETE of audit rows for the app', async () => {
    const ds = t.app.get(DataSource);
    await expect(ds.query(`UPDATE audit_events SET actor_label = 'x' WHERE seq = 1`)).rejects.toThrow(/append-only/);
    await expect(ds.query(`DELETE FROM audit_events WHERE seq = 1`)).rejects.toThrow(/append-only/);
  });

  it('reports a row rewritten and re-hashed with plain SHA-256 as broken, and detects it against an earlier checkpoint', async () => {
    const admin = await t.loginAs('admin');
    const manager = await t.loginAs('manager');
    const seq = await freshEvent();
    const checkpoint = (await admin.get('/api/audit/checkpoint').expect(200)).body as AuditCheckpoint;
    expect(checkpoint.seq).toBeGreaterThanOrEqual(Number(seq));
    expect((await manager.post('/api/audit/checkpoint/verify', checkpoint).expect(200)).body).toEqual(
      expect.objectContaining({ ok: true, signature: 'valid', chainVerified: true, databaseMatches: true }),
    );

    const ds = t.app.get(DataSource);
    // 1. re-hashed unkeyed but still labelled keyed
    let restore = await rewriteWithoutKey(ds, seq, { markLegacy: false });
    try {
      const broken = (await admin.get('/api/audit/verify').expect(200)).body;
      expect(broken).toEqual(
        expect.objectContaining({
          ok: false,
          brokenAt: { seq, reason: expect.stringMatching(/keyed hash/) },
          seq: checkpoint.seq,
          headHash: expect.stringMatching(HEX64),
        }),
      );
      expect(broken.headHash).not.toBe(checkpoint.headHash);
      const against = (await manager.post('/api/audit/checkpoint/verify', checkpoint).expect(200)).body;
      expect(against).toEqual(
        expect.objectContaining({
          ok: false,
          signature: 'valid',
          chainVerified: false,
          brokenAt: { seq, reason: expect.stringMatching(/keyed hash/) },
        }),
      );
    } finally {
      await restore();
    }

    // 2. re-hashed unkeyed and labelled legacy: an unkeyed link after keyed ones is refused
    restore = await rewriteWithoutKey(ds, seq, { markLegacy: true });
    try {
      const broken = (await admin.get('/api/audit/verify').expect(200)).body;
      expect(broken).toEqual(
        expect.objectContaining({ ok: false, brokenAt: { seq, reason: expect.stringMatching(/unkeyed event after/) } }),
      );
      expect((await admin.post('/api/audit/checkpoint/verify', checkpoint).expect(200)).body).toEqual(
        expect.objectContaining({ ok: false, signature: 'valid', chainVerified: false }),
      );
    } finally {
      await restore();
    }

    // put back as it was: the chain and the checkpoint hold again
    expect((await admin.get('/api/audit/verify').expect(200)).body).toEqual(expect.objectContaining({ ok: true }));
    expect((await admin.post('/api/audit/checkpoint/verify', checkpoint).expect(200)).body).toEqual(
      expect.objectContaining({ ok: true, databaseMatches: true }),
    );
  });

  it('detects a moved end of the unkeyed segment (its seal is keyed)', async () => {
    const admin = await t.loginAs('admin');
    const ds = t.app.get(DataSource);
    const [head] = (await ds.query(`SELECT legacy_until FROM audit_head WHERE id = 1`)) as { legacy_until: string }[];
    expect(head!.legacy_until).not.toBeNull();
    await ds.query(`UPDATE audit_head SET legacy_until = seq WHERE id = 1`);
    try {
      expect((await admin.get('/api/audit/verify').expect(200)).body).toEqual(
        expect.objectContaining({ ok: false, brokenAt: { seq: '0', reason: expect.stringMatching(/seal/) } }),
      );
    } finally {
      await ds.query(`UPDATE audit_head SET legacy_until = $1 WHERE id = 1`, [head!.legacy_until]);
    }
    expect((await admin.get('/api/audit/verify').expect(200)).body.ok).toBe(true);
  });

  it('detects an event inserted after the head', async () => {
    const admin = await t.loginAs('admin');
    const ds = t.app.get(DataSource);
    const [head] = (await ds.query(`SELECT seq, hash FROM audit_head WHERE id = 1`)) as { seq: string; hash: string }[];
    const next = (BigInt(head!.seq) + 1n).toString();
    await ds.query(
      `INSERT INTO audit_events (seq, occurred_at, actor_label, action, entity_type, entity_id, prev_hash, hash, alg)
         VALUES ($1, now(), 'mallory', 'user.created', 'user', 'x', $2, $2, 'sha256')`,
      [next, head!.hash],
    );
    try {
      expect((await admin.get('/api/audit/verify').expect(200)).body).toEqual(
        expect.objectContaining({
          ok: false,
          brokenAt: { seq: next, reason: expect.stringMatching(/after the head/) },
        }),
      );
    } finally {
      await ds.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
      await ds.query(`DELETE FROM audit_events WHERE seq = $1`, [next]);
      await ds.query(`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`);
    }
    expect((await admin.get('/api/audit/verify').expect(200)).body.ok).toBe(true);
  });

  it('refuses a checkpoint whose signature does not hold, and names bad fields', async () => {
    const admin = await t.loginAs('admin');
    const checkpoint = (await admin.get('/api/audit/checkpoint').expect(200)).body as AuditCheckpoint;
    expect(Object.keys(checkpoint).sort()).toEqual(['count', 'createdAt', 'headHash', 'keyId', 'seq', 'signature']);
    // what must not be in it: the key
    const secret = t.app.get(AuditKeys).keyring.current.secret;
    expect(JSON.stringify(checkpoint)).not.toContain(secret);

    for (const tampered of [
      { ...checkpoint, seq: Math.max(0, checkpoint.seq - 1) },
      { ...checkpoint, headHash: 'e'.repeat(64) },
      { ...checkpoint, count: checkpoint.count + 1 },
      { ...checkpoint, signature: checkpoint.signature.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) },
    ]) {
      expect((await admin.post('/api/audit/checkpoint/verify', tampered).expect(200)).body).toEqual({
        ok: false,
        signature: 'invalid',
        chainVerified: null,
        databaseMatches: null,
        reason: expect.stringMatching(/signature does not hold/),
      });
    }
    expect(
      (await admin.post('/api/audit/checkpoint/verify', { ...checkpoint, keyId: '0123456789abcdef' }).expect(200)).body,
    ).toEqual(expect.objectContaining({ ok: false, signature: 'unknown-key' }));

    const bad = await admin
      .post('/api/audit/checkpoint/verify', { ...checkpoint, headHash: 'not-hex', seq: -1 })
      .expect(400);
    const text = JSON.stringify(bad.body);
    expect(text).toMatch(/headHash/);
    expect(text).toMatch(/seq/);
    await admin.post('/api/audit/checkpoint/verify', { ...checkpoint, extra: 1 }).expect(400);
    await admin.post('/api/audit/checkpoint/verify', {}).expect(400);
  });

  it('makes the daily checkpoint exactly once across two instances and mails it to the admins', async () => {
    const second = await startTestApp();
    try {
      // a day no other run used: the day's row is the claim
      const now = new Date(Date.UTC(2300 + Math.floor(Math.random() * 600), Math.floor(Math.random() * 12), 14, 12));
      const day = now.toISOString().slice(0, 10);
      const results = await Promise.all([
        t.app.get(AuditCheckpoints).createDaily(now),
        second.app.get(AuditCheckpoints).createDaily(now),
        second.app.get(AuditCheckpoints).createDaily(now),
      ]);
      const made = results.filter((r): r is AuditCheckpoint => r !== null);
      expect(made).toHaveLength(1);
      expect(await t.app.get(AuditCheckpoints).createDaily(now)).toBeNull();

      const ds = t.app.get(DataSource);
      const rows = (await ds.query(`SELECT seq, head_hash, signature FROM audit_checkpoints WHERE day = $1`, [
        day,
      ])) as { seq: string; head_hash: string; signature: string }[];
      expect(rows).toEqual([
        { seq: String(made[0]!.seq), head_hash: made[0]!.headHash, signature: made[0]!.signature },
      ]);

      const admins = (await ds.query(`SELECT email FROM users WHERE role = 'admin' AND active ORDER BY email`)) as {
        email: string;
      }[];
      expect(admins.length).toBeGreaterThan(0);
      const mails = (await ds.query(
        `SELECT to_address, subject, text, html, kind FROM outbox_messages WHERE subject LIKE $1 ORDER BY to_address`,
        [`%${day}%`],
      )) as { to_address: string; subject: string; text: string; html: string; kind: string }[];
      expect(mails.map((m) => m.to_address)).toEqual(admins.map((a) => a.email));
      const secret = t.app.get(AuditKeys).keyring.current.secret;
      for (const mail of mails) {
        expect(mail.kind).toBe('system');
        expect(mail.text).toContain(made[0]!.signature);
        // what must not be in it: the key, or the key file's place
        expect(mail.text).not.toContain(secret);
        expect(mail.html).not.toContain(secret);
        expect(mail.text).not.toContain('audit.key');
      }
      // the mailed JSON is a checkpoint the API accepts as it is
      const mailed = JSON.parse(/\{[\s\S]*\}/.exec(mails[0]!.text)![0]) as AuditCheckpoint;
      const admin = await t.loginAs('admin');
      expect((await admin.post('/api/audit/checkpoint/verify', mailed).expect(200)).body).toEqual(
        expect.objectContaining({ ok: true, signature: 'valid', databaseMatches: true }),
      );
      const [audited] = (await ds.query(
        `SELECT count(*)::int AS n FROM audit_events WHERE action = 'audit.checkpoint_created' AND entity_id = $1`,
        [day],
      )) as { n: number }[];
      expect(audited!.n).toBe(1);
      expect((await admin.get('/api/audit/verify').expect(200)).body.ok).toBe(true);

      // the scheduler runs it (every instance looks every few minutes; the claim makes it once a day)
      expect(t.app.get(SchedulerRegistry).getIntervals()).toContain('audit-checkpoint');
    } finally {
      await second.close();
    }
  });

  it('is visible to managers and admins only; the checkpoint download to admins only', async () => {
    const manager = await t.loginAs('manager');
    const officer = await t.loginAs('officer');
    await manager.get('/api/audit/verify').expect(200);
    await officer.get('/api/audit/verify').expect(403);
    await manager.get('/api/audit/checkpoint').expect(403);
    await officer.get('/api/audit/checkpoint').expect(403);
    await officer.post('/api/audit/checkpoint/verify', {}).expect(403);
    await t.http().get('/api/audit/checkpoint').expect(401);
  });
});
