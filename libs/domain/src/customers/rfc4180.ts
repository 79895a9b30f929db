/**
 * A small RFC 4180 reader/writer for the notification-terms import and export: quoted fields
 * with doubled quotes, commas and line breaks inside quotes, CRLF or LF line ends. No CSV
 * parser is among the project's dependencies, and the format is small enough to own.
 */
export class CsvSyntaxError extends Error {
  constructor(
    readonly row: number,
    message: string,
  ) {
    super(`row ${row}: ${message}`);
  }
}

/** Rows of fields; a trailing line break does not make an empty last row. Row numbers are 1-based. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let i = 0;
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
    fieldStarted = false;
  };
  while (i < input.length) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = input[i];
        if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(rows.length + 1, 'text after a closing quote');
        }
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"') {
      if (fieldStarted || field !== '') throw new CsvSyntaxError(rows.length + 1, 'a quote inside an unquoted field');
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (c === ',') {
      row.push(field);
      field = '';
      fieldStarted = false;
      i += 1;
    } else if (c === '\r' || c === '\n') {
      endRow();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i += 1;
    }
  }
  if (quoted) throw new CsvSyntaxError(rows.length + 1, 'a quoted field is not closed');
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return rows;
}

/**
 * Spreadsheets run cells starting with = + - @ as formulas; a leading quote keeps them text.
 * The reader strips that quote again so an exported file imports unchanged.
 */
function neutraliseFormula(value: string): string {
  // Values that already start with quotes before a formula character get one more, so the
  // reader's single strip is exact.
  return /^'*[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function unneutraliseFormula(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function quoteField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteField).join(',')).join('\r\n') + '\r\n';
}
