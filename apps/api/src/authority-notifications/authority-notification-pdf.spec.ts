import { authorityNotificationView, completeness, mergeAuthorityNotificationContent } from '@lekwacht/domain';
import type { AuthorityNotificationExport } from './authority-notification-export';
import { pdfSafe, renderAuthorityNotificationPdf } from './authority-notification-pdf';

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
  });
});
