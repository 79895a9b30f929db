import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import { OrganisationProfileDto } from './organisation-profile.dto';
import { OrganisationProfileService } from './organisation-profile.service';

@ApiTags('organisation')
@Controller('organisation-profile')
export class OrganisationProfileController {
  constructor(private readonly profile: OrganisationProfileService) {}

  /**
   * Public: the portal and the login page are branded before anyone signs in. The profile holds
   * only what every notice already shows (name, logo, colour, contact point).
   */
  @Public()
  @Get()
  get(): Promise<OrganisationProfileDto> {
    return this.profile.get();
  }

  @Roles('admin')
  @Put()
  put(@CurrentUser() user: SessionUser, @Body() body: OrganisationProfileDto): Promise<OrganisationProfileDto> {
    return this.profile.update(actorOf(user), body);
  }
}
