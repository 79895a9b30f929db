import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { AuditCheckpoints } from './audit-checkpoints.service';
import { AuditCheckpointDto, AuditVerificationDto, CheckpointVerificationDto } from './audit.dto';
import { AuditLog } from './audit-log.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(
    private readonly auditLog: AuditLog,
    private readonly checkpoints: AuditCheckpoints,
  ) {}

  @Roles('admin', 'manager')
  @Get('verify')
  verify(): Promise<AuditVerificationDto> {
    return this.auditLog.verify();
  }

  /** A signed checkpoint of the current head, to keep outside Lekwacht. */
  @Roles('admin')
  @Get('checkpoint')
  checkpoint(): Promise<AuditCheckpointDto> {
    return this.checkpoints.current();
  }

  /** Whether a kept checkpoint's signature holds and the database still matches it. */
  @Roles('admin', 'manager')
  @Post('checkpoint/verify')
  @HttpCode(200)
  verifyCheckpoint(@Body() checkpoint: AuditCheckpointDto): Promise<CheckpointVerificationDto> {
    return this.checkpoints.verify(checkpoint);
  }
}
