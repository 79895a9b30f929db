import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { launchChromium, newPage } from './support/browser';
import { loginThroughUi } from './support/login';
import { violations } from './support/axe';
import { createBreach, customerId, draftReviewAndSendNotices, uniqueTitle } from './support/api';

jest.setTimeout(240_000);

/** axe-core on the login page and the officer's pages: no serious or critical violations. */
describe('accessibility of the officer pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('has no serious or critical violations on the login page', async () => {
    const { context, page } = await newPage(browser);
    expect(await violations(page, '/login', /Inloggen/)).toEqual([]);
    await context.close();
  });

  it('has no serious or critical violations on the officer pages', async () => {
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
});
