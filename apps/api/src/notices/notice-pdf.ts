import type { PortalNoticeDto } from './notice.dto';
import { formatNoticeMoment as formatAmsterdam } from '@lekwacht/domain';

/** The notice as a plain-text PDF with a header; resolves with the whole file. */
export async function renderNoticePdf(n: PortalNoticeDto): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit'); // loaded on the first PDF, not at start (~150 ms)
  return new Promise((resolve, reject) => {
    // Branded with the organisation profile: the customer gets a document from its supplier.
    const org = n.organisation;
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: n.subject, Author: org.name } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    const nl = n.language === 'nl';
    doc.rect(0, 0, doc.page.width, 8).fill(org.primaryColour);
    doc.fillColor('#000000').font('Helvetica-Bold').fontSize(12).text(org.name);
    doc.moveDown(0.6);
    doc
      .font('Helvetica-Bold')
      .fontSize(16)
      .text(nl ? `Kennisgeving datalek ${n.reference}` : `Data breach notice ${n.reference}`);
    doc.moveDown(0.3).font('Helvetica').fontSize(10).fillColor('#555555');
    doc.text(`${nl ? 'Aan' : 'To'}: ${n.customerName}`);
    const sent = formatAmsterdam(n.sentAt ? new Date(n.sentAt) : null, n.language);
    if (sent) doc.text(`${nl ? 'Verzonden' : 'Sent'}: ${sent}`);
    const ack = formatAmsterdam(n.acknowledgedAt ? new Date(n.acknowledgedAt) : null, n.language);
    if (ack)
      doc.text(
        `${nl ? 'Ontvangst bevestigd' : 'Receipt acknowledged'}: ${ack}${n.acknowledgedByName ? ` (${n.acknowledgedByName})` : ''}`,
      );
    doc.moveDown().fillColor('#000000').font('Helvetica-Bold').fontSize(12).text(n.subject);
    doc.moveDown(0.5).font('Helvetica').fontSize(10.5).text(n.text, { lineGap: 2 });
    const contact = org.contactPoint;
    doc
      .moveDown()
      .font('Helvetica-Bold')
      .fontSize(10)
      .text(nl ? `Contactpunt ${org.name}` : `Contact point ${org.name}`);
    doc
      .font('Helvetica')
      .text([contact.name, contact.email, contact.phone].filter((v): v is string => Boolean(v)).join(' · '));
    doc.end();
  });
}
