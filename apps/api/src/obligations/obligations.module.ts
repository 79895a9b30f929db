import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ObligationEntity } from './obligation.entity';
import { ObligationsController } from './obligations.controller';
import { ObligationsService } from './obligations.service';
import { NotRequiredService } from './not-required.service';

@Module({
  imports: [TypeOrmModule.forFeature([ObligationEntity])],
  controllers: [ObligationsController],
  providers: [ObligationsService, NotRequiredService],
  exports: [ObligationsService],
})
export class ObligationsModule {}
