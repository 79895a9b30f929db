import type { Language } from '@lekwacht/contracts';

/** One notice template: the subject line (plain text) and the body (Markdown), both with merge fields. */
export interface NoticeTemplateSource {
  subject: string;
  body: string;
}

// Default templates (in force until an admin saves one; then stored in notice_templates). They use
// only NoticeView fields: the customer summary, never the internal description or title. For a
// processor relationship the controller's decision deadline and our contact point come first,
// and the hand-over pack (our advice on that customer's own risk) follows the facts.
// A line break is a line break (marked's `breaks`); a blank line starts a new paragraph. A
// `{{#if}}`/`{{/if}}` alone on its line leaves no line behind.

export const DEFAULT_TEMPLATES: Record<Language, NoticeTemplateSource> = {
  nl: {
    subject:
      '{{#if supplementary}}Aanvulling op kennisgeving datalek{{else}}Kennisgeving datalek{{/if}} {{breach.reference}} – {{organisation.name}}',
    body: `Beste {{recipient.name}},

{{#if processor}}
**Uw beslistermijn: {{handover.decisionHours}} uur.** Als verwerkingsverantwoordelijke beslist u zelf of u dit datalek meldt bij de Autoriteit Persoonsgegevens, binnen {{handover.decisionHours}} uur nadat u ervan op de hoogte bent (AVG art. 33). Ons contactpunt: {{contact.name}}, {{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}.

{{/if}}
{{#if supplementary}}
**Dit is een aanvulling op onze kennisgeving{{#if previousSentAt}} van {{previousSentAt}}{{/if}}: de feiten zijn gewijzigd of aangevuld.** Hieronder leest u de actuele stand.

{{/if}}
Wij informeren u als {{slice.roleLabel}} voor {{customer.name}} over een datalek bij {{organisation.name}} (referentie **{{breach.reference}}**).

## Wat is er gebeurd?

{{breach.summary}}

Oorzaak: {{breach.cause}}.
{{#if breach.occurredAt}}
Ontstaan: {{breach.occurredAt}}.
{{/if}}
Ontdekt: {{breach.discoveredAt}}.
{{#if breach.containedAt}}
Ingedamd: {{breach.containedAt}}.
{{/if}}

## Uw gegevens

- Soorten persoonsgegevens: {{slice.dataCategories}}
- Groepen personen: {{slice.groupsOfPeople}}
- Aantal betrokkenen: {{slice.subjectsCount}}
- Geschat aantal records: {{slice.recordsEstimate}}

## Waarschijnlijke gevolgen

{{breach.likelyConsequences}}

## Genomen en voorgestelde maatregelen

{{breach.measuresTaken}}
{{#if processor}}

## Informatie voor uw eigen beoordeling

Wij zijn verwerker, u bent verwerkingsverantwoordelijke.

{{#if handover.agreementReference}}
- Verwerkersovereenkomst: {{handover.agreementReference}}
{{/if}}
- Ons advies over het risico voor uw betrokkenen: {{#if handover.advice}}ENISA-ernst {{handover.advice.enisaBand}}; melding aan de AP nodig naar ons oordeel: {{handover.advice.authorityRequired}}; betrokkenen informeren nodig naar ons oordeel: {{handover.advice.dataSubjectsRequired}}{{else}}nog niet beoordeeld{{/if}}

Dit advies is berekend op uw eigen gegevens; de beslissing is aan u.
{{/if}}

## Contactpunt

Voor vragen kunt u terecht bij {{contact.name}} ({{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}).

Met vriendelijke groet,
{{organisation.name}}
`,
  },
  en: {
    subject:
      '{{#if supplementary}}Update to data breach notice{{else}}Data breach notice{{/if}} {{breach.reference}} – {{organisation.name}}',
    body: `Dear {{recipient.name}},

{{#if processor}}
**Your decision deadline: {{handover.decisionHours}} hours.** As controller you decide yourself whether to notify the Dutch Data Protection Authority (AP), within {{handover.decisionHours}} hours of becoming aware of the breach (GDPR art. 33). Our contact point: {{contact.name}}, {{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}.

{{/if}}
{{#if supplementary}}
**This updates our notice{{#if previousSentAt}} of {{previousSentAt}}{{/if}}: the facts have changed or been completed.** Below is the current state.

{{/if}}
As {{slice.roleLabel}} for {{customer.name}}, we inform you of a personal data breach at {{organisation.name}} (reference **{{breach.reference}}**).

## What happened?

{{breach.summary}}

Cause: {{breach.cause}}.
{{#if breach.occurredAt}}
Occurred: {{breach.occurredAt}}.
{{/if}}
Discovered: {{breach.discoveredAt}}.
{{#if breach.containedAt}}
Contained: {{breach.containedAt}}.
{{/if}}

## Your data

- Categories of personal data: {{slice.dataCategories}}
- Groups of people: {{slice.groupsOfPeople}}
- Data subjects: {{slice.subjectsCount}}
- Estimated records: {{slice.recordsEstimate}}

## Likely consequences

{{breach.likelyConsequences}}

## Measures taken and proposed

{{breach.measuresTaken}}
{{#if processor}}

## Information for your own assessment

We are processor, you are controller.

{{#if handover.agreementReference}}
- Processing agreement: {{handover.agreementReference}}
{{/if}}
- Our advice on the risk to your data subjects: {{#if handover.advice}}ENISA severity {{handover.advice.enisaBand}}; AP notification needed in our view: {{handover.advice.authorityRequired}}; informing data subjects needed in our view: {{handover.advice.dataSubjectsRequired}}{{else}}not assessed yet{{/if}}

This advice is computed from your own data; the decision is yours.
{{/if}}

## Contact point

For questions, please contact {{contact.name}} ({{contact.email}}{{#if contact.phone}}, {{contact.phone}}{{/if}}).

Kind regards,
{{organisation.name}}
`,
  },
};
