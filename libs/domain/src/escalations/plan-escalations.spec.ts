import { DEFAULT_ESCALATION_POLICY } from './default-escalation-policy';
import { planEscalations } from './plan-escalations';

const HOUR = 3_600_000;
const discoveredAt = new Date('2026-11-20T09:30:00Z');
const authorityDue = new Date(discoveredAt.getTime() + 72 * HOUR);
const hoursAfterDiscovery = (hours: number) => new Date(discoveredAt.getTime() + hours * HOUR);

const plan = (overrides: Partial<Parameters<typeof planEscalations>[0]> = {}) =>
  planEscalations({
    policy: DEFAULT_ESCALATION_POLICY,
    dueAt: authorityDue,
    now: discoveredAt,
    hasContactPerson: true,
    ...overrides,
  });

describe('planEscalations with the default policy', () => {
  it('registered at discovery: officer at 24 h left, contact at 12 h, management at 4 h, overdue at due time', () => {
    expect(plan()).toEqual([
      {
        stepId: 'reminder-24h',
        occurrence: 0,
        dueAt: new Date('2026-11-22T09:30:00Z'),
        thresholdAt: new Date('2026-11-22T09:30:00Z'),
        recipients: ['officer'],
        contactPersonReplaced: false,
        catchUp: false,
      },
      {
        stepId: 'contact-person-12h',
        occurrence: 0,
        dueAt: new Date('2026-11-22T21:30:00Z'),
        thresholdAt: new Date('2026-11-22T21:30:00Z'),
        recipients: ['contact_person'],
        contactPersonReplaced: false,
        catchUp: false,
      },
      {
        stepId: 'management-4h',
        occurrence: 0,
        dueAt: new Date('2026-11-23T05:30:00Z'),
        thresholdAt: new Date('2026-11-23T05:30:00Z'),
        recipients: ['management'],
        contactPersonReplaced: false,
        catchUp: false,
      },
      {
        stepId: 'overdue-every-4h',
        occurrence: 0,
        dueAt: authorityDue,
        thresholdAt: authorityDue,
        recipients: ['management'],
        contactPersonReplaced: false,
        catchUp: false,
      },
    ]);
  });

  it('customer obligation: the officer reminder falls 24 h after discovery (24 h before the 48 h deadline)', () => {
    const customerDue = hoursAfterDiscovery(48);
    const [first] = plan({ dueAt: customerDue });
    expect(first?.stepId).toBe('reminder-24h');
    expect(first?.dueAt).toEqual(hoursAfterDiscovery(24));
  });

  it('no named contact person → management at once, at the contact-person step', () => {
    const contactStep = plan({ hasContactPerson: false }).find((row) => row.stepId === 'contact-person-12h');
    expect(contactStep).toMatchObject({
      dueAt: new Date('2026-11-22T21:30:00Z'),
      recipients: ['management'],
      contactPersonReplaced: true,
    });
  });

  it('registered 70 h after discovery fires only the latest past step, now, and plans the overdue step', () => {
    const now = hoursAfterDiscovery(70);
    expect(plan({ now }).map((row) => [row.stepId, row.dueAt.toISOString(), row.catchUp])).toEqual([
      ['management-4h', now.toISOString(), true],
      ['overdue-every-4h', authorityDue.toISOString(), false],
    ]);
  });

  it('registered 62 h after discovery skips the stale officer reminder and reaches the contact person now', () => {
    const now = hoursAfterDiscovery(62);
    const rows = plan({ now });
    expect(rows.map((row) => row.stepId)).toEqual(['contact-person-12h', 'management-4h', 'overdue-every-4h']);
    expect(rows[0]).toMatchObject({ dueAt: now, thresholdAt: hoursAfterDiscovery(60), catchUp: true });
  });

  it('registered after the deadline starts the overdue escalation to management now and nothing else', () => {
    const now = hoursAfterDiscovery(81);
    expect(plan({ now })).toEqual([
      {
        stepId: 'overdue-every-4h',
        occurrence: 0,
        dueAt: now,
        thresholdAt: authorityDue,
        recipients: ['management'],
        contactPersonReplaced: false,
        catchUp: true,
      },
    ]);
  });

  it('a threshold falling exactly at now fires now on time, not as a catch-up', () => {
    const now = hoursAfterDiscovery(48);
    const [first] = plan({ now });
    expect(first).toMatchObject({ stepId: 'reminder-24h', dueAt: now, catchUp: false });
  });

  it('fulfilled obligation plans nothing', () => {
    expect(plan({ obligationState: 'fulfilled' })).toEqual([]);
  });

  it('not_required obligation plans nothing', () => {
    expect(plan({ obligationState: 'not_required' })).toEqual([]);
  });

  it('the data-subject obligation without a deadline plans nothing', () => {
    expect(plan({ dueAt: null })).toEqual([]);
  });

  it('re-planning after a corrected discovery never repeats a step that already fired', () => {
    const rows = plan({ now: hoursAfterDiscovery(50), firedStepIds: ['reminder-24h'] });
    expect(rows.map((row) => row.stepId)).toEqual(['contact-person-12h', 'management-4h', 'overdue-every-4h']);
  });

  it('re-planning when the latest past step already fired does not resurrect an older stale one', () => {
    const rows = plan({ now: hoursAfterDiscovery(70), firedStepIds: ['management-4h'] });
    expect(rows.map((row) => row.stepId)).toEqual(['overdue-every-4h']);
  });
});
