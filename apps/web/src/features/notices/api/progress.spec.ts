import type { Notice } from './notices-api';
import { hasQueued, sendProgress } from './progress';

const notice = (id: string, status: Notice['status']): Notice => ({ id, status }) as Notice;

describe('sendProgress', () => {
  const notices = [
    notice('a', 'sent'),
    notice('b', 'queued'),
    notice('c', 'failed'),
    notice('d', 'draft'),
    notice('e', 'acknowledged'),
  ];

  it('counts everything that left the drafts', () => {
    expect(sendProgress(notices)).toEqual({
      done: 3,
      total: 4,
      queued: 1,
      failed: 1,
    });
  });

  it('limits itself to a batch', () => {
    expect(sendProgress(notices, new Set(['b', 'c']))).toEqual({
      done: 1,
      total: 2,
      queued: 1,
      failed: 1,
    });
  });

  it('knows when something is still queued', () => {
    expect(hasQueued(notices)).toBe(true);
    expect(hasQueued([notice('a', 'sent')])).toBe(false);
    expect(hasQueued(undefined)).toBe(false);
  });
});
