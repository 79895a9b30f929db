import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { loginThroughUi } from './support/login';

describe('officer: register a breach with the wizard', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('registers a breach from a template, keeps the draft, shows field messages and then the running clocks', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    await page.goto('/breaches/new');
    await page.getByRole('heading', { name: 'Datalek registreren' }).first().waitFor();

    await page.getByRole('button', { name: /Laptop gestolen\/verloren/ }).click();
    const title = page.getByLabel(/^Titel/);
    expect(await title.inputValue()).toBe('Laptop gestolen of verloren');

    // bad input: an empty title is refused with a message at the field, nothing is lost
    await title.fill('');
    await page.getByRole('button', { name: 'Volgende' }).click();
    await page.locator('.mantine-TextInput-error, [id$="-error"]').first().waitFor();
    await screenshot(page, '06-wizard-field-message');
    await title.fill('Laptop gestolen uit auto van medewerker');

    // the draft survives a reload
    await page.waitForTimeout(500);
    await page.reload();
    await page
      .getByText(/hersteld/)
      .first()
      .waitFor();
    expect(await page.getByLabel(/^Titel/).inputValue()).toBe('Laptop gestolen uit auto van medewerker');

    for (let step = 0; step < 4; step++) {
      await page.getByRole('button', { name: 'Volgende' }).click();
      await page.waitForTimeout(200);
    }
    await screenshot(page, '07-wizard-review');
    await page.getByRole('button', { name: 'Datalek registreren' }).last().click();
    await page.waitForURL(/\/breaches\/[0-9a-f-]{36}/);
    await page.getByRole('heading', { name: /DL-\d{4}-\d{4} · Laptop gestolen uit auto van medewerker/ }).waitFor();
    await page.getByText('Melding aan de Autoriteit Persoonsgegevens').first().waitFor();
    await page
      .getByText(/AP · nog 7[01] u/)
      .first()
      .waitFor();
    await screenshot(page, '08-breach-page');

    await page.goto('/breaches');
    await page.getByText('Laptop gestolen uit auto van medewerker').first().waitFor();
    await screenshot(page, '09-breach-list');
    await context.close();
  });
});
