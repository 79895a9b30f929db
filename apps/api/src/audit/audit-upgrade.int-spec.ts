import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options';
import { MIGRATIONS } from '../database/migrations';
import { KeyedAuditChain1796000000007 } from '../database/migrations/1796000000007-KeyedAuditChain';
import { findPostgresBin, startPrivatePostgres, type PrivatePostgres } from '../reliability/private-postgres';
import { startTestApp, type TestApp } from '../testing/test-app';
import { auditKeyId, type AuditCheckpoint, chainHash, GENESIS_HASH, type ChainedFields } from './audit-chain';

const bin = findPostgresBin();
const maybe = bin ? describe : describe.skip;
if (!bin) {
  process.stdout.write('SKIPPED audit-upgrade.int-spec: no PostgreSQL server binaries (initdb, pg_ctl); set PG_BIN\n');
}

const LEGACY_EVENTS = 5;

/**
 * A database written by the release before the keyed chain (unkeyed SHA-256 links), upgraded:
 * the legacy prefix still verifies, new events are keyed, and the unkeyed segment cannot grow.
 * And a key rotation (docs/security.md): a new key starts a new segment, old checkpoints stay
 * checkable while the old key is in AUDIT_PREVIOUS_KEYS.
 */
maybe('audit chain across key changes: upgrade from unkeyed links, key rotation', () => {
  let pg: PrivatePostgres;
  let app: TestApp | undefined;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
    await pg.client('createdb', ['-p', String(pg.port), '-h', '127.0.0.1', 'upgrade']);
    // the schema as the previous release left it, with an unkeyed chain of LEGACY_EVENTS events
    const old = new DataSource({
      ...dataSourceOptions(pg.url('upgrade'), 2),
      migrations: MIGRATIONS.filter((m) => m !== KeyedAuditChain1796000000007),
    });
    await old.initialize();
    await old.runMigrations({ transaction: 'each' });
    let prev = GENESIS_HASH;
    for (let seq = 1; seq <= LEGACY_EVENTS; seq++) {
      const fields: ChainedFields = {
        seq: String(seq),
        occurredAt: new Date(Date.UTC(2026, 10, seq, 9)).toISOString(),
        actorId: null,
        actorLabel: 'system',
        action: 'legacy.event',
        entityType: 'test',
        entityId: `e${seq}`,
        breachId: null,
        before: null,
        after: { n: seq },
      };
      const hash = chainHash(prev, fields);
      await old.query(
        `INSERT INTO audit_events (seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id, breach_id, before, after, prev_hash, hash)
           VALUES ($1, $2, NULL, 'system', 'legacy.event', 'test', $3, NULL, NULL, $4::jsonb, $5, $6)`,
        [seq, fields.occurredAt, fields.entityId, JSON.stringify(fields.after), prev, hash],
      );
      prev = hash;
    }
    await old.query(`INSERT INTO audit_head (id, seq, hash) VALUES (1, $1, $2)`, [LEGACY_EVENTS, prev]);
    await old.destroy();
    app = await startTestApp({ DATABASE_URL: pg.url('upgrade'), DEMO_DATA: 'true', DATABASE_POOL_SIZE: '3' });
  }, 90_000);

  afterAll(async () => {
    await app?.close().catch(() => undefined);
    await pg?.destroy();
  });

  it('keeps the legacy prefix verifiable, keys every new event, and seals where the legacy segment ends', async () => {
    const ds = app!.app.get(DataSource);
    const legacy = (await ds.query(`SELECT seq, alg, key_id FROM audit_events WHERE seq <= $1 ORDER BY seq`, [
      LEGACY_EVENTS,
    ])) as { alg: string; key_id: string | null }[];
    expect(legacy.map((r) => [r.alg, r.key_id])).toEqual(Array(LEGACY_EVENTS).fill(['sha256', null]));
    const [head] = (await ds.query(`SELECT legacy_until, legacy_seal FROM audit_head WHERE id = 1`)) as {
      legacy_until: string;
      legacy_seal: string;
    }[];
    expect(head!.legacy_until).toBe(String(LEGACY_EVENTS));
    expect(head!.legacy_seal).toMatch(/^[0-9a-f]{16}:[0-9a-f]{64}$/);

    const admin = await app!.loginAs('admin');
    await admin
      .post('/api/users', {
        email: 'na-de-upgrade@example.nl',
        name: 'N',
        role: 'officer',
        password: 'correct-horse-battery',
      })
      .expect(201);
    const keyed = (await ds.query(`SELECT DISTINCT alg FROM audit_events WHERE seq > $1`, [LEGACY_EVENTS])) as {
      alg: string;
    }[];
    expect(keyed).toEqual([{ alg: 'hmac-sha256' }]);
    const verify = (await admin.get('/api/audit/verify').expect(200)).body;
    expect(verify).toEqual(expect.objectContaining({ ok: true }));
    expect(verify.events).toBeGreaterThan(LEGACY_EVENTS);

    // the whole chain rewritten the unkeyed way (no keyed event left to betray it) is still caught
    await ds.query(`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`);
    const rows = (await ds.query(
      `SELECT seq, occurred_at, actor_id, actor_label, action, entity_type, entity_id, breach_id, before, after
         FROM audit_events ORDER BY seq`,
    )) as Record<string, unknown>[];
    let prev = GENESIS_HASH;
    for (const r of rows) {
      const hash = chainHash(prev, {
        seq: String(r['seq']),
        occurredAt: (r['occurred_at'] as Date).toISOString(),
        actorId: r['actor_id'] as string | null,
        actorLabel: r['actor_label'] as string,
        action: r['action'] as string,
        entityType: r['entity_type'] as string,
        entityId: r['entity_id'] as string,
        breachId: r['breach_id'] as string | null,
        before: r['before'],
        after: r['after'],
      });
      await ds.query(
        `UPDATE audit_events SET alg = 'sha256', key_id = NULL, prev_hash = $2, hash = $3 WHERE seq = $1`,
        [r['seq'], prev, hash],
      );
      prev = hash;
    }
    await ds.query(`UPDATE audit_head SET hash = $1 WHERE id = 1`, [prev]);
    const broken = (await admin.get('/api/audit/verify').expect(200)).body;
    expect(broken).toEqual(
      expect.objectContaining({
        ok: false,
        brokenAt: {
          seq: String(LEGACY_EVENTS + 1),
          reason: expect.stringMatching(/sealed end of the unkeyed segment/),
        },
      }),
    );
  });

  it('rotates the audit key: a new segment, old checkpoints still checkable with the old key', async () => {
    const OLD = 'rotation-test-old-audit-key-0123456789abcdef';
    const NEW = 'rotation-test-new-audit-key-fedcba9876543210';
    await pg.client('createdb', ['-p', String(pg.port), '-h', '127.0.0.1', 'rotation']);
    const on = (env: Record<string, string>) =>
      startTestApp({ DATABASE_URL: pg.url('rotation'), DEMO_DATA: 'true', DATABASE_POOL_SIZE: '3', ...env });
    const newUser = (admin: Awaited<ReturnType<TestApp['loginAs']>>, email: string) =>
      admin.post('/api/users', { email, name: 'R', role: 'officer', password: 'correct-horse-battery' }).expect(201);

    const before = await on({ AUDIT_KEY: OLD });
    let oldCheckpoint: AuditCheckpoint;
    try {
      const admin = await before.loginAs('admin');
      await newUser(admin, 'voor-rotatie@example.nl');
      oldCheckpoint = (await admin.get('/api/audit/checkpoint').expect(200)).body as AuditCheckpoint;
      expect(oldCheckpoint.keyId).toBe(auditKeyId(OLD));
    } finally {
      await before.close();
    }

    const rotated = await on({ AUDIT_KEY: NEW, AUDIT_PREVIOUS_KEYS: OLD });
    try {
      const admin = await rotated.loginAs('admin');
      await newUser(admin, 'na-rotatie@example.nl');
      const ds = rotated.app.get(DataSource);
      const segments = (await ds.query(
        `SELECT key_id, min(seq)::int AS first, max(seq)::int AS last FROM audit_events GROUP BY key_id ORDER BY 2`,
      )) as { key_id: string; first: number; last: number }[];
      expect(segments.map((g) => g.key_id)).toEqual([auditKeyId(OLD), auditKeyId(NEW)]);
      expect(segments[1]!.first).toBe(segments[0]!.last + 1);
      expect((await admin.get('/api/audit/verify').expect(200)).body).toEqual(expect.objectContaining({ ok: true }));
      expect((await admin.post('/api/audit/checkpoint/verify', oldCheckpoint).expect(200)).body).toEqual(
        expect.objectContaining({ ok: true, signature: 'valid', chainVerified: true, databaseMatches: true }),
      );
      const newCheckpoint = (await admin.get('/api/audit/checkpoint').expect(200)).body as AuditCheckpoint;
      expect(newCheckpoint.keyId).toBe(auditKeyId(NEW));
    } finally {
      await rotated.close();
    }

    // the old key dropped: the old segment and its checkpoints can no longer be checked, and it says so
    const forgotten = await on({ AUDIT_KEY: NEW });
    try {
      const admin = await forgotten.loginAs('admin');
      expect((await admin.get('/api/audit/verify').expect(200)).body).toEqual(
        expect.objectContaining({
          ok: false,
          brokenAt: expect.objectContaining({ reason: expect.stringMatching(/not configured/) }),
        }),
      );
      expect((await admin.post('/api/audit/checkpoint/verify', oldCheckpoint).expect(200)).body).toEqual(
        expect.objectContaining({ ok: false, signature: 'unknown-key' }),
      );
    } finally {
      await forgotten.close();
    }
  }, 60_000);
});
