import { createHash, randomBytes } from 'node:crypto';
import type request from 'supertest';
import { DataSource } from 'typeorm';
import { loginTeam, registerBreach } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

interface EvidenceFile {
  id: string;
  breachId: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedBy: { id: string; name: string };
  uploadedAt: string;
  deleted: { at: string; by: { id: string; name: string }; reason: string } | null;
}

interface AuditEvent {
  action: string;
  entityId: string;
  breachId: string | null;
  details: { before: Record<string, unknown> | null; after: Record<string, unknown> | null };
}

/** A small limit, so the too-large case needs no 25 MB body; still over the 1 MB chunk size. */
const LIMIT = 3 * 1024 * 1024;

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** A PDF of `size` bytes: the magic number, then noise (the type is read from the first bytes). */
const pdf = (size: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(size - 9)]);

/** supertest keeps a binary body as a Buffer only with a parser that collects it. */
const binary = (res: request.Response, cb: (err: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

/**
 * Issue #18 point 3: evidence files through HTTP on a real database (PostgreSQL with
 * DATABASE_URL, else the embedded PGlite). Type from the content, limit from EVIDENCE_MAX_BYTES,
 * SHA-256 in the audit chain, download for those who may read the breach, delete by a manager
 * with a reason (tombstone + audit with hash and reason); refused uploads leave nothing behind.
 */
describe('evidence files (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp({ EVIDENCE_MAX_BYTES: String(LIMIT) });
    ds = t.app.get(DataSource);
    ({ officer, manager, admin } = await loginTeam(t));
  });
  afterAll(() => t.close());

  const newBreach = () => registerBreach(officer, { title: unique('Laptop kwijt'), cause: 'lost_or_stolen_device' });

  const upload = (who: LoggedIn, breachId: string, content: Buffer, filename: string) =>
    who.agent
      .post(`/api/breaches/${breachId}/evidence`)
      .set('X-XSRF-TOKEN', who.csrf)
      .attach('file', content, { filename, contentType: 'application/pdf' });

  const counts = async () => {
    const [row] = (await ds.query(
      `SELECT (SELECT count(*)::int FROM evidence_files) AS files, (SELECT count(*)::int FROM evidence_chunks) AS chunks,
              (SELECT count(*)::int FROM audit_events) AS events`,
    )) as { files: number; chunks: number; events: number }[];
    return row!;
  };

  const eventsOf = async (breachId: string, action: string) =>
    (
      (await manager.get(`/api/audit/events?breachId=${breachId}&action=${action}`).expect(200)).body as {
        items: AuditEvent[];
      }
    ).items;

  it('uploads a police report (three 1 MB chunks), lists it, downloads the same bytes, and records the SHA-256 in the audit chain', async () => {
    const breach = await newBreach();
    const content = pdf(2_500_000);
    const res = await upload(officer, breach.id, content, 'C:\\fakepath\\Proces-verbaal aangifte ë.pdf').expect(201);
    const file = res.body as EvidenceFile;
    expect(file).toMatchObject({
      breachId: breach.id,
      fileName: 'Proces-verbaal aangifte ë.pdf',
      mediaType: 'application/pdf',
      sizeBytes: content.length,
      sha256: sha256(content),
      uploadedBy: { id: officer.user.id },
      deleted: null,
    });
    expect(file.uploadedBy.name).not.toBe('');
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM evidence_chunks WHERE file_id = $1`, [
      file.id,
    ])) as {
      n: number;
    }[];
    expect(n).toBe(3);

    for (const reader of [officer, manager]) {
      const list = (await reader.get(`/api/breaches/${breach.id}/evidence`).expect(200)).body as EvidenceFile[];
      expect(list).toEqual([file]);
      // never the bytes in a list
      expect(JSON.stringify(list)).not.toMatch(/"(buffer|bytes|data)"/i);
    }

    const download = await manager
      .get(`/api/breaches/${breach.id}/evidence/${file.id}/content`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(download.body as Buffer)).toBe(file.sha256);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Proces-verbaal aangifte _.pdf"; filename*=UTF-8''Proces-verbaal%20aangifte%20%C3%AB.pdf`,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['content-security-policy']).toContain('sandbox');
    expect(download.headers['repr-digest']).toBe(`sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);

    const [event] = await eventsOf(breach.id, 'evidence.uploaded');
    expect(event).toMatchObject({
      entityId: file.id,
      details: {
        after: {
          fileName: 'Proces-verbaal aangifte ë.pdf',
          mediaType: 'application/pdf',
          sizeBytes: content.length,
          sha256: file.sha256,
        },
      },
    });
    expect((await manager.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true });
    // on the breach's timeline, with the hash
    const timeline = JSON.stringify((await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body);
    expect(timeline).toContain(file.sha256);
  });

  it('lists the evidence by name and SHA-256 in the AP form export (JSON and PDF) and in the register CSV', async () => {
    const breach = await newBreach();
    const content = pdf(10_000);
    const file = (await upload(officer, breach.id, content, 'forensisch-rapport.pdf').expect(201)).body as EvidenceFile;
    const ap = (await officer.get(`/api/breaches/${breach.id}/authority-notification/export?format=json`).expect(200))
      .body as { attachments: { fileName: string; sha256: string }[] };
    expect(ap.attachments).toEqual([
      expect.objectContaining({ fileName: 'forensisch-rapport.pdf', sha256: file.sha256 }),
    ]);
    const csv = (await officer.get('/api/register.csv').buffer(true).parse(binary).expect(200)).body as Buffer;
    const row = csv
      .toString('utf8')
      .split('\n')
      .find((l) => l.startsWith(`${breach.reference},`));
    expect(row).toContain(`forensisch-rapport.pdf (sha256:${file.sha256})`);
  });

  it('refuses a file over EVIDENCE_MAX_BYTES with 413 naming the limit, and stores nothing', async () => {
    const breach = await newBreach();
    const before = await counts();
    const res = await upload(officer, breach.id, pdf(LIMIT + 1), 'te-groot.pdf').expect(413);
    expect(res.body).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    expect(res.body.message).toEqual(['file must not be larger than 3 MB (3145728 bytes, setting EVIDENCE_MAX_BYTES)']);
    expect(res.body.errors).toEqual([expect.objectContaining({ rule: 'tooLarge' })]);
    // exactly at the limit is fine
    await upload(officer, breach.id, pdf(LIMIT), 'precies.pdf').expect(201);
    const after = await counts();
    expect(after.files).toBe(before.files + 1);
  });

  it('refuses an executable renamed .pdf with 415 (type from the content), and HTML named .txt; stores nothing', async () => {
    const breach = await newBreach();
    const before = await counts();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), randomBytes(4000)]);
    const res = await upload(officer, breach.id, exe, 'proces-verbaal.pdf').expect(415);
    expect(res.body).toMatchObject({ statusCode: 415, error: 'Unsupported Media Type' });
    expect(res.body.message[0]).toMatch(/^file content is not an accepted type \(accepted: PDF, PNG/);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'file', rule: 'unsupportedType' })]);
    await upload(officer, breach.id, Buffer.from('<html><script>alert(1)</script></html>'), 'notes.txt').expect(415);
    expect(await counts()).toEqual(before);
    expect((await officer.get(`/api/breaches/${breach.id}/evidence`).expect(200)).body).toEqual([]);
  });

  it('answers 400 naming file for a request without a file, an empty file or another field name', async () => {
    const breach = await newBreach();
    const before = await counts();
    const none = await officer.post(`/api/breaches/${breach.id}/evidence`, { file: 'x' }).expect(400);
    expect(none.body.errors).toEqual([expect.objectContaining({ path: 'file', rule: 'required' })]);
    const empty = await upload(officer, breach.id, Buffer.alloc(0), 'leeg.pdf').expect(400);
    expect(empty.body.errors).toEqual([expect.objectContaining({ path: 'file' })]);
    const other = await officer.agent
      .post(`/api/breaches/${breach.id}/evidence`)
      .set('X-XSRF-TOKEN', officer.csrf)
      .attach('document', pdf(100), 'x.pdf')
      .expect(400);
    expect(other.body.errors).toEqual([expect.objectContaining({ path: 'file' })]);
    await upload(officer, '00000000-0000-4000-8000-000000000000', pdf(100), 'x.pdf').expect(404);
    expect(await counts()).toEqual(before);
  });

  it('lets only those who may read the breach download: the administrator gets 403, anonymous 401, another breach 404', async () => {
    const breach = await newBreach();
    const other = await newBreach();
    const file = (await upload(officer, breach.id, pdf(500), 'aangifte.pdf').expect(201)).body as EvidenceFile;
    const url = `/api/breaches/${breach.id}/evidence/${file.id}/content`;
    const refused = await admin.get(url).expect(403);
    expect(JSON.stringify(refused.body)).not.toContain(file.sha256);
    await admin.get(`/api/breaches/${breach.id}/evidence`).expect(403);
    await upload(admin, breach.id, pdf(500), 'x.pdf').expect(403);
    await t.http().get(url).expect(401);
    // the file id under another breach's path is not found
    await officer.get(`/api/breaches/${other.id}/evidence/${file.id}/content`).expect(404);
  });

  it('deletes only as a manager with a reason: officer 403, no reason 400; then a tombstone, bytes gone, hash and reason audited', async () => {
    const breach = await newBreach();
    const content = pdf(1_200_000);
    const file = (await upload(officer, breach.id, content, 'screenshot-verkeerd-dossier.pdf').expect(201))
      .body as EvidenceFile;
    const url = `/api/breaches/${breach.id}/evidence/${file.id}`;

    await officer.delete(url).send({ reason: 'Verkeerd bestand' }).expect(403);
    const noReason = await manager.delete(url).send({ reason: '   ' }).expect(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ path: 'reason' })]);
    await manager.delete(url).send({}).expect(400);

    const deleted = (await manager.delete(url).send({ reason: 'Bevat gegevens van een ander dossier' }).expect(200))
      .body as EvidenceFile;
    expect(deleted).toMatchObject({
      id: file.id,
      sha256: file.sha256,
      fileName: file.fileName,
      deleted: { by: { id: manager.user.id }, reason: 'Bevat gegevens van een ander dossier' },
    });
    const [{ n }] = (await ds.query(`SELECT count(*)::int AS n FROM evidence_chunks WHERE file_id = $1`, [
      file.id,
    ])) as {
      n: number;
    }[];
    expect(n).toBe(0);
    // listed as a tombstone; the content is gone
    const list = (await officer.get(`/api/breaches/${breach.id}/evidence`).expect(200)).body as EvidenceFile[];
    expect(list).toEqual([deleted]);
    const gone = await officer.get(`${url}/content`).expect(409);
    expect(gone.body.message[0]).toMatch(/deleted/);
    await manager.delete(url).send({ reason: 'nogmaals' }).expect(409);

    const [event] = await eventsOf(breach.id, 'evidence.deleted');
    expect(event).toMatchObject({
      entityId: file.id,
      details: {
        before: { sha256: file.sha256, fileName: file.fileName },
        after: { sha256: file.sha256, reason: 'Bevat gegevens van een ander dossier' },
      },
    });
    expect((await manager.get('/api/audit/verify').expect(200)).body).toMatchObject({ ok: true });
    // no longer among the AP form's attachments
    const ap = (await officer.get(`/api/breaches/${breach.id}/authority-notification/export?format=json`).expect(200))
      .body as { attachments: unknown[] };
    expect(ap.attachments).toEqual([]);
  });

  it('tells the web app the limit and the accepted types', async () => {
    const settings = (await officer.get('/api/evidence/settings').expect(200)).body as {
      maxBytes: number;
      mediaTypes: string[];
    };
    expect(settings.maxBytes).toBe(LIMIT);
    expect(settings.mediaTypes).toContain('application/pdf');
    expect(settings.mediaTypes).not.toContain('text/html');
  });
});
