import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { createBreach, uniqueTitle } from './support/api';
import { launchChromium, newPage, screenshotOf } from './support/browser';
import { POLICE_REPORT, POLICE_REPORT_SHA as SHA } from './support/evidence-files';
import { loginThroughUi } from './support/login';

const WAIT = { timeout: 15_000 };

/** Issue #18 point 3: the owner of a lost-laptop breach uploads the police report as evidence. */
describe('evidence on a breach', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('the officer uploads the police report, sees it with its SHA-256, and downloads the same bytes', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    const breach = await createBreach(context, {
      title: uniqueTitle('Laptop gestolen uit auto'),
      cause: 'lost_or_stolen_device',
      facts: null,
    });
    await page.goto(`/breaches/${breach.id}/evidence`);
    const section = page.getByRole('region', { name: 'Bewijsstukken' });
    await section.getByText('Nog geen bewijsstukken.').waitFor(WAIT);

    await section.locator('input[type=file]').setInputFiles({
      name: 'Proces-verbaal aangifte laptop.pdf',
      mimeType: 'application/pdf',
      buffer: POLICE_REPORT,
    });
    const list = section.getByRole('list', { name: 'Bewijsstukken, nieuwste eerst' });
    const item = list.getByRole('listitem').filter({ hasText: 'Proces-verbaal aangifte laptop.pdf' });
    await item.waitFor(WAIT);
    await item.getByText(`SHA-256 ${SHA.slice(0, 16)}…`).waitFor(WAIT);
    expect(await item.textContent()).toContain('PDF');
    await screenshotOf(section, '44-evidence-uploaded');

    const [download] = await Promise.all([
      page.waitForEvent('download', WAIT),
      item.getByRole('link', { name: 'Proces-verbaal aangifte laptop.pdf downloaden' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Proces-verbaal aangifte laptop.pdf');
    const saved = await download.path();
    expect(createHash('sha256').update(readFileSync(saved)).digest('hex')).toBe(SHA);

    // an executable named .pdf is refused with a message, and nothing is added
    await section.locator('input[type=file]').setInputFiles({
      name: 'aangifte.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00 not a pdf', 'latin1'),
    });
    await section
      .getByRole('alert')
      .getByText(/aangifte\.pdf is geen toegestaan bestandstype/)
      .waitFor(WAIT);
    expect(await list.getByRole('listitem').count()).toBe(1);

    // the upload is on the timeline with its hash
    await page.goto(`/breaches/${breach.id}/timeline`);
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText(/Bewijsstuk Proces-verbaal aangifte laptop\.pdf geüpload/).waitFor(WAIT);
    expect(await timeline.textContent()).toContain(SHA);
    await context.close();

    // the manager sees it on a phone, and may delete it with a reason
    const phone = await newPage(browser, { width: 390, height: 844 });
    await loginThroughUi(phone.page, 'manager@lekwacht.test');
    await phone.page.goto(`/breaches/${breach.id}/evidence`);
    const phoneSection = phone.page.getByRole('region', { name: 'Bewijsstukken' });
    await phoneSection.getByText('Proces-verbaal aangifte laptop.pdf').waitFor(WAIT);
    await phoneSection.getByRole('button', { name: 'Proces-verbaal aangifte laptop.pdf verwijderen' }).waitFor(WAIT);
    const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await screenshotOf(phoneSection, '45-evidence-phone');
    await phone.context.close();
  });
});
