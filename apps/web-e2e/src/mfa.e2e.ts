import { generateSync } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { apiCall } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';
import { mailTo } from './support/mail-sink';

const WAIT = { timeout: 15_000 };
const PASSWORD = 'e2e-password-of-length';

/** The authenticator app: the code for the secret shown as text (the next step, as it was not used yet). */
const codeFor = (secret: string, offsetSeconds = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Uitloggen' }).first().click();
  await page.waitForURL(/\/login/, WAIT);
}

async function passwordStep(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel(/^E-mailadres/).fill(email);
  await page
    .getByLabel(/^Wachtwoord/)
    .first()
    .fill(password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
}

/** Issue #17 point 4: two-step verification and password self-service, in Chromium. */
describe('two-step verification and password reset', () => {
  let browser: Browser;
  const stamp = Date.now().toString(36);
  const mfaUser = `mfa-${stamp}@lekwacht.test`;
  const resetUser = `reset-${stamp}@lekwacht.test`;

  beforeAll(async () => {
    browser = await launchChromium();
    // two fresh officers (the demo accounts stay one-step for the other journeys)
    const admin = await newPage(browser);
    await loginThroughUi(admin.page, 'admin@lekwacht.test');
    for (const email of [mfaUser, resetUser]) {
      const res = await apiCall(admin.context, 'POST', '/api/users', {
        email,
        name: email.startsWith('mfa') ? 'Mila Tweestaps' : 'Ruben Reset',
        role: 'officer',
        password: PASSWORD,
      });
      expect(res.status).toBe(201);
    }
    await admin.context.close();
  });
  afterAll(() => browser.close());

  it('enrols on /account, signs in with password + code, and uses a recovery code once', async () => {
    const { page, context } = await newPage(browser);
    await loginThroughUi(page, mfaUser, PASSWORD);
    await page.goto('/account');
    await page.getByRole('heading', { name: 'Tweestapsverificatie' }).waitFor(WAIT);
    await page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await page.getByRole('img', { name: /QR-code/ }).waitFor(WAIT);
    const secret = ((await page.getByTestId('mfa-secret').textContent()) ?? '').replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshotOf(page.getByRole('region', { name: 'Tweestapsverificatie' }), '38-mfa-enrolment');
    await page.getByLabel(/^Code uit de app/).fill(codeFor(secret));
    await page.getByRole('button', { name: 'Bevestigen en inschakelen' }).click();
    const codes = page.getByTestId('recovery-codes').getByRole('listitem');
    await codes.first().waitFor(WAIT);
    expect(await codes.count()).toBe(10);
    const recovery = ((await codes.first().textContent()) ?? '').trim();
    expect(recovery).toMatch(/^[A-Z0-9]{5}-[A-Z0-9]{5}$/);
    await page.getByRole('button', { name: 'Ik heb ze bewaard' }).click();
    await page.getByTestId('mfa-state').filter({ hasText: 'Aan sinds' }).waitFor(WAIT);
    await signOut(page);

    // password, then the code: the second step has the one-time-code field, focused
    await passwordStep(page, mfaUser);
    const code = page.getByLabel(/^Code uit de app/);
    await code.waitFor(WAIT);
    expect(await code.getAttribute('autocomplete')).toBe('one-time-code');
    expect(await code.evaluate((el) => el === document.activeElement)).toBe(true);
    await code.fill('000000');
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor(WAIT);
    // the enrolment used the current step; the app's next code is accepted
    await code.fill(codeFor(secret, 30));
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), WAIT);
    await signOut(page);

    // no phone at hand: a recovery code, once
    await passwordStep(page, mfaUser);
    await page.getByRole('button', { name: 'Een herstelcode gebruiken' }).click();
    await page.getByLabel(/^Herstelcode/).fill(recovery.toLowerCase());
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'), WAIT);
    await signOut(page);
    await passwordStep(page, mfaUser);
    await page.getByRole('button', { name: 'Een herstelcode gebruiken' }).click();
    await page.getByLabel(/^Herstelcode/).fill(recovery);
    await page.getByRole('button', { name: 'Bevestigen' }).click();
    await page.getByRole('alert').filter({ hasText: 'Deze code klopt niet' }).waitFor(WAIT);
    await context.close();

    // the login's second step on a phone, for the user guide
    const phone = await newPage(browser, { width: 390, height: 844 });
    await passwordStep(phone.page, mfaUser);
    await phone.page.getByLabel(/^Code uit de app/).waitFor(WAIT);
    await screenshot(phone.page, '39-mfa-login-step-phone');
    await phone.context.close();
  });

  it('resets a forgotten password with the link from the mail, once', async () => {
    const { page, context } = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
    await page.getByLabel(/^E-mailadres/).fill(resetUser);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await page.getByRole('status').filter({ hasText: 'is er een link onderweg' }).waitFor(WAIT);

    const mail = await mailTo(resetUser, 'Nieuw wachtwoord instellen');
    const link = /https?:\/\/\S+\/password-reset\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const path = new URL(link!).pathname;
    await page.goto(path);
    await page.getByRole('heading', { name: 'Nieuw wachtwoord instellen' }).waitFor(WAIT);
    const fresh = 'a-fresh-password-from-the-link';
    await page.getByLabel(/^Nieuw wachtwoord/).fill(fresh);
    await page.getByLabel(/^Herhaal het wachtwoord/).fill(fresh);
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('status').filter({ hasText: 'Je wachtwoord is ingesteld' }).waitFor(WAIT);

    // the link works once
    await page.goto(path);
    await page.getByLabel(/^Nieuw wachtwoord/).fill('yet-another-password-123');
    await page.getByLabel(/^Herhaal het wachtwoord/).fill('yet-another-password-123');
    await page.getByRole('button', { name: 'Wachtwoord opslaan' }).click();
    await page.getByRole('alert').filter({ hasText: 'al gebruikt of verlopen' }).waitFor(WAIT);

    await loginThroughUi(page, resetUser, fresh);
    await context.close();
  });
});
