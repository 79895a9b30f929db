import type { Browser } from 'playwright-core';
import { createBreach, customerId, reloadUntil, uniqueTitle, visibleWithin } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';

jest.setTimeout(180_000);

const WAIT = { timeout: 30_000 };

describe('officer + customer: notices to affected customers and the customer portal', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('drafts and sends the notices; the customer opens the link from the mailbox and acknowledges; the officer sees it acknowledged', async () => {
    const officer = await newPage(browser);
    const page = officer.page;
    await loginThroughUi(page, 'officer@lekwacht.test');
    const waterland = await customerId(officer.context, 'Gemeente Waterland');
    const zorggroep = await customerId(officer.context, 'Zorggroep Noord');
    const breach = await createBreach(officer.context, {
      title: uniqueTitle('Verkeerde bijlage met klantgegevens'),
      cause: 'misdirected_mail',
      discoveredHoursAgo: 3,
      affectedCustomers: [
        { customerId: waterland, subjectsCount: 320, role: 'processor' },
        { customerId: zorggroep, subjectsCount: 45, role: 'processor' },
      ],
    });

    // --- draft one notice per affected customer
    await page.goto(`/breaches/${breach.id}`);
    await page.getByRole('heading', { name: `${breach.reference} · ${breach.title}` }).waitFor(WAIT);
    const notices = page.locator('section[aria-labelledby="notices-title"]');
    await notices.getByText(/Er zijn nog geen kennisgevingen/).waitFor(WAIT);
    await notices.getByRole('button', { name: 'Kennisgevingen opstellen' }).click();
    const waterlandRow = notices.getByRole('row', { name: /Gemeente Waterland/ });
    const zorggroepRow = notices.getByRole('row', { name: /Zorggroep Noord/ });
    await waterlandRow.getByText('concept', { exact: true }).waitFor(WAIT);
    // addressed to the contact person, or to management when the customer has none
    await waterlandRow.getByText('Sanne de Vries').waitFor();
    await waterlandRow.getByText('contactpersoon', { exact: true }).waitFor();
    await zorggroepRow.getByText('Raad van Bestuur Zorggroep Noord').waitFor();
    await zorggroepRow.getByText('directie', { exact: true }).waitFor();

    // the officer checks a draft before sending
    await waterlandRow.getByRole('button', { name: 'Kennisgeving aan Gemeente Waterland bekijken' }).click();
    const drawer = page.getByRole('dialog');
    await drawer
      .getByText(new RegExp(`Kennisgeving datalek ${breach.reference}`))
      .first()
      .waitFor(WAIT);
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'detached', timeout: 30_000 });

    // --- send all drafts, after a confirmation
    await notices.getByRole('button', { name: 'Alle concepten versturen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Alle concepten versturen?' });
    await confirm.getByText(/2 concepten worden per e-mail naar de klanten verstuurd/).waitFor(WAIT);
    await confirm.getByRole('button', { name: 'Alle concepten versturen' }).click();
    await confirm.waitFor({ state: 'detached', timeout: 30_000 });
    await reloadUntil(
      page,
      async () =>
        (await visibleWithin(waterlandRow.getByText('verstuurd', { exact: true }))) &&
        (await visibleWithin(zorggroepRow.getByText('verstuurd', { exact: true }))),
      45_000,
      'both notices sent',
    );
    await screenshotOf(notices, '14-notices-sent');

    // sending fulfils the customers' deadlines
    const deadlines = page.locator('section[aria-labelledby="obligations-title"]');
    await deadlines.getByText('Melding aan klant Gemeente Waterland').waitFor();
    // (the page does not refetch the breach when the mail worker delivers: reload to see it)
    await page.reload();
    await deadlines
      .getByText(/gedaan op /)
      .first()
      .waitFor(WAIT);

    // --- the built-in mailbox holds the e-mail with the personal portal link
    await page.goto('/mail');
    await page.getByRole('heading', { name: 'Mailbox' }).waitFor(WAIT);
    const mailRow = page.getByRole('row', { name: new RegExp(`privacy@waterland\\.example.*${breach.reference}`) });
    await mailRow.getByText('klantmelding').waitFor(WAIT);
    await mailRow.getByText('verstuurd', { exact: true }).waitFor(WAIT);
    await mailRow.getByRole('button', { name: new RegExp(breach.reference) }).click();
    const mail = page.getByRole('dialog', { name: 'E-mail' });
    await mail.getByText('Sanne de Vries <privacy@waterland.example>').waitFor(WAIT);
    await mail.getByRole('tab', { name: 'Tekst' }).click();
    const text = await mail.locator('pre, code').filter({ hasText: '/portal/' }).first().innerText();
    await screenshot(page, '15-mailbox-notice');
    const token = /\/portal\/([A-Za-z0-9_-]{20,})/.exec(text)?.[1];
    expect(token).toBeTruthy();

    // --- the customer contact opens the link: no account, no session
    const customer = await newPage(browser);
    const portal = customer.page;
    await portal.goto(`/portal/${token}`);
    await portal
      .getByRole('heading', { level: 1, name: new RegExp(`Kennisgeving datalek ${breach.reference}`) })
      .waitFor(WAIT);
    await portal.getByText('Kennisgeving van een datalek voor Gemeente Waterland').waitFor();
    await portal.getByText(new RegExp(`Referentie:\\s*${breach.reference}`)).waitFor();
    // the notice itself, rendered in a sandboxed frame: addressed to her, about this breach
    const body = portal.frameLocator('iframe').locator('body');
    await body
      .getByText(/Sanne de Vries/)
      .first()
      .waitFor(WAIT);
    await body
      .getByText(new RegExp(`referentie ${breach.reference}`))
      .first()
      .waitFor(WAIT);
    await screenshot(portal, '16-portal-notice');

    // bad input: acknowledging without a name is refused at the field
    const ackCard = portal.locator('section[aria-labelledby="portal-ack-title"]');
    await ackCard.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    await ackCard.getByText('Vul uw naam in.').waitFor();
    await ackCard.getByLabel(/^Uw naam/).fill('Sanne de Vries');
    await ackCard.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    const done = portal.getByRole('status').filter({ hasText: 'Ontvangst bevestigd' });
    await done.waitFor(WAIT);
    await done.getByText(/door Sanne de Vries/).waitFor();
    await screenshotOf(done, '17-portal-acknowledged');
    // the acknowledgement stays: reopening the link shows it again
    await portal.reload();
    await portal.getByText(/Ontvangst bevestigd op .* door Sanne de Vries/).waitFor(WAIT);
    await customer.context.close();

    // --- the officer sees the acknowledgement on the breach
    await page.goto(`/breaches/${breach.id}`);
    await waterlandRow.getByText('bevestigd', { exact: true }).waitFor(WAIT);
    await waterlandRow.getByText('door Sanne de Vries').waitFor();
    await zorggroepRow.getByText('verstuurd', { exact: true }).waitFor();
    await screenshotOf(notices, '18-notices-acknowledged');
    await officer.context.close();
  });
});
