import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { loginThroughUi } from './support/login';

describe('logging in', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('shows the Dutch login page and refuses a wrong password with a clear message', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/');
    await page.waitForURL(/\/login/);
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await screenshot(page, '01-login-nl');
    await page.getByLabel(/^E-mailadres/).fill('officer@lekwacht.test');
    await page
      .getByLabel(/^Wachtwoord/)
      .first()
      .fill('helemaal-fout');
    await page.getByRole('button', { name: /^Inloggen$/ }).click();
    await page.getByText('Onbekend e-mailadres of onjuist wachtwoord').waitFor();
    expect(page.url()).toContain('/login');
    await context.close();
  });

  it('logs the officer in and shows the clock board with the officer navigation', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    await page.getByRole('navigation').getByText('Klokbord').waitFor();
    await page.getByRole('navigation').getByText('Datalekken').first().waitFor();
    expect(await page.getByRole('navigation').getByText('Gebruikers').count()).toBe(0);
    await page.getByText('Olga Officier').first().waitFor();
    await context.close();
  });

  it('switches between Dutch and English', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await page.getByText('EN', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Log in' }).waitFor();
    await page.getByLabel(/^Email address/).waitFor();
    await screenshot(page, '02-login-en');
    await page.getByText('NL', { exact: true }).first().click();
    await page.getByRole('heading', { name: 'Inloggen' }).waitFor();
    await context.close();
  });

  it('sends a visitor of a deep link to the login page and back after logging in', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/admin/users');
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel(/^E-mailadres/).fill('admin@lekwacht.test');
    await page
      .getByLabel(/^Wachtwoord/)
      .first()
      .fill('lekwacht-demo');
    await page.getByRole('button', { name: /^Inloggen$/ }).click();
    await page.waitForURL(/\/admin\/users/);
    await page.getByRole('heading', { name: 'Gebruikers' }).waitFor();
    await context.close();
  });
});
