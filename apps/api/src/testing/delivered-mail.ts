import { DataSource } from 'typeorm';
import type { TestApp } from './test-app';

export interface DeliveredMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A message as its recipient receives it, read from the outbox row. The built-in mailbox
 * (`GET /api/mail/:id`) masks portal tokens and link codes, so tests that act as the recipient
 * read the stored message, as the recipient's inbox would show it.
 */
export async function deliveredMail(t: TestApp, outboxId: string): Promise<DeliveredMail> {
  const [row] = (await t.app
    .get(DataSource)
    .query(`SELECT to_address AS "to", subject, text, html FROM outbox_messages WHERE id = $1`, [outboxId])) as
    | DeliveredMail[]
    | [];
  if (!row) throw new Error(`no outbox message ${outboxId}`);
  return row;
}
