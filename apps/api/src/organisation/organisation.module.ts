import { Module } from '@nestjs/common';
import { OrganisationProfileController } from './organisation-profile.controller';
import { OrganisationProfileService } from './organisation-profile.service';

@Module({
  controllers: [OrganisationProfileController],
  providers: [OrganisationProfileService],
  exports: [OrganisationProfileService],
})
export class OrganisationModule {}
