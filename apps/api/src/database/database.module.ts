import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { ChangeNotifications } from './change-notifications';
import { dataSourceOptions } from './data-source-options';
import { Migrator } from './migrator';
import { PoolClientErrors } from './pool-client-errors';
import { SigningKey } from './signing-key.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        // Embedded: one pooled connection. PGlite has a single session and pglite-socket
        // interleaves extended-protocol messages of concurrent connections ("portal does not
        // exist"), so queries must queue in the pool instead. Code must therefore never wait
        // for a second connection while holding one (it would deadlock on PGlite anyway).
        ...dataSourceOptions(config.database.url, config.databasePoolSize),
        // Retrying hides a wrong DATABASE_URL for minutes; fail fast and say why.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [PoolClientErrors, Migrator, SigningKey, ChangeNotifications],
  exports: [SigningKey, ChangeNotifications],
})
export class DatabaseModule {}
