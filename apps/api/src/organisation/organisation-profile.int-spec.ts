import { DataSource } from 'typeorm';
import { inspectPdf } from '../security/pdf-inspect';
import { keepSetting } from '../testing/keep-rows';
import { type LoggedIn, startTestApp, type TestApp, unique } from '../testing/test-app';

const PNG_1PX =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export const ORG_PROFILE = {
  name: 'Veilig & Zeker B.V.',
  logoDataUrl: PNG_1PX,
  primaryColour: '#0A7A3E',
  contactPoint: { name: 'Fenna Functionaris', email: 'fg@veilig-zeker.example', phone: '+31 20 555 0100' },
};

describe('organisation profile (HTTP, real database)', () => {
  let t: TestApp;
  let admin: LoggedIn;
  let officer: LoggedIn;
  let restoreProfile: () => Promise<void>;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.loginAs('admin');
    officer = await t.loginAs('officer');
    const ds = t.app.get(DataSource);
    restoreProfile = await keepSetting(ds, 'organisation_profile');
    // this file starts from the default vendor, whatever profile it found
    await ds.query(`DELETE FROM app_settings WHERE key = 'organisation_profile'`);
  });
  // Later files in this worker get the profile back exactly as this file found it.
  afterAll(async () => {
    await restoreProfile();
    await t.close();
  });

  it('defaults to the vendor of the privacy statement, readable without a session', async () => {
    const res = await t.http().get('/api/organisation-profile').expect(200);
    expect(res.body).toEqual({
      name: 'Softmakers B.V.',
      logoDataUrl: null,
      primaryColour: '#1c4e80',
      contactPoint: { name: 'Privacy officer Softmakers B.V.', email: 'info@softmakers.nl', phone: null },
    });
    expect(JSON.stringify(res.body)).not.toMatch(/lekwacht/i);
  });

  it('lets only an admin save it, audited without the logo bytes', async () => {
    await officer.put('/api/organisation-profile', ORG_PROFILE).expect(403);
    const saved = (await admin.put('/api/organisation-profile', ORG_PROFILE).expect(200)).body;
    expect(saved).toEqual({ ...ORG_PROFILE, primaryColour: '#0a7a3e' });
    expect((await officer.get('/api/organisation-profile').expect(200)).body.name).toBe('Veilig & Zeker B.V.');
    const [event] = (await t.app
      .get(DataSource)
      .query(
        `SELECT after FROM audit_events WHERE action = 'organisation.profile_updated' ORDER BY seq DESC LIMIT 1`,
      )) as { after: { name: string; logoDataUrl: string } }[];
    expect(event.after.name).toBe('Veilig & Zeker B.V.');
    expect(event.after.logoDataUrl).toMatch(/^data:image\/png;base64,… \(\d+ chars\)$/);
  });

  it.each([
    [{ ...ORG_PROFILE, name: '' }, /^name /],
    [{ ...ORG_PROFILE, primaryColour: 'red' }, /^primaryColour must be a colour/],
    [
      { ...ORG_PROFILE, logoDataUrl: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+' },
      /^logoDataUrl must be a data:image\/png/,
    ],
    [
      { ...ORG_PROFILE, logoDataUrl: 'data:image/png;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==' },
      /^logoDataUrl content is not a image\/png/,
    ],
    [
      { ...ORG_PROFILE, logoDataUrl: `data:image/png;base64,iVBORw0K${'A'.repeat(280_000)}` },
      /^logoDataUrl must be at most 200 KB/,
    ],
    [
      { ...ORG_PROFILE, contactPoint: { ...ORG_PROFILE.contactPoint, email: 'nope' } },
      /^contactPoint\.email must be an email/,
    ],
  ])('refuses bad input %#, naming the field', async (body, message) => {
    const res = await admin.put('/api/organisation-profile', body).expect(400);
    expect(res.body.message).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('brands the notice mail (text and HTML), the portal and the PDF with the profile, not the product', async () => {
    await admin.put('/api/organisation-profile', ORG_PROFILE).expect(200);
    const customer = (
      await admin
        .post('/api/customers', {
          name: unique('Klant Merk'),
          contactPerson: { name: 'Carla Contact', email: `${unique('c')}@klant.example` },
          management: { name: 'Directie', email: 'directie@klant.example' },
          language: 'nl',
        })
        .expect(201)
    ).body as { id: string };
    const breach = (
      await officer
        .post('/api/breaches', {
          title: unique('Laptop'),
          customerSummary: { nl: 'Een laptop met ondersteuningsexports is gestolen.' },
          cause: 'lost_or_stolen_device',
          discoveredAt: new Date(Date.now() - 3_600_000).toISOString(),
          affectedCustomers: [{ customerId: customer.id, subjectsCount: 40, role: 'processor' }],
        })
        .expect(201)
    ).body as { id: string };
    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    const drafts = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[];
    await officer.post(`/api/breaches/${breach.id}/notices/review`, { noticeIds: drafts.map((n) => n.id) }).expect(200);
    await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    const [notice] = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as {
      outboxMessageId: string;
    }[];
    // What actually leaves the system: the stored outbox message (the mailbox view redacts the link).
    const [mail] = (await t.app
      .get(DataSource)
      .query(`SELECT subject, text, html, from_name FROM outbox_messages WHERE id = $1`, [
        notice?.outboxMessageId,
      ])) as {
      subject: string;
      text: string;
      html: string;
      from_name: string;
    }[];
    if (!mail) throw new Error('notice mail not in the outbox');
    // It goes out in the organisation's name ("Veilig & Zeker B.V." <configured address>), not the product's.
    expect(mail.from_name).toBe('Veilig & Zeker B.V.');
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).toMatch(/Veilig (&amp;|&) Zeker B\.V\./);
      expect(part).not.toContain('Lekwacht');
      expect(part).not.toContain('Softmakers');
    }
    expect(mail.text).toContain('fg@veilig-zeker.example');
    // The HTML escapes the name: the ampersand never reaches the mail raw.
    expect(mail.html).not.toContain('Veilig & Zeker');
    // The brand colour heads the HTML mail (no logo there: mail clients block data: images).
    expect(mail.html).toContain('border-top:6px solid #0a7a3e');
    expect(mail.html).not.toContain('<img');

    const token = /\/portal\/([A-Za-z0-9_-]{43})/.exec(mail.text)?.[1] ?? '';
    const portal = await t.http().get(`/api/portal/notices/${token}`).expect(200);
    expect(portal.body.organisation).toEqual({ ...ORG_PROFILE, primaryColour: '#0a7a3e' });
    expect(portal.body.controllerDecisionHours).toBe(72);
    expect(JSON.stringify(portal.body)).not.toContain('Lekwacht');

    const pdf = await t
      .http()
      .get(`/api/portal/notices/${token}/pdf`)
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const body = pdf.body as Buffer;
    const text = inspectPdf(body).text;
    expect(text).toContain('Veilig & Zeker B.V.');
    expect(text).toContain('fg@veilig-zeker.example');
    expect(text).not.toContain('Lekwacht');
    expect(body.toString('latin1')).not.toContain('Lekwacht');
  });
});
