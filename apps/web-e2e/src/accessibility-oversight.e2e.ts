import { mailTo, portalTokenIn } from './support/mail-sink';
import type { Browser } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { loginThroughUi } from './support/login';
import { violations } from './support/axe';
import { createBreach, customerId, draftReviewAndSendNotices, uniqueTitle } from './support/api';

jest.setTimeout(240_000);

/** axe-core on the manager's, the customer's and the admin's pages: no serious or critical violations. */
describe('accessibility of the manager, portal and admin pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('has no serious or critical violations on the manager pages and the customer portal', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    // a breach with running clocks, an AP draft, a fired escalation and sent notices, so the
    // countdown chips, badges and tables are checked too
    const waterland = await customerId(context, 'Gemeente Waterland');
    const breach = await createBreach(context, {
      title: uniqueTitle('Toegankelijkheidstest'),
      cause: 'other',
      discoveredHoursAgo: 50,
      affectedCustomers: [{ customerId: waterland, subjectsCount: 10, role: 'controller' }],
    });
    await draftReviewAndSendNotices(context, breach.id);
    const token = await portalToken(breach.reference);

    await context.close();
    const found: string[] = [];

    const manager = await newPage(browser);
    await loginThroughUi(manager.page, 'manager@lekwacht.test');
    found.push(
      ...(await violations(manager.page, '/', /Klokbord/, ['Wacht op mijn goedkeuring', breach.title])),
      ...(await violations(manager.page, `/breaches/${breach.id}/authority`, `${breach.reference} · ${breach.title}`, [
        /Uiterlijk melden: /,
      ])),
      ...(await violations(manager.page, `/breaches/${breach.id}/customers`, `${breach.reference} · ${breach.title}`, [
        'Sanne de Vries',
      ])),
    );
    await manager.context.close();

    // the customer portal, without a session, before and after acknowledging
    const customer = await newPage(browser);
    found.push(
      ...(await violations(customer.page, `/portal/${token}`, new RegExp(breach.reference), ['Ontvangst bevestigen'])),
    );
    await customer.page.getByLabel(/^Uw naam/).fill('Sanne de Vries');
    await customer.page.getByRole('button', { name: 'Ontvangst bevestigen' }).click();
    found.push(
      ...(await violations(customer.page, `/portal/${token}`, new RegExp(breach.reference), [
        /Ontvangst bevestigd op/,
      ])),
    );
    found.push(
      ...(await violations(customer.page, '/portal/onbekende-link-die-niet-bestaat-0000000000000', {
        text: 'Melding niet gevonden',
      })),
    );
    await customer.context.close();

    expect(found).toEqual([]);
  });

  it('has no serious or critical violations on the admin pages', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    const found = [
      ...(await violations(page, '/admin/users', /Gebruikers/, ['manager2@lekwacht.test'])),
      ...(await violations(page, '/admin/customers', /Klanten/, ['Gemeente Waterland'])),
      ...(await violations(page, '/admin/escalation-policy', /Escalatiebeleid/, ['Stap 1'])),
      ...(await violations(page, '/admin/notice-templates', /Sjablonen kennisgeving/, ['Beschikbare velden'])),
      ...(await violations(page, '/mail', /Mailbox/)),
    ];
    expect(found).toEqual([]);
    await context.close();
  });
});

/** The personal portal link of the notice to Gemeente Waterland, from her own inbox. */
async function portalToken(reference: string): Promise<string> {
  return portalTokenIn(await mailTo('privacy@waterland.example', reference));
}
