import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort } from './private-postgres';

const run = promisify(execFile);
const HOUR = 3_600_000;
const root = join(__dirname, '../../../..');
const mainJs = join(root, 'dist/apps/api/main.js');
const built = existsSync(mainJs);
const maybe = built ? describe : describe.skip;
if (!built) {
  process.stdout.write(
    'SKIPPED embedded-backup.int-spec: dist/apps/api/main.js is missing; run `npx nx build api` first (CI builds it in the OpenAPI step)\n',
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The built app (`node dist/apps/api/main.js`), as an operator runs it: embedded mode, own port. */
interface Lekwacht {
  base: string;
  child: ChildProcess;
  output: () => string;
  /** SIGTERM and wait for the process to end; resolves with how it ended. */
  stop(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startBuilt(dataDir: string, env: Record<string, string>): Promise<Lekwacht> {
  const port = await freePort();
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    LEKWACHT_DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    NODE_ENV: 'production',
  };
  // embedded mode: no server URL, and no pool size the jest setup chose for its own database
  delete childEnv['DATABASE_URL'];
  delete childEnv['DATABASE_POOL_SIZE'];
  // the key an installation makes in its data folder is part of what a backup must carry
  if (!env['AUDIT_KEY']) delete childEnv['AUDIT_KEY'];
  const child = spawn(process.execPath, [mainJs], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const app: Lekwacht = {
    base: `http://127.0.0.1:${port}`,
    child,
    output: () => out,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      try {
        return await exited;
      } finally {
        clearTimeout(timer);
      }
    },
  };
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the app exited (${child.exitCode}) while starting:\n${out.slice(-2000)}`);
    const res = await fetch(`${app.base}/api/health`).catch(() => null);
    if (res?.status === 200) break;
    if (Date.now() - started > 40_000) {
      await app.stop();
      throw new Error(`/api/health not 200 within 40 s:\n${out.slice(-2000)}`);
    }
    await sleep(100);
  }
  return app;
}

/** A session over plain HTTP: cookies kept, X-XSRF-TOKEN = the XSRF-TOKEN cookie on writes. */
async function login(base: string, email: string) {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'lekwacht-demo' }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${await res.text()}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrf = cookies.map((c) => /^XSRF-TOKEN=(.+)$/.exec(c)?.[1]).find(Boolean) ?? '';
  const cookie = cookies.join('; ');
  const call = async (method: string, path: string, body?: object) => {
    const r = await fetch(`${base}${path}`, {
      method,
      headers: {
        cookie,
        'x-xsrf-token': decodeURIComponent(csrf),
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await r.text();
    let json: unknown = text;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    return { status: r.status, body: json as Record<string, unknown> };
  };
  /** multipart/form-data upload of one file in the field `file`. */
  const upload = async (path: string, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    const r = await fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie, 'x-xsrf-token': decodeURIComponent(csrf) },
      body: form,
    });
    return { status: r.status, body: (await r.json()) as Record<string, unknown> };
  };
  /** The raw bytes of a download. */
  const download = async (path: string) => {
    const r = await fetch(`${base}${path}`, { headers: { cookie } });
    return { status: r.status, bytes: Buffer.from(await r.arrayBuffer()) };
  };
  return {
    get: (path: string) => call('GET', path),
    post: (path: string, body: object) => call('POST', path, body),
    upload,
    download,
  };
}

/**
 * The embedded-mode procedure of docs/operations.md § Backup and restore: data created over
 * HTTP in the built app, the app stopped with SIGTERM, `$LEKWACHT_DATA_DIR/pglite` copied with
 * tar as the doc says, the original deleted, the copy restored into a new data folder and the
 * app started on it: the data is there, the audit chain verifies, and it takes writes.
 * PGlite cannot run inside a jest worker, so this spawns `dist/apps/api/main.js`.
 */
maybe('embedded (PGlite) backup: stop, copy the pglite folder, start on the copy', () => {
  const work = mkdtempSync(join(tmpdir(), 'lekwacht-embedded-backup-'));
  const apps: Lekwacht[] = [];

  afterAll(async () => {
    for (const app of apps) await app.stop().catch(() => undefined);
    rmSync(work, { recursive: true, force: true });
  });

  it('restores the copy of a stopped installation: data there, audit chain ok, writable', async () => {
    const t0 = Date.now();
    const dataDir = join(work, 'data');
    const source = await startBuilt(dataDir, { DEMO_DATA: 'true' });
    apps.push(source);
    const firstStartMs = Date.now() - t0;

    const admin = await login(source.base, 'admin@lekwacht.test');
    const officer = await login(source.base, 'officer@lekwacht.test');
    const customer = await admin.post('/api/customers', {
      name: `Backup klant ${Date.now()}`,
      contactPerson: null,
      management: { name: 'Directie', email: 'directie@backup.example' },
      language: 'nl',
    });
    expect(customer.status).toBe(201);
    const breaches: { id: string; reference: string; title: string }[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await officer.post('/api/breaches', {
        title: `Embedded backup datalek ${i} ${Date.now()}`,
        cause: 'hacking',
        discoveredAt: new Date(Date.now() - (i + 1) * HOUR).toISOString(),
        affectedCustomers: [{ customerId: customer.body['id'], subjectsCount: 10 * (i + 1), role: 'controller' }],
      });
      expect(res.status).toBe(201);
      breaches.push(res.body as unknown as (typeof breaches)[number]);
    }
    // an evidence file (1.5 MB: two chunk rows in the embedded database) to compare after restore
    const evidenceBytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1_500_000)]);
    const evidenceSha = createHash('sha256').update(evidenceBytes).digest('hex');
    const evidence = await officer.upload(`/api/breaches/${breaches[0]!.id}/evidence`, evidenceBytes, 'aangifte.pdf');
    expect(evidence.status).toBe(201);
    expect(evidence.body['sha256']).toBe(evidenceSha);
    const before = await admin.get('/api/audit/verify');
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({ ok: true });
    const eventsBefore = before.body['events'] as number;

    // 1. stop the app (SIGTERM)
    const ended = await source.stop();
    // main.ts closes the app and then PGlite on SIGTERM, and exits 0
    expect(ended.code).toBe(0);
    // PGlite removes postmaster.pid when it is closed cleanly: the copy starts without crash recovery
    const closedCleanly = !existsSync(join(dataDir, 'pglite', 'postmaster.pid'));
    expect(closedCleanly).toBe(true);

    // 2. copy the folder as a whole, with the audit key: tar czf lekwacht-data.tgz -C "$LEKWACHT_DATA_DIR" pglite audit.key
    const archive = join(work, 'lekwacht-data.tgz');
    await run('tar', ['czf', archive, '-C', dataDir, 'pglite', 'audit.key']);
    const archiveBytes = statSync(archive).size;
    // the original installation is gone: only the copy is left
    rmSync(dataDir, { recursive: true, force: true });

    // restore: tar xzf … -C "$LEKWACHT_DATA_DIR" into a new, empty data folder, then start.
    // DEMO_DATA=false: nothing is seeded, every user and row must come from the copy.
    const restoredDir = join(work, 'restored');
    mkdirSync(restoredDir);
    await run('tar', ['xzf', archive, '-C', restoredDir]);
    const t1 = Date.now();
    const restored = await startBuilt(restoredDir, { DEMO_DATA: 'false' });
    apps.push(restored);
    const restoredStartMs = Date.now() - t1;

    const admin2 = await login(restored.base, 'admin@lekwacht.test');
    const officer2 = await login(restored.base, 'officer@lekwacht.test');
    const after = await admin2.get('/api/audit/verify');
    expect(after.status).toBe(200);
    expect(after.body).toMatchObject({ ok: true });
    expect(after.body['events'] as number).toBeGreaterThanOrEqual(eventsBefore);
    for (const b of breaches) {
      const res = await officer2.get(`/api/breaches/${b.id}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: b.id, reference: b.reference, title: b.title });
    }
    const restoredEvidence = await officer2.download(
      `/api/breaches/${breaches[0]!.id}/evidence/${String(evidence.body['id'])}/content`,
    );
    expect(restoredEvidence.status).toBe(200);
    expect(createHash('sha256').update(restoredEvidence.bytes).digest('hex')).toBe(evidenceSha);
    const restoredCustomer = await admin2.get(`/api/customers/${String(customer.body['id'])}`);
    expect(restoredCustomer.status).toBe(200);
    expect(restoredCustomer.body).toMatchObject({ name: customer.body['name'] });

    // and it keeps working: a new breach gets the next reference, the chain stays intact
    const next = await officer2.post('/api/breaches', {
      title: `Na restore ${Date.now()}`,
      cause: 'other',
      discoveredAt: new Date().toISOString(),
    });
    expect(next.status).toBe(201);
    expect(breaches.map((b) => b.reference)).not.toContain(next.body['reference']);
    const finalCheck = await admin2.get('/api/audit/verify');
    expect(finalCheck.body).toMatchObject({ ok: true });
    const restoredEnd = await restored.stop();
    expect(restoredEnd.signal === 'SIGTERM' || restoredEnd.code === 0).toBe(true);

    process.stdout.write(
      `embedded backup: built app started in ${firstStartMs} ms, 1 customer + ${breaches.length} breaches, ${eventsBefore} audit events; ` +
        `stopped by SIGTERM (${ended.signal ?? `exit ${ended.code}`}, PGlite ${closedCleanly ? 'closed cleanly' : 'not closed cleanly: postmaster.pid left, crash recovery on start'}); pglite folder archived (${Math.round(archiveBytes / 1024)} KB tgz), original deleted; ` +
        `restored copy started in ${restoredStartMs} ms: ${String(after.body['events'])} events, chain ok, all breaches and the customer there, ` +
        `next write ${String(next.body['reference'])} ok; ${Date.now() - t0} ms in all\n`,
    );
  }, 90_000); // ~12–25 s; the margin is for a loaded 2-vCPU CI machine
});
