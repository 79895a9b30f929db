import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Raw, type Repository } from 'typeorm';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import {
  FailedMailCountDto,
  MailDeliveryStatusDto,
  MailDto,
  MailQuery,
  MailSummaryDto,
  toMailDto,
  toMailSummary,
} from './mail.dto';
import { MailDeliveryStatusService } from './mail-delivery-status.service';
import { MailWakeUp } from './mail-wake-up';
import { OutboxMessageEntity } from './outbox-message.entity';

@ApiTags('mail')
@Controller('mail')
export class MailController {
  constructor(
    @InjectRepository(OutboxMessageEntity) private readonly messages: Repository<OutboxMessageEntity>,
    private readonly uow: UnitOfWork,
    private readonly wakeUp: MailWakeUp,
    private readonly deliveryStatus: MailDeliveryStatusService,
  ) {}

  /** The outbox and built-in mailbox, newest first. */
  @Roles('officer', 'admin')
  @Get()
  async list(@Query() query: MailQuery): Promise<MailSummaryDto[]> {
    // A digest about several breaches has no breach of its own: it is found through its escalation items.
    const rows = await this.messages.find({
      where: query.breachId
        ? [
            { breachId: query.breachId },
            {
              id: Raw(
                (id) =>
                  `${id} IN (SELECT outbox_message_id FROM escalation_recipients WHERE breach_id = :breachId AND outbox_message_id IS NOT NULL)`,
                { breachId: query.breachId },
              ),
            },
          ]
        : {},
      order: { createdAt: 'DESC' },
      take: 500,
    });
    return rows.map(toMailSummary);
  }

  /** Undeliverable messages: shown as an alert to managers, officers and admins. */
  @Roles('officer', 'manager', 'admin')
  @Get('failed-count')
  async failedCount(): Promise<FailedMailCountDto> {
    return { failed: await this.messages.countBy({ status: 'failed' }) };
  }

  /** Whether outgoing mail is getting through: the clock board and the notices warn when not. */
  @Roles('officer', 'manager', 'admin')
  @Get('delivery')
  delivery(): Promise<MailDeliveryStatusDto> {
    return this.deliveryStatus.current();
  }

  @Roles('officer', 'admin')
  @Get(':id')
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<MailDto> {
    const row = await this.messages.findOneBy({ id });
    if (!row) throw new NotFoundError('mail', id);
    return toMailDto(row);
  }

  /** Puts a failed message back in the queue (same Message-ID). */
  @Roles('admin')
  @Post(':id/retry')
  @HttpCode(200)
  async retry(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<MailSummaryDto> {
    const row = await this.uow.run(actorOf(user), async (tx) => {
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
}
