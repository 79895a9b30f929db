import type { Browser, Page } from 'playwright-core';
import { apiCall, createBreach, uniqueTitle } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';
import { dutchParts } from './support/dutch-time';

const times = (page: Page) => page.getByRole('region', { name: 'Tijdstippen' });
const handling = (page: Page) => page.getByRole('region', { name: 'Afhandeling' });

describe('officer: edit a registered breach (English browser, Dutch UI)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('edits contained-at, measures and consequences in dd-mm-jjjj 24-hour, gets Dutch field messages and confirms closing', async () => {
    // an English browser: native pickers would show "12/06/2026, 05:40 PM" here
    const { context, page } = await newPage(browser, { locale: 'en-US' });
    await loginThroughUi(page, 'officer@lekwacht.test');
    const breach = await createBreach(context, { title: uniqueTitle('Bewerken'), discoveredHoursAgo: 30 });
    const detail = await apiCall<{ discoveredAt: string }>(context, 'GET', `/api/breaches/${breach.id}`);
    const discovered = Date.parse(detail.body.discoveredAt);

    await page.goto(`/breaches/${breach.id}`);
    await page.getByRole('heading', { name: new RegExp(breach.reference) }).waitFor();
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');

    // the discovery is shown in Dutch notation whatever the browser's locale
    const shown = dutchParts(discovered);
    await times(page).getByText(`${shown.date} ${shown.time}`).waitFor();
    expect(await times(page).innerText()).not.toMatch(/\b(AM|PM)\b/);

    // edit the times: the fields are text in dd-mm-jjjj and uu:mm, not a native picker
    await page.getByRole('button', { name: 'Tijdstippen bewerken' }).click();
    const date = page.getByRole('textbox', { name: 'Ingedamd op, datum' });
    const time = page.getByRole('textbox', { name: 'Ingedamd op, tijd' });
    expect(await date.getAttribute('placeholder')).toBe('dd-mm-jjjj');
    expect(await time.getAttribute('placeholder')).toBe('uu:mm');
    // the discovery appears as dd-mm-jjjj
    expect(await page.getByRole('textbox', { name: 'Ontdekt op, datum' }).inputValue()).toBe(shown.date);
    expect(await page.getByRole('textbox', { name: 'Ontdekt op, tijd' }).inputValue()).toBe(shown.time);

    // a date that does not exist: a Dutch message at the field, from the field itself
    await date.fill('31-02-2026');
    await time.fill('10:00');
    await time.blur();
    await times(page).getByText('Onbekende datum. Gebruik dd-mm-jjjj, bijvoorbeeld 20-11-2026.').waitFor();

    // a moment in the future: refused by the API (notInFuture), shown translated at the field
    const future = dutchParts(Date.now() + 3 * 24 * 3600_000);
    await date.fill(future.date);
    await time.fill('14:30');
    await times(page).getByRole('button', { name: 'Opslaan' }).click();
    await times(page).getByText('Mag niet in de toekomst liggen.').waitFor();
    expect(await times(page).innerText()).not.toMatch(/must not|containedAt/);
    await screenshotOf(times(page), '30-edit-breach-times-error');

    // a good value: one hour after discovery, 24-hour clock
    const contained = discovered + 3600_000;
    const wanted = dutchParts(contained);
    await date.fill(wanted.date);
    await time.fill(wanted.time);
    await times(page).getByRole('button', { name: 'Opslaan' }).click();
    await times(page).getByRole('button', { name: 'Tijdstippen bewerken' }).waitFor();
    await times(page).getByText(`${wanted.date} ${wanted.time}`).waitFor();

    // measures and consequences
    await page.getByRole('button', { name: 'Afhandeling bewerken' }).click();
    await handling(page)
      .getByLabel('Genomen maatregelen')
      .fill('Server afgesloten, wachtwoorden van alle beheerders vervangen.');
    await handling(page)
      .getByLabel('Waarschijnlijke gevolgen')
      .fill('Betrokkenen kunnen phishingmails ontvangen; geen financiële schade verwacht.');
    await screenshotOf(handling(page), '31-edit-breach-handling');
    await handling(page).getByRole('button', { name: 'Opslaan' }).click();
    await handling(page).getByText('Server afgesloten, wachtwoorden van alle beheerders vervangen.').waitFor();

    const saved = await apiCall<{ containedAt: string; measuresTaken: string; likelyConsequences: string }>(
      context,
      'GET',
      `/api/breaches/${breach.id}`,
    );
    expect(Date.parse(saved.body.containedAt)).toBe(contained - (contained % 60_000));
    expect(saved.body.measuresTaken).toBe('Server afgesloten, wachtwoorden van alle beheerders vervangen.');
    expect(saved.body.likelyConsequences).toMatch(/^Betrokkenen kunnen phishingmails/);

    // the timeline records the edit
    await page.getByRole('tab', { name: 'Notities en tijdlijn' }).click();
    await page
      .getByRole('region', { name: 'Tijdlijn' })
      .getByText(/gewijzigd|bijgewerkt/i)
      .first()
      .waitFor();
    await page.getByRole('tab', { name: 'Overzicht' }).click();

    // closing asks first; the refusal (deadlines still open) is Dutch too
    await page.getByRole('button', { name: 'Sluiten', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: `${breach.reference} sluiten?` });
    await dialog.waitFor();
    await screenshotOf(dialog, '32-close-breach-confirm');
    await dialog.getByRole('button', { name: 'Ja, sluiten' }).click();
    await dialog.getByText('Er staan nog meldtermijnen open. Rond die eerst af.').waitFor();
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const still = await apiCall<{ status: string }>(context, 'GET', `/api/breaches/${breach.id}`);
    expect(still.body.status).toBe('open');

    await screenshotOf(page.getByRole('region', { name: 'Feiten', exact: true }), '34-breach-facts-sections');

    // phone width: the edit forms stay usable
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: 'Tijdstippen bewerken' }).click();
    await screenshotOf(times(page), '33-edit-breach-times-phone');
    const box = await page.getByRole('textbox', { name: 'Ingedamd op, tijd' }).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(390);
    await page.getByRole('tab', { name: 'Klanten en kennisgevingen' }).click();
    const customers = page.getByRole('region', { name: 'Getroffen klanten' });
    await page.getByRole('button', { name: 'Getroffen klanten bewerken' }).click();
    await customers.getByRole('button', { name: 'Klant toevoegen' }).click();
    await customers.getByRole('group', { name: /Nieuwe klant 1/ }).waitFor();
    await screenshotOf(customers, '35-edit-breach-customers-phone');

    // the wizard uses the same fields: discovery "now" as dd-mm-jjjj and 24-hour time in an English browser
    await page.setViewportSize({ width: 1366, height: 860 });
    await page.goto('/breaches/new');
    await page.getByRole('button', { name: /Laptop gestolen\/verloren/ }).click();
    await page.getByRole('button', { name: 'Volgende' }).click();
    const wizardDate = page.getByRole('textbox', { name: 'Ontdekt op, datum' });
    expect(await wizardDate.inputValue()).toBe(dutchParts(Date.now()).date);
    expect(await page.getByRole('textbox', { name: 'Ontdekt op, tijd' }).inputValue()).toMatch(
      /^([01]\d|2[0-3]):[0-5]\d$/,
    );
    await screenshot(page, '36-wizard-times-english-browser');
    await page.getByRole('button', { name: 'Concept verwijderen' }).click();
    await context.close();
  });
});
