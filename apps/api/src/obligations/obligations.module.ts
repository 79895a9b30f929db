import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSubjectsService } from './data-subjects.service';
import { ObligationEntity } from './obligation.entity';
import { ObligationSettlement } from './obligation-settlement.service';
import { ObligationsController } from './obligations.controller';
import { ObligationsService } from './obligations.service';
import { NotRequiredService } from './not-required.service';
import { OutcomeFollower } from './outcome-follower.service';

/** Global: the settlement service is the one way every module (notices, AP, assessments) settles a duty. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([ObligationEntity])],
  controllers: [ObligationsController],
  providers: [ObligationsService, NotRequiredService, ObligationSettlement, OutcomeFollower, DataSubjectsService],
  exports: [ObligationsService, ObligationSettlement, OutcomeFollower],
})
export class ObligationsModule {}
