import { Controller, Get, Res } from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';
import { MailDeliveryStatusService } from '../mail/mail-delivery-status.service';
import { SchedulerHeartbeat } from './scheduler-heartbeat';

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
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly heartbeat: SchedulerHeartbeat,
    private readonly mailStatus: MailDeliveryStatusService,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    let databaseUp = true;
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 2000).unref()),
      ]);
    } catch {
      databaseUp = false;
    }
    const mail = databaseUp ? await this.mailHealth() : null;
    res.status(databaseUp ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return {
      status: databaseUp ? 'ok' : 'error',
      database: this.config.database.kind,
      databaseUp,
      scheduler: {
        enabled: this.config.schedulerEnabled,
        lastTickAt: this.heartbeat.lastTickAt?.toISOString() ?? null,
        lagMs: this.heartbeat.lagMs,
      },
      mail,
    };
  }

  private async mailHealth(): Promise<HealthMailDto | null> {
    try {
      const m = await this.mailStatus.current();
      const oldest = m.oldestWaitingAt ? Date.parse(m.oldestWaitingAt) : null;
      return {
        state: m.state,
        mode: m.mode,
        oldestQueuedAgeSeconds: oldest === null ? 0 : Math.max(0, Math.round((Date.now() - oldest) / 1000)),
        failingSince: m.failingSince,
        lastError: m.lastError,
      };
    } catch {
      return null;
    }
  }
}
