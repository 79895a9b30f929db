import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailController } from './mail.controller';
import { MailDeliveryStatusService } from './mail-delivery-status.service';
import { MailTransport } from './mail-transport';
import { MailWakeUp } from './mail-wake-up';
import { MailWorker } from './mail-worker';
import { MailboxService } from './mailbox.service';
import { OutboxMessageEntity } from './outbox-message.entity';
import { Outbox } from './outbox.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMessageEntity])],
  controllers: [MailController],
  providers: [Outbox, MailTransport, MailWakeUp, MailWorker, MailDeliveryStatusService, MailboxService],
  exports: [Outbox, MailWorker, MailDeliveryStatusService],
})
export class MailModule {}
