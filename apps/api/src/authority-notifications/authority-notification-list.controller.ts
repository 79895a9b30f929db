import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { AUTHORITY_NOTIFICATION_STATES, type AuthorityNotificationState } from '@lekwacht/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Roles } from '../auth/auth.decorators';
import { InvalidInputError } from '../errors/domain-errors';
import { AuthorityNotificationSummaryDto } from './authority-notification.dto';

/** Across breaches: what waits for a manager ("Wacht op mijn goedkeuring"), what is approved but not filed yet, … */
@ApiTags('authority-notification')
@Controller('authority-notifications')
export class AuthorityNotificationListController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const rows = (await this.dataSource.query(
      `SELECT n.breach_id, b.reference, b.title, n.state, n.drafted_by_id, u.name AS drafted_by_name, n.updated_at, o.due_at
         FROM authority_notifications n
         JOIN breaches b ON b.id = n.breach_id
         LEFT JOIN users u ON u.id = n.drafted_by_id
         LEFT JOIN obligations o ON o.breach_id = n.breach_id AND o.kind = 'authority'
        WHERE ($1::text IS NULL OR n.state = $1)
        ORDER BY o.due_at ASC NULLS LAST, n.updated_at ASC
        LIMIT 500`,
      [state ?? null],
    )) as {
      breach_id: string;
      reference: string;
      title: string;
      state: AuthorityNotificationState;
      drafted_by_id: string | null;
      drafted_by_name: string | null;
      updated_at: Date;
      due_at: Date | null;
    }[];
    return rows.map((r) => ({
      breachId: r.breach_id,
      reference: r.reference,
      title: r.title,
      state: r.state,
      draftedBy: r.drafted_by_id ? { id: r.drafted_by_id, name: r.drafted_by_name ?? '' } : null,
      updatedAt: new Date(r.updated_at).toISOString(),
      authorityDueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
    }));
  }
}
