import { createHash } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { apiCall, createBreach, uniqueTitle } from './support/api';
import { launchChromium, newPage, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';
import { mailTo } from './support/mail-sink';

/** A small but real PDF: the API recognises it by its first bytes. */
const POLICE_REPORT = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
    'trailer<</Root 1 0 R>>\n%%EOF\n',
);
const POLICE_REPORT_SHA = createHash('sha256').update(POLICE_REPORT).digest('hex');

/** An instant as the Dutch date and time fields take it (Amsterdam time). */
function dutchFields(instant: number) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('day')}-${get('month')}-${get('year')}`, time: `${get('hour')}:${get('minute')}` };
}

const tasks = (page: import('playwright-core').Page) => page.getByRole('region', { name: 'Taken' });

/**
 * Issue #18 point 2 as the team walks it: a lost laptop gets the checklist of its kind as the
 * owner's tasks; the owner ticks one off, closes one as not needed with a reason and hands one to
 * a manager, who finds it in "my work" and completes it. Every step is on the timeline.
 */
describe('tasks: the owner works a lost-laptop breach through its checklist', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(() => browser.close());

  it('ticks off, closes as not needed, hands a task to a manager who completes it from "my work"', async () => {
    const officer = await newPage(browser);
    await loginThroughUi(officer.page, 'officer@lekwacht.test');
    const breach = await createBreach(officer.context, {
      title: uniqueTitle('Laptop gestolen uit auto'),
      cause: 'lost_or_stolen_device',
      facts: null,
    });
    const page = officer.page;
    await page.goto(`/breaches/${breach.id}`);
    await page.getByRole('heading', { name: new RegExp(breach.reference) }).waitFor();
    // the overview says what is next: the checklist's tasks, one click away
    await page.getByRole('region', { name: 'Wat nu?' }).getByRole('link', { name: 'Rond 5 open taken af' }).click();
    await page.waitForURL(`**/breaches/${breach.id}/tasks`);

    // the checklist of a lost device, for the registering officer
    const list = tasks(page).getByRole('list', { name: 'Taken' });
    await list.getByText('Apparaat op afstand wissen of blokkeren').waitFor();
    expect(await list.getByRole('listitem').count()).toBe(5);
    expect(await tasks(page).innerText()).toContain('0 van 5 afgerond');
    expect(await tasks(page).innerText()).toContain('Voor Olga Officier');

    // one click: done
    await tasks(page).getByRole('checkbox', { name: 'Apparaat op afstand wissen of blokkeren' }).click();
    await tasks(page).getByText('1 van 5 afgerond').waitFor();

    // not needed, with the reason kept
    await tasks(page)
      .getByRole('button', { name: 'Acties voor taak Vaststellen of de schijf versleuteld was' })
      .click();
    await page.getByRole('menuitem', { name: 'Niet nodig…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Markeren als niet nodig' }).click();
    await dialog.getByText('Geef een reden.').waitFor();
    await dialog
      .getByRole('textbox', { name: 'Waarom is deze taak niet nodig?' })
      .fill('BitLocker stond aan; sleutel staat in Intune.');
    await dialog.getByRole('button', { name: 'Markeren als niet nodig' }).click();
    await tasks(page).getByText('Niet nodig: BitLocker stond aan; sleutel staat in Intune.').waitFor();
    await tasks(page).getByText('2 van 5 afgerond').waitFor();

    // the police report as evidence, then its task ticked off
    await page.getByRole('tab', { name: 'Bewijsstukken' }).click();
    const evidence = page.getByRole('region', { name: 'Bewijsstukken' });
    await evidence.locator('input[type=file]').setInputFiles({
      name: 'Proces-verbaal aangifte laptop.pdf',
      mimeType: 'application/pdf',
      buffer: POLICE_REPORT,
    });
    await evidence.getByText(`SHA-256 ${POLICE_REPORT_SHA.slice(0, 16)}…`).waitFor();
    await page.getByRole('tab', { name: /^Taken/ }).click();
    await tasks(page)
      .getByRole('checkbox', { name: 'Aangifte doen bij de politie en het proces-verbaal uploaden' })
      .click();
    await tasks(page).getByText('3 van 5 afgerond').waitFor();

    // a new task for a manager
    await tasks(page).getByRole('button', { name: 'Taak toevoegen' }).click();
    await tasks(page)
      .getByRole('textbox', { name: 'Wat moet er gebeuren?' })
      .fill('Klant Waterland bellen over de laptop');
    await tasks(page).getByRole('combobox', { name: 'Toegewezen aan' }).click();
    await page.getByRole('option', { name: 'Maarten Manager' }).click();
    // due a few minutes ago (the call should have happened already): the reminder goes at once
    const due = dutchFields(Date.now() - 5 * 60_000);
    await tasks(page).getByRole('textbox', { name: 'Uiterlijk, datum' }).fill(due.date);
    await tasks(page).getByRole('textbox', { name: 'Uiterlijk, tijd' }).fill(due.time);
    await tasks(page).getByRole('button', { name: 'Taak toevoegen' }).click();
    await tasks(page).getByText('Klant Waterland bellen over de laptop').waitFor();
    expect(await tasks(page).innerText()).toContain('Voor Maarten Manager');
    await tasks(page).getByText('1 verlopen').waitFor();
    await screenshotOf(tasks(page), '46-breach-tasks');

    // a note that mentions the manager: one mail to her own inbox
    await page.getByRole('tab', { name: 'Notities en tijdlijn' }).click();
    await page
      .getByRole('textbox', { name: /^Notitie/ })
      .fill('Maarten, wil jij **Waterland** vandaag bellen? Zie de taak.');
    await page
      .getByRole('combobox', { name: "Collega's noemen" })
      .or(page.getByRole('textbox', { name: "Collega's noemen" }))
      .first()
      .click();
    await page.getByRole('option', { name: 'Maarten Manager' }).click();
    await page.getByRole('button', { name: 'Notitie plaatsen' }).click();
    await page.getByText(/Noemt Maarten Manager/).waitFor();
    const mention = await mailTo('manager@lekwacht.test', `${breach.reference}: Olga Officier noemt u`);
    expect(mention.text).toContain('wil jij Waterland vandaag bellen');

    // exactly one reminder, in the manager's own inbox, naming the task and the breach only
    const reminder = await mailTo('manager@lekwacht.test', `${breach.reference}: taak verlopen`);
    expect(reminder.text).toContain('Klant Waterland bellen over de laptop');
    expect(reminder.text).toContain(`/breaches/${breach.id}/tasks`);
    expect(reminder.text).not.toContain('Aangemaakt door de browsertest');

    // the manager finds it in "my work" and completes it on the breach page
    const manager = await newPage(browser);
    await loginThroughUi(manager.page, 'manager@lekwacht.test');
    // the clock board lists it as overdue
    await manager.page.goto('/');
    const overdue = manager.page.getByRole('region', { name: 'Verlopen taken' });
    await overdue.getByRole('link', { name: 'Klant Waterland bellen over de laptop' }).waitFor();
    await manager.page.goto('/my-work');
    const mine = manager.page.getByRole('region', { name: 'Mijn taken' });
    await mine.getByText('Klant Waterland bellen over de laptop').waitFor();
    await mine
      .getByRole('link', { name: `Naar taak Klant Waterland bellen over de laptop bij ${breach.reference}` })
      .click();
    await tasks(manager.page).getByRole('checkbox', { name: 'Klant Waterland bellen over de laptop' }).check();
    await tasks(manager.page)
      .getByText(/Afgerond door Maarten Manager/)
      .waitFor();

    // on the timeline, and in the audit trail through the API
    await page.goto(`/breaches/${breach.id}/timeline`);
    const timeline = page.getByRole('region', { name: 'Tijdlijn' });
    await timeline.getByText('Checklist toegepast: 5 taken').waitFor();
    await timeline.getByText('Taak afgerond: Klant Waterland bellen over de laptop').waitFor();
    await timeline.getByText(/Taak niet nodig: Vaststellen of de schijf versleuteld was/).waitFor();
    const listed = await apiCall<{ state: string }[]>(officer.context, 'GET', `/api/breaches/${breach.id}/tasks`);
    expect(listed.body.map((x) => x.state).sort()).toEqual(['done', 'done', 'done', 'not_needed', 'open', 'open']);

    // the manager reads the whole trail in the audit log, filtered to this breach
    await manager.page.goto(`/breaches/${breach.id}/timeline`);
    await manager.page.getByRole('link', { name: 'Alle gebeurtenissen in de auditlog' }).click();
    await manager.page.waitForURL(`**/audit?breachId=${breach.id}`);
    const audit = manager.page.getByRole('table', { name: 'Auditgebeurtenissen' });
    for (const action of ['task.completed', 'task.not_needed', 'evidence.uploaded', 'note.added', 'task.reminder_sent'])
      await audit.getByText(action).first().waitFor();
    expect(await audit.innerText()).not.toContain('Ander datalek');
    await screenshotOf(audit, '47-audit-filtered-breach');

    await manager.context.close();
    await officer.context.close();
  });
});
