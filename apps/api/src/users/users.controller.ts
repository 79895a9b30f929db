import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AllowDuringMfaEnrolment, CurrentUser, Roles } from '../auth/auth.decorators';
import { PasswordTokensService } from '../auth/password/password-tokens.service';
import { actorOf, type SessionUser } from '../auth/session-user';
import {
  CreateUserDto,
  PasswordLinkSentDto,
  UpdateMyPreferencesDto,
  UpdateUserDto,
  UserDirectoryEntryDto,
  UserResponseDto,
} from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly passwordTokens: PasswordTokensService,
  ) {}

  @Roles('admin')
  @Get()
  list(): Promise<UserResponseDto[]> {
    return this.users.list();
  }

  /** Colleagues to choose from (e.g. a breach's contact person): active users, id, name and role only. */
  @Roles('officer', 'manager', 'admin')
  @Get('directory')
  directory(): Promise<UserDirectoryEntryDto[]> {
    return this.users.directory();
  }

  @Roles('admin')
  @Post()
  create(@CurrentUser() user: SessionUser, @Body() body: CreateUserDto): Promise<UserResponseDto> {
    return this.users.create(actorOf(user), body);
  }

  /** Any user may set their own UI language (also while setting up a required second factor). */
  @AllowDuringMfaEnrolment()
  @Patch('me')
  updateMe(@CurrentUser() user: SessionUser, @Body() body: UpdateMyPreferencesDto): Promise<UserResponseDto> {
    return this.users.update(actorOf(user), user.id, { language: body.language });
  }

  /**
   * Instead of typing someone's password: mails them a link to set one (a 60-minute reset link, or
   * a new 7-day invitation when they never chose a password).
   */
  @Roles('admin')
  @Post(':id/password-reset')
  @HttpCode(202)
  async sendPasswordLink(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<PasswordLinkSentDto> {
    return { purpose: await this.passwordTokens.sendLinkByAdmin(actorOf(user), id) };
  }

  @Roles('admin')
  @Patch(':id')
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserResponseDto> {
    return this.users.update(actorOf(user), id, body);
  }
}
