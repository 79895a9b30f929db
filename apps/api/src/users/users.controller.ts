import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CurrentUser, Roles } from '../auth/auth.decorators';
import { actorOf, type SessionUser } from '../auth/session-user';
import {
  CreateUserDto,
  UpdateMyPreferencesDto,
  UpdateUserDto,
  UserDirectoryEntryDto,
  UserResponseDto,
} from './user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

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

  /** Any user may set their own UI language. */
  @Patch('me')
  updateMe(@CurrentUser() user: SessionUser, @Body() body: UpdateMyPreferencesDto): Promise<UserResponseDto> {
    return this.users.update(actorOf(user), user.id, { language: body.language });
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
