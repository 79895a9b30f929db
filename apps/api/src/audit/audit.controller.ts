import { Body, Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { AuditCheckpoints } from './audit-checkpoints.service';
import { AuditCheckpointDto, AuditVerificationDto, CheckpointVerificationDto } from './audit.dto';
import { AuditActionDto, AuditEventsCsvQuery, AuditEventsPageDto, AuditEventsQuery } from './audit-events.dto';
import { checkPeriod } from './audit-events-query';
import { AuditEvents } from './audit-events.service';
import { AuditLog } from './audit-log.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly auditLog: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
    private readonly events: AuditEvents,
  ) {}

  /**
   * The audit log, newest first: filters breachId, actorId, action and from/to (whole days in
   * Europe/Amsterdam, `to` inclusive); `limit` (1–200, default 50) and keyset paging with
   * `cursor` = the previous page's `nextCursor`. Payload credentials are masked.
   */
  @Roles('admin', 'manager')
  @Get('events')
  eventsPage(@Query() query: AuditEventsQuery): Promise<AuditEventsPageDto> {
    return this.events.page(query);
  }

  /** Every event matching the same filters as CSV (RFC 4180, BOM, formula cells neutralised), streamed. */
  @Roles('admin', 'manager')
  @ApiProduces('text/csv')
  @Get('events.csv')
  async eventsCsv(@Res() res: Response, @Query() query: AuditEventsCsvQuery): Promise<void> {
    checkPeriod(query);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="lekwacht-auditlog.csv"');
    await this.events.writeCsv(res, query, { delimiter: query.delimiter === 'semicolon' ? ';' : ',' });
  }

  /** The actions that occur in the log, with short names in Dutch and English (the page's action filter). */
  @Roles('admin', 'manager')
  @Get('actions')
  actions(): Promise<AuditActionDto[]> {
    return this.events.actions();
  }

  @Roles('admin', 'manager')
  @Get('verify')
  verify(): Promise<AuditVerificationDto> {
    return this.auditLog.verify();
  }

  /** A signed checkpoint of the current head, to keep outside Lekwacht. */
  @Roles('admin')
  @Get('checkpoint')
  checkpoint(): Promise<AuditCheckpointDto> {
    return this.checkpoints.current();
  }

  /** Whether a kept checkpoint's signature holds and the database still matches it. */
  @Roles('admin', 'manager')
  @Post('checkpoint/verify')
  @HttpCode(200)
  verifyCheckpoint(@Body() checkpoint: AuditCheckpointDto): Promise<CheckpointVerificationDto> {
    return this.checkpoints.verify(checkpoint);
  }
}
