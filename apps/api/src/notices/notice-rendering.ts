import type { Language } from '@lekwacht/contracts';
import Handlebars from 'handlebars';
import { escapeHtml } from '../mail/escape-html';

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

export interface NoticeContext {
  language: Language;
  customer: { name: string };
  recipient: { name: string; kind: 'contact_person' | 'management' };
  breach: {
    reference: string;
    title: string;
    nature: string;
    cause: string;
    occurredAt: string | null;
    discoveredAt: string;
    containedAt: string | null;
    likelyConsequences: string;
    measuresTaken: string;
    affectedSystems: string;
  };
  contact: { name: string; email: string };
  processor: boolean;
  handover: {
    subjectsCount: string;
    dataCategories: string;
    enisaBand: string | null;
    authorityRequired: string | null;
    dataSubjectsRequired: string | null;
  } | null;
  vendor: { name: string };
}

const UNESCAPED = /\{\{\{|\{\{~?\s*&/;

/** Throws `Error` naming the field when a source does not compile (or would not escape). */
export function compileNoticeTemplate(src: NoticeTemplateSource): CompiledNoticeTemplate {
  const one = (field: TemplateField, source: string, escape: boolean) => {
    if (escape && UNESCAPED.test(source)) {
      throw new TemplateError(field, 'unescaped output ({{{…}}} or {{&…}}) is not allowed in the HTML body');
    }
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
// Localised values for the merge fields

const AMS: Record<Language, Intl.DateTimeFormat> = {
  nl: new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'short' }),
};
const TZ_SUFFIX: Record<Language, string> = { nl: ' (Nederlandse tijd)', en: ' (Amsterdam time)' };

export const formatAmsterdam = (d: Date | null, lang: Language): string | null =>
  d ? AMS[lang].format(d) + TZ_SUFFIX[lang] : null;

export const CAUSE_LABEL: Record<Language, Record<string, string>> = {
  nl: {
    hacking: 'hacking',
    malware: 'malware / ransomware',
    lost_or_stolen_device: 'verloren of gestolen apparaat',
    misdirected_mail: 'verkeerd geadresseerde e-mail of post',
    employee_error: 'fout van een medewerker',
    insider_misuse: 'onbevoegde toegang door een medewerker',
    social_engineering: 'social engineering / phishing',
    other: 'overig',
  },
  en: {
    hacking: 'hacking',
    malware: 'malware / ransomware',
    lost_or_stolen_device: 'lost or stolen device',
    misdirected_mail: 'misdirected e-mail or post',
    employee_error: 'employee error',
    insider_misuse: 'unauthorised access by an insider',
    social_engineering: 'social engineering / phishing',
    other: 'other',
  },
};

export const CATEGORY_LABEL: Record<Language, Record<string, string>> = {
  nl: {
    contact: 'contactgegevens',
    identity_documents: 'identiteitsbewijzen',
    national_id_number: 'BSN / nationaal identificatienummer',
    financial: 'financiële gegevens',
    credentials: 'inloggegevens',
    special_category_health: 'gezondheidsgegevens',
    special_category_other: 'overige bijzondere persoonsgegevens',
    criminal: 'strafrechtelijke gegevens',
    location_behavioural: 'locatie- of gedragsgegevens',
    business_only: 'alleen zakelijke contactgegevens',
  },
  en: {
    contact: 'contact details',
    identity_documents: 'identity documents',
    national_id_number: 'national identification number',
    financial: 'financial data',
    credentials: 'login credentials',
    special_category_health: 'health data',
    special_category_other: 'other special-category data',
    criminal: 'criminal-offence data',
    location_behavioural: 'location or behavioural data',
    business_only: 'business contact details only',
  },
};

export const BAND_LABEL: Record<Language, Record<string, string>> = {
  nl: { low: 'laag', medium: 'gemiddeld', high: 'hoog', very_high: 'zeer hoog' },
  en: { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' },
};

export const YES_NO: Record<Language, (v: boolean) => string> = {
  nl: (v) => (v ? 'ja' : 'nee'),
  en: (v) => (v ? 'yes' : 'no'),
};

export const UNKNOWN: Record<Language, string> = { nl: 'nog niet bekend', en: 'not known yet' };

/** Sample data for the template preview. */
export function sampleContext(language: Language): NoticeContext {
  const nl = language === 'nl';
  return {
    language,
    customer: { name: nl ? 'Voorbeeldklant B.V.' : 'Sample Customer Ltd' },
    recipient: { name: nl ? 'Jan de Vries' : 'Jane Doe', kind: 'contact_person' },
    breach: {
      reference: 'DL-2026-0001',
      title: nl ? 'Ransomware op fileserver' : 'Ransomware on file server',
      nature: nl ? 'Een fileserver is versleuteld door ransomware.' : 'A file server was encrypted by ransomware.',
      cause: CAUSE_LABEL[language]['malware'] ?? 'malware',
      occurredAt: formatAmsterdam(new Date('2026-03-01T22:00:00Z'), language),
      discoveredAt: formatAmsterdam(new Date('2026-03-02T07:30:00Z'), language) ?? '',
      containedAt: formatAmsterdam(new Date('2026-03-02T11:00:00Z'), language),
      likelyConsequences: nl ? 'Mogelijke inzage in naw-gegevens.' : 'Possible disclosure of names and addresses.',
      measuresTaken: nl
        ? 'Server geïsoleerd, back-up teruggezet, wachtwoorden gewijzigd.'
        : 'Server isolated, backup restored, passwords reset.',
      affectedSystems: 'fileserver-01',
    },
    contact: { name: 'Fenna Functionaris', email: 'privacy@softmakers.example' },
    processor: true,
    handover: {
      subjectsCount: '1.250',
      dataCategories: (nl ? ['contactgegevens', 'financiële gegevens'] : ['contact details', 'financial data']).join(
        ', ',
      ),
      enisaBand: BAND_LABEL[language]['high'] ?? 'high',
      authorityRequired: YES_NO[language](true),
      dataSubjectsRequired: YES_NO[language](false),
    },
    vendor: { name: 'Softmakers B.V.' },
  };
}

// ---------------------------------------------------------------------------------------------
// Default templates (seeded into notice_templates on first use; admins may edit them)

export const DEFAULT_TEMPLATES: Record<Language, NoticeTemplateSource> = {
  nl: {
    subject: 'Kennisgeving datalek {{breach.reference}}: {{breach.title}}',
    bodyText: `Beste {{recipient.name}},

Wij informeren u als {{#if processor}}verwerker{{else}}leverancier{{/if}} van {{customer.name}} over een datalek bij {{vendor.name}} (referentie {{breach.reference}}).

Wat is er gebeurd?
{{breach.nature}}
Oorzaak: {{breach.cause}}.
{{#if breach.occurredAt}}Ontstaan: {{breach.occurredAt}}.
{{/if}}Ontdekt: {{breach.discoveredAt}}.
{{#if breach.containedAt}}Ingedamd: {{breach.containedAt}}.
{{/if}}

Waarschijnlijke gevolgen
{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}Wij onderzoeken de gevolgen nog en informeren u zodra wij meer weten.{{/if}}

Genomen en voorgestelde maatregelen
{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}Wij hebben maatregelen genomen om het lek te dichten en herhaling te voorkomen.{{/if}}

Ons advies
Wees alert op ongebruikelijke berichten, phishing-e-mails of telefoontjes die naar dit incident verwijzen. Deel geen wachtwoorden of codes en neem bij twijfel contact met ons op.
{{#if processor}}

Informatie voor uw eigen beoordeling (wij zijn verwerker, u bent verwerkingsverantwoordelijke)
- Wat er met uw gegevens is gebeurd: {{breach.nature}}
- Aantal betrokkenen van uw organisatie: {{handover.subjectsCount}}
- Soorten persoonsgegevens: {{handover.dataCategories}}
- Tijdlijn: ontstaan {{#if breach.occurredAt}}{{breach.occurredAt}}{{else}}onbekend{{/if}}; ontdekt {{breach.discoveredAt}}; ingedamd {{#if breach.containedAt}}{{breach.containedAt}}{{else}}nog niet{{/if}}
- Onze beoordeling: ENISA-ernst {{#if handover.enisaBand}}{{handover.enisaBand}}{{else}}nog niet beoordeeld{{/if}}; melding aan de AP nodig naar ons oordeel: {{#if handover.authorityRequired}}{{handover.authorityRequired}}{{else}}nog niet beoordeeld{{/if}}; betrokkenen informeren nodig naar ons oordeel: {{#if handover.dataSubjectsRequired}}{{handover.dataSubjectsRequired}}{{else}}nog niet beoordeeld{{/if}}
Als verwerkingsverantwoordelijke beslist u zelf of u dit datalek meldt bij de Autoriteit Persoonsgegevens. Dat moet binnen 72 uur nadat u ervan op de hoogte bent geraakt (AVG art. 33).
{{/if}}

Contactpunt
Voor vragen kunt u terecht bij {{contact.name}} ({{contact.email}}).

Met vriendelijke groet,
{{vendor.name}}`,
    bodyHtml: `<p>Beste {{recipient.name}},</p>
<p>Wij informeren u als {{#if processor}}verwerker{{else}}leverancier{{/if}} van {{customer.name}} over een datalek bij {{vendor.name}} (referentie <strong>{{breach.reference}}</strong>).</p>
<h2>Wat is er gebeurd?</h2>
<p>{{breach.nature}}</p>
<p>Oorzaak: {{breach.cause}}.{{#if breach.occurredAt}}<br>Ontstaan: {{breach.occurredAt}}.{{/if}}<br>Ontdekt: {{breach.discoveredAt}}.{{#if breach.containedAt}}<br>Ingedamd: {{breach.containedAt}}.{{/if}}</p>
<h2>Waarschijnlijke gevolgen</h2>
<p>{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}Wij onderzoeken de gevolgen nog en informeren u zodra wij meer weten.{{/if}}</p>
<h2>Genomen en voorgestelde maatregelen</h2>
<p>{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}Wij hebben maatregelen genomen om het lek te dichten en herhaling te voorkomen.{{/if}}</p>
<h2>Ons advies</h2>
<p>Wees alert op ongebruikelijke berichten, phishing-e-mails of telefoontjes die naar dit incident verwijzen. Deel geen wachtwoorden of codes en neem bij twijfel contact met ons op.</p>
{{#if processor}}
<h2>Informatie voor uw eigen beoordeling</h2>
<p>Wij zijn verwerker, u bent verwerkingsverantwoordelijke.</p>
<ul>
<li>Wat er met uw gegevens is gebeurd: {{breach.nature}}</li>
<li>Aantal betrokkenen van uw organisatie: {{handover.subjectsCount}}</li>
<li>Soorten persoonsgegevens: {{handover.dataCategories}}</li>
<li>Tijdlijn: ontstaan {{#if breach.occurredAt}}{{breach.occurredAt}}{{else}}onbekend{{/if}}; ontdekt {{breach.discoveredAt}}; ingedamd {{#if breach.containedAt}}{{breach.containedAt}}{{else}}nog niet{{/if}}</li>
<li>Onze beoordeling: ENISA-ernst {{#if handover.enisaBand}}{{handover.enisaBand}}{{else}}nog niet beoordeeld{{/if}}; melding aan de AP nodig naar ons oordeel: {{#if handover.authorityRequired}}{{handover.authorityRequired}}{{else}}nog niet beoordeeld{{/if}}; betrokkenen informeren nodig naar ons oordeel: {{#if handover.dataSubjectsRequired}}{{handover.dataSubjectsRequired}}{{else}}nog niet beoordeeld{{/if}}</li>
</ul>
<p><strong>Als verwerkingsverantwoordelijke beslist u zelf of u dit datalek meldt bij de Autoriteit Persoonsgegevens. Dat moet binnen 72 uur nadat u ervan op de hoogte bent geraakt (AVG art. 33).</strong></p>
{{/if}}
<h2>Contactpunt</h2>
<p>Voor vragen kunt u terecht bij {{contact.name}} ({{contact.email}}).</p>
<p>Met vriendelijke groet,<br>{{vendor.name}}</p>`,
  },
  en: {
    subject: 'Data breach notice {{breach.reference}}: {{breach.title}}',
    bodyText: `Dear {{recipient.name}},

As {{#if processor}}processor{{else}}supplier{{/if}} of {{customer.name}}, we inform you of a personal data breach at {{vendor.name}} (reference {{breach.reference}}).

What happened?
{{breach.nature}}
Cause: {{breach.cause}}.
{{#if breach.occurredAt}}Occurred: {{breach.occurredAt}}.
{{/if}}Discovered: {{breach.discoveredAt}}.
{{#if breach.containedAt}}Contained: {{breach.containedAt}}.
{{/if}}

Likely consequences
{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}We are still investigating the consequences and will inform you as soon as we know more.{{/if}}

Measures taken and proposed
{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}We have taken measures to close the breach and prevent it from happening again.{{/if}}

Our advice
Be alert to unusual messages, phishing e-mails or calls that refer to this incident. Do not share passwords or codes, and contact us when in doubt.
{{#if processor}}

Information for your own assessment (we are processor, you are controller)
- What happened to your data: {{breach.nature}}
- Data subjects of your organisation: {{handover.subjectsCount}}
- Categories of personal data: {{handover.dataCategories}}
- Timeline: occurred {{#if breach.occurredAt}}{{breach.occurredAt}}{{else}}unknown{{/if}}; discovered {{breach.discoveredAt}}; contained {{#if breach.containedAt}}{{breach.containedAt}}{{else}}not yet{{/if}}
- Our assessment: ENISA severity {{#if handover.enisaBand}}{{handover.enisaBand}}{{else}}not assessed yet{{/if}}; AP notification needed in our view: {{#if handover.authorityRequired}}{{handover.authorityRequired}}{{else}}not assessed yet{{/if}}; informing data subjects needed in our view: {{#if handover.dataSubjectsRequired}}{{handover.dataSubjectsRequired}}{{else}}not assessed yet{{/if}}
As controller you decide yourself whether to notify the Dutch Data Protection Authority (AP). That must happen within 72 hours of becoming aware of the breach (GDPR art. 33).
{{/if}}

Contact point
For questions, please contact {{contact.name}} ({{contact.email}}).

Kind regards,
{{vendor.name}}`,
    bodyHtml: `<p>Dear {{recipient.name}},</p>
<p>As {{#if processor}}processor{{else}}supplier{{/if}} of {{customer.name}}, we inform you of a personal data breach at {{vendor.name}} (reference <strong>{{breach.reference}}</strong>).</p>
<h2>What happened?</h2>
<p>{{breach.nature}}</p>
<p>Cause: {{breach.cause}}.{{#if breach.occurredAt}}<br>Occurred: {{breach.occurredAt}}.{{/if}}<br>Discovered: {{breach.discoveredAt}}.{{#if breach.containedAt}}<br>Contained: {{breach.containedAt}}.{{/if}}</p>
<h2>Likely consequences</h2>
<p>{{#if breach.likelyConsequences}}{{breach.likelyConsequences}}{{else}}We are still investigating the consequences and will inform you as soon as we know more.{{/if}}</p>
<h2>Measures taken and proposed</h2>
<p>{{#if breach.measuresTaken}}{{breach.measuresTaken}}{{else}}We have taken measures to close the breach and prevent it from happening again.{{/if}}</p>
<h2>Our advice</h2>
<p>Be alert to unusual messages, phishing e-mails or calls that refer to this incident. Do not share passwords or codes, and contact us when in doubt.</p>
{{#if processor}}
<h2>Information for your own assessment</h2>
<p>We are processor, you are controller.</p>
<ul>
<li>What happened to your data: {{breach.nature}}</li>
<li>Data subjects of your organisation: {{handover.subjectsCount}}</li>
<li>Categories of personal data: {{handover.dataCategories}}</li>
<li>Timeline: occurred {{#if breach.occurredAt}}{{breach.occurredAt}}{{else}}unknown{{/if}}; discovered {{breach.discoveredAt}}; contained {{#if breach.containedAt}}{{breach.containedAt}}{{else}}not yet{{/if}}</li>
<li>Our assessment: ENISA severity {{#if handover.enisaBand}}{{handover.enisaBand}}{{else}}not assessed yet{{/if}}; AP notification needed in our view: {{#if handover.authorityRequired}}{{handover.authorityRequired}}{{else}}not assessed yet{{/if}}; informing data subjects needed in our view: {{#if handover.dataSubjectsRequired}}{{handover.dataSubjectsRequired}}{{else}}not assessed yet{{/if}}</li>
</ul>
<p><strong>As controller you decide yourself whether to notify the Dutch Data Protection Authority (AP). That must happen within 72 hours of becoming aware of the breach (GDPR art. 33).</strong></p>
{{/if}}
<h2>Contact point</h2>
<p>For questions, please contact {{contact.name}} ({{contact.email}}).</p>
<p>Kind regards,<br>{{vendor.name}}</p>`,
  },
};
