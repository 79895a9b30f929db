import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../audit/actor';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import {
  MAIL_PAGE_DEFAULT_LIMIT,
  type MailDto,
  type MailPageDto,
  type MailPageQuery,
  type MailQuery,
  type MailSummaryDto,
  toMailDto,
  toMailSummary,
} from './mail.dto';
import { MailWakeUp } from './mail-wake-up';
import { OutboxMessageEntity } from './outbox-message.entity';

/** What the unpaged list (GET /api/mail) returns at most: the newest. */
export const MAIL_LIST_LIMIT = 500;

/**
 * A position in the mailbox, newest first: the creation time to the microsecond (a JavaScript
 * Date would round it to the millisecond and skip or repeat rows created in the same
 * millisecond) and the id that orders rows created at the same instant.
 */
interface MailCursor {
  createdAt: string;
  id: string;
}

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6})\|([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export const encodeMailCursor = (c: MailCursor): string =>
  Buffer.from(`${c.createdAt}|${c.id}`, 'utf8').toString('base64url');

export function decodeMailCursor(cursor: string): MailCursor {
  const match = CURSOR.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match) throw new InvalidInputError(['cursor must be the nextCursor of an earlier page']);
  return { createdAt: match[1] as string, id: match[2] as string };
}

/** Above this many matches a page says "1,000+" instead of counting every message (issue #19). */
export const MAIL_COUNT_LIMIT = 1000;

/** A row of a list: never the bodies (a notice's HTML is kilobytes; a page of them is megabytes). */
const SUMMARY_COLUMNS = [
  'm.id',
  'm.toAddress',
  'm.toName',
  'm.subject',
  'm.status',
  'm.attempts',
  'm.lastError',
  'm.sentAt',
  'm.kind',
  'm.breachId',
  'm.createdAt',
];

/** The built-in mailbox and the outbox as operators see it: list, page, read, retry. */
@Injectable()
export class MailboxService {
  constructor(
    @InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>,
    private readonly uow: UnitOfWork,
    private readonly wakeUp: MailWakeUp,
  ) {}

  /** The newest {@link MAIL_LIST_LIMIT} messages matching the filters, newest first. */
  async list(filters: MailQuery): Promise<MailSummaryDto[]> {
    const rows = await this.filtered(filters)
      .select(SUMMARY_COLUMNS)
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(MAIL_LIST_LIMIT)
      .getMany();
    return rows.map(toMailSummary);
  }

  /**
   * One page, newest first, with keyset paging: a page starts right after the cursor's row, so
   * mail queued while someone pages never shifts a row onto the next page twice or off it.
   */
  async page(query: MailPageQuery): Promise<MailPageDto> {
    const limit = query.limit ?? MAIL_PAGE_DEFAULT_LIMIT;
    const after = query.cursor === undefined ? null : decodeMailCursor(query.cursor);
    const filtered = this.filtered(query);
    const counting = filtered
      .clone()
      .select('1')
      .limit(MAIL_COUNT_LIMIT + 1);
    const [{ n: counted }] = (await this.messages.manager
      .createQueryBuilder()
      .select('count(*)::int', 'n')
      .from(`(${counting.getQuery()})`, 'c')
      .setParameters(counting.getParameters())
      .getRawMany()) as [{ n: number }];
    const pageQuery = filtered
      .select(SUMMARY_COLUMNS)
      // The exact stored instant, in UTC, for the cursor (see MailCursor).
      .addSelect(`to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`, 'cursor_created_at')
      .orderBy('m.createdAt', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1);
    if (after) {
      pageQuery.andWhere(`(m.createdAt, m.id) < (CAST(:afterCreatedAt AS timestamp) AT TIME ZONE 'UTC', :afterId)`, {
        afterCreatedAt: after.createdAt,
        afterId: after.id,
      });
    }
    const { entities, raw } = await pageQuery.getRawAndEntities<{ cursor_created_at: string }>();
    const items = entities.slice(0, limit);
    const last = items.at(-1);
    const lastRaw = raw[items.length - 1];
    return {
      items: items.map(toMailSummary),
      nextCursor:
        entities.length > limit && last && lastRaw
          ? encodeMailCursor({ createdAt: lastRaw.cursor_created_at, id: last.id })
          : null,
      total: Math.min(counted, MAIL_COUNT_LIMIT),
      totalExact: counted <= MAIL_COUNT_LIMIT,
    };
  }

  async get(id: string): Promise<MailDto> {
    const row = await this.messages.findOneBy({ id });
    if (!row) throw new NotFoundError('mail', id);
    return toMailDto(row);
  }

  async failedCount(): Promise<number> {
    return this.messages.countBy({ status: 'failed' });
  }

  /** Puts a failed message back in the queue with the same Message-ID; audited. */
  async retry(actor: Actor, id: string): Promise<MailSummaryDto> {
    const row = await this.uow.run(actor, async (tx) => {
      const m = await tx.manager.findOne(OutboxMessageEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!m) throw new NotFoundError('mail', id);
      if (m.status !== 'failed')
        throw new ConflictError([`only a failed message can be retried; this one is ${m.status}`]);
      m.status = 'queued';
      m.attempts = 0;
      m.nextAttemptAt = new Date();
      await tx.manager.save(m);
      tx.audit({ action: 'mail.retried', entityType: 'mail', entityId: id, breachId: m.breachId });
      tx.afterCommit(() => this.wakeUp.poke());
      return m;
    });
    return toMailSummary(row);
  }

  private filtered(filters: MailQuery): SelectQueryBuilder<OutboxMessageEntity> {
    const q = this.messages.createQueryBuilder('m');
    if (filters.kind) q.andWhere('m.kind = :kind', { kind: filters.kind });
    if (filters.status) {
      // 'sending' is a worker's lease: to users the message is still queued.
      const statuses = filters.status === 'queued' ? ['queued', 'sending'] : [filters.status];
      q.andWhere('m.status IN (:...statuses)', { statuses });
    }
    if (filters.breachId) {
      // A digest about several breaches has no breach of its own: it is found through its escalation items.
      q.andWhere(
        new Brackets((b) =>
          b
            .where('m.breachId = :breachId')
            .orWhere(
              'm.id IN (SELECT outbox_message_id FROM escalation_recipients WHERE breach_id = :breachId AND outbox_message_id IS NOT NULL)',
            ),
        ),
        { breachId: filters.breachId },
      );
    }
    if (filters.recipient) {
      q.andWhere(
        '(strpos(lower(m.toAddress), lower(:recipient)) > 0 OR strpos(lower(m.toName), lower(:recipient)) > 0)',
        {
          recipient: filters.recipient,
        },
      );
    }
    return q;
  }
}
