import { authorityNotificationView, completeness, mergeAuthorityNotificationContent } from '@lekwacht/domain';
import type { AuthorityNotificationExport } from './authority-notification-export';
import { inspectPdf } from '../security/pdf-inspect';
import { pdfSafe, renderAuthorityNotificationPdf } from './authority-notification-pdf';

const SHA = 'a3f1c2d4e5b60718293a4b5c6d7e8f90112233445566778899aabbccddeeff00';

describe('pdfSafe', () => {
  it('keeps Dutch letters and typographic punctuation the standard fonts can draw', () => {
    expect(pdfSafe('Financiële gegevens — “geëxfiltreerd” € 5')).toBe('Financiële gegevens — “geëxfiltreerd” € 5');
  });
  it('maps letters outside Windows-1252 to their base letter, else to ?', () => {
    expect(pdfSafe('Łódź Ş ✓')).toBe('?ódz S ?');
  });
  it('turns control characters into spaces and keeps line breaks; HTML stays literal text', () => {
    expect(pdfSafe('a\u0007b\r\nc\t<b>d</b>')).toBe('a b\nc    <b>d</b>');
  });
});

describe('renderAuthorityNotificationPdf', () => {
  it('lays out a long notification over several pages', async () => {
    const long = 'Uitgebreide toelichting. '.repeat(400);
    const content = mergeAuthorityNotificationContent(null, {
      breach: { summary: long },
      other: { additionalInformation: long },
    });
    const view = authorityNotificationView(content, 'nl');
    const model: AuthorityNotificationExport = {
      format: 'lekwacht.authority-notification.v1',
      language: 'nl',
      title: 'Melding datalek aan de Autoriteit Persoonsgegevens',
      generatedAt: '2026-11-25T10:00:00.000Z',
      generatedAtText: '25 november 2026 11:00 CET',
      breach: { id: 'b', reference: 'DL-2026-0042', title: 'Test' },
      organisation: 'Softmakers B.V.',
      state: 'approved',
      stateLabel: 'Goedgekeurd',
      apReference: null,
      submittedAt: null,
      submittedAtText: null,
      dueAt: null,
      dueAtText: null,
      late: false,
      delayReason: null,
      withdrawnAt: null,
      withdrawnAtText: null,
      withdrawReason: null,
      completeness: completeness(content),
      completenessNote: 'x',
      sections: view.sections,
      followUps: [
        {
          createdAt: '',
          createdAtText: '26 november 2026 09:00 CET',
          createdBy: { id: 'u', name: 'Olga' },
          description: long,
          reason: 'Onderzoek',
          changes: [],
        },
      ],
      attachments: [
        {
          fileName: 'proces-verbaal aangifte <b>laptop</b>.pdf',
          mediaType: 'application/pdf',
          sizeBytes: 1234,
          sha256: SHA,
          uploadedAt: '2026-11-25T09:00:00.000Z',
          uploadedAtText: '25 november 2026 10:00 CET',
        },
      ],
      signOff: {
        draftedBy: { id: 'u', name: 'Olga' },
        draftedAt: null,
        draftedAtText: null,
        approvedBy: { id: 'm', name: 'Maarten' },
        approvedAt: null,
        approvedAtText: '25 november 2026 10:00 CET',
      },
    };
    const pdf = await renderAuthorityNotificationPdf(model);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(3);
    // the attachments list each evidence file by name and SHA-256, the name as literal text
    const { text } = inspectPdf(pdf);
    expect(text).toContain('Bijlagen (bewijsstukken)');
    expect(text).toContain('1. proces-verbaal aangifte <b>laptop</b>.pdf');
    expect(text).toContain(`SHA-256 ${SHA}`);
  });
});
