import { DEFAULT_TEMPLATES } from './notice-rendering';
import { type LoggedIn, startTestApp, type TestApp } from '../testing/test-app';

describe('notice templates: fields and escaping (HTTP, real database)', () => {
  let t: TestApp;
  let admin: LoggedIn;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin');
  });
  afterAll(() => t.close());

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

  it('refuses an unknown field with 400 naming it and the template part', async () => {
    const res = await put({ bodyText: 'Internal: {{breach.description}} for {{customer.name}}' }).expect(400);
    expect(res.body.message).toEqual([expect.stringMatching(/^bodyText: .*unknown field\(s\): breach\.description$/)]);
    const preview = await admin.post('/api/notice-templates/en/preview', { subject: '{{breach.title}}' }).expect(400);
    expect(preview.body.message).toEqual([expect.stringMatching(/^subject: .*unknown field\(s\): breach\.title/)]);
  });

  it.each([
    '{{{breach.summary}}}',
    '{{~{breach.summary}~}}',
    '{{~&breach.summary~}}',
    '{{&breach.summary}}',
    '{{log customer.name}}',
    '{{> evil}}',
    '{{{{raw}}}}<script>{{{{/raw}}}}',
  ])('refuses raw-HTML and helper form %j in every part', async (form) => {
    for (const part of ['subject', 'bodyText', 'bodyHtml'] as const) {
      const res = await put({ [part]: `<p>${form}</p>` }).expect(400);
      expect((res.body.message as string[]).join()).toMatch(new RegExp(`^${part}: `));
    }
  });

  it('escapes HTML written into the template source and the fields in the live preview', async () => {
    const res = await admin
      .post('/api/notice-templates/en/preview', {
        bodyHtml: '<p>{{customer.name}} – {{breach.summary}}</p>',
      })
      .expect(200);
    expect(res.body.html).toContain(
      '<p>Sample Customer Ltd – A file server holding export files was encrypted by ransomware.</p>',
    );
  });
});
