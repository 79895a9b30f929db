import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import type { SessionUser } from '../auth/session-user';
import { MyWorkDto } from './my-work.dto';
import { MyWorkService } from './my-work.service';

@ApiTags('my-work')
@Controller('my-work')
export class MyWorkController {
  constructor(private readonly myWork: MyWorkService) {}

  /** What waits for me: breaches I own, escalations to acknowledge, approvals (managers). */
  @Roles('officer', 'manager', 'admin')
  @Get()
  get(@CurrentUser() user: SessionUser): Promise<MyWorkDto> {
    return this.myWork.forUser(user);
  }
}
