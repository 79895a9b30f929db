import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments/assessments.module';
import { ObligationsModule } from '../obligations/obligations.module';
import { TasksModule } from '../tasks/tasks.module';
import { AffectedCustomerEntity } from './affected-customer.entity';
import { BreachEntity } from './breach.entity';
import { BreachCounterEntity } from './breach-counter.entity';
import { BreachesController } from './breaches.controller';
import { BreachesService } from './breaches.service';
import { HandOverBreach } from './hand-over-breach.use-case';
import { RegisterExportService } from './register-export.service';
import { RegisterPageCache } from './register-page-cache';
import { TimelineService } from './timeline.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([BreachEntity, BreachCounterEntity, AffectedCustomerEntity]),
    ObligationsModule,
    AssessmentsModule,
    TasksModule,
  ],
  controllers: [BreachesController],
  providers: [BreachesService, TimelineService, RegisterExportService, HandOverBreach, RegisterPageCache],
  exports: [BreachesService],
})
export class BreachesModule {}
