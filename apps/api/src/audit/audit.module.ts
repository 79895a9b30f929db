import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditController } from './audit.controller';
import { AuditEventEntity, AuditHeadEntity } from './audit-event.entity';
import { AuditLog } from './audit-log.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity, AuditHeadEntity])],
  controllers: [AuditController],
  providers: [AuditLog, UnitOfWork],
  exports: [AuditLog, UnitOfWork],
})
export class AuditModule {}
