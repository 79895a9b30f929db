import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';
import { Migrator } from './migrator';
import { SigningKey } from './signing-key.service';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.database.url),
        // Retrying hides a wrong DATABASE_URL for minutes; fail fast and say why.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
  providers: [Migrator, SigningKey],
  exports: [SigningKey],
})
export class DatabaseModule {}
