import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { loginThroughUi } from './support/login';

const WAIT = { timeout: 15_000 };

/** Issue #17 point 5: a laptop goes missing; from the phone the user signs it out, then everywhere. */
describe('my sessions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('lists the user’s sessions, signs another one out, then signs out everywhere', async () => {
    const email = 'manager2@lekwacht.test';
    const laptop = await newPage(browser);
    await loginThroughUi(laptop.page, email);
    const phone = await newPage(browser, { width: 390, height: 844 });
    await loginThroughUi(phone.page, email);

    // on the laptop: the name in the header opens "Mijn account"
    await laptop.page.getByRole('link', { name: /^Mijn account:/ }).click();
    await laptop.page.getByRole('heading', { name: 'Actieve sessies' }).waitFor(WAIT);
    const rows = laptop.page.getByRole('list', { name: 'Actieve sessies' }).getByRole('listitem');
    await rows.filter({ hasText: 'Deze sessie' }).waitFor(WAIT);
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    await screenshot(laptop.page, '37-my-sessions');

    // on the phone: the laptop's session is signed out from the menu's account link
    await phone.page.getByRole('button', { name: 'Menu openen' }).click();
    await phone.page.getByRole('link', { name: 'Mijn account' }).click();
    const phoneRows = phone.page.getByRole('list', { name: 'Actieve sessies' }).getByRole('listitem');
    await phoneRows.filter({ hasText: 'Deze sessie' }).waitFor(WAIT);
    const before = await phoneRows.count();
    await phoneRows
      .filter({ hasNotText: 'Deze sessie' })
      .first()
      .getByRole('button', { name: /afmelden$/ })
      .click();
    await phone.page.waitForFunction(
      (n) => document.querySelectorAll('main ul[aria-labelledby="sessions-title"] > li').length === n - 1,
      before,
      WAIT,
    );
    // the laptop is signed out at its next request
    await laptop.page.goto('/');
    await laptop.page.waitForURL(/\/login/, WAIT);

    // "Overal afmelden", confirmed: the phone is signed out too
    await phone.page.getByRole('button', { name: 'Overal afmelden' }).first().click();
    await phone.page.getByRole('dialog', { name: 'Overal afmelden?' }).waitFor(WAIT);
    await phone.page.getByRole('dialog').getByRole('button', { name: 'Overal afmelden' }).click();
    await phone.page.waitForURL(/\/login/, WAIT);
    await phone.page.goto('/account');
    await phone.page.waitForURL(/\/login/, WAIT);
    await laptop.context.close();
    await phone.context.close();
  });
});
