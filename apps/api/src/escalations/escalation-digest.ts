import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type ObligationKind, nextDigestAt, orderDigestItems } from '@lekwacht/domain';
import { randomInt } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { Outbox } from '../mail/outbox.service';
import { issueToken, sha256Hex } from '../security/tokens';
import type { EscalationEntity, ResolvedRecipient } from './escalation.entity';
import { composeDigestMail, type EscalationReason } from './escalation-mail';
import { EscalationRecipientEntity } from './escalation-recipient.entity';
import { readEscalationSettings } from './escalation-settings';

/** No 0/O, 1/I/L: the code is read from a mail and typed on a page. */
/** A digest that failed (e.g. its connection was killed) is tried again this much later. */
const RETRY_MS = 5_000;

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** "ABCD-EFGH": 8 characters, about 40 bits; 5 wrong tries lock it (MAX_ACKNOWLEDGEMENT_CODE_ATTEMPTS). */
export function newAcknowledgementCode(): string {
  const c = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
  return `${c.slice(0, 4)}-${c.slice(4)}`;
}

/** Bound to the recipient row, so a code of one recipient is worthless on another's row. */
export const codeHash = (recipientId: string, code: string) =>
  sha256Hex(`${recipientId}:${code.toUpperCase().replace(/[^A-Z0-9]/g, '')}`);

interface PendingItemRow {
  id: string;
  escalation_id: string;
  breach_id: string;
  user_id: string | null;
  reason: EscalationReason;
  escalation_state: string;
  obligation_state: string;
  obligation_kind: ObligationKind;
  obligation_due_at: Date | null;
  escalation_due_at: Date;
  breach_reference: string;
  breach_title: string;
  customer_name: string | null;
}

/**
 * Escalation mail as digests: a fired escalation adds one pending item per recipient; each
 * recipient's items go out together, at most one mail per digest interval (DESIGN.md §
 * Escalation). The recipient's mailbox row is the lock: a digest is written by exactly one
 * instance, in the transaction that marks its items queued and writes the outbox message.
 */
@Injectable()
export class EscalationDigest {
  private readonly logger = new Logger(EscalationDigest.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** In the firing transaction: one pending item per recipient, and each recipient's digest time set. */
  async collect(
    tx: Transaction,
    e: EscalationEntity,
    recipients: ResolvedRecipient[],
    reason: EscalationReason,
    now: Date,
  ): Promise<void> {
    if (recipients.length === 0) return;
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(EscalationRecipientEntity)
      .values(
        recipients.map((r) => ({
          escalationId: e.id,
          breachId: e.breachId,
          userId: r.userId,
          name: r.name,
          email: r.email,
          kind: r.kind,
          language: r.language,
          reason,
        })),
      )
      .orIgnore()
      .execute();
    const { digestIntervalMinutes } = await readEscalationSettings(tx.manager);
    // Addresses in one order in every transaction, so two firings never deadlock on mailboxes.
    const emails = [...new Set(recipients.map((r) => r.email))].sort();
    await tx.manager.query(
      `INSERT INTO escalation_mailboxes (email) SELECT unnest($1::text[]) ORDER BY 1 ON CONFLICT (email) DO NOTHING`,
      [emails],
    );
    const boxes = (await tx.manager.query(
      `SELECT email, next_digest_at, last_digest_at FROM escalation_mailboxes WHERE email = ANY($1) ORDER BY email FOR UPDATE`,
      [emails],
    )) as { email: string; next_digest_at: Date | null; last_digest_at: Date | null }[];
    for (const box of boxes) {
      if (box.next_digest_at) continue; // a digest is already due; this item joins it
      const next = nextDigestAt({
        lastDigestAt: box.last_digest_at ? new Date(box.last_digest_at) : null,
        intervalMinutes: digestIntervalMinutes,
        now,
      });
      await tx.manager.query(`UPDATE escalation_mailboxes SET next_digest_at = $2 WHERE email = $1`, [box.email, next]);
    }
  }

  /** Writes every digest that is due; returns how many mails. Safe on several instances at once. */
  async sendDue(now: Date = new Date()): Promise<number> {
    let sent = 0;
    for (;;) {
      let claimed: string | null = null;
      try {
        const result = await this.uow.run(SYSTEM_ACTOR, async (tx) => {
          const [box] = (await tx.manager.query(
            `SELECT email FROM escalation_mailboxes WHERE next_digest_at <= $1
              ORDER BY next_digest_at LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [now],
          )) as { email: string }[];
          if (!box) return null;
          claimed = box.email;
          return this.send(tx, box.email, now);
        });
        if (result === null) return sent;
        sent += result;
      } catch (err) {
        // One bad mailbox must not stall the others: retry it shortly (a lost connection is the usual cause).
        this.logger.error(`digest for ${claimed ?? '?'} failed: ${err instanceof Error ? err.stack : String(err)}`);
        if (!claimed) return sent;
        await this.dataSource
          .query(`UPDATE escalation_mailboxes SET next_digest_at = $2 WHERE email = $1`, [
            claimed,
            new Date(Date.now() + RETRY_MS),
          ])
          .catch(() => undefined);
      }
    }
  }

  private async send(tx: Transaction, email: string, now: Date): Promise<number> {
    const rows = (await tx.manager.query(
      `SELECT r.id, r.escalation_id, r.breach_id, r.user_id, r.reason,
              e.state AS escalation_state, e.due_at AS escalation_due_at,
              o.state AS obligation_state, o.kind AS obligation_kind, o.due_at AS obligation_due_at,
              b.reference AS breach_reference, b.title AS breach_title, c.name AS customer_name
         FROM escalation_recipients r
         JOIN escalations e ON e.id = r.escalation_id
         JOIN obligations o ON o.id = e.obligation_id
         JOIN breaches b ON b.id = r.breach_id
         LEFT JOIN customers c ON c.id = o.customer_id
        WHERE r.email = $1 AND r.delivery_state = 'pending'
        FOR UPDATE OF r`,
      [email],
    )) as PendingItemRow[];
    // Settled (or cancelled) before the digest went out: nothing left to ask of anyone.
    const stale = rows.filter((r) => r.obligation_state !== 'open' || r.escalation_state === 'cancelled');
    if (stale.length)
      await tx.manager.query(`UPDATE escalation_recipients SET delivery_state = 'withdrawn' WHERE id = ANY($1)`, [
        stale.map((r) => r.id),
      ]);
    const live = rows.filter((r) => !stale.includes(r));
    if (live.length === 0) {
      await tx.manager.query(`UPDATE escalation_mailboxes SET next_digest_at = NULL WHERE email = $1`, [email]);
      return 0;
    }
    const recipient = await tx.manager.findOneByOrFail(EscalationRecipientEntity, { id: live[0]!.id });
    const items = orderDigestItems(
      live.map((r) => ({
        row: r,
        escalationId: r.escalation_id,
        breachReference: r.breach_reference,
        obligationKind: r.obligation_kind,
        dueAt: new Date(r.obligation_due_at ?? r.escalation_due_at),
      })),
    );
    const base = this.config.publicUrl;
    const secrets = items.map(({ row }) => {
      const { token, hash } = issueToken(24);
      const code = row.user_id === null ? newAcknowledgementCode() : null;
      return { row, token, hash, code };
    });
    const mail = composeDigestMail({
      recipient: { name: recipient.name, language: recipient.language },
      now,
      items: items.map((item, n) => ({
        breach: { reference: item.row.breach_reference, title: item.row.breach_title },
        obligation: { kind: item.row.obligation_kind, dueAt: item.dueAt, customerName: item.row.customer_name },
        reason: item.row.reason,
        pageUrl: `${base}/escalations/${item.escalationId}?r=${secrets[n]!.token}`,
        code: secrets[n]!.code,
      })),
    });
    const breachIds = [...new Set(live.map((r) => r.breach_id))];
    const [message] = await this.outbox.enqueue(tx, [
      {
        kind: 'escalation',
        // A digest about one breach belongs to it; one about several is found through its items.
        breachId: breachIds.length === 1 ? breachIds[0]! : null,
        sourceId: items.length === 1 ? items[0]!.escalationId : null,
        to: { name: recipient.name, email },
        ...mail,
      },
    ]);
    for (const s of secrets)
      await tx.manager.query(
        `UPDATE escalation_recipients
            SET delivery_state = 'queued', outbox_message_id = $2, queued_at = $3, link_token_hash = $4, code_hash = $5
          WHERE id = $1`,
        [s.row.id, message!.id, now, s.hash, s.code ? codeHash(s.row.id, s.code) : null],
      );
    await tx.manager.query(
      `UPDATE escalation_mailboxes SET next_digest_at = NULL, last_digest_at = $2 WHERE email = $1`,
      [email, now],
    );
    return 1;
  }
}
