import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AUTHORITY_NOTIFICATION_STATES, type AuthorityNotificationState } from '@lekwacht/domain';
import { Roles } from '../auth/auth.decorators';
import { InvalidInputError } from '../errors/domain-errors';
import { AuthorityNotificationSummaryDto } from './authority-notification.dto';
import { AuthorityNotificationListService } from './authority-notification-list.service';

/** Across breaches: what waits for a manager ("Wacht op mijn goedkeuring"), what is approved but not filed yet, … */
@ApiTags('authority-notification')
@Controller('authority-notifications')
export class AuthorityNotificationListController {
  constructor(private readonly notifications: AuthorityNotificationListService) {}

  @Roles('officer', 'manager')
  @Get()
  @ApiQuery({ name: 'state', required: false, enum: AUTHORITY_NOTIFICATION_STATES })
  @ApiOkResponse({ type: [AuthorityNotificationSummaryDto] })
  async list(@Query('state') state?: string): Promise<AuthorityNotificationSummaryDto[]> {
    if (state !== undefined && !(AUTHORITY_NOTIFICATION_STATES as readonly string[]).includes(state)) {
      throw new InvalidInputError([
        `state must be one of the following values: ${AUTHORITY_NOTIFICATION_STATES.join(', ')}`,
      ]);
    }
    return this.notifications.list((state as AuthorityNotificationState | undefined) ?? null);
  }
}
