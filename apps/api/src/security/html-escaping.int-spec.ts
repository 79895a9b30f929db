import type request from 'supertest';
import { EscalationEngine } from '../escalations/escalation-engine';
import { deliveredMail } from '../testing/delivered-mail';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { ACTIVE_PDF_NAMES, inspectPdf } from './pdf-inspect';

const HOUR = 3_600_000;
/** HTML that would run script if any output put it into markup unescaped. */
const HTML = '<img src=x onerror=alert(1)><script>x</script>';
/** What those tags look like escaped (attributes are not matched: only `&<>"'` are escaped). */
const HTML_ESCAPED = ['&lt;img src', '&lt;script&gt;x&lt;/script&gt;'];
/** PDF syntax that would add an auto-run action if a string were written into the file unescaped. */
const PDF = ') /OpenAction << /S /JavaScript /JS (app.alert(1)) >> (';

const binary = (req: request.Test) =>
  req.buffer(true).parse((res, cb) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    res.on('end', () => cb(null, Buffer.concat(chunks)));
  });
const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * What an officer types into a breach reaches customers and management as text, never as markup:
 * escaped in the HTML part of notice and escalation mails, drawn as literal characters in the
 * notice PDF and the AP notification PDF (with no PDF action smuggled in through a string).
 */
describe('HTML and PDF injection through breach fields', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let breach: { id: string; reference: string; title: string };
  let mails: { id: string; kind: string; subject: string }[];

  beforeAll(async () => {
    t = await startTestApp();
    officer = await t.loginAs('officer');
    const admin = await t.loginAs('admin');
    const customer = await admin
      .post('/api/customers', {
        name: unique('Klant XSS'),
        contactPerson: null,
        management: { name: 'Directie', email: `${unique('d')}@xss.example` },
        language: 'nl',
      })
      .expect(201);
    breach = (
      await officer
        .post('/api/breaches', {
          title: `${unique('XSS')} ${HTML} ${PDF}`,
          description: `Omschrijving ${HTML} ${PDF}`,
          customerSummary: { nl: `Samenvatting ${HTML} ${PDF}` },
          likelyConsequences: `Gevolgen ${HTML}`,
          measuresTaken: `Maatregelen ${HTML}`,
          cause: 'hacking',
          // 61 h ago: the AP duty is within 12 h, so the escalation engine mails at once
          discoveredAt: new Date(Date.now() - 61 * HOUR).toISOString(),
          contactPersonId: null,
          affectedCustomers: [{ customerId: customer.body.id, subjectsCount: 10, role: 'processor' }],
        })
        .expect(201)
    ).body;
    await officer.post(`/api/breaches/${breach.id}/notices`).expect(201);
    await officer
      .post(`/api/breaches/${breach.id}/notices/review`, {
        noticeIds: ((await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[]).map(
          (n) => n.id,
        ),
      })
      .expect(200);
    await officer.post(`/api/breaches/${breach.id}/notices/send`).expect(200);
    await t.app.get(EscalationEngine).fireDue();
    mails = (await officer.get(`/api/mail?breachId=${breach.id}`).expect(200)).body;
  });
  afterAll(() => t.close());

  const expectEscapedHtml = (html: string, what: string) => {
    expect({
      what,
      script: html.includes('<script'),
      img: html.includes('<img'),
      onerror: /<[^>]*onerror/i.test(html),
    }).toEqual({ what, script: false, img: false, onerror: false });
    for (const e of HTML_ESCAPED) expect(html).toContain(e);
  };

  it('escapes the fields in the HTML part of the notice mail (and the notice itself)', async () => {
    const noticeMails = mails.filter((m) => m.kind === 'notice');
    expect(noticeMails).toHaveLength(1);
    const mail = (await officer.get(`/api/mail/${noticeMails[0]!.id}`).expect(200)).body as {
      html: string;
      text: string;
    };
    expectEscapedHtml(mail.html, 'notice mail html');
    // the plain-text part keeps what was typed, as text
    expect(mail.text).toContain(HTML);
    const [listed] = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[];
    const notice = (await officer.get(`/api/notices/${listed!.id}`).expect(200)).body as { html: string };
    expectEscapedHtml(notice.html, 'notice html');
  });

  it('renders breach fields in the Markdown notice as literal text: no Markdown or HTML from a field', async () => {
    const [listed] = (await officer.get(`/api/breaches/${breach.id}/notices`).expect(200)).body as { id: string }[];
    if (!listed) throw new Error('no notice drafted');
    const notice = (await officer.get(`/api/notices/${listed.id}`).expect(200)).body as { html: string; text: string };
    // The PDF syntax in the summary keeps its brackets and slashes; nothing became a link or emphasis.
    expect(notice.text).toContain(`Samenvatting ${HTML} ${PDF}`);
    expect(notice.html).toContain('/OpenAction &lt;&lt; /S /JavaScript /JS (app.alert(1)) &gt;&gt; (');
    expect(
      notice.html.match(/<[a-z][a-z0-9]*/g)?.filter((tag) => !/^<(p|br|strong|em|h2|ul|li|div|a)$/.test(tag)) ?? [],
    ).toEqual([]);
  });

  it('escapes the breach title in the HTML part of escalation mails', async () => {
    const escalationMails = mails.filter((m) => m.kind === 'escalation');
    expect(escalationMails.length).toBeGreaterThan(0);
    for (const m of escalationMails) {
      const mail = (await officer.get(`/api/mail/${m.id}`).expect(200)).body as { html: string; text: string };
      expect(mail.html).not.toContain('<script');
      expect(mail.html).not.toContain('<img');
      expect(mail.html).toContain(HTML_ESCAPED[1]);
      expect(mail.text).toContain(HTML);
    }
    process.stdout.write(`html escaping: 1 notice mail and ${escalationMails.length} escalation mail(s) checked\n`);
  });

  it('draws the fields as literal text in the notice PDF, with no PDF action injected', async () => {
    const [mail] = mails.filter((m) => m.kind === 'notice');
    const { text } = await deliveredMail(t, mail!.id);
    const token = /\/portal\/([A-Za-z0-9_-]{43})/.exec(text)![1]!;
    const res = await binary(t.http().get(`/api/portal/notices/${token}/pdf`)).expect(200);
    const pdf = inspectPdf(res.body as Buffer);
    expect(squash(pdf.text)).toContain(squash(HTML));
    expect(squash(pdf.text)).toContain(squash(PDF));
    expect(ACTIVE_PDF_NAMES.filter((n) => pdf.names.has(n))).toEqual([]);
  });

  it('draws the fields as literal text in the AP notification PDF, with no PDF action injected', async () => {
    await officer
      .put(`/api/breaches/${breach.id}/authority-notification`, {
        content: { other: { additionalInformation: `Toelichting ${HTML} ${PDF}` } },
      })
      .expect(200);
    const res = await binary(officer.get(`/api/breaches/${breach.id}/authority-notification/export?format=pdf`)).expect(
      200,
    );
    expect(res.headers['content-type']).toContain('application/pdf');
    const pdf = inspectPdf(res.body as Buffer);
    expect(squash(pdf.text)).toContain(squash(`Toelichting ${HTML} ${PDF}`));
    expect(ACTIVE_PDF_NAMES.filter((n) => pdf.names.has(n))).toEqual([]);
    // the inspector does see names: a sanity check that it parsed the file at all
    expect(pdf.names.has('/Font')).toBe(true);
  });
});
