import { Controller, Get, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { HealthService } from './health.service';

export class HealthDto {
  status!: 'ok' | 'error';
  database!: 'embedded' | 'postgres';
  databaseUp!: boolean;
  scheduler!: { enabled: boolean; lastTickAt: string | null; lagMs: number };
  /** Outgoing mail; never fails the readiness of the API itself. null when the database is down. */
  mail!: HealthMailDto | null;
}

export class HealthMailDto {
  @ApiProperty({ enum: ['ok', 'degraded', 'down'] })
  state!: 'ok' | 'degraded' | 'down';
  @ApiProperty({ enum: ['smtp', 'mailbox'] })
  mode!: 'smtp' | 'mailbox';
  @ApiProperty({ description: 'age of the oldest message waiting, in seconds' })
  oldestQueuedAgeSeconds!: number;
  @ApiProperty({ nullable: true, type: String })
  failingSince!: string | null;
  @ApiProperty({ nullable: true, type: String })
  lastError!: string | null;
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly healthService: HealthService) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    const report = await this.healthService.check();
    res.status(report.databaseUp ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return report;
  }
}
