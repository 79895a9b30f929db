import { Global, Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { HealthService } from './health.service';
import { SchedulerHeartbeat } from './scheduler-heartbeat';

@Global()
@Module({
  controllers: [HealthController],
  providers: [SchedulerHeartbeat, HealthService],
  exports: [SchedulerHeartbeat],
})
export class HealthModule {}
