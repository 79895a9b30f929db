import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { Actor } from '../audit/actor';
import { hashPassword } from '../auth/password';
import { revokeCalendarFeeds } from '../calendar/calendar-tokens.service';
import { SessionsService } from '../auth/sessions.service';
import { INVITED_PASSWORD_HASH, PasswordTokensService } from '../auth/password/password-tokens.service';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import {
  type CreateUserDto,
  toUserDto,
  type UpdateUserDto,
  type UserDirectoryEntryDto,
  type UserResponseDto,
} from './user.dto';
import { UserEntity } from './user.entity';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionsService,
    private readonly passwordTokens: PasswordTokensService,
  ) {}

  async list(): Promise<UserResponseDto[]> {
    const rows = await this.users.find({ order: { active: 'DESC', name: 'ASC' } });
    return rows.map(toUserDto);
  }

  /** Active users by name, with only what colleagues need to pick one (never e-mail or password data). */
  async directory(): Promise<UserDirectoryEntryDto[]> {
    const rows = await this.users.find({
      select: { id: true, name: true, role: true },
      where: { active: true },
      order: { name: 'ASC', id: 'ASC' },
    });
    return rows.map(({ id, name, role }) => ({ id, name, role }));
  }

  async create(actor: Actor, dto: CreateUserDto): Promise<UserResponseDto> {
    const email = dto.email.toLowerCase();
    // without a password the user chooses their own through the invitation link
    const passwordHash = dto.password ? await hashPassword(dto.password) : INVITED_PASSWORD_HASH;
    return this.uow.run(actor, async (tx) => {
      const exists = await tx.manager.existsBy(UserEntity, { email });
      if (exists) throw new ConflictError([`email ${email} is already in use`]);
      const user = tx.manager.create(UserEntity, {
        email,
        name: dto.name,
        role: dto.role,
        language: dto.language ?? 'nl',
        passwordHash,
        active: true,
      });
      await tx.manager.save(user);
      const after = toUserDto(user);
      tx.audit({ action: 'user.created', entityType: 'user', entityId: user.id, after });
      if (!dto.password) await this.passwordTokens.issue(tx, user, 'invitation');
      return after;
    });
  }

  async update(actor: Actor, id: string, dto: UpdateUserDto): Promise<UserResponseDto> {
    const passwordHash = dto.password ? await hashPassword(dto.password) : undefined;
    const result = await this.uow.run(actor, async (tx) => {
      const user = await tx.manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!user) throw new NotFoundError('user', id);
      if (actor.id === id && (dto.active === false || (dto.role && dto.role !== user.role))) {
        throw new ConflictError(['you cannot deactivate yourself or change your own role']);
      }
      const before = toUserDto(user);
      if (dto.name !== undefined) user.name = dto.name;
      if (dto.role !== undefined) user.role = dto.role;
      if (dto.active !== undefined) user.active = dto.active;
      if (dto.language !== undefined) user.language = dto.language;
      if (passwordHash) user.passwordHash = passwordHash;
      await tx.manager.save(user);
      // A feed link is a credential like a session: a password reset or deactivation ends it.
      if ((passwordHash || dto.active === false) && (await revokeCalendarFeeds(tx.manager, id)) > 0) {
        tx.audit({ action: 'calendar_token.revoked', entityType: 'user', entityId: id });
      }
      const after = toUserDto(user);
      tx.audit({
        action: passwordHash ? 'user.updated_with_password' : 'user.updated',
        entityType: 'user',
        entityId: id,
        before,
        after,
      });
      return after;
    });
    if (dto.active === false || passwordHash || dto.role) await this.sessions.revokeAllOf(id);
    return result;
  }
}
