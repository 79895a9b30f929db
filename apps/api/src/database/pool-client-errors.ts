import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * Gives every pooled connection an 'error' listener for its whole life. pg-pool removes its own
 * listener when it hands a connection out, and TypeORM attaches its listener a promise tick
 * later; a connection killed as it opens (pg_terminate_backend, a restarting server) can deliver
 * "ready" and its FATAL error in one network packet, in between, and an 'error' event without a
 * listener ends the process. The query that then meets the dead connection fails as usual and the
 * pool drops it; this only keeps the process alive and says what happened.
 */
export function guardPoolClients(pool: Pool, logger: Pick<Logger, 'warn'>): void {
  pool.on('connect', (client: PoolClient) => {
    client.on('error', (err: Error) => logger.warn(`database connection lost: ${err.message}`));
  });
}

@Injectable()
export class PoolClientErrors implements OnModuleInit {
  private readonly logger = new Logger('Database');

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (pool) guardPoolClients(pool, this.logger);
  }
}
