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
  FollowUpNoticesDto,
  GenerateNoticesResultDto,
  NoticeArtefactsPreviewDto,
  ReviewNoticesDto,
  ReviewNoticesResultDto,
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
import { NoticeTemplatesService } from './notice-templates.service';
import { NoticeTemplateFieldsDto } from './notice-template-fields.dto';
import { DraftNotices } from './draft-notices.use-case';
import { NoticeLinks } from './notice-links.use-case';
import { NoticeQueries } from './notice-queries';
import { ReviewNotices } from './review-notices.use-case';
import { SendNotices } from './send-notices.use-case';
import { PortalService } from './portal.service';

@ApiTags('notices')
@Controller()
export class NoticesController {
  constructor(
    private readonly queries: NoticeQueries,
    private readonly drafts: DraftNotices,
    private readonly reviews: ReviewNotices,
    private readonly sending: SendNotices,
    private readonly links: NoticeLinks,
  ) {}

  /** Drafts the initial notices (400 naming customerSummary.<lang> when a needed summary is missing). */
  @Roles('officer')
  @Post('breaches/:id/notices')
  generate(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<GenerateNoticesResultDto> {
    return this.drafts.initial(actorOf(user), id);
  }

  /** Drafts supplementary notices to the same recipients, after facts changed since sending. */
  @Roles('officer')
  @Post('breaches/:id/notices/follow-up')
  followUp(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: FollowUpNoticesDto,
  ): Promise<GenerateNoticesResultDto> {
    return this.drafts.followUp(actorOf(user), id, body.customerIds);
  }

  @Roles('officer', 'manager')
  @Get('breaches/:id/notices')
  @ApiOkResponse({ type: [NoticeSummaryDto] })
  list(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeSummaryDto[]> {
    return this.queries.list(id);
  }

  /** Records the review of drafts the officer has previewed; only reviewed drafts can be sent. */
  @Roles('officer')
  @Post('breaches/:id/notices/review')
  @HttpCode(200)
  review(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: ReviewNoticesDto,
  ): Promise<ReviewNoticesResultDto> {
    return this.reviews.review(actorOf(user), id, body.noticeIds);
  }

  /** Queues the reviewed drafts; says how many drafts were skipped and why. */
  @Roles('officer')
  @Post('breaches/:id/notices/send')
  @HttpCode(200)
  send(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<SendNoticesResultDto> {
    return this.sending.execute(actorOf(user), id);
  }

  @Roles('officer', 'manager')
  @Get('notices/:id')
  get(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDto> {
    return this.queries.get(id);
  }

  /** Exactly what the customer receives: mail text and HTML, portal page (the PDF is at …/preview/pdf). */
  @Roles('officer', 'manager')
  @Get('notices/:id/preview')
  preview(@Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeArtefactsPreviewDto> {
    return this.reviews.preview(id);
  }

  @Roles('officer', 'manager')
  @Get('notices/:id/preview/pdf')
  @ApiProduces('application/pdf')
  @ApiOkResponse({ content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } } })
  async previewPdf(@Param('id', new ParseUUIDPipe()) id: string, @Res() res: Response): Promise<void> {
    const { reference, pdf } = await this.reviews.previewPdf(id);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `inline; filename="${reference}-preview.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.send(pdf);
  }

  @Roles('officer')
  @Patch('notices/:id')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateNoticeDto,
  ): Promise<NoticeDto> {
    return this.drafts.edit(actorOf(user), id, body);
  }

  @Roles('officer')
  @Post('notices/:id/resend')
  @HttpCode(200)
  resend(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDto> {
    return this.links.resend(actorOf(user), id);
  }

  @Roles('officer')
  @Post('notices/:id/revoke-token')
  @HttpCode(200)
  revokeToken(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<NoticeDto> {
    return this.links.revoke(actorOf(user), id);
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

  /** The merge fields a template can use (exactly the NoticeView), with sample values. */
  @Roles('officer', 'admin')
  @Get('fields')
  fields(): NoticeTemplateFieldsDto {
    return this.templates.fields();
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
    const { reference, pdf } = await this.portal.pdf(token);
    res.setHeader('Content-Type', 'application/pdf');
    res.setHeader('Content-Disposition', `attachment; filename="${reference}.pdf"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.send(pdf);
  }
}
