import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Transaction } from '../database/unit-of-work';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';
import { fromDisplayName } from './mail-from';
import type { MailKind } from './mail-kinds';
import { OutboxMessageEntity } from './outbox-message.entity';
import { MailWakeUp } from './mail-wake-up';

export interface OutgoingMail {
  kind: MailKind;
  breachId: string | null;
  sourceId: string | null;
  to: { name: string; email: string };
  subject: string;
  text: string;
  html: string;
}

/**
 * Writes messages into the outbox inside the caller's transaction; the worker sends them. Every
 * message goes out in the organisation's name (its profile, read in the same transaction), so
 * customers see who writes to them, not the product.
 */
@Injectable()
export class Outbox {
  constructor(private readonly wakeUp: MailWakeUp) {}

  async enqueue(tx: Transaction, mails: OutgoingMail[]): Promise<OutboxMessageEntity[]> {
    if (mails.length === 0) return [];
    const now = new Date();
    const fromName = fromDisplayName((await loadOrganisationProfile(tx.manager)).name);
    const rows = mails.map((m) => {
      const id = randomUUID();
      return tx.manager.create(OutboxMessageEntity, {
        id,
        kind: m.kind,
        breachId: m.breachId,
        sourceId: m.sourceId,
        toAddress: m.to.email,
        toName: m.to.name,
        fromName,
        subject: m.subject,
        text: m.text,
        html: m.html,
        status: 'queued',
        attempts: 0,
        nextAttemptAt: now,
        lockedUntil: null,
        lastError: null,
        sentAt: null,
        messageId: `<${id}@lekwacht>`,
      });
    });
    // insert, not save: save would first look each new id up
    for (let i = 0; i < rows.length; i += 500) await tx.manager.insert(OutboxMessageEntity, rows.slice(i, i + 500));
    for (const r of rows) {
      tx.audit({
        action: 'mail.queued',
        entityType: 'mail',
        entityId: r.id,
        breachId: r.breachId,
        after: { to: r.toAddress, subject: r.subject, kind: r.kind },
      });
    }
    tx.afterCommit(() => this.wakeUp.poke());
    return rows;
  }
}
