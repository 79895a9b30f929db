import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { InvalidInputError } from '../errors/domain-errors';
import {
  AuthorityNotificationDto,
  CreateFollowUpDto,
  ReasonDto,
  RecordSubmissionDto,
  SubmitForApprovalDto,
  UpdateAuthorityNotificationDto,
} from './authority-notification.dto';
import { AuthorityNotificationExportService } from './authority-notification-export.service';
import { AuthorityNotificationsService } from './authority-notifications.service';

const person = (user: SessionUser) => actorOf(user) as { id: string; label: string };

@ApiTags('authority-notification')
@Controller('breaches/:id/authority-notification')
export class AuthorityNotificationsController {
  constructor(
    private readonly notifications: AuthorityNotificationsService,
    private readonly exports: AuthorityNotificationExportService,
  ) {}

  /** The notification; before the first save, a draft prefilled from the breach (`persisted: false`, nothing stored). */
  @Roles('officer', 'manager')
  @Get()
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<AuthorityNotificationDto> {
    return this.notifications.get(id);
  }

  /** Merges answers into the draft (only in state draft, else 409); unknown sections or questions → 400. */
  @Roles('officer')
  @Put()
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateAuthorityNotificationDto,
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.update(person(user), id, body);
  }

  /**
   * draft → awaiting_approval; the caller becomes the drafter, who may not approve it. 400 naming
   * the missing required answers unless the form is complete, or phased with a reason for each.
   */
  @Roles('officer')
  @Post('submit')
  @HttpCode(200)
  submit(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: SubmitForApprovalDto = {},
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.submit(person(user), id, body ?? {});
  }

  /**
   * awaiting_approval → approved; 403 for the drafter (four-eyes), 409 in any other state, 400
   * naming the missing required answers as for submit.
   */
  @Roles('manager')
  @Post('approve')
  @HttpCode(200)
  approve(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.approve(person(user), id);
  }

  /** awaiting_approval → draft, with the reason (kept in the audit trail and in `rejections`). */
  @Roles('manager')
  @Post('reject')
  @HttpCode(200)
  reject(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReasonDto,
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.reject(person(user), id, body.reason);
  }

  /** approved → submitted; fulfils the authority obligation; `delayReason` required when late. */
  @Roles('officer', 'manager')
  @Post('record-submission')
  @HttpCode(200)
  recordSubmission(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: RecordSubmissionDto,
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.recordSubmission(person(user), id, body);
  }

  /** A follow-up (vervolgmelding, GDPR art. 33(4)) to a submitted notification. */
  @Roles('officer')
  @Post('follow-ups')
  addFollowUp(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: CreateFollowUpDto,
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.addFollowUp(person(user), id, body);
  }

  /** submitted → withdrawn (the AP's "intrekken"); only a submitted notification can be withdrawn. */
  @Roles('officer', 'manager')
  @Post('withdraw')
  @HttpCode(200)
  withdraw(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReasonDto,
  ): Promise<AuthorityNotificationDto> {
    return this.notifications.withdraw(person(user), id, body.reason);
  }

  /** The content for the AP's form, by section: JSON, or a PDF to sign off; Dutch unless lang=en. */
  @Roles('officer', 'manager')
  @Get('export')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'pdf'] })
  @ApiQuery({ name: 'lang', required: false, enum: ['nl', 'en'] })
  @ApiProduces('application/json', 'application/pdf')
  @ApiOkResponse({
    description:
      'JSON: { breach, state, sections: [{ number, title, questions: [{ question, answer }] }], completeness, signOff, … }',
  })
  async export(
    @Res() res: Response,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('format') format?: string,
    @Query('lang') lang?: string,
  ): Promise<void> {
    const errors: string[] = [];
    if (format !== undefined && format !== 'json' && format !== 'pdf')
      errors.push('format must be one of the following values: json, pdf');
    if (lang !== undefined && lang !== 'nl' && lang !== 'en')
      errors.push('lang must be one of the following values: nl, en');
    if (errors.length > 0) throw new InvalidInputError(errors);
    const language = lang === 'en' ? 'en' : 'nl';
    if (format === 'pdf') {
      const { fileName, pdf } = await this.exports.pdf(id, language);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
      res.setHeader('Content-Length', String(pdf.length));
      res.end(pdf);
      return;
    }
    res.json(await this.exports.json(id, language));
  }
}
