import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { loginThroughUi } from './support/login';

/** axe-core on every main page: no serious or critical violations. */
describe('accessibility of the main pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  async function violations(page: Page, path: string, ready: RegExp) {
    await page.goto(path);
    await page.getByRole('heading', { name: ready }).first().waitFor();
    await page.waitForTimeout(300);
    const result = await new AxeBuilder({ page: page as never }).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${path}: ${v.id} (${v.impact}) — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  }

  it('has no serious or critical violations on the login page', async () => {
    const { context, page } = await newPage(browser);
    expect(await violations(page, '/login', /Inloggen/)).toEqual([]);
    await context.close();
  });

  it('has no serious or critical violations on the officer pages', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    // a breach with running clocks, so the countdown chips are checked too
    const status = await page.evaluate(async () => {
      const xsrf = /XSRF-TOKEN=([^;]+)/.exec(document.cookie)?.[1] ?? '';
      const res = await fetch('/api/breaches', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-xsrf-token': decodeURIComponent(xsrf) },
        body: JSON.stringify({ title: 'Toegankelijkheidstest', cause: 'other', discoveredAt: new Date(Date.now() - 50 * 3600_000).toISOString() }),
      });
      return res.status;
    });
    expect(status).toBe(201);
    const found = [
      ...(await violations(page, '/', /Klokbord/)),
      ...(await violations(page, '/breaches', /Datalekken/)),
      ...(await violations(page, '/breaches/new', /Datalek registreren/)),
    ];
    expect(found).toEqual([]);
    await context.close();
  });

  it('has no serious or critical violations on the admin pages', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    const found = [...(await violations(page, '/admin/users', /Gebruikers/)), ...(await violations(page, '/admin/customers', /Klanten/))];
    expect(found).toEqual([]);
    await context.close();
  });
});
