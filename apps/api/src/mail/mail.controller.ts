import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import {
  FailedMailCountDto,
  MailDeliveryStatusDto,
  MailDto,
  MailPageDto,
  MailPageQuery,
  MailQuery,
  MailSummaryDto,
} from './mail.dto';
import { MailDeliveryStatusService } from './mail-delivery-status.service';
import { MailboxService } from './mailbox.service';

/**
 * The outbox and built-in mailbox. Two ways to list it:
 * - `GET /api/mail` — an array of the newest 500 matching messages (kept for the breach page and
 *   the API's existing callers, which read the array);
 * - `GET /api/mail/page` — the operators' mailbox: `{ items, nextCursor, total }`, `limit` (1–200,
 *   default 50) and keyset paging with `cursor` = the previous page's `nextCursor`.
 * Both take the filters kind, status, breachId and recipient; bodies and tokens are masked
 * (mailbox-view.ts) on every path.
 */
@ApiTags('mail')
@Controller('mail')
export class MailController {
  constructor(
    private readonly mailbox: MailboxService,
    private readonly deliveryStatus: MailDeliveryStatusService,
  ) {}

  /** The newest 500 matching messages, newest first (see the class comment for paging). */
  @Roles('officer', 'admin')
  @Get()
  list(@Query() query: MailQuery): Promise<MailSummaryDto[]> {
    return this.mailbox.list(query);
  }

  /** One page of the mailbox, newest first. */
  @Roles('officer', 'admin')
  @Get('page')
  page(@Query() query: MailPageQuery): Promise<MailPageDto> {
    return this.mailbox.page(query);
  }

  /** Undeliverable messages: shown as an alert to managers, officers and admins. */
  @Roles('officer', 'manager', 'admin')
  @Get('failed-count')
  async failedCount(): Promise<FailedMailCountDto> {
    return { failed: await this.mailbox.failedCount() };
  }

  /** Whether outgoing mail is getting through: the clock board and the notices warn when not. */
  @Roles('officer', 'manager', 'admin')
  @Get('delivery')
  delivery(): Promise<MailDeliveryStatusDto> {
    return this.deliveryStatus.current();
  }

  @Roles('officer', 'admin')
  @Get(':id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<MailDto> {
    return this.mailbox.get(id);
  }

  /** Puts a failed message back in the queue (same Message-ID); 409 for any other status. */
  @Roles('admin')
  @Post(':id/retry')
  @HttpCode(200)
  retry(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<MailSummaryDto> {
    return this.mailbox.retry(actorOf(user), id);
  }
}
