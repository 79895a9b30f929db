import fc from 'fast-check';
import { CsvSyntaxError, formatCsv, parseCsv, unneutraliseFormula } from './rfc4180';

describe('parseCsv', () => {
  it('reads quoted fields with commas, quotes and line breaks', () => {
    expect(parseCsv('a,"b,c","d ""e""","f\r\ng"\r\n1,,3,\n')).toEqual([
      ['a', 'b,c', 'd "e"', 'f\r\ng'],
      ['1', '', '3', ''],
    ]);
  });

  it('ignores a byte order mark and keeps an empty quoted field', () => {
    expect(parseCsv('\uFEFFx,""')).toEqual([['x', '']]);
  });

  it.each([
    ['a,"b', 'row 1: a quoted field is not closed'],
    ['a\nb"c', 'row 2: a quote inside an unquoted field'],
    ['"a"b', 'row 1: text after a closing quote'],
  ])('refuses %j', (text, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    expect(() => parseCsv(text)).toThrow(message);
  });
});

describe('formatCsv', () => {
  it('neutralises formulas and the reader restores them', () => {
    const csv = formatCsv([['=1+1', '+31 30 123', 'plain', "'=x"]]);
    expect(csv).toBe("'=1+1,'+31 30 123,plain,''=x\r\n");
    expect(parseCsv(csv)[0].map(unneutraliseFormula)).toEqual(['=1+1', '+31 30 123', 'plain', "'=x"]);
  });

  it('round-trips any table of text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const back = parseCsv(formatCsv(rows)).map((row) => row.map(unneutraliseFormula));
          // A row holding one empty field is written as an empty line, which reads back as [''].
          expect(back).toEqual(rows);
        },
      ),
    );
  });
});
