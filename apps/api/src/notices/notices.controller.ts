import {
  Body,
  Controller,
  Get,
  Header,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Put,
  Res,
  UseGuards,
} from '@nestjs/common';
import { SkipThrottle, ThrottlerGuard } from '@nestjs/throttler';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import {
  AcknowledgeNoticeDto,
  GenerateNoticesResultDto,
  NoticeDto,
  NoticeSummaryDto,
  NoticePreviewDto,
  NoticeTemplateDto,
  PortalNoticeDto,
  PreviewNoticeTemplateDto,
  PutNoticeTemplateDto,
  SendNoticesResultDto,
  UpdateNoticeDto,
} from './notice.dto';
import { renderNoticePdf } from './notice-pdf';
import { NoticeTemplatesService } from './notice-templates.service';
import { NoticesService } from './notices.service';
import { PortalService } from './portal.service';

@ApiTags('notices')
@Controller()
export class NoticesController {
  constructor(private readonly notices: NoticesService) {}

  @Roles('officer')
  @Post('breaches/:id/notices')
  generate(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<GenerateNoticesResultDto> {
    return this.notices.generate(actorOf(user), id);
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/notices')
  @ApiOkResponse({ type: [NoticeSummaryDto] })
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeSummaryDto[]> {
    return this.notices.list(id);
  }

  @Roles('officer')
  @Post('breaches/:id/notices/send')
  @HttpCode(200)
  send(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<SendNoticesResultDto> {
    return this.notices.send(actorOf(user), id);
  }

  @Roles('officer', 'manager')
  @Get('notices/:id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDto> {
    return this.notices.get(id);
  }

  @Roles('officer')
  @Patch('notices/:id')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateNoticeDto,
  ): Promise<NoticeDto> {
    return this.notices.update(actorOf(user), id, body);
  }

  @Roles('officer')
  @Post('notices/:id/resend')
  @HttpCode(200)
  resend(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDto> {
    return this.notices.resend(actorOf(user), id);
  }

  @Roles('officer')
  @Post('notices/:id/revoke-token')
  @HttpCode(200)
  revokeToken(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDto> {
    return this.notices.revokeToken(actorOf(user), id);
  }
}

@ApiTags('notices')
@Controller('notice-templates')
export class NoticeTemplatesController {
  constructor(private readonly templates: NoticeTemplatesService) {}

  @Roles('officer', 'admin')
  @Get()
  list(): Promise<NoticeTemplateDto[]> {
    return this.templates.list();
  }

  @Roles('admin')
  @Put(':language')
  put(
    @CurrentUser() user: SessionUser,
    @Param('language') language: string,
    @Body() body: PutNoticeTemplateDto,
  ): Promise<NoticeTemplateDto> {
    return this.templates.put(actorOf(user), language, body);
  }

  @Roles('admin')
  @Post(':language/preview')
  @HttpCode(200)
  preview(@Param('language') language: string, @Body() body: PreviewNoticeTemplateDto): Promise<NoticePreviewDto> {
    return this.templates.preview(language, body);
  }
}

/** Public: the token in the path is the only credential (no session, no CSRF); rate-limited per address. */
@ApiTags('portal')
@Controller('portal/notices')
@UseGuards(ThrottlerGuard)
@SkipThrottle({ login: true })
@ApiTooManyRequestsResponse({ description: 'more than PORTAL_RATE_LIMIT requests a minute from one address' })
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Public()
  @Get(':token')
  @Header('Cache-Control', 'private, no-store')
  @Header('Referrer-Policy', 'no-referrer')
  @ApiNotFoundResponse({ description: 'unknown, revoked or expired link' })
  async get(@Param('token') token: string): Promise<PortalNoticeDto> {
    const { id: _id, ...notice } = await this.portal.get(token);
    return notice;
  }

  @Public()
  @Post(':token/acknowledge')
  @HttpCode(200)
  @Header('Cache-Control', 'private, no-store')
  acknowledge(@Param('token') token: string, @Body() body: AcknowledgeNoticeDto): Promise<PortalNoticeDto> {
    return this.portal.acknowledge(token, body.name);
  }

  @Public()
  @Get(':token/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async pdf(@Param('token') token: string, @Res() res: Response): Promise<void> {
    const { id: _id, ...notice } = await this.portal.get(token);
    const pdf = await renderNoticePdf(notice);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${notice.reference}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(pdf);
  }
}
