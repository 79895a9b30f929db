import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators';
import { AuditLog, type AuditVerification } from './audit-log.service';

@ApiTags('audit')
@Controller('audit')
export class AuditController {
  constructor(private readonly auditLog: AuditLog) {}

  @Roles('admin', 'manager')
  @Get('verify')
  verify(): Promise<AuditVerification> {
    return this.auditLog.verify();
  }
}
