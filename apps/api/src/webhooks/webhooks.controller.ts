import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiNoContentResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import {
  CreateWebhookDto,
  UpdateWebhookDto,
  WebhookDeliveriesPageDto,
  WebhookDeliveriesQuery,
  WebhookDeliveryDto,
  WebhookDto,
  WebhookSecretDto,
  WebhookWithSecretDto,
} from './webhook.dto';
import { WebhooksService } from './webhooks.service';

/** Outgoing webhooks (issue #21 point 3): administrators only, every change audited. */
@ApiTags('webhooks')
@Roles('admin')
@Controller('webhooks')
export class WebhooksController {
  constructor(private readonly webhooks: WebhooksService) {}

  @Get()
  list(): Promise<WebhookDto[]> {
    return this.webhooks.list();
  }

  /** The signing secret is in this answer only (rotate-secret issues a new one). */
  @Post()
  create(@CurrentUser() user: SessionUser, @Body() body: CreateWebhookDto): Promise<WebhookWithSecretDto> {
    return this.webhooks.create(actorOf(user), body);
  }

  @Patch(':id')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateWebhookDto,
  ): Promise<WebhookDto> {
    return this.webhooks.update(actorOf(user), id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted, with its delivery log' })
  async remove(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.webhooks.remove(actorOf(user), id);
  }

  /** Queues a signed `webhook.test` delivery through the outbox; the log shows the result. */
  @Post(':id/test')
  @HttpCode(202)
  @ApiAcceptedResponse({ type: WebhookDeliveryDto })
  test(@CurrentUser() user: SessionUser, @Param('id', new ParseUUIDPipe()) id: string): Promise<WebhookDeliveryDto> {
    return this.webhooks.test(actorOf(user), id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  rotateSecret(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<WebhookSecretDto> {
    return this.webhooks.rotateSecret(actorOf(user), id);
  }

  /** The delivery log, newest first. */
  @Get(':id/deliveries')
  deliveries(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: WebhookDeliveriesQuery,
  ): Promise<WebhookDeliveriesPageDto> {
    return this.webhooks.deliveries(id, query.page, query.pageSize);
  }
}
