import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NoticeEntity } from './notice.entity';
import { NoticeTemplateEntity } from './notice-template.entity';
import { NoticeTemplatesService } from './notice-templates.service';
import { NoticesController, NoticeTemplatesController, PortalController } from './notices.controller';
import { NoticesService } from './notices.service';
import { PortalService } from './portal.service';

@Module({
  imports: [TypeOrmModule.forFeature([NoticeEntity, NoticeTemplateEntity])],
  controllers: [NoticesController, NoticeTemplatesController, PortalController],
  providers: [NoticesService, NoticeTemplatesService, PortalService],
  exports: [NoticesService],
})
export class NoticesModule {}
