import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { EscalationEntity } from './escalation.entity';
import { EscalationEngine } from './escalation-engine';
import { EscalationPlanner } from './escalation-planner';
import { EscalationWakeUp } from './escalation-wake-up';
import { EscalationLinkController, EscalationsController } from './escalations.controller';
import { EscalationDigest } from './escalation-digest';
import { EscalationPolicyController } from './escalation-policy.controller';
import { EscalationPolicyService } from './escalation-policy.service';
import { EscalationsService } from './escalations.service';
import { RecipientResolver } from './recipient-resolver';

@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EscalationEntity]), AuthModule],
  controllers: [EscalationsController, EscalationLinkController, EscalationPolicyController],
  providers: [
    EscalationDigest,
    EscalationEngine,
    EscalationPlanner,
    EscalationPolicyService,
    EscalationWakeUp,
    EscalationsService,
    RecipientResolver,
  ],
  exports: [EscalationPlanner, EscalationEngine],
})
export class EscalationsModule {}
