import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { MailOutageMonitor } from './mail-outage-monitor';
import { WebhookDeliveryEntity } from './webhook-delivery.entity';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';
import { WebhookOutbox } from './webhook-outbox';
import { WebhookSecretBox } from './webhook-secret-box';
import { WebhookWorker } from './webhook-worker';
import { WebhooksController } from './webhooks.controller';
import { WebhooksService } from './webhooks.service';

@Module({
  imports: [TypeOrmModule.forFeature([WebhookEndpointEntity, WebhookDeliveryEntity]), MailModule],
  controllers: [WebhooksController],
  providers: [WebhooksService, WebhookOutbox, WebhookWorker, WebhookSecretBox, MailOutageMonitor],
  exports: [WebhookWorker, MailOutageMonitor],
})
export class WebhooksModule {}
