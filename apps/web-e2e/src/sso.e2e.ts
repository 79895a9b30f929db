import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { setAccountGroups, SSO_ACCOUNTS, SSO_PASSWORD } from './support/oidc-provider';

const WAIT = { timeout: 15_000 };
const MANAGER = 'mira.manager@idp.test';

/** At the provider's page (another origin): sign in as a person would. */
async function signInAtProvider(page: Page, email: string): Promise<void> {
  await page.getByRole('heading', { name: 'Test identity provider' }).waitFor(WAIT);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(SSO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * Issue #17 point 3: single sign-on through a real OpenID provider on loopback (oidc-provider,
 * started by the global setup). The role comes from the provider's groups at every sign-in.
 */
describe('single sign-on', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    setAccountGroups(MANAGER, SSO_ACCOUNTS[MANAGER]!.groups);
    await browser.close();
  });

  it('signs a manager in with the provider, with the manager’s role; signs out there too; refuses them once out of the group', async () => {
    const { context, page } = await newPage(browser);
    await page.goto('/breaches');
    await page.waitForURL(/\/login\?next=/, WAIT);
    const sso = page.getByRole('link', { name: 'Inloggen met Test-IdP' });
    await sso.waitFor(WAIT);
    // passwords still work beside it (LOCAL_LOGIN allowed)
    await page.getByRole('button', { name: /^Inloggen$/ }).waitFor(WAIT);
    await screenshot(page, '40-login-sso');

    await sso.click();
    await signInAtProvider(page, MANAGER);
    // back in the app, on the page asked for, as the provider's manager
    await page.waitForURL((url) => url.pathname === '/breaches', WAIT);
    await page.getByRole('link', { name: 'Mijn account: Mira Manager (SSO)' }).waitFor(WAIT);
    // managers see the audit log (officers do not) and not the mailbox (officers do)
    await page.getByRole('link', { name: 'Auditlog' }).first().waitFor(WAIT);
    expect(await page.getByRole('link', { name: 'Mailbox' }).count()).toBe(0);
    const me = await context.request.get('/api/auth/me');
    expect(((await me.json()) as { role: string }).role).toBe('manager');

    // signing out ends the session here and at the provider (RP-initiated logout)
    await page.getByRole('button', { name: 'Uitloggen' }).click();
    await page.getByRole('button', { name: 'Yes, sign me out' }).click(WAIT);
    await page.waitForURL(/\/login$/, WAIT);
    expect((await context.request.get('/api/auth/me')).status()).toBe(401);

    // the provider's administrator takes Mira out of the group: the next sign-in is refused
    setAccountGroups(MANAGER, ['staff']);
    await page.getByRole('link', { name: 'Inloggen met Test-IdP' }).click();
    await signInAtProvider(page, MANAGER);
    const refusal = page.getByRole('alert');
    await refusal.waitFor(WAIT);
    expect(await refusal.textContent()).toContain('zit niet (meer) in een groep die toegang geeft tot Lekwacht');
    await page.getByRole('heading', { name: 'Inloggen niet gelukt' }).waitFor(WAIT);
    await screenshot(page, '41-sso-refused');
    expect((await context.request.get('/api/auth/me')).status()).toBe(401);
    await page.getByRole('link', { name: 'Terug naar inloggen' }).click();
    await page.waitForURL(/\/login$/, WAIT);
    await context.close();
  });

  it('works on a phone', async () => {
    setAccountGroups(MANAGER, SSO_ACCOUNTS[MANAGER]!.groups);
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    await page.goto('/login');
    const sso = page.getByRole('link', { name: 'Inloggen met Test-IdP' });
    await sso.waitFor(WAIT);
    await screenshot(page, '40-login-sso-phone');
    await sso.click();
    await signInAtProvider(page, 'olaf.officer@idp.test');
    await page.waitForURL((url) => !url.pathname.startsWith('/login') && url.port !== '', WAIT);
    await page.getByRole('button', { name: 'Menu openen' }).waitFor(WAIT);
    const me = await context.request.get('/api/auth/me');
    expect(((await me.json()) as { role: string }).role).toBe('officer');

    // someone without any mapped group, on a phone, in English
    setAccountGroups(MANAGER, []);
    const en = await newPage(browser, { width: 390, height: 844, locale: 'en-GB' });
    await en.page.goto('/api/auth/sso');
    await signInAtProvider(en.page, MANAGER);
    await en.page.getByRole('heading', { name: 'Sign-in refused' }).waitFor(WAIT);
    await screenshot(en.page, '41-sso-refused-phone-en');
    await en.context.close();
    await context.close();
  });
});
