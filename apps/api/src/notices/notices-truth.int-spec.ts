import type request from 'supertest';
import { DataSource } from 'typeorm';
import { MailWorker } from '../mail/mail-worker';
import { inspectPdf } from '../security/pdf-inspect';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';

const HOUR = 3_600_000;

interface Notice {
  id: string;
  customerId: string;
  customerName: string;
  kind: string;
  sequence: number;
  status: string;
  reviewState: string | null;
  reviewedAt: string | null;
  reviewedByName: string | null;
  recipient: { name: string; email: string; kind: string };
  outboxMessageId: string | null;
}

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const tokenIn = (text: string) => /\/portal\/([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

/**
 * Issue #15: each customer's notice tells only its own truth, is reviewed before it goes out, and
 * can be followed by a supplementary notice. Every artefact that leaves the system (mail text and
 * HTML, portal JSON, PDF) is checked for what must NOT be in it.
 */
describe('customer notices tell each customer only its own truth (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    manager = await t.loginAs('manager');
    admin = await t.loginAs('admin');
  });
  afterAll(() => t.close());

  const customer = async (name: string, language: 'nl' | 'en', contact: boolean) =>
    (
      await admin
        .post('/api/customers', {
          name,
          contactPerson: contact ? { name: `Contact ${name}`, email: `${unique('c')}@klant.example` } : null,
          management: { name: `Directie ${name}`, email: `${unique('d')}@klant.example` },
          language,
        })
        .expect(201)
    ).body as { id: string; name: string };

  const list = async (breachId: string) =>
    (await officer.get(`/api/breaches/${breachId}/notices`).expect(200)).body as Notice[];
  const outbox = async (id: string) => {
    const [row] = (await t.app
      .get(DataSource)
      .query(`SELECT text, html, subject FROM outbox_messages WHERE id = $1`, [id])) as {
      text: string;
      html: string;
      subject: string;
    }[];
    return row!;
  };
  const reviewAll = async (breachId: string) =>
    officer
      .post(`/api/breaches/${breachId}/notices/review`, {
        noticeIds: (await list(breachId)).filter((n) => n.status === 'draft').map((n) => n.id),
      })
      .expect(200);

  it('the stolen laptop: summaries per language (400 naming customerSummary.en), and no artefact of one customer carries the internal description or another customer’s name, figures or groups', async () => {
    const slices = [
      {
        c: await customer(unique('Huisartsenpraktijk Linde'), 'nl', true),
        subjects: 1_234_567,
        records: 2_345_678,
        group: 'patiëntenLinde',
        categories: ['special_category_health'],
      },
      {
        c: await customer(unique('Gemeente Bergvliet'), 'nl', false),
        subjects: 3_456_789,
        records: 4_567_891,
        group: 'inwonersBergvliet',
        categories: ['contact', 'national_id_number'],
      },
      {
        c: await customer(unique('Northwind Ltd'), 'en', true),
        subjects: 5_678_912,
        records: 6_789_123,
        group: 'employeesNorthwind',
        categories: ['financial'],
      },
      {
        c: await customer(unique('Stichting Zorgdraad'), 'nl', true),
        subjects: 7_891_234,
        records: 8_912_345,
        group: 'cliëntenZorgdraad',
        categories: ['contact'],
      },
    ];
    const internal = `INTERN: laptop van support met exports van ${slices.map((s) => s.c.name).join(', ')} gestolen`;
    const breach = (
      await officer
        .post('/api/breaches', {
          title: `Laptop gestolen: ${slices.map((s) => s.c.name).join(' / ')}`,
          description: internal,
          customerSummary: { nl: 'Een laptop van een supportmedewerker met exportbestanden is gestolen.' },
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - 5 * HOUR).toISOString(),
          measuresTaken: 'Laptop op afstand gewist.',
          affectedCustomers: slices.map((s) => ({
            customerId: s.c.id,
            subjectsCount: s.subjects,
            recordsEstimate: s.records,
            groupsOfPeople: [s.group],
            dataCategories: s.categories,
          })),
        })
        .expect(201)
    ).body as { id: string; reference: string; affectedCustomers: { role: string }[]; facts: unknown };
    // processor by default, per customer
    expect(breach.affectedCustomers.map((a) => a.role)).toEqual(['processor', 'processor', 'processor', 'processor']);

    // Northwind reads English and there is no English summary yet: 400 naming the field, nothing drafted
    const missing = await officer.post(`/api/breaches/${breach.id}/notices`).expect(400);
    expect(JSON.stringify(missing.body)).toContain('customerSummary.en');
    expect(await list(breach.id)).toEqual([]);
    await officer
      .patch(`/api/breaches/${breach.id}`, {
        customerSummary: { en: 'A support employee’s laptop holding export files was stolen.' },
      })
      .expect(200);
    expect((await officer.post(`/api/breaches/${breach.id}/notices`).expect(201)).body.generated).toBe(4);
    await reviewAll(breach.id);
    expect((await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200)).body.queued).toBe(4);
    await t.app.get(MailWorker).kick();

    const notices = await list(breach.id);
    const fmt = (n: number, lang: string) => n.toLocaleString(lang === 'en' ? 'en-GB' : 'nl-NL');
    let checked = 0;
    for (const own of slices) {
      const notice = notices.find((n) => n.customerId === own.c.id)!;
      expect(notice.status).toBe('sent');
      const mail = await outbox(notice.outboxMessageId!);
      const token = tokenIn(mail.text);
      const portal = await t.http().get(`/api/portal/notices/${token}`).expect(200);
      const pdf = inspectPdf(
        (await binary(t.http().get(`/api/portal/notices/${token}/pdf`)).expect(200)).body as Buffer,
      );
      const lang = (portal.body as { language: string }).language;
      const artefacts = {
        'mail subject': mail.subject,
        'mail text': mail.text,
        'mail html': mail.html,
        'portal json': JSON.stringify(portal.body),
        'pdf text': pdf.text.replace(/\s+/g, ' '),
      };
      for (const [what, content] of Object.entries(artefacts)) {
        const found = (needle: string) => ({ what, needle, present: content.includes(needle) });
        expect(found('INTERN:')).toMatchObject({ present: false });
        for (const other of slices.filter((s) => s !== own)) {
          expect(found(other.c.name)).toMatchObject({ present: false });
          expect(found(other.group)).toMatchObject({ present: false });
          expect(found(fmt(other.subjects, lang))).toMatchObject({ present: false });
          expect(found(fmt(other.records, lang))).toMatchObject({ present: false });
        }
        // English never carries the Dutch summary and vice versa
        expect(found(lang === 'en' ? 'supportmedewerker' : 'support employee')).toMatchObject({ present: false });
        checked++;
      }
      // its own figures are in the text it reads
      expect(mail.text).toContain(fmt(own.subjects, lang));
      expect(mail.text).toContain(fmt(own.records, lang));
      expect(mail.text).toContain(own.group);
      expect(portal.body.customerName).toBe(own.c.name);
    }
    expect(checked).toBe(4 * 5);
  });

  it('review gates sending: only reviewed drafts go out, skipped ones are counted with their reason, and editing the breach after review marks exactly the affected drafts', async () => {
    const [a, b, c] = [
      await customer(unique('Klant Review A'), 'nl', true),
      await customer(unique('Klant Review B'), 'nl', false),
      await customer(unique('Klant Review C'), 'nl', true),
    ];
    const slices = [a, b, c].map((x, i) => ({ customerId: x.id, subjectsCount: 100 + i, dataCategories: ['contact'] }));
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Review'),
          customerSummary: { nl: 'Een mailbox is gehackt.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
          affectedCustomers: slices,
        })
        .expect(201)
    ).body as { id: string };
    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    const drafts = await list(breach.id);
    expect(drafts.map((n) => n.reviewState)).toEqual(['not_reviewed', 'not_reviewed', 'not_reviewed']);

    // preview: exactly what the customer receives, per customer
    const preview = (await manager.get(`/api/notices/${drafts[0]!.id}/preview`).expect(200)).body as {
      mail: { to: { email: string }; text: string; html: string; subject: string };
      portal: { customerName: string; html: string; history: { current: boolean }[] };
      pdfPath: string;
    };
    expect(preview.mail.to.email).toBe(drafts[0]!.recipient.email);
    expect(preview.mail.text).toContain('Een mailbox is gehackt.');
    expect(preview.mail.html).toContain('<!doctype html>');
    expect(preview.portal.customerName).toBe(drafts[0]!.customerName);
    expect(preview.portal.history[0]!.current).toBe(true);
    const pdf = await binary(officer.get(`/api/notices/${drafts[0]!.id}/preview/pdf`)).expect(200);
    expect(inspectPdf(pdf.body as Buffer).text).toContain(drafts[0]!.customerName);
    await t.http().get(`/api/notices/${drafts[0]!.id}/preview`).expect(401);

    // review is the officer's, recorded with who and when
    await manager.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: [drafts[0]!.id] }).expect(403);
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: [] }).expect(400);
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: ['nope'] }).expect(400);
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: drafts.map((n) => n.id) }).expect(200);
    const reviewed = await list(breach.id);
    expect(reviewed.every((n) => n.reviewState === 'reviewed' && n.reviewedAt && n.reviewedByName)).toBe(true);

    // re-drafting with nothing changed keeps the reviews
    expect((await officer.post(`/api/breaches/${breach.id}/notices`).expect(201)).body).toMatchObject({
      generated: 3,
      stillReviewed: 3,
    });

    // C's figures change after review: only C's draft needs review again
    await officer
      .patch(`/api/breaches/${breach.id}`, {
        affectedCustomers: slices.map((s) => (s.customerId === c.id ? { ...s, subjectsCount: 999 } : s)),
      })
      .expect(200);
    const states = new Map((await list(breach.id)).map((n) => [n.customerId, n.reviewState]));
    expect([states.get(a.id), states.get(b.id), states.get(c.id)]).toEqual(['reviewed', 'reviewed', 'outdated']);
    const cNotice = (await list(breach.id)).find((n) => n.customerId === c.id)!;
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: [cNotice.id] }).expect(409);

    const sent = await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    expect(sent.body).toEqual({
      queued: 2,
      skipped: 1,
      skippedReasons: { notReviewed: 0, outdated: 1, changedMeanwhile: 0 },
    });
    // draft again: C is rendered from its new figures and must be reviewed before it can go
    expect((await officer.post(`/api/breaches/${breach.id}/notices`).expect(201)).body).toMatchObject({
      generated: 1,
      skipped: 2,
      stillReviewed: 0,
    });
    const redrafted = (await list(breach.id)).find((n) => n.customerId === c.id)!;
    expect(redrafted.reviewState).toBe('not_reviewed');
    expect((await officer.get(`/api/notices/${redrafted.id}`).expect(200)).body.text).toContain('999');
    expect((await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200)).body).toMatchObject({
      queued: 0,
      skippedReasons: { notReviewed: 1 },
    });
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: [redrafted.id] }).expect(200);
    // a manual edit starts the review over
    await officer.patch(`/api/notices/${redrafted.id}`, { subject: 'Aangepast onderwerp' }).expect(200);
    expect((await list(breach.id)).find((n) => n.id === redrafted.id)!.reviewState).toBe('not_reviewed');
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: [redrafted.id] }).expect(200);
    expect((await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200)).body.queued).toBe(1);
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: [redrafted.id] }).expect(409);

    const timeline = JSON.stringify((await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body);
    expect(timeline).toContain('reviewed');
  });

  it('follow-up: a supplementary notice goes to the same recipients after the facts changed, and the portal shows the history newest first', async () => {
    const [a, b] = [
      await customer(unique('Klant Vervolg A'), 'nl', true),
      await customer(unique('Customer Follow B'), 'en', false),
    ];
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Vervolg'),
          customerSummary: { nl: 'Eerste versie van de feiten.', en: 'First version of the facts.' },
          cause: 'malware',
          discoveredAt: new Date(Date.now() - 2 * HOUR).toISOString(),
          affectedCustomers: [
            { customerId: a.id, subjectsCount: 10 },
            { customerId: b.id, subjectsCount: 20 },
          ],
        })
        .expect(201)
    ).body as { id: string };
    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    await reviewAll(breach.id);
    await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    // not delivered yet: nothing to follow up
    expect((await officer.post(`/api/breaches/${breach.id}/notices/follow-up`, {}).expect(201)).body).toMatchObject({
      generated: 0,
      skipped: 2,
    });
    await t.app.get(MailWorker).kick();
    const first = await list(breach.id);
    const firstA = first.find((n) => n.customerId === a.id)!;
    const tokenA1 = tokenIn((await outbox(firstA.outboxMessageId!)).text);

    await officer
      .patch(`/api/breaches/${breach.id}`, {
        customerSummary: {
          nl: 'Bijgewerkte feiten: de versleuteling hield stand.',
          en: 'Updated facts: the encryption held.',
        },
        containedAt: new Date(Date.now() - HOUR).toISOString(),
      })
      .expect(200);
    await officer
      .post(`/api/breaches/${breach.id}/notices/follow-up`, { customerIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    await manager.post(`/api/breaches/${breach.id}/notices/follow-up`, {}).expect(403);
    expect((await officer.post(`/api/breaches/${breach.id}/notices/follow-up`, {}).expect(201)).body).toMatchObject({
      generated: 2,
    });
    const supplementary = (await list(breach.id)).filter((n) => n.sequence === 2);
    expect(supplementary.map((n) => [n.kind, n.status, n.reviewState])).toEqual([
      ['supplementary', 'draft', 'not_reviewed'],
      ['supplementary', 'draft', 'not_reviewed'],
    ]);
    for (const s of supplementary)
      expect(s.recipient).toEqual(first.find((n) => n.customerId === s.customerId && n.sequence === 1)!.recipient);
    expect((await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200)).body).toMatchObject({
      queued: 0,
      skippedReasons: { notReviewed: 2 },
    });
    await reviewAll(breach.id);
    expect((await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200)).body.queued).toBe(2);
    await t.app.get(MailWorker).kick();

    const supA = (await list(breach.id)).find((n) => n.customerId === a.id && n.sequence === 2)!;
    const mailA2 = await outbox(supA.outboxMessageId!);
    expect(mailA2.subject).toContain('Aanvulling');
    expect(mailA2.text).toContain('de versleuteling hield stand');
    expect(mailA2.text).not.toContain('First version');
    const tokenA2 = tokenIn(mailA2.text);
    const portal = (await t.http().get(`/api/portal/notices/${tokenA2}`).expect(200)).body as {
      kind: string;
      history: { sequence: number; kind: string; current: boolean; text: string }[];
    };
    expect(portal.kind).toBe('supplementary');
    expect(portal.history.map((h) => [h.sequence, h.kind, h.current])).toEqual([
      [2, 'supplementary', true],
      [1, 'initial', false],
    ]);
    expect(portal.history[1]!.text).toContain('Eerste versie van de feiten.');
    // the first link shows the same history, with its own notice marked
    const old = (await t.http().get(`/api/portal/notices/${tokenA1}`).expect(200)).body as {
      history: { sequence: number; current: boolean }[];
    };
    expect(old.history.map((h) => [h.sequence, h.current])).toEqual([
      [2, false],
      [1, true],
    ]);
    // the other customer's notices never appear in A's history
    expect(JSON.stringify(portal)).not.toContain(b.name);
    // the customer obligations were fulfilled by the initial notices and stay so
    const detail = (await officer.get(`/api/breaches/${breach.id}`).expect(200)).body as {
      obligations: { kind: string; state: string }[];
    };
    expect(detail.obligations.filter((o) => o.kind === 'customer').map((o) => o.state)).toEqual([
      'fulfilled',
      'fulfilled',
    ]);
  });
  it('measures for customers: written only in Dutch is a 400 naming customerMeasures.en and drafts nothing; once written in English each notice carries its own language and never the internal measures', async () => {
    const nlCustomer = await customer(unique('Klant Maatregel NL'), 'nl', true);
    const enCustomer = await customer(unique('Customer Measures EN'), 'en', true);
    const internalMeasures = 'INTERN-MAATREGEL: wachtwoord van beheerder Jansen gereset, backupserver BK-07 uitgezet';
    const internalConsequences = 'INTERN-GEVOLG: exports van beide klanten mogelijk ingezien';
    const measuresNl = 'Alle wachtwoorden zijn opnieuw ingesteld en de toegang is afgesloten.';
    const measuresEn = 'All passwords were reset and access was shut off.';
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Maatregelen per taal'),
          description: 'INTERN: omschrijving',
          customerSummary: { nl: 'Een account is overgenomen.', en: 'An account was taken over.' },
          customerMeasures: { nl: measuresNl },
          measuresTaken: internalMeasures,
          likelyConsequences: internalConsequences,
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - HOUR).toISOString(),
          affectedCustomers: [
            { customerId: nlCustomer.id, subjectsCount: 40 },
            { customerId: enCustomer.id, subjectsCount: 50 },
          ],
        })
        .expect(201)
    ).body as { id: string; customerMeasures: { nl: string | null; en: string | null } };
    expect(breach.customerMeasures).toEqual({ nl: measuresNl, en: null });

    // the English customer would be told "still investigating" while the Dutch one reads the measures
    const missing = await officer.post(`/api/breaches/${breach.id}/notices`).expect(400);
    const problems = (missing.body as { errors: { path: string; rule: string }[] }).errors;
    expect(problems).toEqual([expect.objectContaining({ path: 'customerMeasures.en', rule: 'required' })]);
    expect(await list(breach.id)).toEqual([]);

    const patched = await officer
      .patch(`/api/breaches/${breach.id}`, { customerMeasures: { en: measuresEn } })
      .expect(200);
    expect(patched.body.customerMeasures).toEqual({ nl: measuresNl, en: measuresEn });
    expect((await officer.post(`/api/breaches/${breach.id}/notices`).expect(201)).body.generated).toBe(2);

    const notices = await list(breach.id);
    const detail = async (customerId: string) => {
      const id = notices.find((n) => n.customerId === customerId)!.id;
      return (await officer.get(`/api/notices/${id}`).expect(200)).body as { text: string; html: string };
    };
    const nl = await detail(nlCustomer.id);
    const en = await detail(enCustomer.id);
    for (const [what, content] of Object.entries({ 'nl text': nl.text, 'nl html': nl.html })) {
      expect({ what, has: content.includes(measuresNl) }).toEqual({ what, has: true });
      expect({ what, has: content.includes(measuresEn) }).toEqual({ what, has: false });
      // consequences were never written for customers: the notice says so in its own language
      expect({ what, has: content.includes('Wij onderzoeken de gevolgen nog') }).toEqual({ what, has: true });
    }
    for (const [what, content] of Object.entries({ 'en text': en.text, 'en html': en.html })) {
      expect({ what, has: content.includes(measuresEn) }).toEqual({ what, has: true });
      expect({ what, has: content.includes(measuresNl) }).toEqual({ what, has: false });
      expect({ what, has: content.includes('still investigating the consequences') }).toEqual({ what, has: true });
    }
    for (const [what, content] of Object.entries({
      'nl text': nl.text,
      'nl html': nl.html,
      'en text': en.text,
      'en html': en.html,
    })) {
      for (const internal of ['INTERN-MAATREGEL', 'Jansen', 'BK-07', 'INTERN-GEVOLG', 'INTERN:']) {
        expect({ what, internal, present: content.includes(internal) }).toEqual({ what, internal, present: false });
      }
    }
  });
});
