import { inflateSync } from 'node:zlib';

/**
 * Just enough of PDF to check what our generator (pdfkit, standard fonts) wrote: the text shown
 * on the pages, and the names used outside strings (where an injected `/JavaScript` or
 * `/OpenAction` would have to appear to do anything).
 */
export interface InspectedPdf {
  /** Every string drawn with Tj / TJ / ' / ", in order, one text object per line. */
  text: string;
  /** Every /Name token outside strings and streams, and inside content streams. */
  names: Set<string>;
}

function decodeLiteral(s: string): string {
  return s.replace(/\\([nrtbf()\\]|[0-7]{1,3}|\r?\n)/g, (_, c: string) => {
    const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '(': '(', ')': ')', '\\': '\\' };
    if (c in map) return map[c]!;
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(parseInt(c, 8));
    return '';
  });
}

/** WinAnsi → Unicode for the few code points that differ from Latin-1 (pdfkit's AFM fonts). */
const WIN_ANSI: Record<number, string> = {
  0x80: '€',
  0x91: '‘',
  0x92: '’',
  0x93: '“',
  0x94: '”',
  0x96: '–',
  0x97: '—',
  0x85: '…',
};
const fromWinAnsi = (bytes: Buffer) => [...bytes].map((b) => WIN_ANSI[b] ?? String.fromCharCode(b)).join('');

/** Splits PDF syntax into tokens, skipping over literal strings (with nesting and escapes), hex strings and comments. */
function* tokens(src: string): Generator<{ kind: 'name' | 'string' | 'hex' | 'other'; value: string; end: number }> {
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '(') {
      let depth = 1;
      let j = i + 1;
      while (j < src.length && depth > 0) {
        if (src[j] === '\\') j += 2;
        else {
          if (src[j] === '(') depth++;
          else if (src[j] === ')') depth--;
          j++;
        }
      }
      yield { kind: 'string', value: decodeLiteral(src.slice(i + 1, j - 1)), end: j };
      i = j;
    } else if (c === '<' && src[i + 1] !== '<') {
      const j = src.indexOf('>', i);
      yield { kind: 'hex', value: src.slice(i + 1, j).replace(/\s+/g, ''), end: j + 1 };
      i = j + 1;
    } else if (c === '%') {
      const j = src.indexOf('\n', i);
      i = j < 0 ? src.length : j + 1;
    } else if (c === '/') {
      const m = /^\/[^\s/<>()[\]{}%]*/.exec(src.slice(i, i + 200))!;
      yield { kind: 'name', value: m[0], end: i + m[0].length };
      i += m[0].length;
    } else if (/\s/.test(c)) {
      i++;
    } else {
      const m = /^(<<|>>|[[\]{}]|[^\s/<>()[\]{}%]+)/.exec(src.slice(i, i + 200))!;
      yield { kind: 'other', value: m[0], end: i + m[0].length };
      i += m[0].length;
    }
  }
}

export function inspectPdf(pdf: Buffer): InspectedPdf {
  const raw = pdf.toString('latin1');
  const names = new Set<string>();
  const contents: string[] = [];
  // the file body outside streams
  const streamRe = /stream\r?\n/g;
  let outside = '';
  let pos = 0;
  for (let m = streamRe.exec(raw); m; m = streamRe.exec(raw)) {
    if (raw.slice(Math.max(0, m.index - 3), m.index) === 'end') continue;
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    outside += raw.slice(pos, m.index) + '\n';
    const dict = raw.slice(raw.lastIndexOf('<<', m.index), m.index);
    const body = pdf.subarray(start, end);
    try {
      contents.push((/\/FlateDecode/.test(dict) ? inflateSync(body) : body).toString('latin1'));
    } catch {
      // a font or image stream that is not text: ignore
    }
    pos = end + 'endstream'.length;
    streamRe.lastIndex = pos;
  }
  outside += raw.slice(pos);
  for (const tok of tokens(outside)) if (tok.kind === 'name') names.add(tok.value);

  const lines: string[] = [];
  for (const content of contents) {
    let line = '';
    let pending: string[] = [];
    for (const tok of tokens(content)) {
      if (tok.kind === 'name') names.add(tok.value);
      if (tok.kind === 'string') pending.push(tok.value);
      else if (tok.kind === 'hex') pending.push(fromWinAnsi(Buffer.from(tok.value, 'hex')));
      else if (tok.kind === 'other') {
        if (['Tj', 'TJ', "'", '"'].includes(tok.value)) line += pending.join('');
        if (tok.value === 'ET') {
          lines.push(line);
          line = '';
        }
        if (tok.value !== '[' && tok.value !== ']' && !/^-?[\d.]+$/.test(tok.value)) pending = [];
      }
    }
    if (line) lines.push(line);
  }
  return { text: lines.join('\n'), names };
}

/** Names that make a PDF act (run script, open a link or file) rather than show text. */
export const ACTIVE_PDF_NAMES = [
  '/JavaScript',
  '/JS',
  '/OpenAction',
  '/AA',
  '/Launch',
  '/SubmitForm',
  '/ImportData',
  '/RichMedia',
  '/EmbeddedFile',
];
