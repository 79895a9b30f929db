import { describeAuditEvent } from '../breaches/timeline-descriptions';
import {
  AUDIT_ACTIONS,
  BREACH_AUDIT_ACTIONS,
  isAuditAction,
  isBreachAuditAction,
  OTHER_AUDIT_ACTIONS,
} from './audit-actions';
import { actionLabel, describeEvent } from './audit-descriptions';

/** A line that says something in both languages: not empty, not the action's code. */
const expectBothLanguages = (action: string, line: { nl: string; en: string }) => {
  expect([action, line.nl.trim().length > 0, line.en.trim().length > 0]).toEqual([action, true, true]);
  expect([action, line.nl, line.en].filter((s) => s === action)).toEqual([action]);
};

describe('audit actions', () => {
  it('are listed once, each in exactly one of the two lists', () => {
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
    expect(BREACH_AUDIT_ACTIONS.filter((a) => (OTHER_AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    for (const a of AUDIT_ACTIONS) expect(a).toMatch(/^[a-z_]+\.[a-z_]+$/);
  });

  it('every action has a Dutch and an English line on the audit page, with and without a payload', () => {
    for (const action of AUDIT_ACTIONS) {
      expectBothLanguages(action, describeEvent(action, null, null));
      expectBothLanguages(action, describeEvent(action, {}, {}));
    }
  });

  it('every action has a Dutch and an English short name for the audit page filter', () => {
    for (const action of AUDIT_ACTIONS) expectBothLanguages(action, actionLabel(action));
  });

  it('every event about a breach has a Dutch and an English line on the breach timeline', () => {
    for (const action of BREACH_AUDIT_ACTIONS) expectBothLanguages(action, describeAuditEvent(action, null, null));
  });

  it('the audit page describes a breach event as the timeline does', () => {
    const after = { reference: 'DL-2026-0007', reason: 'Sectie 4 aanvullen', kind: 'authority' };
    for (const action of BREACH_AUDIT_ACTIONS)
      expect(describeEvent(action, after, null)).toEqual(describeAuditEvent(action, after, null));
  });

  it('reads a stored action that is none of these (an older release, a test) as itself', () => {
    expect(isAuditAction('legacy.event')).toBe(false);
    expect(isBreachAuditAction('session.login')).toBe(false);
    expect(describeEvent('legacy.event', null, null)).toEqual({ nl: 'legacy.event', en: 'legacy.event' });
    expect(describeAuditEvent('session.login', null, null)).toEqual({ nl: 'session.login', en: 'session.login' });
    expect(actionLabel('legacy.event')).toEqual({ nl: 'legacy.event', en: 'legacy.event' });
  });
});
