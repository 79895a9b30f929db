/**
 * What an evidence upload is, judged from its bytes (never from its name or the browser's
 * Content-Type): the allow-list of docs/security.md § Evidence files. Magic numbers rather than the
 * `file-type` package: its current versions are ESM-only (they do not load in this CommonJS build
 * or under jest without extra machinery), it does not recognise the text formats (plain text, CSV,
 * e-mail) at all, and the allow-list is small enough to check exactly.
 *
 * Allowed: PDF, PNG, JPEG, GIF, WebP, Word/Excel/PowerPoint (OOXML), OpenDocument text and
 * spreadsheet, e-mail (.eml, RFC 5322) and plain UTF-8 text (CSV when the name says .csv).
 * Refused: everything else, notably executables, archives (a zip can hold anything; its contents
 * cannot be checked here), HTML, SVG and XML (they would run script if a browser ever rendered
 * them) and text that is not UTF-8.
 */
export interface EvidenceType {
  /** The media type stored and sent on download. */
  mediaType: string;
  /** Short name for people ("PDF", "Word"). */
  label: string;
}

const PDF: EvidenceType = { mediaType: 'application/pdf', label: 'PDF' };
const PNG: EvidenceType = { mediaType: 'image/png', label: 'PNG' };
const JPEG: EvidenceType = { mediaType: 'image/jpeg', label: 'JPEG' };
const GIF: EvidenceType = { mediaType: 'image/gif', label: 'GIF' };
const WEBP: EvidenceType = { mediaType: 'image/webp', label: 'WebP' };
const DOCX: EvidenceType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  label: 'Word',
};
const XLSX: EvidenceType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  label: 'Excel',
};
const PPTX: EvidenceType = {
  mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  label: 'PowerPoint',
};
const ODT: EvidenceType = { mediaType: 'application/vnd.oasis.opendocument.text', label: 'OpenDocument' };
const ODS: EvidenceType = { mediaType: 'application/vnd.oasis.opendocument.spreadsheet', label: 'OpenDocument' };
const EML: EvidenceType = { mediaType: 'message/rfc822', label: 'E-mail' };
const TEXT: EvidenceType = { mediaType: 'text/plain', label: 'Text' };
const CSV: EvidenceType = { mediaType: 'text/csv', label: 'CSV' };

/** Every media type that can be stored (the download sends only these). */
export const EVIDENCE_MEDIA_TYPES: readonly string[] = [
  PDF,
  PNG,
  JPEG,
  GIF,
  WEBP,
  DOCX,
  XLSX,
  PPTX,
  ODT,
  ODS,
  EML,
  TEXT,
  CSV,
].map((t) => t.mediaType);

/** For the 415 message: what people may upload. */
export const ALLOWED_DESCRIPTION =
  'PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint, OpenDocument text or spreadsheet, e-mail (.eml), plain text or CSV';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0) =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The names in a zip's central directory (they are stored uncompressed), or null if it is not a readable zip. */
export function zipEntryNames(bytes: Uint8Array): string[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of at most 65,535, at the very end.
  const min = Math.max(0, bytes.length - 22 - 65_535);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const names: string[] = [];
  const decoder = new TextDecoder('utf-8');
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** OOXML (docx/xlsx/pptx) by its parts, ODF by its `mimetype` entry; any other zip is refused. */
function officeType(bytes: Uint8Array): EvidenceType | null {
  // ODF: the first entry is `mimetype`, stored uncompressed, so its content follows the 38-byte header.
  if (startsWith(bytes, ascii('mimetype'), 30)) {
    const mime = new TextDecoder().decode(bytes.subarray(38, 38 + 60));
    if (mime.startsWith(ODT.mediaType) && !mime.startsWith(`${ODT.mediaType}-`)) return ODT;
    if (mime.startsWith(ODS.mediaType) && !mime.startsWith(`${ODS.mediaType}-`)) return ODS;
    return null;
  }
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  // Macro-enabled documents (vbaProject.bin) are not evidence formats we accept.
  if (names.some((n) => n.toLowerCase().endsWith('vbaproject.bin'))) return null;
  if (names.includes('word/document.xml')) return DOCX;
  if (names.includes('xl/workbook.xml')) return XLSX;
  if (names.includes('ppt/presentation.xml')) return PPTX;
  return null;
}

/** Valid UTF-8 without NUL or other control characters than tab, line feed, form feed and carriage return. */
function textOf(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text)) return null;
  return text.replace(/^\uFEFF/, '');
}

/** Markup a browser would render (WHATWG sniffing's HTML patterns, SVG and any XML). */
const MARKUP =
  /^\s*<(!doctype\s+html|html|head|body|script|iframe|svg|\?xml|!--|title|style|div|a\s|img|table|p[\s>]|br|b[\s>]|font|h1)/i;

/** An RFC 5322 message: header lines from the first line on, with a From and a Date or Subject, then a blank line. */
function isEmail(text: string): boolean {
  const end = text.search(/\r?\n\r?\n/);
  if (end <= 0) return false;
  const lines = text.slice(0, end).split(/\r?\n/);
  if (!/^[!-9;-~]+:/.test(lines[0] ?? '')) return false;
  const names = new Set<string>();
  for (const line of lines) {
    if (/^[ \t]/.test(line)) continue; // folded continuation
    const m = /^([!-9;-~]+):/.exec(line);
    if (!m) return false;
    names.add(m[1]!.toLowerCase());
  }
  return names.has('from') && (names.has('date') || names.has('subject') || names.has('message-id'));
}

/**
 * The type of an upload from its content, or null when it is not on the allow-list. The file name
 * only chooses between text/csv and text/plain for content that is plain text either way.
 */
export function detectEvidenceType(bytes: Uint8Array, fileName: string): EvidenceType | null {
  if (bytes.length === 0) return null;
  if (startsWith(bytes, ascii('%PDF-'))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return GIF;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return WEBP;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeType(bytes);
  const text = textOf(bytes);
  if (text === null || text.trim() === '' || MARKUP.test(text)) return null;
  if (isEmail(text)) return EML;
  return /\.csv$/i.test(fileName) ? CSV : TEXT;
}

/** The longest stored file name, in characters. */
export const MAX_FILE_NAME_LENGTH = 200;

/**
 * The name to show and to offer on download: the last path part only (a browser may send
 * `C:\fakepath\x.pdf`), without control and bidirectional-override characters (which could hide
 * the real extension), white space collapsed, at most {@link MAX_FILE_NAME_LENGTH} characters
 * with the extension kept. Empty after that: "evidence".
 */
export function sanitizeFileName(raw: string): string {
  const last = raw.split(/[/\\]/).pop() ?? '';
  const cleaned = last
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const chars = [...cleaned];
  if (chars.length === 0) return 'evidence';
  if (chars.length <= MAX_FILE_NAME_LENGTH) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 ? [...cleaned.slice(dot)] : [];
  const keep = ext.length > 0 && ext.length <= 12 ? ext : [];
  return chars.slice(0, MAX_FILE_NAME_LENGTH - keep.length).join('') + keep.join('');
}

/**
 * Content-Disposition for a download: always `attachment`, an ASCII fallback name and the real
 * name in RFC 5987 `filename*` (UTF-8, percent-encoded), so no name can break out of the header.
 */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%;]/g, '_') || 'evidence';
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
