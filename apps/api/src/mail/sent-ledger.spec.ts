import fc from 'fast-check';
import { SentLedger } from './sent-ledger';

const ledger = (write: (ids: string[]) => Promise<void>, keepTrying = () => true) =>
  new SentLedger(write, { groupSize: 3, retryDelayMs: 1, keepTrying });

describe('SentLedger', () => {
  it('writes full groups as they fill and the rest on flush', async () => {
    const written: string[][] = [];
    const l = ledger(async (ids) => void written.push(ids));
    for (const id of ['a', 'b', 'c', 'd']) await l.record(id);
    expect(written).toEqual([['a', 'b', 'c']]);
    await l.flush();
    expect(written).toEqual([['a', 'b', 'c'], ['d']]);
  });

  it('keeps a group whose write failed and writes it again, so no delivery goes unrecorded', async () => {
    const committed: string[] = [];
    let calls = 0;
    const l = ledger(async (ids) => {
      if (++calls <= 2) throw new Error('Connection terminated unexpectedly');
      committed.push(...ids);
    });
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((id) => l.record(id)));
    await l.flush();
    expect(committed.sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(l.failedWrites).toBe(2);
  });

  it('stops retrying when the app stops', async () => {
    const l = ledger(
      () => Promise.reject(new Error('down')),
      () => false,
    );
    await l.record('a');
    await l.flush();
    expect(l.failedWrites).toBe(1);
  });

  it('records every id exactly once whatever writes fail, as long as they eventually succeed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.boolean(), { maxLength: 30 }), fc.integer({ min: 1, max: 40 }), async (fails, n) => {
        const committed: string[] = [];
        let i = 0;
        const l = ledger(async (ids) => {
          if (fails[i++ % Math.max(1, fails.length)] && i < 60) throw new Error('x');
          committed.push(...ids);
        });
        const ids = Array.from({ length: n }, (_, k) => `m${k}`);
        await Promise.all(ids.map((id) => l.record(id)));
        await l.flush();
        return committed.length === n && new Set(committed).size === n;
      }),
      { numRuns: 50 },
    );
  });
});
