import { Module } from '@nestjs/common';
import { EvidenceUploadInterceptor } from './evidence-upload.interceptor';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

/** Issue #18 point 3: evidence files on a breach, stored in the database with their SHA-256 audited. */
@Module({
  controllers: [EvidenceController],
  providers: [EvidenceService, EvidenceUploadInterceptor],
  exports: [EvidenceService],
})
export class EvidenceModule {}
