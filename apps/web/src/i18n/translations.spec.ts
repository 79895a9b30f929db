import en from './en.json';
import nl from './nl.json';

const keysOf = (value: unknown, prefix = ''): string[] =>
  typeof value === 'object' && value !== null
    ? Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
    : [prefix];

describe('translations', () => {
  it('Dutch and English have the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(nl).sort());
  });

  it('has no empty texts', () => {
    const empty = [nl, en].flatMap((resource) =>
      keysOf(resource).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resource);
        return typeof text !== 'string' || text.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });
});
