import { deflateRawSync } from 'node:zlib';
import { contentDisposition, detectEvidenceType, sanitizeFileName, zipEntryNames } from './evidence-type';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

/** A minimal zip: each entry stored (or deflated), with local headers and a central directory. */
function zip(entries: { name: string; data: string; deflate?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const raw = Buffer.from(e.data);
    const data = e.deflate ? deflateRawSync(raw) : raw;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(e.deflate ? 8 : 0, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const typeOf = (b: Buffer, name = 'x.bin') => detectEvidenceType(b, name)?.mediaType ?? null;

describe('detectEvidenceType: the allow-list, read from the bytes', () => {
  it('recognises PDF, PNG, JPEG, GIF and WebP by their magic numbers, whatever the name says', () => {
    expect(typeOf(bytes('%PDF-1.7\n%âãÏÓ\n'), 'foto.png')).toBe('application/pdf');
    expect(typeOf(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'x.pdf')).toBe('image/png');
    expect(typeOf(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(typeOf(bytes('GIF89a\x01\x00'))).toBe('image/gif');
    expect(typeOf(bytes('RIFF\x10\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses an executable renamed .pdf, ELF, a shell script with NUL bytes and an unknown binary', () => {
    expect(typeOf(bytes('MZ\x90\x00\x03\x00\x00\x00\x04\x00'), 'proces-verbaal.pdf')).toBeNull();
    expect(typeOf(bytes('\x7fELF\x02\x01\x01\x00'), 'rapport.pdf')).toBeNull();
    expect(typeOf(bytes('#!/bin/sh\n\x00rm -rf /'), 'notes.txt')).toBeNull();
    expect(typeOf(bytes([0xde, 0xad, 0xbe, 0xef, 0xff, 0xfe]))).toBeNull();
    expect(typeOf(Buffer.alloc(0), 'leeg.txt')).toBeNull();
  });

  it('refuses HTML, SVG and XML that a browser would render, even named .txt', () => {
    expect(typeOf(bytes('<!DOCTYPE html><script>alert(1)</script>'), 'a.txt')).toBeNull();
    expect(typeOf(bytes('  <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'a.txt')).toBeNull();
    expect(typeOf(bytes('<?xml version="1.0"?><x/>'), 'a.csv')).toBeNull();
    expect(typeOf(bytes('\uFEFF<html><body>x</body></html>'), 'a.txt')).toBeNull();
  });

  it('takes UTF-8 text as text/plain, as text/csv when named .csv, and rejects Latin-1 bytes that are not UTF-8', () => {
    expect(typeOf(Buffer.from('Logregel 1\r\nLogregel 2 – café\n'), 'log.txt')).toBe('text/plain');
    expect(typeOf(Buffer.from('naam;e-mail\nJan;jan@example.nl\n'), 'Getroffen.CSV')).toBe('text/csv');
    expect(typeOf(Buffer.from('naam;e-mail\n'), 'getroffen.pdf')).toBe('text/plain');
    expect(typeOf(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), 'latin1.txt')).toBeNull();
  });

  it('takes an RFC 5322 message as message/rfc822 (folded headers allowed), plain text otherwise', () => {
    const eml =
      'Received: from mx\r\n  by mx2\r\nFrom: Politie <noreply@politie.nl>\r\nSubject: Aangifte\r\nDate: Mon, 1 Dec 2026 10:00:00 +0100\r\n\r\nBody';
    expect(typeOf(Buffer.from(eml), 'aangifte.eml')).toBe('message/rfc822');
    expect(typeOf(Buffer.from('Note: just a line\n\nmore'), 'a.eml')).toBe('text/plain');
  });

  it('recognises Word, Excel and PowerPoint by their parts, OpenDocument by its mimetype entry', () => {
    const ooxml = (part: string) =>
      zip([
        { name: '[Content_Types].xml', data: '<Types/>', deflate: true },
        { name: part, data: '<x/>', deflate: true },
      ]);
    expect(typeOf(ooxml('word/document.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(typeOf(ooxml('xl/workbook.xml'))).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(typeOf(ooxml('ppt/presentation.xml'))).toBe(
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    );
    const odt = zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text' },
      { name: 'content.xml', data: '<x/>', deflate: true },
    ]);
    expect(typeOf(odt)).toBe('application/vnd.oasis.opendocument.text');
  });

  it('refuses other zips: a plain archive, a macro-enabled document, an OpenDocument template', () => {
    expect(typeOf(zip([{ name: 'malware.exe', data: 'MZ' }]), 'rapport.docx')).toBeNull();
    expect(
      typeOf(
        zip([
          { name: '[Content_Types].xml', data: '<Types/>' },
          { name: 'word/document.xml', data: '<x/>' },
          { name: 'word/vbaProject.bin', data: 'x' },
        ]),
      ),
    ).toBeNull();
    expect(typeOf(zip([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.text-template' }]))).toBeNull();
    expect(zipEntryNames(bytes('PK\x03\x04 truncated'))).toBeNull();
  });
});

describe('sanitizeFileName', () => {
  it('keeps the last path part only and removes control and bidi-override characters', () => {
    expect(sanitizeFileName('C:\\fakepath\\aangifte.pdf')).toBe('aangifte.pdf');
    expect(sanitizeFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitizeFileName('rapport\u0000\r\n.pdf')).toBe('rapport.pdf');
    expect(sanitizeFileName('invoice\u202Efdp.exe')).toBe('invoicefdp.exe');
    expect(sanitizeFileName('  proces   verbaal ë.pdf ')).toBe('proces verbaal ë.pdf');
    expect(sanitizeFileName('...')).toBe('evidence');
    expect(sanitizeFileName('')).toBe('evidence');
  });

  it('shortens a long name to 200 characters and keeps its extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(500)}.pdf`);
    expect([...name]).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });
});

describe('contentDisposition', () => {
  it('is always an attachment with an ASCII fallback and the UTF-8 name in filename*', () => {
    expect(contentDisposition('proces-verbaal ë.pdf')).toBe(
      `attachment; filename="proces-verbaal _.pdf"; filename*=UTF-8''proces-verbaal%20%C3%AB.pdf`,
    );
    // quotes, semicolons and backslashes cannot break out of the header
    const header = contentDisposition('a";inline;b\\.pdf');
    expect(header.startsWith('attachment; filename="a__inline_b_.pdf"; ')).toBe(true);
    expect(header).not.toMatch(/[\r\n]/);
  });
});
