import type { Page } from 'playwright-core';

export const DEMO_PASSWORD = 'lekwacht-demo';

/** Logs in through the login form, as a user would. */
export async function loginThroughUi(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/^(E-mailadres|Email address)/).fill(email);
  await page
    .getByLabel(/^(Wachtwoord|Password)/, { exact: false })
    .first()
    .fill(password);
  await page.getByRole('button', { name: /^(Inloggen|Log in)$/ }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}
