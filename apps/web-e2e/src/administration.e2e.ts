import type { Browser } from 'playwright-core';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';

jest.setTimeout(180_000);

const WAIT = { timeout: 30_000 };

/** Customers, escalation policy and notice templates (user management: user-management.e2e.ts). */
describe('admin: customers, escalation policy and notice templates', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('creates a customer (with field messages) and edits it', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.goto('/admin/customers');
    await page.getByRole('heading', { name: 'Klanten', exact: true }).waitFor(WAIT);
    // the demo customers, one without a contact person
    const zorggroep = page.getByRole('row', { name: /Zorggroep Noord/ });
    await zorggroep.getByText('Geen contactpersoon').waitFor(WAIT);

    await page.getByRole('button', { name: 'Nieuwe klant' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nieuwe klant' });
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Vul de naam van de klant in').waitFor(WAIT);
    await dialog.getByText('Vul de naam van de directie in').waitFor();
    await dialog.getByText('Vul het e-mailadres van de directie in').waitFor();

    const name = `Bibliotheek Zaanstreek ${Date.now().toString(36).slice(-5)}`;
    await dialog.getByLabel(/^Naam( \*)?$/).fill(name);
    await dialog.getByLabel(/^Naam directie/).fill('Directie Bibliotheek');
    await dialog.getByLabel(/^E-mailadres directie/).fill('directie@bibliotheek');
    await dialog.getByLabel(/^Naam contactpersoon/).fill('Pim Privacy');
    await dialog.getByText('Vul een geldig e-mailadres in').waitFor();
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.getByText('Vul naam én e-mailadres in, of laat beide leeg').waitFor(WAIT);
    await screenshotOf(dialog, '22-customer-validation');
    await dialog.getByLabel(/^E-mailadres directie/).fill('directie@bibliotheek.example');
    await dialog.getByLabel(/^E-mailadres contactpersoon/).fill('privacy@bibliotheek.example');
    await dialog.getByRole('button', { name: 'Opslaan' }).click();
    await dialog.waitFor({ state: 'detached', timeout: 30_000 });
    const row = page.getByRole('row', { name: new RegExp(name) });
    await row.getByText('Pim Privacy').waitFor(WAIT);
    await row.getByText('privacy@bibliotheek.example').waitFor();
    await row.getByText('Nederlands').waitFor();

    // edit: English notices, and the contact person left the organisation
    await row.getByRole('button', { name: `${name} bewerken` }).click();
    const edit = page.getByRole('dialog', { name: 'Klant bewerken' });
    expect(await edit.getByLabel(/^Naam contactpersoon/).inputValue()).toBe('Pim Privacy');
    await edit.getByLabel(/^Naam contactpersoon/).fill('');
    await edit.getByLabel(/^E-mailadres contactpersoon/).fill('');
    await edit
      .getByLabel(/^Taal van meldingen/)
      .first()
      .click();
    await page.getByRole('option', { name: 'Engels' }).click();
    await edit.getByRole('button', { name: 'Opslaan' }).click();
    await edit.waitFor({ state: 'detached', timeout: 30_000 });
    await row.getByText('Geen contactpersoon').waitFor(WAIT);
    await row.getByText('Engels').waitFor();
    await page.reload();
    await page
      .getByRole('row', { name: new RegExp(name) })
      .getByText('Geen contactpersoon')
      .waitFor(WAIT);
    await screenshot(page, '23-customers');
    await context.close();
  });

  it('changes the escalation policy and finds the change after a reload', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.goto('/admin/escalation-policy');
    await page.getByRole('heading', { name: 'Escalatiebeleid' }).waitFor(WAIT);
    await page.getByText(/Wijzigingen gelden alleen voor NIEUWE datalekken/).waitFor();
    const timeout = page.getByLabel(/^Bevestigingstermijn/);
    await timeout.waitFor(WAIT);
    const original = await timeout.inputValue();
    expect(original).toMatch(/^\d+(,\d+)?( uur)?$/);
    await page.getByText('Stap 1', { exact: true }).waitFor();
    await screenshot(page, '24-escalation-policy');

    // bad input first: an empty hours field is refused and nothing is saved
    const hours = page.getByRole('listitem', { name: 'Stap 1' }).getByLabel(/^Uren/);
    const originalHours = await hours.inputValue();
    await hours.fill('');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /gemarkeerde stap|Opslaan/ })
      .first()
      .waitFor(WAIT);
    await page.reload();
    await timeout.waitFor(WAIT);
    expect(await page.getByRole('listitem', { name: 'Stap 1' }).getByLabel(/^Uren/).inputValue()).toBe(originalHours);

    const next = original.startsWith('3') ? '5' : '3';
    await timeout.fill(next);
    await timeout.blur();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Escalatiebeleid opgeslagen. Het geldt voor nieuwe datalekken.').waitFor(WAIT);
    await page.reload();
    await timeout.waitFor(WAIT);
    expect(await timeout.inputValue()).toMatch(new RegExp(`^${next}( uur)?$`));

    // put the original back, so breaches registered by other journeys keep the default
    await timeout.fill(original.replace(/ uur$/, ''));
    await timeout.blur();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Escalatiebeleid opgeslagen. Het geldt voor nieuwe datalekken.').first().waitFor(WAIT);
    await page.reload();
    await timeout.waitFor(WAIT);
    expect(await timeout.inputValue()).toBe(original);
    await context.close();
  });

  it('edits the Dutch notice template; the preview shows the merged text', async () => {
    const { context, page } = await newPage(browser);
    await loginThroughUi(page, 'admin@lekwacht.test');
    await page.goto('/admin/notice-templates');
    await page.getByRole('heading', { name: 'Sjablonen kennisgeving' }).waitFor(WAIT);
    await page.getByRole('tab', { name: 'Nederlands' }).waitFor(WAIT);
    const panel = page.getByRole('tabpanel', { name: 'Nederlands' });
    const subject = panel.getByLabel(/^Onderwerp/);
    // one Markdown body per language: both the formatted mail and its plain text come from it
    const text = panel.getByLabel(/^Tekst \(Markdown\)/);
    await text.waitFor(WAIT);
    const originalSubject = await subject.inputValue();
    expect(originalSubject).toContain('{{breach.reference}}');

    // bad input: a template that does not compile is refused at its field
    await subject.fill('Kennisgeving {{breach.reference');
    await panel.getByRole('button', { name: 'Voorbeeld' }).click();
    await panel.getByText('Controleer de gemarkeerde velden.').waitFor(WAIT);
    await subject.fill(originalSubject);

    const line = '**Vragen?** Bel onze privacylijn 020 123 4567 en noem {{customer.name}} en {{breach.reference}}.';
    const originalText = await text.inputValue();
    await text.fill(`${originalText.trimEnd()}\n\n${line}\n`);
    await panel.getByRole('button', { name: 'Voorbeeld' }).click();
    const preview = page.getByRole('dialog', { name: 'Voorbeeld met voorbeeldgegevens' });
    await preview.getByText(/^Kennisgeving datalek DL-2026-0001/).waitFor(WAIT);
    await preview.getByRole('tab', { name: 'Platte tekst' }).click();
    await preview
      .getByText('Vragen? Bel onze privacylijn 020 123 4567 en noem Voorbeeldklant B.V. en DL-2026-0001.')
      .waitFor(WAIT);
    expect(await preview.getByText('{{customer.name}}').count()).toBe(0);
    await screenshotOf(preview, '25-template-preview');
    await page.keyboard.press('Escape');
    await preview.waitFor({ state: 'detached', timeout: 30_000 });

    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Sjabloon (Nederlands) opgeslagen.').waitFor(WAIT);
    await page.reload();
    await text.waitFor(WAIT);
    expect(await text.inputValue()).toContain(line);
    await panel.getByText(/Laatst gewijzigd op .* door /).waitFor(WAIT);
    await screenshot(page, '26-notice-templates');
    await context.close();
  });
});
