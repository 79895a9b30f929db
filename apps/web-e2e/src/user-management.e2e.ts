import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { loginThroughUi } from './support/login';
import { mailTo } from './support/mail-sink';

describe('admin: user management', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('lists the users, validates the form and invites a user who chooses a password and logs in', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.goto('/admin/users');
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await page.getByText('manager2@lekwacht.test').first().waitFor();

    await page.getByRole('button', { name: 'Nieuwe gebruiker' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.getByText('Vul een naam in').waitFor();
    // no password field: the new user gets an invitation and chooses their own
    await dialog.getByText(/krijgt een e-mail met een link om zelf een wachtwoord te kiezen/).waitFor();
    expect(await dialog.getByLabel(/^Wachtwoord/).count()).toBe(0);
    await screenshot(page, '03-users-create-validation');

    const email = `piet.${Date.now()}@lekwacht.test`;
    await dialog.getByLabel(/^Naam/).fill('Piet Privacy');
    await dialog.getByLabel(/^E-mailadres/).fill(email);
    await dialog.getByRole('button', { name: 'Gebruiker aanmaken' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(email).first().waitFor();
    await screenshot(page, '04-users-list');
    await context.close();

    // the invitation, from Piet's own inbox: he chooses his password
    const invitation = await mailTo(email, 'Uw account in Lekwacht');
    const link = /https?:\/\/\S+(\/invitation\/[A-Za-z0-9_-]{43})/.exec(invitation.text)?.[1] ?? '';
    expect(link).not.toBe('');
    const second = await newPage(browser);
    await second.page.goto(link);
    await second.page.getByRole('heading', { name: 'Welkom: kies je wachtwoord' }).waitFor();
    await second.page.getByLabel(/^Nieuw wachtwoord/).fill('een-lang-wachtwoord');
    await second.page.getByLabel(/^Herhaal het wachtwoord/).fill('een-lang-wachtwoord');
    await second.page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await second.page.getByRole('status').filter({ hasText: 'Je wachtwoord is ingesteld' }).waitFor();
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
