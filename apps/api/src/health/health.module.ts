import { Global, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { SchedulerHeartbeat } from './scheduler-heartbeat';

@Global()
@Module({
  imports: [TerminusModule.forRoot({ logger: false })],
  controllers: [HealthController],
  providers: [SchedulerHeartbeat],
  exports: [SchedulerHeartbeat],
})
export class HealthModule {}
