import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiProperty } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { NotFoundError } from '../errors/domain-errors';
import { BreachEntity } from './breach.entity';
import { describeAuditEvent } from './timeline-descriptions';

export class TimelineEntryDto {
  at!: string;
  @ApiProperty({ enum: ['audit', 'escalation', 'notice', 'authority_notification'] })
  source!: 'audit' | 'escalation' | 'notice' | 'authority_notification';
  action!: string;
  actor!: string;
  description!: { nl: string; en: string };
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  before!: Record<string, unknown> | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  after!: Record<string, unknown> | null;
}

/**
 * Every step of a breach, oldest first. Everything that changes state writes an audit event
 * with the breach id, so the audit trail is the timeline's one source.
 */
@Injectable()
export class TimelineService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async forBreach(breachId: string): Promise<TimelineEntryDto[]> {
    if (!(await this.dataSource.manager.existsBy(BreachEntity, { id: breachId })))
      throw new NotFoundError('breach', breachId);
    const events = await this.dataSource
      .getRepository(AuditEventEntity)
      .find({ where: { breachId }, order: { seq: 'ASC' } });
    return events.map((e) => ({
      at: e.occurredAt.toISOString(),
      source: sourceOf(e.entityType),
      action: e.action,
      actor: e.actorLabel,
      description: describeAuditEvent(e.action, e.after, e.before),
      before: e.before,
      after: e.after,
    }));
  }
}

function sourceOf(entityType: string): TimelineEntryDto['source'] {
  if (entityType === 'escalation') return 'escalation';
  if (entityType === 'notice') return 'notice';
  if (entityType === 'authority_notification') return 'authority_notification';
  return 'audit';
}
