import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { TypeOrmHealthIndicator } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { AppConfig } from '../config/app-config';
import { SchedulerHeartbeat } from './scheduler-heartbeat';

export class HealthDto {
  status!: 'ok' | 'error';
  database!: 'embedded' | 'postgres';
  databaseUp!: boolean;
  scheduler!: { enabled: boolean; lastTickAt: string | null; lagMs: number };
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly db: TypeOrmHealthIndicator,
    private readonly config: AppConfig,
    private readonly heartbeat: SchedulerHeartbeat,
  ) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthDto> {
    let databaseUp = true;
    try {
      await this.db.pingCheck('database', { timeout: 2000 });
    } catch {
      databaseUp = false;
    }
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
    };
  }
}
