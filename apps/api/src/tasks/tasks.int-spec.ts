import { DEFAULT_CHECKLISTS } from '@lekwacht/domain';
import { DataSource } from 'typeorm';
import { Clock } from '../clock/clock';
import { loginTeam, registerBreach } from '../testing/fixtures';
import { keepSetting } from '../testing/keep-rows';
import { startTestApp, type LoggedIn, type TestApp, unique } from '../testing/test-app';
import { CHECKLISTS_KEY } from './checklists.service';
import { TaskReminders } from './task-reminders';

interface Task {
  id: string;
  breachId: string;
  title: string;
  assignee: { id: string; name: string } | null;
  dueAt: string | null;
  state: 'open' | 'done' | 'not_needed';
  notNeededReason: string | null;
  closedAt: string | null;
  closedBy: { id: string; name: string } | null;
  overdue: boolean;
}

const embedded = process.env['DATABASE_POOL_SIZE'] === '1';
const HOUR = 3_600_000;

/**
 * Issue #18 point 2, through HTTP on a real database: the checklist of a breach's kind becomes its
 * owner's tasks at registration; tasks are added, assigned, completed, closed as not needed with a
 * reason and reopened, each change audited; an overdue task reminds its assignee exactly once.
 */
describe('breach tasks (HTTP, real database)', () => {
  let t: TestApp;
  let officer: LoggedIn;
  let manager: LoggedIn;
  let admin: LoggedIn;
  let ds: DataSource;
  let restoreChecklists: () => Promise<void>;

  beforeAll(async () => {
    t = await startTestApp();
    ds = t.app.get(DataSource);
    ({ officer, manager, admin } = await loginTeam(t));
    restoreChecklists = await keepSetting(ds, CHECKLISTS_KEY);
  });
  afterAll(async () => {
    t.app.get(Clock).pin(null);
    // an admin's checklist for insider misuse is saved below: later files get the checklists as they were
    await restoreChecklists();
    await t.close();
  });

  const register = (cause = 'lost_or_stolen_device') =>
    registerBreach(officer, { cause, title: unique('Laptop kwijt') });

  const tasksOf = async (breachId: string) =>
    (await officer.get(`/api/breaches/${breachId}/tasks`).expect(200)).body as Task[];

  const remindersOf = async (taskId: string, email: string) =>
    (await ds.query(`SELECT subject, text, html FROM outbox_messages WHERE source_id = $1 AND to_address = $2`, [
      taskId,
      email,
    ])) as { subject: string; text: string; html: string }[];

  it('gives a lost-laptop breach the checklist of its kind, as tasks of the registering officer', async () => {
    const before = Date.now();
    const breach = await register();
    const tasks = await tasksOf(breach.id);
    const checklist = DEFAULT_CHECKLISTS['lost_or_stolen_device'] ?? [];
    expect(tasks.map((x) => x.title)).toEqual(checklist.map((i) => i.title));
    for (const [i, task] of tasks.entries()) {
      expect(task.assignee?.id).toBe(officer.user.id);
      expect(task.state).toBe('open');
      const hours = checklist[i]?.dueAfterHours ?? 0;
      const due = Date.parse(task.dueAt ?? '');
      expect(due).toBeGreaterThanOrEqual(before + hours * HOUR - 1000);
      expect(due).toBeLessThanOrEqual(Date.now() + hours * HOUR + 1000);
    }
    const [applied] = (await ds.query(
      `SELECT after FROM audit_events WHERE action = 'task.checklist_applied' AND breach_id = $1`,
      [breach.id],
    )) as { after: { tasks: unknown[] } }[];
    expect(applied?.after.tasks).toHaveLength(checklist.length);
  });

  it('takes the checklist an admin saved; officers and managers may not change checklists', async () => {
    const items = [
      { title: unique('Stap'), dueAfterHours: 2 },
      { title: 'Zonder termijn', dueAfterHours: null },
    ];
    await officer.put('/api/checklists/insider_misuse', { items }).expect(403);
    await manager.put('/api/checklists/insider_misuse', { items }).expect(403);
    const saved = await admin.put('/api/checklists/insider_misuse', { items }).expect(200);
    expect(saved.body).toEqual({ cause: 'insider_misuse', items });
    const listed = (await officer.get('/api/checklists').expect(200)).body as { cause: string; items: unknown[] }[];
    expect(listed.find((c) => c.cause === 'insider_misuse')?.items).toEqual(items);
    const breach = await register('insider_misuse');
    expect((await tasksOf(breach.id)).map((x) => [x.title, x.dueAt === null])).toEqual([
      [items[0]?.title, false],
      ['Zonder termijn', true],
    ]);
  });

  it('answers a bad checklist or task with 400 naming the field, and changes nothing', async () => {
    const bad = await admin.put('/api/checklists/malware', { items: [{ title: '', dueAfterHours: 1.5 }] }).expect(400);
    expect(JSON.stringify(bad.body)).toMatch(/items\.0\.title/);
    expect(JSON.stringify(bad.body)).toMatch(/items\.0\.dueAfterHours/);
    const unknownCause = await admin.put('/api/checklists/volcano', { items: [] }).expect(400);
    expect(JSON.stringify(unknownCause.body)).toMatch(/cause must be one of/);
    const listed = (await officer.get('/api/checklists').expect(200)).body as { cause: string; items: unknown[] }[];
    expect(listed.find((c) => c.cause === 'malware')?.items).toHaveLength(DEFAULT_CHECKLISTS['malware']?.length ?? 0);

    const breach = await register('other');
    const noTitle = await officer.post(`/api/breaches/${breach.id}/tasks`, { title: ' ', dueAt: 'morgen' }).expect(400);
    expect(JSON.stringify(noTitle.body)).toMatch(/title/);
    expect(JSON.stringify(noTitle.body)).toMatch(/dueAt/);
    const adminUser = (await admin.get('/api/auth/me').expect(200)).body as { id: string };
    const notAssignable = await officer
      .post(`/api/breaches/${breach.id}/tasks`, { title: 'x', assigneeId: adminUser.id })
      .expect(400);
    expect(JSON.stringify(notAssignable.body)).toMatch(/assigneeId must be one of the active officers and managers/);
    expect(await tasksOf(breach.id)).toEqual([]);
  });

  it('walks a task through its life: assigned, not needed with a reason, reopened, done, each audited', async () => {
    const breach = await register('other');
    const managerUser = manager.user;
    const added = (
      await officer
        .post(`/api/breaches/${breach.id}/tasks`, {
          title: 'Logbestanden veiligstellen',
          assigneeId: managerUser.id,
          dueAt: new Date(Date.now() + 4 * HOUR).toISOString(),
        })
        .expect(201)
    ).body as Task;
    expect(added).toMatchObject({ state: 'open', overdue: false, assignee: { id: managerUser.id } });

    const reasonMissing = await manager
      .patch(`/api/breaches/${breach.id}/tasks/${added.id}`, { state: 'not_needed' })
      .expect(400);
    expect(JSON.stringify(reasonMissing.body)).toMatch(/notNeededReason/);
    const notNeeded = (
      await manager
        .patch(`/api/breaches/${breach.id}/tasks/${added.id}`, {
          state: 'not_needed',
          notNeededReason: 'Geen logging op dit systeem',
        })
        .expect(200)
    ).body as Task;
    expect(notNeeded).toMatchObject({
      state: 'not_needed',
      notNeededReason: 'Geen logging op dit systeem',
      closedBy: { id: managerUser.id },
    });
    const reopened = (
      await officer.patch(`/api/breaches/${breach.id}/tasks/${added.id}`, { state: 'open' }).expect(200)
    ).body as Task;
    expect(reopened).toMatchObject({ state: 'open', notNeededReason: null, closedAt: null, closedBy: null });
    const done = (await manager.patch(`/api/breaches/${breach.id}/tasks/${added.id}`, { state: 'done' }).expect(200))
      .body as Task;
    expect(done.state).toBe('done');
    expect(done.closedAt).not.toBeNull();

    const actions = (
      (await ds.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [added.id])) as {
        action: string;
      }[]
    ).map((r) => r.action);
    expect(actions).toEqual(['task.added', 'task.not_needed', 'task.reopened', 'task.completed']);
    const timeline = (await officer.get(`/api/breaches/${breach.id}/timeline`).expect(200)).body as {
      action: string;
    }[];
    expect(timeline.map((e) => e.action)).toEqual(expect.arrayContaining(['task.added', 'task.completed']));
  });

  it('reminds the assignee exactly once when a task falls due, again after a new due date, never for a done task', async () => {
    const breach = await register('other');
    const managerUser = manager.user as { id: string; email: string };
    const due = new Date(Date.now() + 2 * HOUR);
    const task = (
      await officer
        .post(`/api/breaches/${breach.id}/tasks`, {
          title: 'Aangifte doen',
          assigneeId: managerUser.id,
          dueAt: due.toISOString(),
        })
        .expect(201)
    ).body as Task;
    const done = (
      await officer
        .post(`/api/breaches/${breach.id}/tasks`, {
          title: 'Al gedaan',
          assigneeId: managerUser.id,
          dueAt: due.toISOString(),
        })
        .expect(201)
    ).body as Task;
    await officer.patch(`/api/breaches/${breach.id}/tasks/${done.id}`, { state: 'done' }).expect(200);
    const reminders = t.app.get(TaskReminders);
    const clock = t.app.get(Clock);

    clock.pin(new Date(due.getTime() - 1000));
    await reminders.remindDue();
    expect(await remindersOf(task.id, managerUser.email)).toHaveLength(0);

    clock.pin(new Date(due.getTime() + 1000));
    await Promise.all([reminders.remindDue(), reminders.remindDue()]);
    await reminders.remindDue();
    const mails = await remindersOf(task.id, managerUser.email);
    expect(await remindersOf(done.id, managerUser.email)).toHaveLength(0);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toContain(breach.reference);
    expect(mails[0]?.text).toContain('Aangifte doen');
    expect(mails[0]?.text).toContain(`/breaches/${breach.id}/tasks`);
    expect(mails[0]?.text).not.toContain('Al gedaan');
    expect(((await tasksOf(breach.id)).find((x) => x.id === task.id) as Task).overdue).toBe(true);
    // on the clock board's overdue list and in the assignee's "my work", the done one in neither
    const overdue = (await officer.get('/api/tasks/overdue').expect(200)).body as {
      taskId: string;
      breachReference: string;
    }[];
    expect(overdue.find((x) => x.taskId === task.id)?.breachReference).toBe(breach.reference);
    expect(overdue.some((x) => x.taskId === done.id)).toBe(false);
    const work = (await manager.get('/api/my-work').expect(200)).body as {
      tasksAssigned: { taskId: string; overdue: boolean }[];
    };
    expect(work.tasksAssigned.find((x) => x.taskId === task.id)?.overdue).toBe(true);
    expect(work.tasksAssigned.some((x) => x.taskId === done.id)).toBe(false);

    clock.pin(null);
    const later = new Date(Date.now() + HOUR);
    await officer.patch(`/api/breaches/${breach.id}/tasks/${task.id}`, { dueAt: later.toISOString() }).expect(200);
    clock.pin(new Date(later.getTime() + 1000));
    await reminders.remindDue();
    await reminders.remindDue();
    expect(await remindersOf(task.id, managerUser.email)).toHaveLength(2);
    clock.pin(null);
  });

  (embedded ? it.skip : it)('sends one reminder per task when two instances sweep at once', async () => {
    const second = await startTestApp();
    try {
      const breach = await register('other');
      const due = new Date(Date.now() + 3 * HOUR);
      const ids: string[] = [];
      for (let i = 0; i < 30; i++) {
        const body = { title: `Taak ${i}`, assigneeId: officer.user.id, dueAt: due.toISOString() };
        ids.push(((await officer.post(`/api/breaches/${breach.id}/tasks`, body).expect(201)).body as Task).id);
      }
      const at = new Date(due.getTime() + 1000);
      t.app.get(Clock).pin(at);
      second.app.get(Clock).pin(at);
      await Promise.all([t.app.get(TaskReminders).remindDue(), second.app.get(TaskReminders).remindDue()]);
      const [{ n }] = (await ds.query(
        `SELECT count(*)::int AS n FROM outbox_messages WHERE source_id = ANY($1::uuid[])`,
        [ids],
      )) as { n: number }[];
      expect(n).toBe(30);
      const [{ events }] = (await ds.query(
        `SELECT count(*)::int AS events FROM audit_events WHERE action = 'task.reminder_sent' AND entity_id = ANY($1::text[])`,
        [ids],
      )) as { events: number }[];
      expect(events).toBe(30);
    } finally {
      t.app.get(Clock).pin(null);
      await second.close();
    }
  });

  it('takes no task changes on a closed breach and 404s an unknown task', async () => {
    const breach = await register('other');
    const task = (await officer.post(`/api/breaches/${breach.id}/tasks`, { title: 'Iets' }).expect(201)).body as Task;
    await officer
      .patch(`/api/breaches/${breach.id}/tasks/00000000-0000-4000-8000-000000000000`, { state: 'done' })
      .expect(404);
    await ds.query(`UPDATE breaches SET status = 'closed', closed_at = now() WHERE id = $1`, [breach.id]);
    await officer.patch(`/api/breaches/${breach.id}/tasks/${task.id}`, { state: 'done' }).expect(409);
    await officer.post(`/api/breaches/${breach.id}/tasks`, { title: 'Nog iets' }).expect(409);
    await admin.get(`/api/breaches/${breach.id}/tasks`).expect(403);
  });
});
