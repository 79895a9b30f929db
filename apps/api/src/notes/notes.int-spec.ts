import { DataSource } from 'typeorm';
import { loginTeam, registerBreach } from '../testing/fixtures';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

interface Note {
  id: string;
  breachId: string;
  body: string;
  author: { id: string; name: string };
  mentions: { id: string; name: string }[];
  createdAt: string;
  editedAt: string | null;
}

interface Outgoing {
  to_address: string;
  to_name: string;
  subject: string;
  text: string;
  html: string;
  kind: string;
  breach_id: string;
}

interface FieldError {
  path: string;
  rule: string;
  message: string;
}

/** Markdown that would run script or carry a script link if anything put it into markup unrendered. */
const HOSTILE =
  '**Let op** <script>alert(1)</script> <img src=x onerror=alert(2)> ' +
  '[klik](javascript:alert(3)) [AP](https://autoriteitpersoonsgegevens.nl)';

/**
 * Issue #18 point 4: notes on a breach, through HTTP on a real database. The API keeps the
 * Markdown source exactly as typed (rendering it inert is the web's job); mentions mail each
 * colleague once through the outbox with the note escaped; every note is on the timeline.
 */
describe('breach notes (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let ds: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    ({ officer, manager, admin } = await loginTeam(t));
  });
  afterAll(() => t.close());

  const newBreach = (title = unique('Notities')) => registerBreach(officer, { title });

  const colleague = async (role: 'officer' | 'manager' | 'admin', language: 'nl' | 'en' = 'nl') => {
    const body = {
      email: `${unique('collega')}@example.nl`,
      name: unique(`Collega ${role}`),
      role,
      language,
      password: 'correct-horse-battery',
    };
    return (await admin.post('/api/users', body).expect(201)).body as { id: string; name: string; email: string };
  };

  const mailsOf = async (noteId: string) =>
    (await ds.query(
      `SELECT to_address, to_name, subject, text, html, kind, breach_id FROM outbox_messages WHERE source_id = $1`,
      [noteId],
    )) as Outgoing[];

  const errorsOf = (res: { body: unknown }) => (res.body as { errors: FieldError[] }).errors;

  it('adds a note as officer and as manager, and lists them newest first with author names', async () => {
    const breach = await newBreach();
    const first = (await officer.post(`/api/breaches/${breach.id}/notes`, { body: 'Eerste notitie' }).expect(201))
      .body as Note;
    const second = (await manager.post(`/api/breaches/${breach.id}/notes`, { body: 'Tweede notitie' }).expect(201))
      .body as Note;
    expect(first).toMatchObject({
      breachId: breach.id,
      body: 'Eerste notitie',
      author: { id: officer.user.id },
      mentions: [],
      editedAt: null,
    });
    expect(first.author.name).not.toBe('');

    for (const reader of [officer, manager]) {
      const list = (await reader.get(`/api/breaches/${breach.id}/notes`).expect(200)).body as Note[];
      expect(list.map((n) => n.id)).toEqual([second.id, first.id]);
      expect(list[0]).toMatchObject({ author: { id: manager.user.id }, body: 'Tweede notitie' });
    }
    // another breach's notes are not listed
    const other = await newBreach();
    expect((await officer.get(`/api/breaches/${other.id}/notes`).expect(200)).body).toEqual([]);
  });

  it('keeps Markdown with <script>, onerror and a javascript: link as source text, never as rendered HTML', async () => {
    const breach = await newBreach();
    const created = (await officer.post(`/api/breaches/${breach.id}/notes`, { body: `  ${HOSTILE}\n\n` }).expect(201))
      .body as Note;
    // what was typed, trailing white space off: the source, not HTML made from it
    expect(created.body).toBe(`  ${HOSTILE}`);
    const res = await officer.get(`/api/breaches/${breach.id}/notes`).expect(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect((res.body as Note[])[0]!.body).toBe(`  ${HOSTILE}`);
    // no server-rendered markup anywhere in the answer
    const raw = JSON.stringify(res.body);
    expect(raw).not.toMatch(/<a\s|href=|<strong>|<p>/);
  });

  it('mails each mentioned colleague once, in their language, with the note escaped and a link to the breach', async () => {
    const breach = await newBreach(`${unique('Vermelding')} <b>titel</b>`);
    const dutch = await colleague('manager', 'nl');
    const english = await colleague('officer', 'en');
    const note = (
      await officer
        .post(`/api/breaches/${breach.id}/notes`, {
          body: `Kunnen jullie meekijken? ${HOSTILE}`,
          mentionIds: [dutch.id, english.id],
        })
        .expect(201)
    ).body as Note;
    expect(note.mentions).toEqual([
      { id: dutch.id, name: dutch.name },
      { id: english.id, name: english.name },
    ]);

    const mails = await mailsOf(note.id);
    expect(mails.map((m) => m.to_address).sort()).toEqual([dutch.email, english.email].sort());
    for (const m of mails) {
      expect(m).toMatchObject({ kind: 'system', breach_id: breach.id });
      expect(m.subject).toContain(breach.reference);
      expect(m.text).toContain(`/breaches/${breach.id}`);
      expect(m.html).toContain(`href="http://localhost:`);
      expect(m.html).toContain(`/breaches/${breach.id}"`);
      // the note is there, as text
      expect(m.text).toContain('Kunnen jullie meekijken?');
      expect(m.html).toContain('<strong>Let op</strong>');
      expect(m.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(m.html).toContain('<a href="https://autoriteitpersoonsgegevens.nl">AP</a>');
      // …and nothing of it is live markup
      expect(m.html).not.toMatch(/<script|<img|javascript:|<b>titel/i);
      expect(m.html).toContain('&lt;b&gt;titel&lt;/b&gt;');
    }
    const nl = mails.find((m) => m.to_address === dutch.email)!;
    const en = mails.find((m) => m.to_address === english.email)!;
    expect(nl.subject).toContain('noemt u in een notitie');
    expect(nl.text).toContain(`Beste ${dutch.name},`);
    expect(en.subject).toContain('mentioned you in a note');
    expect(en.text).toContain(`Dear ${english.name},`);
    // each mail names its own recipient only
    expect(nl.text).not.toContain(english.name);
    expect(en.text).not.toContain(dutch.name);
  });

  it('sends no mail to the author for mentioning themselves, and none for a note without mentions', async () => {
    const breach = await newBreach();
    const plain = (await officer.post(`/api/breaches/${breach.id}/notes`, { body: 'Geen vermelding' }).expect(201))
      .body as Note;
    expect(await mailsOf(plain.id)).toEqual([]);
    const self = (
      await officer
        .post(`/api/breaches/${breach.id}/notes`, { body: 'Notitie aan mezelf', mentionIds: [officer.user.id] })
        .expect(201)
    ).body as Note;
    expect(self.mentions.map((m) => m.id)).toEqual([officer.user.id]);
    expect(await mailsOf(self.id)).toEqual([]);
  });

  it('shows the note and its mention mail on the timeline ("Notitie van …") and in the audit trail', async () => {
    const breach = await newBreach();
    const mentioned = await colleague('manager');
    const note = (
      await manager
        .post(`/api/breaches/${breach.id}/notes`, { body: 'Voor de tijdlijn', mentionIds: [mentioned.id] })
        .expect(201)
    ).body as Note;
    const timeline = (await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body as {
      action: string;
      actor: string;
      description: { nl: string; en: string };
      after: Record<string, unknown> | null;
    }[];
    const entry = timeline.find((e) => e.action === 'note.added');
    expect(entry).toMatchObject({
      actor: 'manager@lekwacht.test',
      description: {
        nl: `Notitie van ${note.author.name} (noemt ${mentioned.name})`,
        en: `Note by ${note.author.name} (mentions ${mentioned.name})`,
      },
      after: { body: 'Voor de tijdlijn' },
    });
    expect(timeline.filter((e) => e.action === 'mail.queued')).toHaveLength(1);
    const [audit] = (await ds.query(
      `SELECT actor_id, entity_type, entity_id FROM audit_events WHERE action = 'note.added' AND entity_id = $1`,
      [note.id],
    )) as { actor_id: string; entity_type: string; entity_id: string }[];
    expect(audit).toEqual({ actor_id: manager.user.id, entity_type: 'note', entity_id: note.id });
  });

  it('answers 400 naming body for an empty or too long note', async () => {
    const breach = await newBreach();
    const url = `/api/breaches/${breach.id}/notes`;
    for (const body of ['', '   \n\n  ', undefined]) {
      const res = await officer.post(url, body === undefined ? {} : { body }).expect(400);
      expect(errorsOf(res).map((e) => e.path)).toContain('body');
    }
    const long = await officer.post(url, { body: 'x'.repeat(10_001) }).expect(400);
    expect(errorsOf(long)).toContainEqual(expect.objectContaining({ path: 'body', rule: 'maxLength' }));
    // exactly 10,000 characters is fine
    await officer.post(url, { body: 'x'.repeat(10_000) }).expect(201);
    // variation selectors count as characters in the database: refused here, not a 500 there
    const selectors = await officer.post(url, { body: 'x'.repeat(9_999) + '\uFE0F\uFE0F' }).expect(400);
    expect(errorsOf(selectors)).toContainEqual(expect.objectContaining({ path: 'body', rule: 'maxLength' }));
    const nul = (await officer.post(url, { body: 'a\u0000b' }).expect(201)).body as Note;
    expect(nul.body).toBe('ab');
  });

  it('answers 400 naming mentionIds.N for an unknown, inactive or admin colleague, and adds nothing', async () => {
    const breach = await newBreach();
    const url = `/api/breaches/${breach.id}/notes`;
    const active = await colleague('officer');
    const inactive = await colleague('manager');
    await admin.patch(`/api/users/${inactive.id}`, { active: false }).expect(200);
    const anAdmin = await colleague('admin');
    const unknown = '00000000-0000-4000-8000-000000000000';

    const res = await officer
      .post(url, { body: 'Wie lezen mee?', mentionIds: [active.id, unknown, inactive.id, anAdmin.id] })
      .expect(400);
    expect(errorsOf(res).map((e) => e.path)).toEqual(['mentionIds.1', 'mentionIds.2', 'mentionIds.3']);
    expect(errorsOf(res).every((e) => e.rule === 'isIn')).toBe(true);
    const malformed = await officer.post(url, { body: 'x', mentionIds: ['not-a-uuid'] }).expect(400);
    expect(errorsOf(malformed)[0]!.path).toMatch(/^mentionIds/);
    const twice = await officer.post(url, { body: 'x', mentionIds: [active.id, active.id] }).expect(400);
    expect(errorsOf(twice)[0]!.path).toBe('mentionIds');

    expect((await officer.get(url).expect(200)).body).toEqual([]);
    const queued = (await ds.query(`SELECT count(*)::int AS n FROM outbox_messages WHERE breach_id = $1`, [
      breach.id,
    ])) as { n: number }[];
    expect(queued[0]!.n).toBe(0);
  });

  it('refuses a note on a closed breach (409) but still lists its notes', async () => {
    const breach = await newBreach();
    await officer.post(`/api/breaches/${breach.id}/notes`, { body: 'Voor het sluiten' }).expect(201);
    // Closing through HTTP needs every duty settled first (obligations specs cover that); here
    // only the closed state matters.
    await ds.query(`UPDATE breaches SET status = 'closed', closed_at = now() WHERE id = $1`, [breach.id]);
    const res = await manager.post(`/api/breaches/${breach.id}/notes`, { body: 'Na het sluiten' }).expect(409);
    expect(errorsOf(res)[0]).toMatchObject({ rule: 'closed' });
    const list = (await manager.get(`/api/breaches/${breach.id}/notes`).expect(200)).body as Note[];
    expect(list.map((n) => n.body)).toEqual(['Voor het sluiten']);
  });

  it('refuses admins (403) and anonymous callers (401); an unknown breach is 404, a malformed id 400', async () => {
    const breach = await newBreach();
    const url = `/api/breaches/${breach.id}/notes`;
    await admin.get(url).expect(403);
    await admin.post(url, { body: 'Beheerder' }).expect(403);
    await t.http().get(url).expect(401);
    await t.http().post(url).send({ body: 'Anoniem' }).expect(401);
    expect((await officer.get(url).expect(200)).body).toEqual([]);

    const missing = '/api/breaches/00000000-0000-4000-8000-000000000000/notes';
    await officer.get(missing).expect(404);
    await officer.post(missing, { body: 'Nergens' }).expect(404);
    await officer.get('/api/breaches/niet-een-id/notes').expect(400);
  });
});
