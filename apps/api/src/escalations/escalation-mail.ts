import type { ObligationKind } from '@lekwacht/domain';
import { escapeHtml } from '../mail/escape-html';
import { amsterdamDateTime } from '../mail/mail-layout';
import type { ResolvedRecipient } from './escalation.entity';

const DUTY = {
  nl: {
    authority: 'melding aan de Autoriteit Persoonsgegevens',
    customer: 'kennisgeving aan de klant',
    data_subjects: 'informeren van betrokkenen',
  },
  en: {
    authority: 'notification to the Dutch DPA (AP)',
    customer: 'notice to the customer',
    data_subjects: 'informing the data subjects',
  },
} as const;

/** "nog 11 uur en 5 minuten" / "3 uur te laat". */
export function timeLeftText(dueAt: Date, now: Date, lang: 'nl' | 'en'): string {
  const ms = dueAt.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  if (lang === 'nl') return ms >= 0 ? `nog ${h} uur en ${m} minuten` : `${h} uur en ${m} minuten te laat`;
  return ms >= 0 ? `${h} h ${m} min left` : `${h} h ${m} min overdue`;
}

export type EscalationReason =
  | 'replaces_contact_person'
  | 'acknowledgement_timeout'
  | 'awaiting_approval'
  | 'awaiting_decision'
  | null;

/** One line of a digest: one fired escalation for this recipient. */
export interface DigestMailItem {
  breach: { reference: string; title: string };
  obligation: { kind: ObligationKind; dueAt: Date; customerName: string | null };
  reason: EscalationReason;
  /** The page for this escalation, carrying this recipient's link token (never acknowledges by itself). */
  pageUrl: string;
  /** Only for a recipient without an account: their own one-time code for this escalation. */
  code: string | null;
}

export interface DigestMailInput {
  recipient: Pick<ResolvedRecipient, 'name' | 'language'>;
  /** Already in digest order (soonest deadline first). */
  items: DigestMailItem[];
  now: Date;
}

const REASON = {
  nl: {
    awaiting_decision:
      'Volgens de beoordeling is deze verplichting niet vereist. Dat besluit wacht op bevestiging (of afwijzing) ' +
      'door een andere manager dan de voorsteller; er loopt geen termijn.',
    awaiting_approval:
      'De concept-melding wacht op goedkeuring door een andere manager dan de opsteller voordat zij bij de AP kan worden ingediend.',
    acknowledgement_timeout: 'De contactpersoon heeft de eerdere escalatie niet op tijd bevestigd.',
    replaces_contact_person:
      'Er is geen contactpersoon voor dit datalek benoemd; daarom gaat deze escalatie naar de directie.',
  },
  en: {
    awaiting_decision:
      'The assessment says this duty is not required. That decision waits for a manager other than its proposer ' +
      'to approve or reject it; no deadline is running.',
    awaiting_approval:
      'The draft notification waits for approval by a manager other than its author before it can be filed with the AP.',
    acknowledgement_timeout: 'The contact person did not acknowledge the earlier escalation in time.',
    replaces_contact_person: 'No contact person is named for this breach, so this escalation goes to management.',
  },
} as const;

function describeItem(i: DigestMailItem, now: Date, lang: 'nl' | 'en') {
  const nl = lang === 'nl';
  const duty = DUTY[lang][i.obligation.kind] + (i.obligation.customerName ? ` (${i.obligation.customerName})` : '');
  const left = timeLeftText(i.obligation.dueAt, now, lang);
  // A decision to confirm has no running deadline: never "deadline passed", no deadline line.
  const overdue = i.reason !== 'awaiting_decision' && i.obligation.dueAt.getTime() <= now.getTime();
  const waiting = i.reason === 'awaiting_approval';
  const headline = waiting
    ? `${duty} ${nl ? 'wacht op uw goedkeuring' : 'waiting for your approval'}`
    : i.reason === 'awaiting_decision'
      ? `${nl ? 'besluit "niet vereist" te bevestigen' : '"not required" decision to confirm'} — ${duty}`
      : `${overdue ? (nl ? 'termijn verstreken' : 'deadline passed') : left} — ${duty}`;
  const why = i.reason ? REASON[lang][i.reason] : '';
  return { duty, left, overdue, headline, why };
}

/**
 * The one escalation mail a recipient gets per digest interval, in their language, listing every
 * item due for them. Each item links to its page (with this recipient's token) and, for a
 * recipient without an account, carries this recipient's own code; nothing of other recipients.
 * Every user-provided value is escaped in HTML.
 */
export function composeDigestMail(input: DigestMailInput): { subject: string; text: string; html: string } {
  const lang = input.recipient.language;
  const nl = lang === 'nl';
  const items = input.items.map((i) => ({ i, d: describeItem(i, input.now, lang) }));
  const first = items[0]!;
  const overdueCount = items.filter((x) => x.d.overdue).length;
  const subject =
    items.length === 1
      ? `[Lekwacht] ${first.i.breach.reference}: ${first.d.headline}`
      : nl
        ? `[Lekwacht] ${items.length} escalaties${overdueCount ? `, ${overdueCount} termijn(en) verstreken` : ''} — eerst: ${first.i.breach.reference}`
        : `[Lekwacht] ${items.length} escalations${overdueCount ? `, ${overdueCount} deadline(s) passed` : ''} — first: ${first.i.breach.reference}`;
  const codeLine = (code: string) =>
    nl ? `Uw eenmalige code om te bevestigen: ${code}` : `Your one-time code to acknowledge: ${code}`;
  const lines = [
    nl ? `Beste ${input.recipient.name},` : `Dear ${input.recipient.name},`,
    '',
    items.length === 1
      ? nl
        ? 'Er vraagt één verplichting uw aandacht:'
        : 'One duty needs your attention:'
      : nl
        ? `Er vragen ${items.length} verplichtingen uw aandacht, de vroegste termijn eerst:`
        : `${items.length} duties need your attention, soonest deadline first:`,
    '',
    ...items.flatMap(({ i, d }, n) => [
      `${n + 1}. ${i.breach.reference} "${i.breach.title}": ${d.headline}`,
      ...(i.reason === 'awaiting_decision'
        ? []
        : [`   ${nl ? 'Termijn' : 'Deadline'}: ${amsterdamDateTime(i.obligation.dueAt, lang)} (${d.left}).`]),
      ...(d.why ? [`   ${d.why}`] : []),
      `   ${nl ? 'Bekijken en bevestigen dat u dit oppakt' : 'View and acknowledge that you are on it'}: ${i.pageUrl}`,
      ...(i.code ? [`   ${codeLine(i.code)}`] : []),
      '',
    ]),
    nl
      ? 'Openen van een link bevestigt niets: bevestigen doet u op de pagina zelf.'
      : 'Opening a link acknowledges nothing: you acknowledge on the page itself.',
    nl ? 'Dit bericht is verstuurd door Lekwacht.' : 'This message was sent by Lekwacht.',
  ];
  const e = escapeHtml;
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;color:#1a1b1e">
<p>${e(lines[0]!)}</p>
<p>${e(lines[2]!)}</p>
<ol>
${items
  .map(
    ({
      i,
      d,
    }) => `<li style="margin-bottom:14px"><strong>${e(i.breach.reference)}</strong> “${e(i.breach.title)}”: <strong>${e(d.duty)}</strong><br>
${
  i.reason === 'awaiting_decision'
    ? ''
    : `<span style="color:${d.overdue ? '#c92a2a' : '#e8590c'}"><strong>${e(d.left)}</strong> — ${e(amsterdamDateTime(i.obligation.dueAt, lang))}</span>`
}${d.why ? `<br>${e(d.why)}` : ''}<br>
<a href="${e(i.pageUrl)}" style="color:#0b7285">${nl ? 'Bekijken en bevestigen' : 'View and acknowledge'}</a>${
      i.code ? `<br>${e(codeLine(i.code))}` : ''
    }</li>`,
  )
  .join('\n')}
</ol>
<p style="color:#868e96;font-size:12px">${e(lines[lines.length - 2]!)} ${e(lines[lines.length - 1]!)}</p>
</body></html>`;
  return { subject, text: lines.filter((l, n) => l !== '' || lines[n - 1] !== '').join('\n'), html };
}
