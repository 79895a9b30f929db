import { createHash, randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { deliveredMail } from '../testing/delivered-mail';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { findPostgresBin, queryDirect, startPrivatePostgres, type PrivatePostgres } from './private-postgres';

const HOUR = 3_600_000;
const bin = findPostgresBin();
const maybe = bin ? describe : describe.skip;
if (!bin) {
  process.stdout.write(
    'SKIPPED backup-restore.int-spec: no PostgreSQL server binaries (initdb, pg_ctl, pg_dump); install postgresql or set PG_BIN\n',
  );
}

const tokenIn = (text: string) => /\/portal\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

/**
 * The procedure of docs/operations.md § Backup and restore, end to end: data created over HTTP,
 * `pg_dump -Fc` taken while the app keeps writing, `pg_restore` into a new, empty database, the
 * app started on the restored database: audit chain intact, data and links there, writable.
 */
maybe('backup (pg_dump) and restore (pg_restore) into a new database', () => {
  let pg: PrivatePostgres;
  let source: TestApp | undefined;
  let restored: TestApp | undefined;

  beforeAll(async () => {
    pg = await startPrivatePostgres();
  }, 60_000);

  afterAll(async () => {
    await source?.close().catch(() => undefined);
    await restored?.close().catch(() => undefined);
    await pg?.destroy();
  });

  const appOn = (database: string, demo: boolean) =>
    startTestApp({ DATABASE_URL: pg.url(database), DEMO_DATA: String(demo), DATABASE_POOL_SIZE: '5' });

  it('restores a dump taken under load: audit chain intact, every breach, customer, notice and portal link there', async () => {
    await pg.client('createdb', ['lekwacht_source']);
    source = await appOn('lekwacht_source', true);
    const admin = await source.loginAs('admin');
    const officer = await source.loginAs('officer');

    // some of everything: customers, breaches with affected customers, an AP draft, notices sent
    const customers: string[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await admin
        .post('/api/customers', {
          name: unique(`Backup klant ${i}`),
          contactPerson: null,
          management: { name: `Directie ${i}`, email: `directie${i}@backup.example` },
          language: i % 2 ? 'en' : 'nl',
        })
        .expect(201);
      customers.push(res.body.id as string);
    }
    const breaches: { id: string; reference: string; title: string }[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await officer
        .post('/api/breaches', {
          title: unique(`Backup datalek ${i}`),
          customerSummary: { nl: 'Samenvatting voor klanten.', en: 'Summary for customers.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - (i + 1) * HOUR).toISOString(),
          affectedCustomers: [
            { customerId: customers[i % 3], subjectsCount: 10 * (i + 1), role: i % 2 ? 'controller' : 'processor' },
          ],
        })
        .expect(201);
      breaches.push(res.body);
    }
    await officer
      .put(`/api/breaches/${breaches[0]!.id}/authority-notification`, {
        content: { contact: { reporterPhone: '030 123 45 67' } },
      })
      .expect(200);
    await officer.post(`/api/breaches/${breaches[1]!.id}/notices`).expect(201);
    await officer
      .post(`/api/breaches/${breaches[1]!.id}/notices/review`, {
        noticeIds: (
          (await officer.get(`/api/breaches/${breaches[1]!.id}/notices`).expect(200)).body as { id: string }[]
        ).map((n) => n.id),
      })
      .expect(200);
    await officer.post(`/api/breaches/${breaches[1]!.id}/notices/send`).expect(200);
    const [mail] = (await officer.get(`/api/mail?breachId=${breaches[1]!.id}`).expect(200)).body as { id: string }[];
    const portalToken = tokenIn((await deliveredMail(source!, mail!.id)).text);
    expect(portalToken).toHaveLength(43);

    // an evidence file (1.5 MB: two chunk rows) whose hash must survive the round trip
    const evidenceBytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1_500_000)]);
    const evidenceSha = createHash('sha256').update(evidenceBytes).digest('hex');
    const evidence = (
      await officer.agent
        .post(`/api/breaches/${breaches[2]!.id}/evidence`)
        .set('X-XSRF-TOKEN', officer.csrf)
        .attach('file', evidenceBytes, 'proces-verbaal.pdf')
        .expect(201)
    ).body as { id: string; sha256: string };
    expect(evidence.sha256).toBe(evidenceSha);

    const sourceManager = await source.loginAs('manager');
    const before = (await sourceManager.get('/api/audit/verify').expect(200)).body as { ok: boolean; events: number };
    expect(before.ok).toBe(true);

    // online backup: the app keeps writing while pg_dump runs (it reads one consistent snapshot)
    let writing = true;
    let writesDuringDump = 0;
    const writer = (async () => {
      while (writing) {
        const res = await officer.post('/api/breaches', {
          title: unique('Tijdens backup'),
          cause: 'other',
          discoveredAt: new Date().toISOString(),
        });
        if (res.status === 201) writesDuringDump++;
      }
    })();
    const dump = join(pg.dir, 'lekwacht.dump');
    try {
      await pg.client('pg_dump', ['-Fc', '-d', 'lekwacht_source', '-f', dump]);
    } finally {
      writing = false;
      await writer;
    }
    await source.close();
    source = undefined;

    await pg.client('createdb', ['lekwacht_restored']);
    await pg.client('pg_restore', ['--no-owner', '--exit-on-error', '-d', 'lekwacht_restored', dump]);

    // the app starts on the restored database (migrations find nothing to do, no demo seeding)
    restored = await appOn('lekwacht_restored', false);
    const manager = await restored.loginAs('manager');
    const verify = (await manager.get('/api/audit/verify').expect(200)).body as { ok: boolean; events: number };
    expect(verify.ok).toBe(true);
    expect(verify.events).toBeGreaterThanOrEqual(before.events);

    const restoredOfficer: LoggedIn = await restored.loginAs('officer');
    for (const b of breaches) {
      const got = await restoredOfficer.get(`/api/breaches/${b.id}`).expect(200);
      expect(got.body).toMatchObject({ reference: b.reference, title: b.title });
    }
    for (const id of customers) await restoredOfficer.get(`/api/customers/${id}`).expect(200);
    expect(
      (await restoredOfficer.get(`/api/breaches/${breaches[0]!.id}/authority-notification`).expect(200)).body.content
        .contact.reporterPhone,
    ).toBe('030 123 45 67');
    expect(
      ((await restoredOfficer.get(`/api/breaches/${breaches[1]!.id}/notices`).expect(200)).body as unknown[]).length,
    ).toBe(1);
    // the evidence file comes back byte for byte: same SHA-256 as recorded at upload
    const restoredEvidence = await restoredOfficer
      .get(`/api/breaches/${breaches[2]!.id}/evidence/${evidence.id}/content`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(
      createHash('sha256')
        .update(restoredEvidence.body as Buffer)
        .digest('hex'),
    ).toBe(evidenceSha);
    // the customer's link from the e-mail still opens the notice
    await restored.http().get(`/api/portal/notices/${portalToken}`).expect(200);

    // and it carries on: a new breach gets the next reference and the chain stays intact
    const next = await restoredOfficer
      .post('/api/breaches', { title: unique('Na herstel'), cause: 'other', discoveredAt: new Date().toISOString() })
      .expect(201);
    const rows = await queryDirect<{ n: number }>(
      pg.url('lekwacht_restored'),
      `SELECT count(*)::int AS n FROM breaches WHERE reference = $1`,
      [next.body.reference],
    );
    expect(rows[0]!.n).toBe(1);
    const after = (await manager.get('/api/audit/verify').expect(200)).body as { ok: boolean; events: number };
    expect(after).toMatchObject({ ok: true });
    expect(after.events).toBeGreaterThan(verify.events);

    process.stdout.write(
      `backup/restore: pg_dump -Fc ${statSync(dump).size} bytes taken while ${writesDuringDump} writes went on; ` +
        `restored ${verify.events} audit events (chain ok), ${breaches.length} breaches, ${customers.length} customers, 1 notice + portal link, 1 evidence file (SHA-256 equal) checked\n`,
    );
  }, 85_000);
});
