import { createServer as createHttpServer, type Server } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface SunkMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
}

/**
 * The recipients' side of e-mail for the browser journeys: an SMTP server the app delivers to,
 * and a small HTTP endpoint the specs read the received mails from. The built-in mailbox masks
 * portal tokens and link codes (issue #17), so a customer's link comes from her own inbox, as it
 * does in real life.
 */
export async function startMailSink(smtpPort: number, httpPort: number): Promise<() => Promise<void>> {
  const received: SunkMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = mail.to && !Array.isArray(mail.to) ? (mail.to.value[0]?.address ?? '') : '';
          received.push({
            to,
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
            messageId: mail.messageId ?? '',
          });
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((r) => smtp.listen(smtpPort, '127.0.0.1', () => r()));
  const http: Server = createHttpServer((_req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify(received));
  });
  await new Promise<void>((r) => http.listen(httpPort, '127.0.0.1', () => r()));
  return async () => {
    await new Promise<void>((r) => smtp.close(() => r()));
    await new Promise<void>((r) => http.close(() => r()));
  };
}

/** Waits for a mail to `to` whose subject contains `subject`, as the recipient's inbox shows it. */
export async function mailTo(to: string, subject: string, timeoutMs = 45_000): Promise<SunkMail> {
  const url = process.env['E2E_MAIL_SINK_URL'];
  if (!url) throw new Error('E2E_MAIL_SINK_URL is not set (support/global-setup.ts)');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mails = (await (await fetch(url)).json()) as SunkMail[];
    const found = mails.filter((m) => m.to === to && m.subject.includes(subject)).pop();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} about "${subject}" within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

/** The personal portal token in a notice mail. */
export function portalTokenIn(mail: SunkMail): string {
  const token = /\/portal\/([A-Za-z0-9_-]{20,})/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no portal link in the mail "${mail.subject}"`);
  return token;
}
