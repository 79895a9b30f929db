import type { AnyWebhookEventType, WebhookData, WebhookPreset } from './webhook-events';

/**
 * What every preset is built from, and exactly what the generic preset sends: references, codes
 * and a link, never personal data (no names, addresses, descriptions or customer names).
 */
export interface WebhookPayload {
  /** The delivery id: stable across retries, so a receiver can drop a repeat. */
  id: string;
  type: AnyWebhookEventType;
  occurredAt: string;
  breach: { id: string; reference: string } | null;
  link: string;
  data: WebhookData;
}

export type WebhookLanguage = 'nl' | 'en';

const KIND: Record<WebhookLanguage, Record<string, string>> = {
  nl: {
    authority: 'melding aan de AP',
    customer: 'kennisgeving aan een klant',
    data_subjects: 'informeren betrokkenen',
  },
  en: { authority: 'AP notification', customer: 'customer notice', data_subjects: 'informing data subjects' },
};
const BAND: Record<WebhookLanguage, Record<string, string>> = {
  nl: { low: 'laag', medium: 'gemiddeld', high: 'hoog', very_high: 'zeer hoog' },
  en: { low: 'low', medium: 'medium', high: 'high', very_high: 'very high' },
};

const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** Amsterdam time, as the app shows it. */
const when = (iso: unknown, language: WebhookLanguage): string => {
  const d = new Date(str(iso));
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(d);
};

/** One readable line per event, e.g. "Datalek DL-2026-0042: escalatie afgegaan (melding aan de AP)". */
export function webhookTitle(p: WebhookPayload, language: WebhookLanguage): string {
  const nl = language === 'nl';
  const ref = p.breach ? `${nl ? 'Datalek' : 'Data breach'} ${p.breach.reference}` : 'Lekwacht';
  const kind = KIND[language][str(p.data['obligationKind'])];
  const withKind = (s: string) => (kind ? `${s} (${kind})` : s);
  switch (p.type) {
    case 'breach.registered':
      return `${ref}: ${nl ? 'geregistreerd' : 'registered'}`;
    case 'assessment.outcome': {
      const band = BAND[language][str(p.data['severity'])];
      const ap =
        p.data['authorityRequired'] === true
          ? nl
            ? 'melden bij de AP'
            : 'notify the AP'
          : nl
            ? 'niet melden bij de AP'
            : 'no AP notification';
      return `${ref}: ${nl ? 'beoordeling' : 'assessment'} v${str(p.data['version'])}${band ? ` — ${nl ? 'ernst' : 'severity'} ${band}` : ''}, ${ap}`;
    }
    case 'escalation.fired':
      return withKind(`${ref}: ${nl ? 'escalatie afgegaan' : 'escalation fired'}`);
    case 'obligation.overdue':
      return withKind(`${ref}: ${nl ? 'termijn verstreken' : 'deadline passed'}`);
    case 'notice.delivery_failing':
      if (p.data['cause'] === 'mail_outage')
        return p.data['state'] === 'recovered'
          ? nl
            ? 'Lekwacht: uitgaande mail wordt weer afgeleverd'
            : 'Lekwacht: outgoing mail is delivered again'
          : nl
            ? `Lekwacht: uitgaande mail wordt niet afgeleverd${p.data['since'] ? ` sinds ${when(p.data['since'], language)}` : ''}`
            : `Lekwacht: outgoing mail is not delivered${p.data['since'] ? ` since ${when(p.data['since'], language)}` : ''}`;
      return nl
        ? `${ref}: ${str(p.data['count'])} kennisgeving(en) niet afgeleverd`
        : `${ref}: ${str(p.data['count'])} notice(s) not delivered`;
    case 'authority_notification.submitted':
      return `${ref}: ${nl ? 'melding bij de AP ingediend' : 'AP notification submitted'}${
        p.data['apReference'] ? ` (${nl ? 'kenmerk' : 'reference'} ${str(p.data['apReference'])})` : ''
      }`;
    case 'webhook.test':
      return nl ? 'Lekwacht: testbericht — de webhook werkt' : 'Lekwacht: test message — the webhook works';
  }
}

const openLabel = (language: WebhookLanguage) => (language === 'nl' ? 'Open in Lekwacht' : 'Open in Lekwacht');

/** Facts shown under the title in a chat card (label, value). */
function facts(p: WebhookPayload, language: WebhookLanguage): { title: string; value: string }[] {
  const nl = language === 'nl';
  const out: { title: string; value: string }[] = [];
  if (p.breach) out.push({ title: nl ? 'Datalek' : 'Breach', value: p.breach.reference });
  if (p.data['dueAt']) out.push({ title: nl ? 'Termijn' : 'Due', value: when(p.data['dueAt'], language) });
  out.push({ title: nl ? 'Tijdstip' : 'Time', value: when(p.occurredAt, language) });
  return out;
}

/** Slack mrkdwn: &, < and > are control characters. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The request body for a preset. `generic` is the payload itself (signed JSON); `teams` an
 * Adaptive Card message (accepted by Teams incoming webhooks and Workflows); `slack` a Block Kit
 * message with a `text` fallback. Chat presets are built from the same payload, so they carry
 * nothing it does not.
 */
export function webhookBody(preset: WebhookPreset, p: WebhookPayload, language: WebhookLanguage): unknown {
  switch (preset) {
    case 'generic':
      return p;
    case 'teams': {
      const title = webhookTitle(p, language);
      return {
        type: 'message',
        summary: title,
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            contentUrl: null,
            content: {
              $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
              type: 'AdaptiveCard',
              version: '1.4',
              body: [
                { type: 'TextBlock', text: title, weight: 'Bolder', size: 'Medium', wrap: true },
                { type: 'FactSet', facts: facts(p, language) },
              ],
              actions: [{ type: 'Action.OpenUrl', title: openLabel(language), url: p.link }],
            },
          },
        ],
      };
    }
    case 'slack': {
      const title = slackEscape(webhookTitle(p, language));
      return {
        text: `${title} — <${p.link}|${openLabel(language).toLowerCase()}>`,
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: `*${title}*` } },
          {
            type: 'context',
            elements: facts(p, language).map((f) => ({ type: 'mrkdwn', text: `${f.title}: ${slackEscape(f.value)}` })),
          },
          {
            type: 'actions',
            elements: [{ type: 'button', text: { type: 'plain_text', text: openLabel(language) }, url: p.link }],
          },
        ],
      };
    }
  }
}
