import type { Browser } from 'playwright-core';
import { apiCall, createBreach, HACKING_FACTS, uniqueTitle } from './support/api';
import { launchChromium, newPage, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';

interface Obligation {
  id: string;
  kind: string;
  state: string;
}

jest.setTimeout(150_000);

describe('duties follow the assessment; data subjects informed; the breach closes (issue #16)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('records that data subjects were informed, has a manager confirm "AP not required", and closes the breach', async () => {
    const officer = await newPage(browser);
    await loginThroughUi(officer.page, 'officer@lekwacht.test');
    // Health data of 1,500 people: informing them is required (art. 34), and so is the AP.
    const breach = await createBreach(officer.context, {
      title: uniqueTitle('Betrokkenen informeren'),
      cause: 'misdirected_mail',
      discoveredHoursAgo: 20,
      facts: { ...HACKING_FACTS, dataCategories: ['contact', 'special_category_health'] },
    });
    // The AP is not required after all (the key stayed safe): an override makes it a decision to confirm.
    const assessed = await apiCall(officer.context, 'POST', `/api/breaches/${breach.id}/assessments`, {
      override: { authorityRequired: false, justification: 'Versleuteld verzonden; de sleutel is niet gelekt.' },
    });
    expect(assessed.status).toBe(201);

    const page = officer.page;
    await page.goto(`/breaches/${breach.id}`);
    await page.getByRole('heading', { name: new RegExp(breach.reference) }).waitFor();

    // The data-subjects row offers one way each: informed, or an art. 34(3) ground; no bare
    // "not required" (the AP's decision waits for a manager, and there are no customers here).
    const duties = page.locator('section[aria-labelledby="obligations-title"]');
    await duties.getByRole('button', { name: 'Uitzondering art. 34(3)…' }).waitFor();
    expect(await duties.getByRole('button', { name: 'Niet vereist…' }).count()).toBe(0);

    // Closing is refused while the people have not been informed.
    await page.getByRole('button', { name: 'Betrokkenen geïnformeerd vastleggen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Betrokkenen geïnformeerd vastleggen' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await dialog.getByText('Vul een aantal van minstens 1 in.').waitFor();
    await dialog.getByLabel(/Aantal geïnformeerde betrokkenen/).fill('1500');
    await dialog
      .getByLabel('Tekst van het bericht')
      .fill('Beste patiënt, op 3 december is per abuis een e-mail verstuurd …');
    await screenshotOf(dialog, '30-data-subjects-informed');
    await dialog.getByRole('button', { name: 'Vastleggen', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(/1500 betrokkenen geïnformeerd per e-mail/).waitFor();

    // A manager other than the proposer confirms the "not required" decision.
    const manager = await newPage(browser);
    await loginThroughUi(manager.page, 'manager@lekwacht.test');
    await manager.page.goto(`/breaches/${breach.id}`);
    await manager.page.getByRole('button', { name: 'Goedkeuren' }).first().click();
    const approved = async () =>
      (await apiCall<{ obligations: Obligation[] }>(manager.context, 'GET', `/api/breaches/${breach.id}`)).body
        .obligations;
    for (let i = 0; i < 20 && (await approved()).find((o) => o.kind === 'authority')?.state !== 'not_required'; i++)
      await manager.page.waitForTimeout(250);
    expect((await approved()).map((o) => `${o.kind}:${o.state}`)).toEqual([
      'authority:not_required',
      'data_subjects:fulfilled',
    ]);

    await page.reload();
    await page.getByRole('button', { name: 'Sluiten', exact: true }).click();
    await page.getByRole('button', { name: 'Ja, sluiten' }).click();
    await page.getByText('Gesloten', { exact: true }).first().waitFor();
    await page.getByRole('tab', { name: 'Notities en tijdlijn' }).click();
    await page.getByText('Datalek gesloten').first().waitFor();
    const closed = await apiCall<{ status: string }>(officer.context, 'GET', `/api/breaches/${breach.id}`);
    expect(closed.body.status).toBe('closed');
    await manager.context.close();
    await officer.context.close();
  });
});
