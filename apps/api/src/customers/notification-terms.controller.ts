import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { CustomerClocksService } from './customer-clocks.service';
import {
  ConfirmBreachDto,
  CustomerClocksDto,
  CustomerNotificationTermsDto,
  ImportNotificationTermsDto,
  ImportNotificationTermsResultDto,
  LogNoticeCallDto,
  NotificationTermsDto,
} from './notification-terms.dto';
import { NotificationTermsService } from './notification-terms.service';

@ApiTags('customers')
@Controller()
export class NotificationTermsController {
  constructor(
    private readonly terms: NotificationTermsService,
    private readonly clocks: CustomerClocksService,
  ) {}

  @Roles('officer', 'manager', 'admin')
  @Get('customers/:id/notification-terms')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<CustomerNotificationTermsDto> {
    return this.terms.get(id);
  }

  @Roles('admin')
  @Put('customers/:id/notification-terms')
  put(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: NotificationTermsDto,
  ): Promise<CustomerNotificationTermsDto> {
    return this.terms.put(actorOf(user), id, body);
  }

  @Roles('admin')
  @Delete('customers/:id/notification-terms')
  reset(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<CustomerNotificationTermsDto> {
    return this.terms.reset(actorOf(user), id);
  }

  @Roles('admin')
  @ApiProduces('text/csv')
  @Get('notification-terms.csv')
  async exportCsv(@Res() res: Response): Promise<void> {
    const csv = await this.terms.exportCsv();
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', 'attachment; filename="notification-terms.csv"');
    res.send(csv);
  }

  /** All rows or none: a bad row is a 400 naming its row and column. */
  @Roles('admin')
  @HttpCode(200)
  @Post('notification-terms/import')
  importCsv(
    @CurrentUser() user: SessionUser,
    @Body() body: ImportNotificationTermsDto,
  ): Promise<ImportNotificationTermsResultDto> {
    return this.terms.importCsv(actorOf(user), body.csv);
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/customer-clocks')
  customerClocks(@Param('id', new ParseUUIDPipe()) id: string): Promise<CustomerClocksDto> {
    return this.clocks.clocks(id);
  }

  @Roles('officer')
  @HttpCode(200)
  @Post('breaches/:id/confirmation')
  confirm(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ConfirmBreachDto,
  ): Promise<CustomerClocksDto> {
    return this.clocks.confirm(actorOf(user), id, body.confirmedAt);
  }

  @Roles('officer')
  @Post('breaches/:id/customers/:customerId/calls')
  logCall(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('customerId', new ParseUUIDPipe()) customerId: string,
    @Body() body: LogNoticeCallDto,
  ): Promise<CustomerClocksDto> {
    return this.clocks.logCall(actorOf(user), id, customerId, body);
  }
}
