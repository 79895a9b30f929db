import { mailTo, portalTokenIn } from './support/mail-sink';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { createBreach, customerId, draftReviewAndSendNotices, uniqueTitle } from './support/api';
import { launchChromium, newPage } from './support/browser';
import { loginThroughUi } from './support/login';

jest.setTimeout(240_000);

/**
 * Always left out of the scan: the sandboxed frames that show a notice's or e-mail's own HTML
 * (`sandbox=""`, no scripts, so axe cannot run inside them and waits for them forever). The frame
 * element itself has a title; the HTML inside is the customer's notice, generated from a template.
 */
const ALWAYS_EXCLUDED = ['iframe[sandbox]'];

/** axe-core on every main page: no serious or critical violations. */
describe('accessibility of the main pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  /**
   * Opens `path`, waits for its heading (and for `alsoWaitFor`, text that only shows once the
   * page's data has loaded), then runs axe.
   */
  async function violations(
    page: Page,
    path: string,
    ready: RegExp | string | { text: string },
    alsoWaitFor: (string | RegExp)[] = [],
    exclude: string[] = [],
  ) {
    await page.goto(path);
    const readyLocator =
      typeof ready === 'object' && 'text' in ready
        ? page.getByText(ready.text)
        : page.getByRole('heading', { name: ready });
    await readyLocator.first().waitFor({ timeout: 30_000 });
    for (const text of alsoWaitFor) await page.getByText(text).first().waitFor({ timeout: 30_000 });
    await page.waitForTimeout(300);
    const axe = new AxeBuilder({ page: page as never });
    for (const selector of [...ALWAYS_EXCLUDED, ...exclude]) axe.exclude(selector);
    const result = await axe.analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${path}: ${v.id} (${v.impact}) — ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
  }

  it('has no serious or critical violations on the login page', async () => {
    const { context, page } = await newPage(browser);
    expect(await violations(page, '/login', /Inloggen/)).toEqual([]);
    await context.close();
  });

  it('has no serious or critical violations on the officer pages, the manager pages and the customer portal', async () => {
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

    const found = [
      ...(await violations(page, '/', /Klokbord/, [breach.title])),
      ...(await violations(page, '/breaches', /Datalekken/, [breach.title])),
      ...(await violations(page, '/breaches/new', /Datalek registreren/)),
      // the breach page, tab by tab: deadlines, assessment, AP, customers and notices with the
      // mail, tasks, evidence, escalations, notes and timeline
      ...(await violations(page, `/breaches/${breach.id}`, `${breach.reference} · ${breach.title}`, ['Wat nu?'])),
      ...(await violations(page, `/breaches/${breach.id}/assessment`, `${breach.reference} · ${breach.title}`)),
      ...(await violations(page, `/breaches/${breach.id}/authority`, `${breach.reference} · ${breach.title}`, [
        /Uiterlijk melden: /,
      ])),
      ...(await violations(page, `/breaches/${breach.id}/customers`, `${breach.reference} · ${breach.title}`, [
        'Sanne de Vries',
        'E-mail over dit datalek',
      ])),
      ...(await violations(page, `/breaches/${breach.id}/tasks`, `${breach.reference} · ${breach.title}`, [
        'Taak toevoegen',
      ])),
      ...(await violations(page, `/breaches/${breach.id}/evidence`, `${breach.reference} · ${breach.title}`, [
        'Bewijsstukken',
      ])),
      ...(await violations(page, `/breaches/${breach.id}/escalations`, `${breach.reference} · ${breach.title}`, [
        /Directie 4 uur vooraf|Contactpersoon 12 uur vooraf/,
      ])),
      ...(await violations(page, `/breaches/${breach.id}/timeline`, `${breach.reference} · ${breach.title}`, [
        'Tijdlijn',
      ])),
      ...(await violations(page, `/breaches/${breach.id}/ap-print`, /printweergave/i)),
      ...(await violations(page, '/mail', /Mailbox/, [breach.reference])),
      ...(await violations(page, '/reports', /Rapportages/, ['Datalekken per maand'])),
    ];
    await context.close();

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

  it('the AP completeness meter on the breach page has no serious or critical violations', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    const breach = await createBreach(context, { title: uniqueTitle('Volledigheidsmeter'), discoveredHoursAgo: 1 });
    expect(
      await violations(page, `/breaches/${breach.id}/authority`, `${breach.reference} · ${breach.title}`, [
        /verplichte vragen \(\d+%\)/,
      ]),
    ).toEqual([]);
    await context.close();
  });

  it('a countdown chip with more than 24 hours left has enough contrast', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'officer@lekwacht.test');
    const breach = await createBreach(context, { title: uniqueTitle('Ruim op tijd'), discoveredHoursAgo: 1 });
    await page.goto(`/breaches/${breach.id}`);
    await page
      .getByText(/AP · nog 7[01] u/)
      .first()
      .waitFor({ timeout: 30_000 });
    const result = await new AxeBuilder({ page: page as never })
      .include('.mantine-Badge-root[aria-label]')
      .withRules(['color-contrast'])
      .analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.failureSummary).join(' | ')}`)).toEqual([]);
    await context.close();
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
