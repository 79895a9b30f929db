import type { Browser } from 'playwright-core';
import { createBreach, reloadUntil, uniqueTitle, visibleWithin } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';

jest.setTimeout(180_000);

const WAIT = { timeout: 30_000 };

describe('manager: clock board, escalations and reports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('sees a late breach on the clock board, acknowledges its escalation and reads the reports', async () => {
    // a breach registered late: discovered 70 hours ago, so the AP deadline is 2 hours away and the
    // escalation to management is already due (it fires at once, as a catch-up)
    const officer = await newPage(browser);
    await loginThroughUi(officer.page, 'officer@lekwacht.test');
    const breach = await createBreach(officer.context, {
      title: uniqueTitle('Ransomware op fileserver'),
      cause: 'malware',
      discoveredHoursAgo: 70,
      facts: {
        role: 'controller',
        dataCategories: ['contact', 'special_category_health'],
        dpcAdjustment: 0,
        dpcAdjustmentReason: null,
        subjectsCount: 2400,
        vulnerableSubjects: true,
        identifiability: 'maximum',
        confidentiality: 'unknown_recipients',
        integrity: 'none',
        availability: 'temporary',
        malicious: true,
        dataUnintelligible: false,
        recipientTrusted: false,
        exfiltrationEvidence: null,
        backupAvailable: true,
        financialUndertaking: false,
      },
    });
    await officer.context.close();

    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'manager@lekwacht.test');

    // --- the clock board: every open deadline, this one near the top with 2 hours left
    await page.goto('/');
    await page.getByRole('heading', { name: 'Klokbord' }).waitFor(WAIT);
    const board = page.getByRole('list', { name: 'Openstaande meldtermijnen' });
    const card = board
      .getByRole('listitem')
      .filter({ hasText: `${breach.reference} · ${breach.title}` })
      .filter({ hasText: 'Melding aan de Autoriteit Persoonsgegevens' });
    await card.waitFor(WAIT);
    await card.getByText(/uiterlijk /).waitFor();
    await card.getByText(/AP · nog (1 u( \d+ min)?|\d+ min|2 u)/).waitFor();
    await screenshot(page, '19-clock-board');

    // --- the escalation to management fired; the manager acknowledges it on the breach page
    await card.getByRole('link', { name: `${breach.reference} · ${breach.title}` }).click();
    await page.getByRole('heading', { name: `${breach.reference} · ${breach.title}` }).waitFor(WAIT);
    const escalations = page.locator('section[aria-labelledby="escalations-title"]');
    const acknowledge = escalations.getByRole('button', { name: /^Bevestigen: / }).first();
    await reloadUntil(page, () => visibleWithin(acknowledge), 45_000, 'the catch-up escalation to fire');
    const fired = escalations
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: /^Bevestigen: / }) })
      .first();
    await fired.getByText('verstuurd', { exact: true }).waitFor();
    await fired.getByText(/verstuurd op /).waitFor();
    await fired
      .getByText(/\(directie\)/)
      .first()
      .waitFor();
    const stepName = (await acknowledge.getAttribute('aria-label'))?.replace(/^Bevestigen: /, '') ?? '';
    expect(stepName).not.toBe('');

    await acknowledge.click();
    const acknowledged = escalations
      .getByRole('listitem')
      .filter({ hasText: stepName })
      .filter({ hasText: 'bevestigd op' });
    await acknowledged.getByText('bevestigd', { exact: true }).waitFor(WAIT);
    await acknowledged
      .getByText(/Maarten Manager|manager@lekwacht\.test/)
      .first()
      .waitFor();
    expect(await escalations.getByRole('button', { name: `Bevestigen: ${stepName}` }).count()).toBe(0);
    await screenshotOf(escalations, '20-escalation-acknowledged');

    // the acknowledgement stays after a reload and is on the timeline
    await page.reload();
    await escalations
      .getByText(/bevestigd op /)
      .first()
      .waitFor(WAIT);

    // --- reports: real figures over the last 12 months, including this breach
    await page.goto('/reports');
    await page.getByRole('heading', { name: 'Rapportages' }).waitFor(WAIT);
    const breachesKpi = page.getByRole('region', { name: 'Datalekken', exact: true });
    await breachesKpi.waitFor(WAIT);
    const count = Number((await breachesKpi.locator('p, div').nth(1).innerText()).trim());
    expect(count).toBeGreaterThanOrEqual(1);
    await page
      .getByRole('region', { name: 'Tijdig gemeld bij AP' })
      .getByText(/\d+ (melding|meldingen) bij de AP/)
      .waitFor();
    const causes = page.locator('section[aria-labelledby="report-causes-heading"]');
    await causes.getByText('Malware / ransomware').first().waitFor(WAIT);
    const categories = page.locator('section[aria-labelledby="report-categories-heading"]');
    await categories.getByText('Gezondheidsgegevens').first().waitFor(WAIT);
    await page.locator('section[aria-labelledby="report-trend-heading"]').waitFor();
    await screenshot(page, '21-reports');

    // a period without breaches says so instead of showing zeros
    await page.getByLabel('Van', { exact: true }).fill('2001-01-01');
    await page.getByLabel('Tot en met', { exact: true }).fill('2001-12-31');
    await page.getByText('Geen datalekken in deze periode').waitFor(WAIT);
    await context.close();
  });
});
