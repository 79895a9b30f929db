import {
  buildNoticeView,
  DATA_CATEGORIES,
  type DataCategory,
  DEFAULT_ORGANISATION_PROFILE,
  formatCount,
} from '@lekwacht/domain';
import fc from 'fast-check';
import { inspectPdf } from '../security/pdf-inspect';
import type { PortalNoticeDto } from './notice.dto';
import { composeNoticeMail, portalUrl } from './notice-mail';
import { renderNoticePdf } from './notice-pdf';
import { compileNoticeTemplate, DEFAULT_TEMPLATES } from './notice-rendering';

const compiled = { nl: compileNoticeTemplate(DEFAULT_TEMPLATES.nl), en: compileNoticeTemplate(DEFAULT_TEMPLATES.en) };
const word = fc.stringMatching(/^[A-Za-z]{12}$/);

/**
 * Issue #15 acceptance: over random breaches with 2–20 customers with random names and texts,
 * no artefact for customer i — mail text, mail HTML, PDF text, portal JSON — contains the
 * internal description or any other customer's name, count or data; each carries its own figures.
 * Rendered through the real templates, mail composition and PDF generator.
 */
describe('property: every artefact of a customer notice carries only that customer’s truth', () => {
  it('holds for random breaches with 2–20 customers', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(
          fc.record({
            name: word,
            group: word,
            language: fc.constantFrom<'nl' | 'en'>('nl', 'en'),
            role: fc.constantFrom<'controller' | 'processor'>('controller', 'processor'),
            categories: fc.subarray([...DATA_CATEGORIES] as DataCategory[], { maxLength: 3 }),
            hasContact: fc.boolean(),
          }),
          { minLength: 2, maxLength: 20, selector: (c) => c.name.toLowerCase() },
        ),
        word,
        word,
        async (customers, secret, summaryWord) => {
          const slices = customers.map((c, i) => ({
            customerId: `id-${i}`,
            name: `Klant ${c.name}`,
            language: c.language,
            role: c.role,
            dataCategories: c.categories,
            // distinct, recognisable figures per customer
            subjectsCount: 3_100_000 + i * 10_007,
            recordsEstimate: 8_300_000 + i * 10_009,
            groupsOfPeople: [`groep${c.group}`],
            contactPersonName: c.hasContact ? `Persoon ${c.name}` : null,
            contactPersonEmail: c.hasContact ? `p${i}@${c.name.toLowerCase()}.example` : null,
            managementName: `Directie ${c.name}`,
            managementEmail: `d${i}@${c.name.toLowerCase()}.example`,
          }));
          const internal = `INTERN-${secret}: ${slices.map((s) => `${s.name} (${s.subjectsCount})`).join(', ')}`;
          const breach = {
            reference: 'DL-2026-0042',
            cause: 'lost_or_stolen_device',
            occurredAt: null,
            discoveredAt: new Date('2026-03-02T07:30:00Z'),
            containedAt: null,
            customerMeasures: { nl: `NL-${summaryWord} laptop gewist.`, en: `EN-${summaryWord} laptop wiped.` },
            customerConsequences: { nl: null, en: null },
            customerSummary: { nl: `NL-${summaryWord} laptop gestolen.`, en: `EN-${summaryWord} laptop stolen.` },
            facts: null,
            description: internal,
          };
          for (const [i, own] of slices.entries()) {
            const view = buildNoticeView(breach, own, null, DEFAULT_ORGANISATION_PROFILE);
            const t = compiled[own.language];
            const notice = {
              id: `n-${i}`,
              breachId: 'b',
              language: own.language,
              recipientName: view.recipient.name,
              recipientEmail: view.recipient.email,
              subject: t.subject(view),
              text: t.text(view),
              html: t.html(view),
            };
            const mail = composeNoticeMail(notice, portalUrl('https://lekwacht.example', 'x'.repeat(43)));
            const portal: PortalNoticeDto = {
              organisation: DEFAULT_ORGANISATION_PROFILE,
              controllerDecisionHours: own.role === 'processor' ? 72 : null,
              kind: 'initial',
              sequence: 1,
              history: [],
              customerName: own.name,
              reference: breach.reference,
              language: own.language,
              subject: notice.subject,
              html: notice.html,
              text: notice.text,
              sentAt: '2026-03-02T09:00:00.000Z',
              acknowledgedAt: null,
              acknowledgedByName: null,
            };
            const pdf = inspectPdf(await renderNoticePdf(portal)).text.replace(/\s+/g, ' ');
            const artefacts = [mail.subject, mail.text, mail.html, JSON.stringify(portal), pdf];
            for (const content of artefacts) {
              if (content.includes(`INTERN-${secret}`)) return false;
              if (content.includes(own.language === 'en' ? `NL-${summaryWord}` : `EN-${summaryWord}`)) return false;
              for (const other of slices) {
                if (other === own) continue;
                if (content.includes(other.name) || content.includes(other.groupsOfPeople[0]!)) return false;
                if (content.includes(formatCount(other.subjectsCount, own.language))) return false;
                if (content.includes(formatCount(other.recordsEstimate, own.language))) return false;
                if (content.includes(other.managementEmail)) return false;
              }
            }
            // its own figures, in the text it reads and in the PDF
            for (const content of [mail.text, pdf]) {
              if (!content.includes(formatCount(own.subjectsCount, own.language))) return false;
              if (!content.includes(formatCount(own.recordsEstimate, own.language))) return false;
              if (!content.includes(own.groupsOfPeople[0]!)) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 12 },
    );
  }, 120_000);
});
