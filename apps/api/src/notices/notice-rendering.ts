import type { Language } from '@lekwacht/contracts';
import Handlebars from 'handlebars';
import { buildNoticeView, DEFAULT_ORGANISATION_PROFILE, type NoticeView } from '@lekwacht/domain';
import { escapeHtml } from '../mail/escape-html';
import { type TemplateFields, templateFieldsOf, templateProblems } from './notice-template-check';

/**
 * Notice templates are Handlebars. One isolated instance (no globally registered helpers or
 * partials leak in or out). The HTML body is compiled with Handlebars' default escaping, so
 * every `{{field}}` is HTML-escaped: a breach title like `<script>` reaches the mail as text.
 * Triple-stash `{{{…}}}` and `{{&…}}` (unescaped output) are refused in the HTML body.
 * Subject and text bodies are plain text and compiled with `noEscape`.
 */
const hb = Handlebars.create();

export type TemplateField = 'subject' | 'bodyText' | 'bodyHtml';

export interface NoticeTemplateSource {
  subject: string;
  bodyText: string;
  bodyHtml: string;
}

export interface CompiledNoticeTemplate {
  subject: (ctx: NoticeContext) => string;
  text: (ctx: NoticeContext) => string;
  html: (ctx: NoticeContext) => string;
}

/**
 * What a template can reach: the whitelisted NoticeView built per customer by the domain
 * (shared facts, that customer's own slice, our contact point). Never the breach entity.
 */
export type NoticeContext = NoticeView;

const UNESCAPED = /\{\{\{|\{\{~?\s*&/;

/** Throws `Error` naming the field when a source does not compile (or would not escape). */
export function compileNoticeTemplate(src: NoticeTemplateSource): CompiledNoticeTemplate {
  const one = (field: TemplateField, source: string, escape: boolean) => {
    if (escape && UNESCAPED.test(source)) {
      throw new TemplateError(field, 'unescaped output ({{{…}}} or {{&…}}) is not allowed in the HTML body');
    }
    // The parse tree decides what the template may reach: exactly the NoticeView's fields.
    const problems = templateProblems(source, noticeTemplateFields());
    if (problems.length > 0) throw new TemplateError(field, problems.join('; '));
    try {
      // precompile parses eagerly (compile is lazy), so syntax errors surface here.
      hb.precompile(source, { noEscape: !escape, strict: false });
      return hb.compile<NoticeContext>(source, { noEscape: !escape, knownHelpersOnly: false });
    } catch (err) {
      throw new TemplateError(
        field,
        err instanceof Error ? (err.message.split('\n')[0] ?? 'does not compile') : 'does not compile',
      );
    }
  };
  const subject = one('subject', src.subject, false);
  const text = one('bodyText', src.bodyText, false);
  const html = one('bodyHtml', src.bodyHtml, true);
  const guard = (field: TemplateField, fn: (ctx: NoticeContext) => string) => (ctx: NoticeContext) => {
    try {
      return fn(ctx);
    } catch (err) {
      throw new TemplateError(
        field,
        err instanceof Error ? (err.message.split('\n')[0] ?? 'cannot be rendered') : 'cannot be rendered',
      );
    }
  };
  return {
    subject: guard('subject', (ctx) => subject(ctx).replace(/\s+/g, ' ').trim()),
    text: guard('bodyText', (ctx) => tidyText(text(ctx))),
    html: guard('bodyHtml', (ctx) => html(ctx).trim()),
  };
}

let fieldsCache: TemplateFields | null = null;

/** The fields a template can use: the paths of the NoticeView, for a processor and a controller. */
export function noticeTemplateFields(): TemplateFields {
  fieldsCache ??= templateFieldsOf(
    (['nl', 'en'] as const).flatMap((language) => [sampleContext(language, true), sampleContext(language, false)]),
  );
  return fieldsCache;
}

export class TemplateError extends Error {
  constructor(
    readonly field: TemplateField,
    reason: string,
  ) {
    super(`${field}: the template cannot be used: ${reason}`);
  }
}

/** Collapses the blank lines that `{{#if}}` blocks leave behind. */
const tidyText = (s: string) =>
  s
    .split('\n')
    .map((l) => l.replace(/\s+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/** Plain text → safe HTML: everything escaped, blank lines become paragraphs. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n{2,}/)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('\n');
}

/** The full HTML document around a notice body fragment (mail and nothing else). */
export function wrapHtml(
  language: Language,
  body: string,
  portal: { url: string; label: string; intro: string } | null,
): string {
  const link = portal
    ? `<p>${escapeHtml(portal.intro)}</p>
<p><a href="${escapeHtml(portal.url)}" style="background:#0b7285;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(portal.label)}</a></p>
<p style="color:#868e96;font-size:12px">${escapeHtml(portal.url)}</p>`
    : '';
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#1a1b1e;max-width:680px">
${body}
${link}
</body></html>`;
}

export const PORTAL_LINK_TEXT: Record<Language, { intro: string; label: string; textIntro: string }> = {
  nl: {
    intro: 'Lees deze kennisgeving online en bevestig de ontvangst via uw persoonlijke link:',
    label: 'Kennisgeving openen en ontvangst bevestigen',
    textIntro: 'Lees deze kennisgeving online en bevestig de ontvangst via uw persoonlijke link (geldig 90 dagen):',
  },
  en: {
    intro: 'Read this notice online and acknowledge receipt through your personal link:',
    label: 'Open the notice and acknowledge receipt',
    textIntro: 'Read this notice online and acknowledge receipt through your personal link (valid for 90 days):',
  },
};

// ---------------------------------------------------------------------------------------------
// Sample data for the template preview: a view built by the same domain function as real notices.

export function sampleContext(language: Language, processor = true): NoticeContext {
  const nl = language === 'nl';
  return buildNoticeView(
    {
      reference: 'DL-2026-0001',
      cause: 'malware',
      occurredAt: new Date('2026-03-01T22:00:00Z'),
      discoveredAt: new Date('2026-03-02T07:30:00Z'),
      containedAt: new Date('2026-03-02T11:00:00Z'),
      customerMeasures: {
        nl: 'Server geïsoleerd, back-up teruggezet, wachtwoorden gewijzigd.',
        en: 'Server isolated, backup restored, passwords reset.',
      },
      customerConsequences: {
        nl: 'Mogelijke inzage in naw-gegevens.',
        en: 'Possible disclosure of names and addresses.',
      },
      customerSummary: {
        nl: 'Een fileserver met exportbestanden is versleuteld door ransomware.',
        en: 'A file server holding export files was encrypted by ransomware.',
      },
      facts: {
        role: 'processor',
        dataCategories: ['contact', 'financial'],
        dpcAdjustment: 0,
        dpcAdjustmentReason: null,
        subjectsCount: 1250,
        vulnerableSubjects: false,
        identifiability: 'maximum',
        confidentiality: 'unknown_recipients',
        integrity: 'none',
        availability: 'temporary',
        malicious: true,
        dataUnintelligible: false,
        recipientTrusted: false,
        exfiltrationEvidence: null,
        backupAvailable: true,
        financialUndertaking: false,
      },
    },
    {
      customerId: '00000000-0000-0000-0000-000000000000',
      name: nl ? 'Voorbeeldklant B.V.' : 'Sample Customer Ltd',
      language,
      contactPersonName: nl ? 'Jan de Vries' : 'Jane Doe',
      contactPersonEmail: nl ? 'jan@voorbeeldklant.example' : 'jane@sample.example',
      managementName: nl ? 'Directie Voorbeeldklant' : 'Sample management',
      managementEmail: 'directie@voorbeeldklant.example',
      role: processor ? 'processor' : 'controller',
      dataCategories: ['contact', 'financial'],
      subjectsCount: 1250,
      groupsOfPeople: [nl ? 'klanten' : 'clients'],
      recordsEstimate: 4000,
    },
    null,
    DEFAULT_ORGANISATION_PROFILE,
  );
}

// ---------------------------------------------------------------------------------------------
// Default templates (seeded into notice_templates on first use; admins may edit them). They use
// only NoticeView fields: the customer summary, never the internal description or title.

export const DEFAULT_TEMPLATES: Record<Language, NoticeTemplateSource> = {
  nl: {
    subject:
      '{{#if supplementary}}Aanvulling op kennisgeving datalek{{else}}Kennisgeving datalek{{/if}} {{breach.reference}} – {{organisation.name}}',
    bodyText: `Beste {{recipient.name}},

{{#if supplementary}}Dit is een aanvulling op onze kennisgeving{{#if previousSentAt}} van {{previousSentAt}}{{/if}}: de feiten zijn gewijzigd of aangevuld. Hieronder leest u de actuele stand.

{{/if}}Wij informeren u als {{slice.roleLabel}} voor {{customer.name}} over een datalek bij {{organisation.name}} (referentie {{breach.reference}}).
{{#if processor}}
Uw beslistermijn: als verwerkingsverantwoordelijke beslist u zelf of u dit datalek meldt bij de Autoriteit Persoonsgegevens, binnen {{handover.decisionHours}} uur nadat u ervan op de hoogte bent (AVG art. 33). Ons contactpunt: {{contact.name}}, {{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}.
{{/if}}

Wat is er gebeurd?
{{breach.summary}}
Oorzaak: {{breach.cause}}.
{{#if breach.occurredAt}}Ontstaan: {{breach.occurredAt}}.
{{/if}}Ontdekt: {{breach.discoveredAt}}.
{{#if breach.containedAt}}Ingedamd: {{breach.containedAt}}.
{{/if}}

Uw gegevens
- Soorten persoonsgegevens: {{slice.dataCategories}}
- Groepen personen: {{slice.groupsOfPeople}}
- Aantal betrokkenen: {{slice.subjectsCount}}
- Geschat aantal records: {{slice.recordsEstimate}}

Waarschijnlijke gevolgen
{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}Wij onderzoeken de gevolgen nog en informeren u zodra wij meer weten.{{/if}}

Genomen en voorgestelde maatregelen
{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}Wij hebben maatregelen genomen om het lek te dichten en herhaling te voorkomen.{{/if}}
{{#if processor}}

Informatie voor uw eigen beoordeling (wij zijn verwerker, u bent verwerkingsverantwoordelijke)
{{#if handover.agreementReference}}- Verwerkersovereenkomst: {{handover.agreementReference}}
{{/if}}- Ons advies over het risico voor uw betrokkenen: {{#if handover.advice}}ENISA-ernst {{handover.advice.enisaBand}}; melding aan de AP nodig naar ons oordeel: {{handover.advice.authorityRequired}}; betrokkenen informeren nodig naar ons oordeel: {{handover.advice.dataSubjectsRequired}}{{else}}nog niet beoordeeld{{/if}}
Dit advies is berekend op uw eigen gegevens; de beslissing is aan u.
{{/if}}

Contactpunt
Voor vragen kunt u terecht bij {{contact.name}} ({{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}).

Met vriendelijke groet,
{{organisation.name}}`,
    bodyHtml: `<div style="border-top:6px solid {{organisation.primaryColour}};padding:12px 0 8px;margin-bottom:12px"><strong style="font-size:18px;vertical-align:middle">{{organisation.name}}</strong></div>
<p>Beste {{recipient.name}},</p>
{{#if supplementary}}<p><strong>Dit is een aanvulling op onze kennisgeving{{#if previousSentAt}} van {{previousSentAt}}{{/if}}: de feiten zijn gewijzigd of aangevuld.</strong> Hieronder leest u de actuele stand.</p>
{{/if}}<p>Wij informeren u als {{slice.roleLabel}} voor {{customer.name}} over een datalek bij {{organisation.name}} (referentie <strong>{{breach.reference}}</strong>).</p>
{{#if processor}}<p><strong>Uw beslistermijn:</strong> als verwerkingsverantwoordelijke beslist u zelf of u dit datalek meldt bij de Autoriteit Persoonsgegevens, binnen {{handover.decisionHours}} uur nadat u ervan op de hoogte bent (AVG art. 33). Ons contactpunt: {{contact.name}}, {{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}.</p>
{{/if}}<h2>Wat is er gebeurd?</h2>
<p>{{breach.summary}}</p>
<p>Oorzaak: {{breach.cause}}.{{#if breach.occurredAt}}<br>Ontstaan: {{breach.occurredAt}}.{{/if}}<br>Ontdekt: {{breach.discoveredAt}}.{{#if breach.containedAt}}<br>Ingedamd: {{breach.containedAt}}.{{/if}}</p>
<h2>Uw gegevens</h2>
<ul>
<li>Soorten persoonsgegevens: {{slice.dataCategories}}</li>
<li>Groepen personen: {{slice.groupsOfPeople}}</li>
<li>Aantal betrokkenen: {{slice.subjectsCount}}</li>
<li>Geschat aantal records: {{slice.recordsEstimate}}</li>
</ul>
<h2>Waarschijnlijke gevolgen</h2>
<p>{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}Wij onderzoeken de gevolgen nog en informeren u zodra wij meer weten.{{/if}}</p>
<h2>Genomen en voorgestelde maatregelen</h2>
<p>{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}Wij hebben maatregelen genomen om het lek te dichten en herhaling te voorkomen.{{/if}}</p>
{{#if processor}}
<h2>Informatie voor uw eigen beoordeling</h2>
<p>Wij zijn verwerker, u bent verwerkingsverantwoordelijke.</p>
<ul>
{{#if handover.agreementReference}}<li>Verwerkersovereenkomst: {{handover.agreementReference}}</li>{{/if}}
<li>Ons advies over het risico voor uw betrokkenen: {{#if handover.advice}}ENISA-ernst {{handover.advice.enisaBand}}; melding aan de AP nodig naar ons oordeel: {{handover.advice.authorityRequired}}; betrokkenen informeren nodig naar ons oordeel: {{handover.advice.dataSubjectsRequired}}{{else}}nog niet beoordeeld{{/if}}</li>
</ul>
<p>Dit advies is berekend op uw eigen gegevens; de beslissing is aan u.</p>
{{/if}}
<h2>Contactpunt</h2>
<p>Voor vragen kunt u terecht bij {{contact.name}} ({{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}).</p>
<p>Met vriendelijke groet,<br>{{organisation.name}}</p>`,
  },
  en: {
    subject:
      '{{#if supplementary}}Update to data breach notice{{else}}Data breach notice{{/if}} {{breach.reference}} – {{organisation.name}}',
    bodyText: `Dear {{recipient.name}},

{{#if supplementary}}This updates our notice{{#if previousSentAt}} of {{previousSentAt}}{{/if}}: the facts have changed or been completed. Below is the current state.

{{/if}}As {{slice.roleLabel}} for {{customer.name}}, we inform you of a personal data breach at {{organisation.name}} (reference {{breach.reference}}).
{{#if processor}}
Your decision deadline: as controller you decide yourself whether to notify the Dutch Data Protection Authority (AP), within {{handover.decisionHours}} hours of becoming aware of the breach (GDPR art. 33). Our contact point: {{contact.name}}, {{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}.
{{/if}}

What happened?
{{breach.summary}}
Cause: {{breach.cause}}.
{{#if breach.occurredAt}}Occurred: {{breach.occurredAt}}.
{{/if}}Discovered: {{breach.discoveredAt}}.
{{#if breach.containedAt}}Contained: {{breach.containedAt}}.
{{/if}}

Your data
- Categories of personal data: {{slice.dataCategories}}
- Groups of people: {{slice.groupsOfPeople}}
- Data subjects: {{slice.subjectsCount}}
- Estimated records: {{slice.recordsEstimate}}

Likely consequences
{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}We are still investigating the consequences and will inform you as soon as we know more.{{/if}}

Measures taken and proposed
{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}We have taken measures to close the breach and prevent it from happening again.{{/if}}
{{#if processor}}

Information for your own assessment (we are processor, you are controller)
{{#if handover.agreementReference}}- Processing agreement: {{handover.agreementReference}}
{{/if}}- Our advice on the risk to your data subjects: {{#if handover.advice}}ENISA severity {{handover.advice.enisaBand}}; AP notification needed in our view: {{handover.advice.authorityRequired}}; informing data subjects needed in our view: {{handover.advice.dataSubjectsRequired}}{{else}}not assessed yet{{/if}}
This advice is computed from your own data; the decision is yours.
{{/if}}

Contact point
For questions, please contact {{contact.name}} ({{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}).

Kind regards,
{{organisation.name}}`,
    bodyHtml: `<div style="border-top:6px solid {{organisation.primaryColour}};padding:12px 0 8px;margin-bottom:12px"><strong style="font-size:18px;vertical-align:middle">{{organisation.name}}</strong></div>
<p>Dear {{recipient.name}},</p>
{{#if supplementary}}<p><strong>This updates our notice{{#if previousSentAt}} of {{previousSentAt}}{{/if}}: the facts have changed or been completed.</strong> Below is the current state.</p>
{{/if}}<p>As {{slice.roleLabel}} for {{customer.name}}, we inform you of a personal data breach at {{organisation.name}} (reference <strong>{{breach.reference}}</strong>).</p>
{{#if processor}}<p><strong>Your decision deadline:</strong> as controller you decide yourself whether to notify the Dutch Data Protection Authority (AP), within {{handover.decisionHours}} hours of becoming aware of the breach (GDPR art. 33). Our contact point: {{contact.name}}, {{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}.</p>
{{/if}}<h2>What happened?</h2>
<p>{{breach.summary}}</p>
<p>Cause: {{breach.cause}}.{{#if breach.occurredAt}}<br>Occurred: {{breach.occurredAt}}.{{/if}}<br>Discovered: {{breach.discoveredAt}}.{{#if breach.containedAt}}<br>Contained: {{breach.containedAt}}.{{/if}}</p>
<h2>Your data</h2>
<ul>
<li>Categories of personal data: {{slice.dataCategories}}</li>
<li>Groups of people: {{slice.groupsOfPeople}}</li>
<li>Data subjects: {{slice.subjectsCount}}</li>
<li>Estimated records: {{slice.recordsEstimate}}</li>
</ul>
<h2>Likely consequences</h2>
<p>{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}We are still investigating the consequences and will inform you as soon as we know more.{{/if}}</p>
<h2>Measures taken and proposed</h2>
<p>{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}We have taken measures to close the breach and prevent it from happening again.{{/if}}</p>
{{#if processor}}
<h2>Information for your own assessment</h2>
<p>We are processor, you are controller.</p>
<ul>
{{#if handover.agreementReference}}<li>Processing agreement: {{handover.agreementReference}}</li>{{/if}}
<li>Our advice on the risk to your data subjects: {{#if handover.advice}}ENISA severity {{handover.advice.enisaBand}}; AP notification needed in our view: {{handover.advice.authorityRequired}}; informing data subjects needed in our view: {{handover.advice.dataSubjectsRequired}}{{else}}not assessed yet{{/if}}</li>
</ul>
<p>This advice is computed from your own data; the decision is yours.</p>
{{/if}}
<h2>Contact point</h2>
<p>For questions, please contact {{contact.name}} ({{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}).</p>
<p>Kind regards,<br>{{organisation.name}}</p>`,
  },
};
