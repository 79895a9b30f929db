import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, MigrationExecutor } from 'typeorm';

// Any fixed number; every instance uses the same one.
const MIGRATION_LOCK = 7_204_872;

/**
 * Runs pending migrations at start-up. The advisory lock makes a second instance starting at
 * the same moment wait, then find nothing left to do. Lock and migrations share one connection,
 * so this works with a pool of one (embedded mode), where advisory locks always succeed anyway.
 */
@Injectable()
export class Migrator implements OnModuleInit {
  private readonly logger = new Logger(Migrator.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    await migrate(this.dataSource, this.logger);
  }
}

export async function migrate(dataSource: DataSource, logger?: Logger): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const executor = new MigrationExecutor(dataSource, runner);
    executor.transaction = 'each';
    const done = await executor.executePendingMigrations();
    if (done.length > 0) logger?.log(`applied ${done.length} migration(s): ${done.map((m) => m.name).join(', ')}`);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
