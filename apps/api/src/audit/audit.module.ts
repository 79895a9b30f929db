import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { AuditController } from './audit.controller';
import { AuditCheckpoints } from './audit-checkpoints.service';
import { AuditCheckpointEntity, AuditEventEntity, AuditHeadEntity } from './audit-event.entity';
import { AuditEvents } from './audit-events.service';
import { AuditKeys } from './audit-key';
import { AuditLog } from './audit-log.service';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity, AuditHeadEntity, AuditCheckpointEntity])],
  controllers: [AuditController],
  providers: [AuditKeys, AuditLog, UnitOfWork, AuditCheckpoints, AuditEvents],
  exports: [AuditLog, UnitOfWork, AuditKeys],
})
export class AuditModule {}
