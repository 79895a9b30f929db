import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NotFoundError } from '../errors/domain-errors';
import { type NoticeDto, type NoticeSummaryDto, type ReviewState, toNoticeDto, toNoticeSummaryDto } from './notice.dto';
import { NoticeEntity } from './notice.entity';
import { draftStates } from './notice-freshness';
import { NoticeSources } from './notice-sources';

/** Reading a breach's notices for the officer, with each draft's review state. */
@Injectable()
export class NoticeQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sources: NoticeSources,
  ) {}

  async list(breachId: string): Promise<NoticeSummaryDto[]> {
    const source = await this.sources.load(this.dataSource.manager, breachId);
    // Review states need every draft's current view; a breach whose notices all went out (the
    // list is polled while mail is delivered) has none to compute.
    const [{ drafts }] = (await this.dataSource.query(
      `SELECT count(*)::int AS drafts FROM notices WHERE breach_id = $1 AND status = 'draft'`,
      [breachId],
    )) as [{ drafts: number }];
    const { states } =
      drafts > 0
        ? await draftStates(this.dataSource.manager, this.sources, source)
        : { states: new Map<string, ReviewState>() };
    const rows = (await this.dataSource
      .getRepository(NoticeEntity)
      .createQueryBuilder('n')
      .select([
        'n.id',
        'n.breachId',
        'n.customerId',
        'n.sequence',
        'n.kind',
        'n.language',
        'n.recipientName',
        'n.recipientEmail',
        'n.recipientKind',
        'n.status',
        'n.subject',
        'n.reviewedAt',
        'n.reviewedByName',
      ])
      .addSelect([
        'n.outboxMessageId',
        'n.sentAt',
        'n.acknowledgedAt',
        'n.acknowledgedByName',
        'n.tokenHash',
        'n.tokenRevokedAt',
        'n.tokenExpiresAt',
        'n.createdAt',
        'n.updatedAt',
      ])
      .innerJoin('customers', 'c', 'c.id = n.customer_id')
      .addSelect('c.name', 'customer_name')
      .where('n.breach_id = :breachId', { breachId })
      .orderBy('c.name')
      .addOrderBy('n.sequence', 'DESC')
      .getRawAndEntities()) as { entities: NoticeEntity[]; raw: { customer_name: string; n_id: string }[] };
    const names = new Map(rows.raw.map((r) => [r.n_id, r.customer_name]));
    const now = new Date();
    return rows.entities.map((n) => toNoticeSummaryDto(n, names.get(n.id) ?? '', now, states.get(n.id) ?? null));
  }

  async get(id: string): Promise<NoticeDto> {
    const n = await this.dataSource.getRepository(NoticeEntity).findOneBy({ id });
    if (!n) throw new NotFoundError('notice', id);
    const [c] = (await this.dataSource.query(`SELECT name FROM customers WHERE id = $1`, [n.customerId])) as {
      name: string;
    }[];
    let state = null;
    if (n.status === 'draft') {
      const source = await this.sources.load(this.dataSource.manager, n.breachId);
      state = (await draftStates(this.dataSource.manager, this.sources, source, 'AND n.id = $2', [id])).states.get(id);
    }
    return toNoticeDto(n, c?.name ?? '', new Date(), state ?? null);
  }
}
