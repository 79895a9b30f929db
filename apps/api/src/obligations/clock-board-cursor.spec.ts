import { decodeBoardCursor, encodeBoardCursor } from './clock-board-cursor';

const ID = '0b9d6a8e-3c1f-4c2a-9f4e-2d6b1a7c8e90';

describe('clock board cursor', () => {
  it('decodes what it encoded, for each sort', () => {
    const cursors = [
      { sort: 'due', direction: 'asc', values: ['2026-12-08 10:00:00.123456', 'DL-2026-', 12, 'DL-2026-0001', ID] },
      { sort: 'due', direction: 'desc', values: ['infinity', 'DL-2026-', 12, 'DL-2026-0001', ID] },
      { sort: 'breach', direction: 'asc', values: ['DL-2026-', 12, 'DL-2026-0001', '2026-12-08 10:00:00', ID] },
      { sort: 'who', direction: 'desc', values: [3, 'infinity', 'DL-2026-', 12, 'DL-2026-0001', ID] },
      { sort: 'kind', direction: 'asc', values: [0, '2026-12-08 10:00:00', 'DL-2026-', 12, 'DL-2026-0001', ID] },
    ] as const;
    for (const c of cursors) expect(decodeBoardCursor(encodeBoardCursor({ ...c, values: [...c.values] }))).toEqual(c);
  });

  it('rejects what this server did not issue', () => {
    const enc = (v: unknown) => Buffer.from(JSON.stringify(v), 'utf8').toString('base64url');
    for (const text of [
      '',
      'not base64!',
      'A'.repeat(601),
      enc({ sort: 'due' }),
      enc(['title', 'asc', 'x']),
      enc(['due', 'up', 'infinity', 'DL-', 1, 'DL-1', ID]),
      enc(['due', 'asc', 'yesterday', 'DL-', 1, 'DL-1', ID]),
      enc(['due', 'asc', 'infinity', 'DL-', -1, 'DL-1', ID]),
      enc(['due', 'asc', 'infinity', 'DL-', 1, '', ID]),
      enc(['due', 'asc', 'infinity', 'DL-', 1, 'DL-1', 'not-a-uuid']),
      enc(['due', 'asc', 'infinity', 'DL-', 1, 'DL-1']),
      enc(['who', 'asc', 1.5, 'infinity', 'DL-', 1, 'DL-1', ID]),
    ])
      expect(decodeBoardCursor(text)).toBeNull();
  });
});
