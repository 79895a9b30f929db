import { escapeHtml } from '../mail/escape-html';
import type { AuditCheckpoint } from './audit-chain';

export interface CheckpointMailInput {
  recipient: { name: string; language: string };
  day: string;
  checkpoint: AuditCheckpoint;
  /** Whether the whole chain verified when the checkpoint was made. */
  chainOk: boolean;
  verifyUrl: string;
}

const TEXT = {
  nl: {
    subject: (day: string, seq: number) => `Lekwacht auditcontrolepunt ${day} (gebeurtenis ${seq})`,
    hello: (name: string) => `Beste ${name},`,
    intro:
      'Dit is het dagelijkse ondertekende controlepunt van het auditlogboek. Bewaar dit bericht buiten Lekwacht ' +
      '(het is juist bedoeld om een latere wijziging van de database aan te tonen).',
    howTo: (url: string) =>
      `Controleren: stuur de JSON hieronder als manager of beheerder naar POST ${url} (zie docs/security.md).`,
    chain: (ok: boolean) =>
      ok
        ? 'Het logboek was bij het maken van dit controlepunt intact.'
        : 'LET OP: het logboek was bij het maken van dit controlepunt NIET intact. Controleer GET /api/audit/verify.',
  },
  en: {
    subject: (day: string, seq: number) => `Lekwacht audit checkpoint ${day} (event ${seq})`,
    hello: (name: string) => `Dear ${name},`,
    intro:
      "This is the audit log's daily signed checkpoint. Keep this message outside Lekwacht " +
      '(its purpose is to expose a later change to the database).',
    howTo: (url: string) =>
      `To check it: as a manager or admin, send the JSON below to POST ${url} (see docs/security.md).`,
    chain: (ok: boolean) =>
      ok
        ? 'The audit log verified when this checkpoint was made.'
        : 'WARNING: the audit log did NOT verify when this checkpoint was made. Check GET /api/audit/verify.',
  },
} as const;

/** The daily checkpoint for one admin: the signed JSON itself, never the key. */
export function checkpointMail(input: CheckpointMailInput): { subject: string; text: string; html: string } {
  const t = input.recipient.language === 'en' ? TEXT.en : TEXT.nl;
  const json = JSON.stringify(input.checkpoint, null, 2);
  const lines = [t.hello(input.recipient.name), '', t.intro, t.chain(input.chainOk), t.howTo(input.verifyUrl)];
  return {
    subject: t.subject(input.day, input.checkpoint.seq),
    text: `${lines.join('\n')}\n\n${json}\n`,
    html:
      lines
        .filter(Boolean)
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join('\n') + `\n<pre>${escapeHtml(json)}</pre>\n`,
  };
}
