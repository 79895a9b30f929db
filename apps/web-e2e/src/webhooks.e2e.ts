import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot } from './support/browser';
import { loginThroughUi } from './support/login';

const WAIT = { timeout: 20_000 };

/**
 * Issue #21 point 3: the admin adds an outgoing webhook pointing at a receiver started here, copies
 * the secret shown once, presses "Testen" and sees the delivery in the log; the receiver checks the
 * signature with that secret.
 */
describe('webhooks', () => {
  let browser: Browser;
  let server: Server;
  const received: { headers: IncomingHttpHeaders; body: string }[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('adds an endpoint, tests it and shows the signed delivery in the log', async () => {
    const port = (server.address() as AddressInfo).port;
    const { page, context } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.getByRole('link', { name: 'Webhooks' }).first().click();
    await page.getByRole('heading', { name: 'Webhooks', level: 1 }).waitFor(WAIT);

    // a wrong URL is refused on the field
    await page.getByRole('button', { name: 'Webhook toevoegen' }).click();
    await page.getByLabel('Naam').fill('Meldkamer');
    await page.getByLabel('URL', { exact: false }).first().fill('ftp://meldkamer.example.nl');
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    await page.getByText('Geef een URL die begint met http:// of https://').waitFor(WAIT);

    await page.getByLabel('URL', { exact: false }).first().fill(`http://127.0.0.1:${port}/lekwacht`);
    await page.getByRole('button', { name: 'Toevoegen' }).click();
    const secret = (await page.getByTestId('webhook-secret').textContent(WAIT)) ?? '';
    expect(secret).toMatch(/^whsec_/);
    const card = page.getByTestId('webhook-card').filter({ hasText: 'Meldkamer' });
    await card.waitFor(WAIT);
    await screenshot(page, '42-webhooks');

    await card.getByRole('button', { name: 'Testen' }).click();
    await card.getByTestId('webhook-delivery').filter({ hasText: 'Afgeleverd' }).waitFor(WAIT);
    await card.getByText('HTTP 204').waitFor(WAIT);

    const test = received.find((r) => r.headers['x-lekwacht-event'] === 'webhook.test');
    expect(test).toBeDefined();
    const { headers, body } = test as { headers: IncomingHttpHeaders; body: string };
    const expected = createHmac('sha256', secret).update(`${headers['x-lekwacht-timestamp']}.${body}`).digest('hex');
    expect(headers['x-lekwacht-signature']).toBe(`v1=${expected}`);
    expect(JSON.parse(body)).toMatchObject({ type: 'webhook.test', id: headers['x-lekwacht-delivery'] });
    await screenshot(page, '42-webhooks-delivery-log');

    // on a phone: the same page, the log scrolls sideways within its card
    const phone = await newPage(browser, { width: 390, height: 844 });
    await loginThroughUi(phone.page, 'admin@lekwacht.test');
    await phone.page.goto('/admin/webhooks');
    const phoneCard = phone.page.getByTestId('webhook-card').filter({ hasText: 'Meldkamer' });
    await phoneCard.getByRole('button', { name: 'Afleverlog' }).click();
    await phoneCard.getByTestId('webhook-delivery').first().waitFor(WAIT);
    await screenshot(phone.page, '43-webhooks-phone');

    // clean up: the demo database is shared by the other journeys
    await card.getByRole('button', { name: 'Verwijderen' }).click();
    await card.getByRole('button', { name: 'Echt verwijderen' }).click();
    await page
      .getByTestId('webhook-card')
      .filter({ hasText: 'Meldkamer' })
      .waitFor({ state: 'detached', ...WAIT });
    await phone.context.close();
    await context.close();
  });
});
