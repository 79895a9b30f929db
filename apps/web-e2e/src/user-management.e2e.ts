import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { loginThroughUi } from './support/login';

describe('admin: user management', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('lists the users, validates the form and creates a user who can log in', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await page.getByText('manager2@lekwacht.test').first().waitFor();

    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.getByText('Vul een naam in').waitFor();
    await dialog.getByText('Het wachtwoord moet minimaal 12 tekens hebben').waitFor();
    await screenshot(page, '03-users-create-validation');

    const email = `piet.${Date.now()}@lekwacht.test`;
    await dialog.getByLabel(/^Naam/).fill('Piet Privacy');
    await dialog.getByLabel(/^E-mailadres/).fill(email);
    await dialog
      .getByLabel(/^Wachtwoord/)
      .first()
      .fill('een-lang-wachtwoord');
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(email).first().waitFor();
    await screenshot(page, '04-users-list');
    await context.close();

    const second = await newPage(browser);
    await loginThroughUi(second.page, email, 'een-lang-wachtwoord');
    await second.page.getByText('Piet Privacy').first().waitFor();
    await second.context.close();
  });

  it('keeps officers out of user management', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    await page.goto('/admin/users');
    await page
      .getByText(/Geen toegang/)
      .first()
      .waitFor();
    await context.close();
  });

  it('is usable on a phone', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await page.getByText('admin@lekwacht.test').filter({ visible: true }).first().waitFor();
    await screenshot(page, '05-users-phone');
    await context.close();
  });
});
