import type { Browser } from 'playwright-core';
import { apiCall, createBreach, customerId, reloadUntil, uniqueTitle, visibleWithin } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';
import { mailTo, portalTokenIn } from './support/mail-sink';

jest.setTimeout(240_000);

const WAIT = { timeout: 30_000 };

/**
 * Issue #15, the stolen-laptop case: a laptop with support exports of three customers is stolen.
 * Each customer is told only its own truth, every notice is reviewed before it goes out, one
 * customer acknowledges in the portal, and a supplementary notice follows when the facts change.
 */
describe('officer + customers: three reviewed notices, one acknowledgement, one follow-up', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('drafts, reviews and sends; each portal shows only its own customer; the follow-up shows up in the portal history', async () => {
    const officer = await newPage(browser);
    const page = officer.page;
    await loginThroughUi(page, 'officer@lekwacht.test');
    const waterland = await customerId(officer.context, 'Gemeente Waterland');
    const zorggroep = await customerId(officer.context, 'Zorggroep Noord');
    const brightside = await customerId(officer.context, 'Brightside Logistics B.V.');
    const breach = await createBreach(officer.context, {
      title: uniqueTitle('Laptop met supportexports gestolen'),
      description: 'INTERN: exports van Gemeente Waterland, Zorggroep Noord en Brightside op de laptop van support.',
      customerSummary: {
        nl: 'Een laptop van een supportmedewerker met exportbestanden is gestolen. De schijf was niet versleuteld.',
        en: 'A support employee’s laptop holding export files was stolen. The disk was not encrypted.',
      },
      cause: 'lost_or_stolen_device',
      discoveredHoursAgo: 3,
      affectedCustomers: [
        {
          customerId: waterland,
          subjectsCount: 320,
          recordsEstimate: 1_280,
          groupsOfPeople: ['inwoners'],
          dataCategories: ['contact', 'national_id_number'],
        },
        {
          customerId: zorggroep,
          subjectsCount: 45,
          recordsEstimate: 90,
          groupsOfPeople: ['cliënten'],
          dataCategories: ['special_category_health'],
        },
        {
          customerId: brightside,
          subjectsCount: 1_200,
          recordsEstimate: 7_500,
          groupsOfPeople: ['drivers'],
          dataCategories: ['contact'],
        },
      ],
    });

    // --- draft one notice per affected customer: not reviewed, so nothing can be sent yet
    await page.goto(`/breaches/${breach.id}/customers`);
    await page.getByRole('heading', { name: `${breach.reference} · ${breach.title}` }).waitFor(WAIT);
    const notices = page.locator('section[aria-labelledby="notices-title"]');
    await notices.getByRole('button', { name: 'Kennisgevingen opstellen' }).click();
    const row = (name: RegExp) => notices.getByRole('row', { name });
    const waterlandRow = row(/Gemeente Waterland/);
    const zorggroepRow = row(/Zorggroep Noord/);
    const brightsideRow = row(/Brightside Logistics/);
    for (const r of [waterlandRow, zorggroepRow, brightsideRow])
      await r.getByText('niet gecontroleerd', { exact: true }).waitFor(WAIT);
    await waterlandRow.getByText('Sanne de Vries').waitFor();
    await zorggroepRow.getByText('directie', { exact: true }).waitFor();
    expect(await notices.getByRole('button', { name: '0 gecontroleerde versturen' }).isDisabled()).toBe(true);

    // --- review: exactly what each customer receives
    await notices.getByRole('button', { name: 'Controleren (3)' }).click();
    const review = page.getByRole('dialog').filter({ hasText: 'Kennisgevingen controleren' });
    await review
      .getByText('Precies wat elke klant ontvangt', { exact: false })
      .or(review.getByText(/Bekijk precies wat elke klant ontvangt/))
      .first()
      .waitFor(WAIT);
    await screenshot(page, '14b-notice-review');
    await review.getByRole('combobox', { name: 'Klant' }).click();
    await page.getByRole('option', { name: 'Gemeente Waterland' }).click();
    const text = review.locator('pre');
    await text.getByText(/Beste Sanne de Vries/).waitFor(WAIT);
    const waterlandText = await text.innerText();
    expect(waterlandText).toContain('Een laptop van een supportmedewerker');
    expect(waterlandText).toContain('320');
    expect(waterlandText).not.toContain('INTERN');
    expect(waterlandText).not.toContain('Zorggroep');
    expect(waterlandText).not.toContain('Brightside');
    await screenshot(page, '14b-notice-review');
    await review.getByRole('tab', { name: 'Portaalpagina' }).click();
    await review.getByText('Het portaal toont deze kennisgeving.').waitFor(WAIT);
    await review.getByText(/^Steekproef \(3 klanten\)$/).click();
    await review
      .getByText(/Dear James Carter/)
      .first()
      .waitFor(WAIT);
    await review.getByRole('button', { name: 'Alle 3 concepten gecontroleerd' }).click();
    await page.getByText('Controle van 3 concepten vastgelegd.').waitFor(WAIT);
    await review.getByRole('button', { name: 'Sluiten' }).last().click();
    await review.waitFor({ state: 'detached', timeout: 30_000 });
    for (const r of [waterlandRow, zorggroepRow, brightsideRow])
      await r.getByText('gecontroleerd', { exact: true }).waitFor(WAIT);

    // --- send the reviewed notices, after a confirmation
    await notices.getByRole('button', { name: '3 gecontroleerde versturen' }).click();
    const confirm = page.getByRole('dialog', { name: 'Gecontroleerde kennisgevingen versturen?' });
    await confirm.getByRole('button', { name: '3 gecontroleerde versturen' }).click();
    await confirm.waitFor({ state: 'detached', timeout: 30_000 });
    await reloadUntil(
      page,
      async () =>
        (await visibleWithin(waterlandRow.getByText('verstuurd', { exact: true }))) &&
        (await visibleWithin(zorggroepRow.getByText('verstuurd', { exact: true }))) &&
        (await visibleWithin(brightsideRow.getByText('verstuurd', { exact: true }))),
      60_000,
      'three notices sent',
    );
    await screenshotOf(notices, '14-notices-sent');

    // --- the officer opens what went to Waterland in the mailbox: Waterland's slice, nothing internal
    await page.goto(`/mail?breachId=${breach.id}`);
    await page.getByRole('row').filter({ hasText: 'privacy@waterland.example' }).first().click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('tab', { name: 'Tekst' }).click();
    const mailText = await drawer.getByRole('tabpanel').innerText();
    expect(mailText).toContain('Sanne de Vries');
    for (const other of ['INTERN', 'Zorggroep', 'Brightside', '1.200']) expect(mailText).not.toContain(other);
    await screenshot(page, '15-mailbox-notice');
    await page.goto(`/breaches/${breach.id}/customers`);

    // --- Waterland's contact opens her personal link: only Waterland's truth, then acknowledges
    const customer = await newPage(browser);
    const portal = customer.page;
    await portal.goto(`/portal/${portalTokenIn(await mailTo('privacy@waterland.example', breach.reference))}`);
    await portal.getByRole('heading', { level: 1, name: new RegExp(breach.reference) }).waitFor(WAIT);
    const pageText = async () =>
      `${await portal.locator('body').innerText()} ${await portal
        .frameLocator('iframe')
        .first()
        .locator('body')
        .innerText()
        .catch(() => '')}`;
    // the notice may be drawn in the page or in a sandboxed frame: read both until it is there
    for (let i = 0; i < 60 && !(await pageText()).includes('Sanne de Vries'); i++) await portal.waitForTimeout(500);
    const seen = await pageText();
    expect(seen).toContain('320');
    for (const other of ['INTERN', 'Zorggroep', 'Brightside', '1.200', 'cliënten']) expect(seen).not.toContain(other);
    await screenshot(portal, '16-portal-notice');
    const ackCard = portal.locator('section[aria-labelledby="portal-ack-title"]');
    await ackCard.getByLabel(/^Uw naam/).fill('Sanne de Vries');
    await ackCard.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    const done = portal.getByRole('status').filter({ hasText: 'Ontvangst bevestigd' });
    await done.waitFor(WAIT);
    await screenshotOf(done, '17-portal-acknowledged');
    await page.reload();
    await waterlandRow.getByText('bevestigd', { exact: true }).waitFor(WAIT);
    await screenshotOf(notices, '18-notices-acknowledged');

    // --- the facts change: a supplementary notice to the same recipients, reviewed and sent
    const patched = await apiCall(officer.context, 'PATCH', `/api/breaches/${breach.id}`, {
      customerSummary: {
        nl: 'Update: de laptop is teruggevonden; er is geen toegang tot de bestanden vastgesteld.',
        en: 'Update: the laptop was recovered; no access to the files was found.',
      },
    });
    expect(patched.status).toBe(200);
    await page.reload();
    await notices.getByRole('button', { name: 'Aanvulling opstellen' }).click();
    const followUp = page.getByRole('dialog', { name: 'Aanvullende kennisgeving opstellen?' });
    await followUp.getByRole('button', { name: 'Aanvulling opstellen' }).click();
    await followUp.waitFor({ state: 'detached', timeout: 30_000 });
    await notices.getByText('aanvulling 2').first().waitFor(WAIT);
    await notices.getByRole('button', { name: 'Controleren (3)' }).click();
    await review.getByRole('button', { name: 'Alle 3 concepten gecontroleerd' }).click();
    await page.getByText('Controle van 3 concepten vastgelegd.').waitFor(WAIT);
    await review.getByRole('button', { name: 'Sluiten' }).last().click();
    await notices.getByRole('button', { name: '3 gecontroleerde versturen' }).click();
    await confirm.getByRole('button', { name: '3 gecontroleerde versturen' }).click();

    const supplement = await mailTo('privacy@waterland.example', 'Aanvulling op kennisgeving', 60_000);
    expect(supplement.text).toContain('de laptop is teruggevonden');
    await portal.goto(`/portal/${portalTokenIn(supplement)}`);
    const history = portal.locator('section[aria-labelledby="portal-history-title"]');
    await history.getByText('Alle kennisgevingen over dit datalek').waitFor(WAIT);
    const items = history.getByRole('button', { name: /Aanvulling|Kennisgeving/ });
    expect(await items.count()).toBe(2);
    expect(await items.first().innerText()).toContain('Aanvulling');
    await screenshotOf(history, '18b-portal-history');
    await customer.context.close();
    await officer.context.close();
  });
});
