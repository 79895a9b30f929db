import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ObligationsModule } from '../obligations/obligations.module';
import { AuthorityNotificationFollowUpEntity } from './authority-notification-follow-up.entity';
import { AuthorityNotificationEntity } from './authority-notification.entity';
import { AuthorityNotificationExportService } from './authority-notification-export.service';
import { AuthorityNotificationListService } from './authority-notification-list.service';
import { AuthorityNotificationListController } from './authority-notification-list.controller';
import { AuthorityNotificationsController } from './authority-notifications.controller';
import { AuthorityNotificationsService } from './authority-notifications.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([AuthorityNotificationEntity, AuthorityNotificationFollowUpEntity]),
    ObligationsModule,
  ],
  controllers: [AuthorityNotificationsController, AuthorityNotificationListController],
  providers: [AuthorityNotificationsService, AuthorityNotificationExportService, AuthorityNotificationListService],
  exports: [AuthorityNotificationsService],
})
export class AuthorityNotificationsModule {}
