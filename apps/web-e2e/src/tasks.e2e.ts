import type { Browser } from 'playwright-core';
import { apiCall, createBreach, uniqueTitle } from './support/api';
import { launchChromium, newPage, screenshot, screenshotOf } from './support/browser';
import { loginThroughUi } from './support/login';
import { mailTo } from './support/mail-sink';
import { dutchParts } from './support/dutch-time';
import { POLICE_REPORT, POLICE_REPORT_SHA } from './support/evidence-files';

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
    const due = dutchParts(Date.now() - 5 * 60_000);
    await tasks(page).getByRole('textbox', { name: 'Uiterlijk, datum' }).fill(due.date);
    await tasks(page).getByRole('textbox', { name: 'Uiterlijk, tijd' }).fill(due.time);
    await tasks(page).getByRole('button', { name: 'Taak toevoegen' }).click();
    await tasks(page).getByText('Klant Waterland bellen over de laptop').waitFor();
    expect(await tasks(page).innerText()).toContain('Voor Maarten Manager');
    await tasks(page).getByText('1 verlopen').waitFor();
    await screenshotOf(tasks(page), '46-breach-tasks');
    // on a phone the tab row scrolls sideways and the page does not
    const phone = await newPage(browser, { width: 390, height: 844 });
    await loginThroughUi(phone.page, 'officer@lekwacht.test');
    await phone.page.goto(`/breaches/${breach.id}/tasks`);
    await tasks(phone.page).getByText('Klant Waterland bellen over de laptop').waitFor();
    // the page does not scroll sideways; if it does, name what sticks out (outside scroll boxes)
    const wide = await phone.page.evaluate(() => {
      if (document.documentElement.scrollWidth <= window.innerWidth) return [];
      const inScrollBox = (el: Element) => {
        for (let p = el.parentElement; p; p = p.parentElement)
          if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
        return false;
      };
      return [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !inScrollBox(el))
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 80)}`);
    });
    expect(wide).toEqual([]);
    await screenshot(phone.page, '46b-breach-tasks-phone');
    await phone.context.close();

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

  it('an admin edits the checklist of a kind of breach; the next breach of that kind gets its steps', async () => {
    const admin = await newPage(browser);
    await loginThroughUi(admin.page, 'admin@lekwacht.test');
    await admin.page.getByRole('link', { name: 'Checklists' }).click();
    await admin.page.getByRole('heading', { name: 'Checklists', level: 1 }).waitFor();
    await admin.page.getByRole('combobox', { name: 'Soort datalek' }).click();
    await admin.page.getByRole('option', { name: 'Misbruik door medewerker' }).click();
    await admin.page.getByRole('textbox', { name: 'Stap 1' }).waitFor();
    const steps = await admin.page.getByRole('textbox', { name: /^Stap \d+$/ }).count();
    await admin.page.getByRole('button', { name: 'Stap toevoegen' }).click();
    const added = admin.page.getByRole('textbox', { name: `Stap ${steps + 1}` });
    await added.fill('Camerabeelden van de serverruimte veiligstellen');
    await admin.page.getByRole('textbox', { name: 'Termijn (uren)' }).last().fill('8');
    await admin.page.getByRole('button', { name: 'Checklist opslaan' }).click();
    await admin.page.getByText('Checklist opgeslagen').waitFor();
    await screenshot(admin.page, '48-checklists-admin');

    // the next insider-misuse breach starts with that step among its tasks
    const officer = await newPage(browser);
    await loginThroughUi(officer.page, 'officer@lekwacht.test');
    const breach = await createBreach(officer.context, {
      title: uniqueTitle('Medewerker kopieerde klantbestand'),
      cause: 'insider_misuse',
      facts: null,
    });
    const listed = await apiCall<{ title: string; dueAt: string }[]>(
      officer.context,
      'GET',
      `/api/breaches/${breach.id}/tasks`,
    );
    expect(listed.body).toHaveLength(steps + 1);
    expect(listed.body.at(-1)?.title).toBe('Camerabeelden van de serverruimte veiligstellen');
    await admin.context.close();
    await officer.context.close();
  });
});
