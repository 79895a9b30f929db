import { authorityNotificationView, formatAmsterdam } from './export-view';
import { mergeAuthorityNotificationContent } from './validate-content';

const content = mergeAuthorityNotificationContent(null, {
  timeline: { discoveredAt: '2026-11-20T09:30:00.000Z', ongoing: true },
  breach: {
    summary: '<script>alert(1)</script> Klantportaal',
    incidentType: 'hacking',
    breachTypes: ['confidentiality', 'integrity'],
  },
  personalData: { specialCategories: [], recordsMin: 12500 },
  contact: { otherOrganisationInvolved: false },
});

describe('authorityNotificationView', () => {
  it('Dutch: sections 0–9 with the AP form titles and Dutch answers', () => {
    const view = authorityNotificationView(content, 'nl');
    expect(view.sections.map((s) => `${s.number} ${s.title}`)).toEqual([
      '0 Over deze melding',
      '1 Contactgegevens en overige algemene informatie',
      '2 Tijdlijn',
      '3 Gegevens over het datalek',
      '4 Persoonsgegevens die betrokken zijn bij het datalek',
      '5 De groep mensen van wie persoonsgegevens betrokken zijn bij het datalek',
      '6 Maatregelen die zijn getroffen voordat het datalek plaatsvond',
      '7 Gevolgen van het datalek',
      '8 Vervolgacties naar aanleiding van het datalek',
      '9 Overig',
    ]);
    const timeline = view.sections[2]?.questions ?? [];
    expect(timeline.find((q) => q.key === 'discoveredAt')?.answer).toBe('20 november 2026 10:30 CET');
    expect(timeline.find((q) => q.key === 'ongoing')?.answer).toBe('Ja');
    const breach = view.sections[3]?.questions ?? [];
    expect(breach.find((q) => q.key === 'breachTypes')?.answer).toBe(
      'Vertrouwelijkheid (inzage of openbaarmaking); Integriteit (wijziging)',
    );
    expect(view.sections[4]?.questions.find((q) => q.key === 'specialCategories')?.answer).toBe('Geen');
    expect(view.sections[4]?.questions.find((q) => q.key === 'recordsMin')?.answer).toBe('12.500');
  });

  it('English with lang en', () => {
    const view = authorityNotificationView(content, 'en');
    expect(view.sections[2]?.title).toBe('Timeline');
    expect(view.sections[2]?.questions.find((q) => q.key === 'discoveredAt')).toMatchObject({
      question: 'When did you discover the breach?',
      answer: '20 November 2026 10:30 CET',
      value: '2026-11-20T09:30:00.000Z',
    });
    expect(view.sections[4]?.questions.find((q) => q.key === 'recordsMin')?.answer).toBe('12,500');
  });

  it('free text is passed through as text, never interpreted', () => {
    const summary = authorityNotificationView(content, 'nl').sections[3]?.questions.find((q) => q.key === 'summary');
    expect(summary?.answer).toBe('<script>alert(1)</script> Klantportaal');
  });

  it('leaves out questions that do not apply and keeps unanswered ones that do', () => {
    const view = authorityNotificationView(content, 'nl');
    const contact = view.sections[1]?.questions.map((q) => q.key) ?? [];
    expect(contact).not.toContain('otherOrganisations');
    expect(view.sections[1]?.questions.find((q) => q.key === 'reporterName')?.answer).toBeNull();
    const timeline = view.sections[2]?.questions.map((q) => q.key) ?? [];
    expect(timeline).not.toContain('containedAt');
    expect(timeline).not.toContain('lateReason');
    expect(authorityNotificationView(content, 'nl', { late: true }).sections[2]?.questions.map((q) => q.key)).toContain(
      'lateReason',
    );
  });

  it('summer time is shown as CEST', () => {
    expect(formatAmsterdam('2026-07-01T08:00:00Z', 'nl')).toBe('1 juli 2026 10:00 CEST');
  });
});
