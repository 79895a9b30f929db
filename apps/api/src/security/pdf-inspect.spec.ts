import PDFDocument from 'pdfkit';
import { inspectPdf } from './pdf-inspect';

const render = (draw: (doc: PDFKit.PDFDocument) => void, info: Record<string, string> = {}) =>
  new Promise<Buffer>((resolve, reject) => {
    const doc = new PDFDocument({ info });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    draw(doc);
    doc.end();
  });

describe('inspectPdf (the checker the injection tests rely on)', () => {
  it('reads back the text pdfkit draws, including markup, parentheses and Dutch letters', async () => {
    const pdf = await render((d) => d.font('Helvetica').text('Eén <script>x</script> (a) \\ € — “q”'), {
      Title: ') /OpenAction << /JS (x) >> (',
    });
    const got = inspectPdf(pdf);
    expect(got.text).toContain('Eén <script>x</script> (a) \\ € — “q”');
    expect(got.names.has('/Font')).toBe(true);
    // the injected title is a string, not syntax
    expect(got.names.has('/OpenAction')).toBe(false);
  });

  it('does see an action that is real PDF syntax', () => {
    const pdf = Buffer.from(
      '%PDF-1.3\n1 0 obj\n<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> >>\nendobj\n%%EOF\n',
      'latin1',
    );
    const got = inspectPdf(pdf);
    expect(got.names.has('/OpenAction')).toBe(true);
    expect(got.names.has('/JavaScript')).toBe(true);
  });
});
