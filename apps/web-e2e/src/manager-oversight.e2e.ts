import type { Browser } from 'playwright-core';
import { apiCall, createBreach, uniqueTitle } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';
import type { SunkMail } from './support/mail-sink';

jest.setTimeout(180_000);

const WAIT = { timeout: 30_000 };
const MAILBOX = { name: 'Directie-postbus', email: 'directie-postbus@softmakers.example' };

/** The recipient's inbox: the escalation digest that lists this breach (one mail per interval lists everything due). */
async function digestMentioning(to: string, reference: string, timeoutMs = 60_000): Promise<SunkMail> {
  const url = process.env['E2E_MAIL_SINK_URL'];
  if (!url) throw new Error('E2E_MAIL_SINK_URL is not set (support/global-setup.ts)');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(url)).json()) as SunkMail[];
    const found = mails
      .filter((m) => m.to === to && m.subject.startsWith('[Lekwacht]') && m.text.includes(reference))
      .pop();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no escalation mail to ${to} about ${reference}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The page link of the first item about `reference` in a digest (as a path: the app under test serves it). */
function escalationLinkIn(text: string, reference: string): string {
  const from = text.search(new RegExp(`^\\d+\\. ${reference} `, 'm'));
  const match = /https?:\/\/[^\s]+\/escalations\/[0-9a-f-]+\?r=[\w-]+/.exec(text.slice(from));
  if (from < 0 || !match) throw new Error(`no escalation link for ${reference} in:\n${text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}

describe('manager: clock board, escalations and reports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('sees a late breach on the clock board, acknowledges its escalation and reads the reports', async () => {
    // Escalation mail is bundled: at most one mail per manager per 15 minutes. The demo data's
    // escalations already mailed the managers when the app started, so this journey (about the
    // page behind the link, not the bundling, which escalation-digest.int-spec.ts covers) sends at once.
    const admin = await newPage(browser);
    await loginThroughUi(admin.page, 'admin@lekwacht.test');
    const { defaultPolicy: _default, ...settings } = (
      await apiCall<Record<string, unknown>>(admin.context, 'GET', '/api/escalation-policy')
    ).body;
    expect(settings['digestIntervalMinutes']).toBe(15);
    // the management mailbox has no account: it acknowledges with the one-time code from its own mail
    const configure = async (patch: Record<string, unknown>) =>
      expect((await apiCall(admin.context, 'PUT', '/api/escalation-policy', { ...settings, ...patch })).status).toBe(
        200,
      );
    await configure({ digestIntervalMinutes: 0, managementMailbox: MAILBOX });
    try {
      await journey(browser);
    } finally {
      await configure({});
      await admin.context.close();
    }
  });
});

/** The journey itself: clock board, the escalation mail page, the breach page, the reports. */
async function journey(browser: Browser) {
  // a breach registered late: discovered 70 hours ago, so the AP deadline is 2 hours away and the
  // escalation to management is already due (it fires at once, as a catch-up)
  const officer = await newPage(browser);
  await loginThroughUi(officer.page, 'officer@lekwacht.test');
  const breach = await createBreach(officer.context, {
    title: uniqueTitle('Ransomware op fileserver'),
    cause: 'malware',
    discoveredHoursAgo: 70,
    facts: {
      role: 'controller',
      dataCategories: ['contact', 'special_category_health'],
      dpcAdjustment: 0,
      dpcAdjustmentReason: null,
      subjectsCount: 2400,
      vulnerableSubjects: true,
      identifiability: 'maximum',
      confidentiality: 'unknown_recipients',
      integrity: 'none',
      availability: 'temporary',
      malicious: true,
      dataUnintelligible: false,
      recipientTrusted: false,
      exfiltrationEvidence: null,
      backupAvailable: true,
      financialUndertaking: false,
    },
  });
  await officer.context.close();

  const { context, page } = await newPage(browser);
  await loginThroughUi(page, 'manager@lekwacht.test');

  // --- the escalation to management fired and reached the manager's inbox as a digest; the link
  // opens a page that changes nothing until the manager deliberately acknowledges
  const mail = await digestMentioning('manager@lekwacht.test', breach.reference);
  const link = escalationLinkIn(mail.text, breach.reference);
  const escalationId = /\/escalations\/([0-9a-f-]+)/.exec(link)![1]!;
  const state = async () =>
    (
      await apiCall<{ id: string; state: string; recipients: { email: string; acknowledgedAt: string | null }[] }[]>(
        context,
        'GET',
        `/api/escalations?breachId=${breach.id}`,
      )
    ).body.find((e) => e.id === escalationId)!;

  // a mail scanner (no session) opens the link: it sees the page, nothing is acknowledged
  const scanner = await newPage(browser);
  await scanner.page.goto(link);
  await scanner.page.getByRole('heading', { name: 'Melding aan de Autoriteit Persoonsgegevens' }).waitFor(WAIT);
  await scanner.page.getByRole('link', { name: 'Inloggen om te bevestigen' }).waitFor(WAIT);
  await scanner.context.close();
  expect((await state()).state).toBe('fired');

  // the manager opens the same link logged in and acknowledges from the page
  await page.goto(link);
  const ackCard = page.locator('section[aria-labelledby="escalation-ack-title"]');
  await page.getByText(`${breach.reference}`, { exact: false }).first().waitFor(WAIT);
  await screenshot(page, '20-escalation-mail-page');
  await ackCard.getByRole('button', { name: 'Bevestigen als Maarten Manager' }).click();
  await page.getByRole('status').filter({ hasText: 'Bevestigd' }).waitFor(WAIT);
  await page.getByText(/Maarten Manager — /).waitFor(WAIT);
  await screenshot(page, '20-escalation-acknowledged');
  const after = await state();
  expect(after.state).toBe('acknowledged');
  expect(after.recipients.filter((r) => r.acknowledgedAt).map((r) => r.email)).toEqual(['manager@lekwacht.test']);
  expect(after.recipients.map((r) => r.email)).toContain(MAILBOX.email);

  // the management mailbox (no account) opens its own link on a phone, without a session, and uses its code
  const boxMail = await digestMentioning(MAILBOX.email, breach.reference);
  const boxLink = escalationLinkIn(boxMail.text, breach.reference);
  expect(boxLink).not.toBe(link); // its own token
  const code = new RegExp(`${boxLink.replace(/[?]/g, '\\?')}\\s+Uw eenmalige code om te bevestigen: (\\S+)`).exec(
    boxMail.text,
  )?.[1];
  expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(mail.text).not.toContain(code!); // the manager's mail carries no one's code
  const phone = await newPage(browser);
  await phone.page.setViewportSize({ width: 390, height: 844 });
  await phone.page.goto(boxLink);
  const codeInput = phone.page.getByLabel('Eenmalige code');
  await codeInput.waitFor(WAIT);
  await codeInput.fill('AAAA-AAAA');
  await phone.page.getByRole('button', { name: 'Bevestigen met code' }).click();
  await phone.page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor(WAIT);
  await screenshot(phone.page, '20-escalation-code-page-phone');
  await codeInput.fill(code!);
  await phone.page.getByRole('button', { name: 'Bevestigen met code' }).click();
  await phone.page.getByRole('status').filter({ hasText: 'Bevestigd' }).waitFor(WAIT);
  await phone.context.close();
  expect(
    (await state()).recipients
      .filter((r) => r.acknowledgedAt)
      .map((r) => r.email)
      .sort(),
  ).toEqual([MAILBOX.email, 'manager@lekwacht.test']);

  // the breach page's escalations tab shows who acknowledged; the timeline says so
  await page.getByRole('link', { name: 'Datalek openen' }).click();
  await page.waitForURL(`**/breaches/${breach.id}/escalations`);
  await page.getByRole('heading', { name: `${breach.reference} · ${breach.title}` }).waitFor(WAIT);
  const escalations = page.locator('section[aria-labelledby="escalations-title"]');
  await escalations
    .getByText(/bevestigd op .*\(Maarten Manager\)/)
    .first()
    .waitFor(WAIT);
  await screenshotOf(escalations, '20-escalation-acknowledged-breach-page');
  await page.getByRole('tab', { name: 'Notities en tijdlijn' }).click();
  await page.getByText('Escalatie bevestigd door Maarten Manager (manager@lekwacht.test)').first().waitFor(WAIT);

  // --- the clock board: every open deadline, this one near the top with 2 hours left
  // (after the escalation part, which does not depend on the board)
  await page.goto('/');
  await page.getByRole('heading', { name: 'Klokbord' }).waitFor(WAIT);
  const board = page.getByRole('table', { name: 'Openstaande meldtermijnen' });
  await board.waitFor(WAIT);
  // the flat list names the breach on every row
  await page.getByText('Lijst', { exact: true }).click();
  const card = board.getByRole('row').filter({ hasText: breach.reference }).filter({ hasText: 'Melding AP' });
  await card.waitFor(WAIT);
  await card.getByText(/^nog (1 u( \d+ min)?|\d+ min|2 u( 0 min)?)$/).waitFor();
  // the AP duty is labelled as the statutory duty it is (a customer's as contractual)
  await card.getByText('Wettelijk · AVG art. 33', { exact: true }).waitFor();
  await screenshot(page, '19-clock-board');

  // --- reports: real figures over the last 12 months, including this breach
  await page.goto('/reports');
  await page.getByRole('heading', { name: 'Rapportages' }).waitFor(WAIT);
  const breachesKpi = page.getByRole('region', { name: 'Datalekken', exact: true });
  await breachesKpi.waitFor(WAIT);
  const count = Number((await breachesKpi.locator('p, div').nth(1).innerText()).trim());
  expect(count).toBeGreaterThanOrEqual(1);
  await page
    .getByRole('region', { name: 'Tijdig gemeld bij AP' })
    .getByText(/\d+ op tijd · \d+ te laat/)
    .waitFor();
  const causes = page.locator('section[aria-labelledby="report-causes-heading"]');
  await causes.getByText('Malware / ransomware').first().waitFor(WAIT);
  const categories = page.locator('section[aria-labelledby="report-categories-heading"]');
  await categories.getByText('Gezondheidsgegevens').first().waitFor(WAIT);
  await page.locator('section[aria-labelledby="report-trend-heading"]').waitFor();
  await screenshot(page, '21-reports');

  // a period without breaches says so instead of showing zeros
  // typed as a Dutch user types dates, whatever the browser's locale
  await page.getByLabel('Van', { exact: true }).fill('01-01-2001');
  await page.getByLabel('Tot en met', { exact: true }).fill('31-12-2001');
  await page.getByText('Geen datalekken in deze periode').waitFor(WAIT);
  await context.close();
}
