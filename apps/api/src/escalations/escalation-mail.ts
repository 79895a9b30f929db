import type { ObligationKind } from '@lekwacht/domain';
import { escapeHtml } from '../mail/escape-html';
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

const AMS = (d: Date, lang: 'nl' | 'en') =>
  new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', {
    timeZone: 'Europe/Amsterdam',
    dateStyle: 'full',
    timeStyle: 'short',
  }).format(d);

/** "nog 11 uur en 5 minuten" / "3 uur te laat". */
export function timeLeftText(dueAt: Date, now: Date, lang: 'nl' | 'en'): string {
  const ms = dueAt.getTime() - now.getTime();
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const m = Math.floor((abs % 3_600_000) / 60_000);
  if (lang === 'nl') return ms >= 0 ? `nog ${h} uur en ${m} minuten` : `${h} uur en ${m} minuten te laat`;
  return ms >= 0 ? `${h} h ${m} min left` : `${h} h ${m} min overdue`;
}

export interface EscalationMailInput {
  recipient: ResolvedRecipient;
  breach: { id: string; reference: string; title: string };
  obligation: { kind: ObligationKind; dueAt: Date; customerName: string | null };
  now: Date;
  breachUrl: string;
  acknowledgeUrl: string;
  replacesContactPerson: boolean;
  acknowledgementTimeout: boolean;
  /** The AP notification is drafted and waits for a manager's approval (four-eyes). */
  awaitingApproval?: boolean;
}

/** The escalation mail in the recipient's language; every user-provided value is escaped in HTML. */
export function composeEscalationMail(i: EscalationMailInput): { subject: string; text: string; html: string } {
  const lang = i.recipient.language;
  const duty = DUTY[lang][i.obligation.kind] + (i.obligation.customerName ? ` (${i.obligation.customerName})` : '');
  const left = timeLeftText(i.obligation.dueAt, i.now, lang);
  const overdue = i.obligation.dueAt.getTime() <= i.now.getTime();
  const nl = lang === 'nl';
  const waiting = i.awaitingApproval ? (nl ? 'wacht op uw goedkeuring' : 'waiting for your approval') : null;
  const subject = nl
    ? `[Lekwacht] ${i.breach.reference}: ${waiting ? `${duty} ${waiting}` : `${overdue ? 'termijn verstreken' : left} — ${duty}`}`
    : `[Lekwacht] ${i.breach.reference}: ${waiting ? `${duty} ${waiting}` : `${overdue ? 'deadline passed' : left} — ${duty}`}`;
  const why = i.awaitingApproval
    ? nl
      ? 'De concept-melding is ingediend ter goedkeuring. Een andere manager dan de opsteller moet haar goedkeuren voordat zij bij de AP kan worden ingediend.'
      : 'The draft notification was submitted for approval. A manager other than its author must approve it before it can be filed with the AP.'
    : i.acknowledgementTimeout
      ? nl
        ? 'De contactpersoon heeft de eerdere escalatie niet op tijd bevestigd.'
        : 'The contact person did not acknowledge the earlier escalation in time.'
      : i.replacesContactPerson
        ? nl
          ? 'Er is geen contactpersoon voor dit datalek benoemd; daarom gaat deze escalatie naar de directie.'
          : 'No contact person is named for this breach, so this escalation goes to management.'
        : '';
  const lines = nl
    ? [
        `Beste ${i.recipient.name},`,
        '',
        i.awaitingApproval
          ? `Voor datalek ${i.breach.reference} "${i.breach.title}" wacht de ${duty} op uw goedkeuring.`
          : `Voor datalek ${i.breach.reference} "${i.breach.title}" staat de ${duty} nog open.`,
        `Termijn: ${AMS(i.obligation.dueAt, lang)} (${left}).`,
        why,
        '',
        `Open het datalek: ${i.breachUrl}`,
        `Bevestig dat u dit oppakt: ${i.acknowledgeUrl}`,
        '',
        'Dit bericht is verstuurd door Lekwacht.',
      ]
    : [
        `Dear ${i.recipient.name},`,
        '',
        i.awaitingApproval
          ? `For data breach ${i.breach.reference} "${i.breach.title}" the ${duty} is waiting for your approval.`
          : `For data breach ${i.breach.reference} "${i.breach.title}" the ${duty} is still open.`,
        `Deadline: ${AMS(i.obligation.dueAt, lang)} (${left}).`,
        why,
        '',
        `Open the breach: ${i.breachUrl}`,
        `Acknowledge that you are on it: ${i.acknowledgeUrl}`,
        '',
        'This message was sent by Lekwacht.',
      ];
  const e = escapeHtml;
  const html = `<!doctype html><html lang="${lang}"><body style="font-family:Arial,sans-serif;color:#1a1b1e">
<p>${e(lines[0])}</p>
<p>${nl ? 'Voor datalek' : 'For data breach'} <strong>${e(i.breach.reference)}</strong> “${e(i.breach.title)}” ${
    i.awaitingApproval ? (nl ? 'wacht de' : 'the') : nl ? 'staat de' : 'the'
  } <strong>${e(duty)}</strong> ${i.awaitingApproval ? (nl ? 'op uw goedkeuring' : 'is waiting for your approval') : nl ? 'nog open' : 'is still open'}.</p>
<p style="font-size:18px;color:${overdue ? '#c92a2a' : '#e8590c'}"><strong>${e(left)}</strong> — ${e(AMS(i.obligation.dueAt, lang))}</p>
${why ? `<p>${e(why)}</p>` : ''}
<p><a href="${e(i.breachUrl)}" style="background:#0b7285;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${nl ? 'Datalek openen' : 'Open the breach'}</a>
&nbsp; <a href="${e(i.acknowledgeUrl)}">${nl ? 'Bevestigen dat ik dit oppak' : 'Acknowledge'}</a></p>
<p style="color:#868e96;font-size:12px">${nl ? 'Dit bericht is verstuurd door Lekwacht.' : 'This message was sent by Lekwacht.'}</p>
</body></html>`;
  return { subject, text: lines.filter((l, n) => l !== '' || lines[n - 1] !== '').join('\n'), html };
}
