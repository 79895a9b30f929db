import fc from 'fast-check';
import { decodeBreachListCursor, encodeBreachListCursor } from './breach-list-cursor';

describe('breach list cursor', () => {
  it('decodes what it encoded, microseconds included', () => {
    const cursor = { discoveredAt: '2026-12-07 21:14:03.123456', reference: 'DL-2026-00042' };
    expect(decodeBreachListCursor(encodeBreachListCursor(cursor))).toEqual(cursor);
  });

  it('round-trips any position', () => {
    const at = fc
      .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().replace('T', ' ').replace('Z', ''));
    fc.assert(
      fc.property(at, fc.string({ minLength: 1, maxLength: 64 }), (discoveredAt, reference) => {
        expect(decodeBreachListCursor(encodeBreachListCursor({ discoveredAt, reference }))).toEqual({
          discoveredAt,
          reference,
        });
      }),
    );
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['not a pair', Buffer.from('["2026-12-07 21:14:03"]').toString('base64url')],
    ['a date in another format', Buffer.from('["2026-12-07T21:14:03Z","DL-1"]').toString('base64url')],
    ['SQL in the date', Buffer.from(`["2026-12-07 21:14:03'; drop table breaches;--","DL-1"]`).toString('base64url')],
    ['an empty reference', Buffer.from('["2026-12-07 21:14:03",""]').toString('base64url')],
    ['a long reference', Buffer.from(`["2026-12-07 21:14:03","${'x'.repeat(65)}"]`).toString('base64url')],
    ['too long', 'a'.repeat(401)],
  ])('refuses %s', (_name, text) => {
    expect(decodeBreachListCursor(text)).toBeNull();
  });
});
