import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { SchedulerHeartbeat } from './scheduler-heartbeat';

@Global()
@Module({
  controllers: [HealthController],
  providers: [SchedulerHeartbeat],
  exports: [SchedulerHeartbeat],
})
export class HealthModule {}
