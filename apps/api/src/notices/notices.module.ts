import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DraftNotices } from './draft-notices.use-case';
import { NoticeEntity } from './notice.entity';
import { NoticeLinks } from './notice-links.use-case';
import { NoticeQueries } from './notice-queries';
import { NoticeSources } from './notice-sources';
import { NoticeTemplateEntity } from './notice-template.entity';
import { NoticeTemplatesService } from './notice-templates.service';
import { NoticesController, NoticeTemplatesController, PortalController } from './notices.controller';
import { PortalService } from './portal.service';
import { ReconcileNoticeDeliveries } from './reconcile-notice-deliveries.use-case';
import { ReviewNotices } from './review-notices.use-case';
import { SendNotices } from './send-notices.use-case';

/** Customer notices: one use case per action (draft, review, send, links, delivery), the portal and templates. */
@Module({
  imports: [TypeOrmModule.forFeature([NoticeEntity, NoticeTemplateEntity])],
  controllers: [NoticesController, NoticeTemplatesController, PortalController],
  providers: [
    NoticeSources,
    NoticeQueries,
    DraftNotices,
    ReviewNotices,
    SendNotices,
    NoticeLinks,
    ReconcileNoticeDeliveries,
    NoticeTemplatesService,
    PortalService,
  ],
  exports: [ReconcileNoticeDeliveries, NoticeSources],
})
export class NoticesModule {}
