import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type AcknowledgementWindow,
  MAX_ACKNOWLEDGEMENT_CODE_ATTEMPTS,
  type ObligationKind,
  type ObligationState,
  acknowledgementWindow,
} from '@lekwacht/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, type SessionUser } from '../auth/session-user';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { sha256Hex } from '../security/tokens';
import { EscalationEntity } from './escalation.entity';
import { type EscalationDto, type EscalationPageDto, type RecipientRow, toEscalationDto } from './escalation.dto';
import { codeHash } from './escalation-digest';
import { EscalationRecipientEntity } from './escalation-recipient.entity';

interface EscalationContext {
  escalation: EscalationEntity;
  obligation: { kind: ObligationKind; state: ObligationState; dueAt: Date | null; customerName: string | null };
  breach: { id: string; reference: string; title: string };
  window: AcknowledgementWindow;
}

/** Each recipient with its delivery (the digest mail's outbox status) and acknowledgement. */
const RECIPIENTS_SQL = `SELECT r.escalation_id, r.user_id, r.name, r.email, r.kind, r.delivery_state, r.acknowledged_at, r.acknowledged_via,
              o.status AS mail_status
         FROM escalation_recipients r LEFT JOIN outbox_messages o ON o.id = r.outbox_message_id`;

const EXPIRED: Record<Exclude<AcknowledgementWindow, { open: true }>['reason'], string> = {
  not_fired: 'this escalation has not fired or was cancelled',
  settled: 'the obligation of this escalation is settled; nothing left to acknowledge',
  superseded: 'a later escalation step has fired since; acknowledge that one instead',
};

@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async forBreach(breachId: string): Promise<EscalationDto[]> {
    const m = this.dataSource.manager;
    const rows = await m
      .getRepository(EscalationEntity)
      .find({ where: { breachId }, order: { dueAt: 'ASC', stepId: 'ASC' } });
    const recipients = (await m.query(RECIPIENTS_SQL + ` WHERE r.breach_id = $1 ORDER BY r.name`, [
      breachId,
    ])) as RecipientRow[];
    return rows.map((e) => toEscalationDto(e, recipients));
  }

  /** What the mail link shows: the link token names the recipient; a logged-in recipient needs none. */
  async page(id: string, token: string | undefined, user: SessionUser | null): Promise<EscalationPageDto> {
    const m = this.dataSource.manager;
    const ctx = await this.context(m, id);
    const byToken = token
      ? await m.findOneBy(EscalationRecipientEntity, { escalationId: id, linkTokenHash: sha256Hex(token) })
      : null;
    const byUser = user ? await m.findOneBy(EscalationRecipientEntity, { escalationId: id, userId: user.id }) : null;
    const recipient = byToken ?? byUser;
    if (!recipient) {
      if (user) throw new ForbiddenError(['you are not a recipient of this escalation']);
      throw new NotFoundError('escalation', id);
    }
    const acknowledged = await m.find(EscalationRecipientEntity, {
      where: { escalationId: id },
      order: { acknowledgedAt: 'ASC' },
    });
    return {
      id,
      breachId: ctx.breach.id,
      breachReference: ctx.breach.reference,
      breachTitle: ctx.breach.title,
      obligationKind: ctx.obligation.kind,
      customerName: ctx.obligation.customerName,
      dueAt: (ctx.obligation.dueAt ?? ctx.escalation.dueAt).toISOString(),
      step: ctx.escalation.stepId,
      occurrence: ctx.escalation.occurrence,
      firedAt: ctx.escalation.firedAt?.toISOString() ?? null,
      current: ctx.window.open,
      expiredReason: ctx.window.open ? null : ctx.window.reason,
      recipient: {
        name: recipient.name,
        hasAccount: recipient.userId !== null,
        isYou: !!user && recipient.userId === user.id,
        acknowledgedAt: recipient.acknowledgedAt?.toISOString() ?? null,
      },
      acknowledgements: acknowledged
        .filter((r) => r.acknowledgedAt)
        .map((r) => ({ name: r.name, acknowledgedAt: r.acknowledgedAt!.toISOString() })),
    };
  }

  /** A logged-in recipient takes it up: this step stops, the duty does not. Only recipients may. */
  async acknowledgeAsUser(user: SessionUser, id: string): Promise<EscalationDto> {
    return this.uow.run(actorOf(user), async (tx) => {
      const recipient = await tx.manager.findOne(EscalationRecipientEntity, {
        where: { escalationId: id, userId: user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!recipient) {
        if (!(await tx.manager.existsBy(EscalationEntity, { id }))) throw new NotFoundError('escalation', id);
        throw new ForbiddenError(['only a recipient of this escalation may acknowledge it']);
      }
      return this.acknowledge(tx, recipient, 'login');
    });
  }

  /**
   * A recipient without an account (a management mailbox) acknowledges with the one-time code from
   * their own mail; the link token says which recipient, the code proves it. Single use.
   */
  async acknowledgeWithCode(id: string, token: string, code: string): Promise<EscalationDto> {
    const outcome = await this.uow.run({ id: null, label: 'one-time code' }, async (tx) => {
      const recipient = await tx.manager.findOne(EscalationRecipientEntity, {
        where: { escalationId: id, linkTokenHash: sha256Hex(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!recipient) throw new NotFoundError('escalation', id);
      if (recipient.userId !== null || recipient.codeHash === null)
        throw new ForbiddenError(['this recipient has an account: log in to acknowledge']);
      if (recipient.codeUsedAt) throw new ConflictError(['this code has already been used']);
      if (recipient.codeFailedAttempts >= MAX_ACKNOWLEDGEMENT_CODE_ATTEMPTS)
        throw new ForbiddenError(['too many wrong codes: this code no longer works']);
      if (codeHash(recipient.id, code) !== recipient.codeHash) {
        // Counted in a committed transaction, so guessing costs attempts even though the request fails.
        recipient.codeFailedAttempts += 1;
        await tx.manager.save(recipient);
        return { wrong: true as const };
      }
      recipient.codeUsedAt = new Date();
      return { wrong: false as const, dto: await this.acknowledge(tx, recipient, 'code') };
    });
    if (outcome.wrong) throw new ForbiddenError(['code is wrong']);
    return outcome.dto;
  }

  /** Records this recipient's acknowledgement; the first one stops the step (and its follow-up). */
  private async acknowledge(
    tx: Transaction,
    recipient: EscalationRecipientEntity,
    via: 'login' | 'code',
  ): Promise<EscalationDto> {
    const ctx = await this.context(tx.manager, recipient.escalationId, true);
    if (!ctx.window.open) throw new ConflictError([`the acknowledgement has expired: ${EXPIRED[ctx.window.reason]}`]);
    const e = ctx.escalation;
    const now = new Date();
    if (!recipient.acknowledgedAt) {
      recipient.acknowledgedAt = now;
      recipient.acknowledgedVia = via;
      if (e.state === 'fired') {
        e.state = 'acknowledged';
        e.acknowledgedAt = now;
        e.acknowledgedById = recipient.userId;
        e.acknowledgedBy = recipient.name;
        await tx.manager.save(e);
      }
      tx.audit({
        action: 'escalation.acknowledged',
        entityType: 'escalation',
        entityId: e.id,
        breachId: e.breachId,
        after: { step: e.stepId, acknowledgedBy: recipient.name, email: recipient.email, via },
      });
    }
    await tx.manager.save(recipient);
    const recipients = (await tx.manager.query(RECIPIENTS_SQL + ` WHERE r.escalation_id = $1 ORDER BY r.name`, [
      e.id,
    ])) as RecipientRow[];
    return toEscalationDto(e, recipients);
  }

  private async context(m: EntityManager, id: string, lock = false): Promise<EscalationContext> {
    const escalation = await m.findOne(EscalationEntity, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!escalation) throw new NotFoundError('escalation', id);
    const [row] = (await m.query(
      `SELECT o.kind, o.state, o.due_at, c.name AS customer_name, b.id AS breach_id, b.reference, b.title,
              (SELECT min(n.fired_at) FROM escalations n
                WHERE n.obligation_id = o.id AND n.id <> $1 AND n.fired_at > $2) AS superseded_at
         FROM obligations o JOIN breaches b ON b.id = o.breach_id LEFT JOIN customers c ON c.id = o.customer_id
        WHERE o.id = $3`,
      [id, escalation.firedAt ?? new Date(8.64e15), escalation.obligationId],
    )) as {
      kind: ObligationKind;
      state: ObligationState;
      due_at: Date | null;
      customer_name: string | null;
      breach_id: string;
      reference: string;
      title: string;
      superseded_at: Date | null;
    }[];
    if (!row) throw new NotFoundError('escalation', id);
    return {
      escalation,
      obligation: {
        kind: row.kind,
        state: row.state,
        dueAt: row.due_at ? new Date(row.due_at) : null,
        customerName: row.customer_name,
      },
      breach: { id: row.breach_id, reference: row.reference, title: row.title },
      window: acknowledgementWindow({
        escalationState: escalation.state,
        obligationState: row.state,
        supersededAt: row.superseded_at ? new Date(row.superseded_at) : null,
      }),
    };
  }
}
