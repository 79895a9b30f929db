import { DataSource } from 'typeorm';
import { DEFAULT_TEMPLATES } from './notice-rendering';
import { keepRows } from '../testing/keep-rows';
import { type LoggedIn, startTestApp, type TestApp } from '../testing/test-app';

describe('notice templates: one Markdown source, fields and escaping (HTTP, real database)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let restoreTemplate: () => Promise<void>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin');
    restoreTemplate = await keepRows(t.app.get(DataSource), 'notice_templates', `language = 'en'`);
  });
  afterAll(async () => {
    // Later files in this worker see the English template as it was: saving the default text back
    // would still leave a stored, admin-edited row where there may have been none.
    await restoreTemplate();
    await t.close();
  });

  const put = (over: Partial<(typeof DEFAULT_TEMPLATES)['nl']>) =>
    admin.put('/api/notice-templates/en', { ...DEFAULT_TEMPLATES.en, ...over });

  it('lists exactly the fields of the notice view, with sample values, for the insert list', async () => {
    const officer = await t.loginAs('officer');
    const res = await officer.get('/api/notice-templates/fields').expect(200);
    const paths = (res.body.fields as { path: string; sample: string }[]).map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['customer.name', 'breach.summary', 'organisation.contactPoint.email']),
    );
    expect(paths.some((p) => /description|title/i.test(p))).toBe(false);
    expect(res.body.fields).toContainEqual({ path: 'customer.name', sample: 'Voorbeeldklant B.V.' });
    expect(res.body.conditions).toEqual(expect.arrayContaining(['processor', 'handover', 'handover.advice']));
    await t.http().get('/api/notice-templates/fields').expect(401);
  });

  it('lists one Markdown body and a subject per language', async () => {
    const list = (await admin.get('/api/notice-templates').expect(200)).body as Record<string, unknown>[];
    for (const tpl of list) {
      expect(Object.keys(tpl).sort()).toEqual(['body', 'isDefault', 'language', 'subject', 'updatedAt', 'updatedBy']);
    }
  });

  it('refuses an unknown field with 400 naming it and the template part, and saves nothing', async () => {
    const before = (await admin.get('/api/notice-templates').expect(200)).body as { language: string; body: string }[];
    const res = await put({ body: 'Internal: {{breach.description}} for {{customer.name}}' }).expect(400);
    expect(res.body.message).toEqual([expect.stringMatching(/^body: .*unknown field\(s\): breach\.description$/)]);
    const after = (await admin.get('/api/notice-templates').expect(200)).body as { language: string; body: string }[];
    expect(after.find((l) => l.language === 'en')?.body).toBe(before.find((l) => l.language === 'en')?.body);
    const preview = await admin.post('/api/notice-templates/en/preview', { subject: '{{breach.title}}' }).expect(400);
    expect(preview.body.message).toEqual([expect.stringMatching(/^subject: .*unknown field\(s\): breach\.title/)]);
    const old = await admin
      .put('/api/notice-templates/en', { subject: 'x', bodyText: 'x', bodyHtml: '<p>x</p>' })
      .expect(400);
    expect((old.body.message as string[]).join()).toMatch(/body/);
  });

  it.each([
    '{{{breach.summary}}}',
    '{{~{breach.summary}~}}',
    '{{~&breach.summary~}}',
    '{{&breach.summary}}',
    '{{log customer.name}}',
    '{{> evil}}',
    '{{{{raw}}}}<script>{{{{/raw}}}}',
  ])('refuses raw-HTML and helper form %j in both parts', async (form) => {
    for (const part of ['subject', 'body'] as const) {
      const res = await put({ [part]: `<p>${form}</p>` }).expect(400);
      expect((res.body.message as string[]).join()).toMatch(new RegExp(`^${part}: `));
    }
  });

  it('saves a Markdown template and drafts notices from it: text and HTML from the one source', async () => {
    const body = [
      'Dear {{recipient.name}},',
      '',
      '## What happened at {{organisation.name}}',
      '',
      '{{breach.summary}}',
      '',
      '- Reference: **{{breach.reference}}**',
      '- [Write to us](mailto:{{contact.email}})',
      '',
      '<script>alert(1)</script>',
    ].join('\n');
    const saved = await put({ body }).expect(200);
    expect(saved.body).toMatchObject({ language: 'en', body, isDefault: false, updatedBy: admin.user.email });
    const [event] = (await t.app
      .get(DataSource)
      .query(
        `SELECT action FROM audit_events WHERE entity_type = 'notice_template' AND entity_id = 'en' ORDER BY seq DESC LIMIT 1`,
      )) as { action: string }[];
    expect(event?.action).toBe('notice_template.updated');

    const officer = await t.loginAs('officer');
    const customer = (
      await admin
        .post('/api/customers', {
          name: `Customer ${Date.now()} <b>&`,
          contactPerson: { name: 'Eve **Bold**', email: `eve-${Date.now()}@customer.example` },
          management: { name: 'Board', email: 'board@customer.example' },
          language: 'en',
        })
        .expect(201)
    ).body as { id: string; name: string };
    const breach = (
      await officer
        .post('/api/breaches', {
          title: `Markdown template ${Date.now()}`,
          customerSummary: { en: 'A [link](javascript:alert(1)) and <img src=x onerror=alert(1)> and **not bold**.' },
          cause: 'hacking',
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
          affectedCustomers: [{ customerId: customer.id, subjectsCount: 7, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string; reference: string };
    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    const [draft] = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[];
    if (!draft) throw new Error('no notice drafted');
    const notice = (await officer.get(`/api/notices/${draft.id}`).expect(200)).body as { text: string; html: string };
    expect(notice.text).toContain('Dear Eve **Bold**,');
    expect(notice.text).toContain(`- Reference: ${breach.reference}`);
    expect(notice.text).toContain('A [link](javascript:alert(1)) and <img src=x onerror=alert(1)> and **not bold**.');
    expect(notice.html).toContain('<p>Dear Eve **Bold**,</p>');
    expect(notice.html).toContain(`<li>Reference: <strong>${breach.reference}</strong></li>`);
    expect(notice.html).toContain('<a href="mailto:');
    expect(notice.html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(notice.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(notice.html).not.toMatch(/<script|<img|javascript:alert\(1\)"|<a href="javascript/);
  });

  it('previews the Markdown on the sample notice as HTML and plain text, with raw HTML shown as text', async () => {
    const res = await admin
      .post('/api/notice-templates/en/preview', {
        body: '## For {{customer.name}}\n\n{{breach.summary}} <b onclick="x()">raw</b>\n\n- [site](https://example.org)',
      })
      .expect(200);
    expect(res.body.html).toContain('<h2>For Sample Customer Ltd</h2>');
    expect(res.body.html).toContain(
      '<p>A file server holding export files was encrypted by ransomware. &lt;b onclick=&quot;x()&quot;&gt;raw&lt;/b&gt;</p>',
    );
    expect(res.body.html).toContain('<li><a href="https://example.org">site</a></li>');
    expect(res.body.html).not.toContain('<b');
    expect(res.body.text).toBe(
      'For Sample Customer Ltd\n\nA file server holding export files was encrypted by ransomware. <b onclick="x()">raw</b>\n\n- site (https://example.org)',
    );
    // the subject in force is used when the preview sends none
    expect(res.body.subject).toMatch(/DL-2026-0001/);
  });
});
