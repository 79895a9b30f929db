import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import type { DataSource } from 'typeorm';
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
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly heartbeat: SchedulerHeartbeat,
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
