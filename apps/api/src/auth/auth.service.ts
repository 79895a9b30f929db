import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { UnauthenticatedError } from '../errors/domain-errors';
import { UnitOfWork } from '../database/unit-of-work';
import { UserEntity } from '../users/user.entity';
import { DUMMY_HASH, verifyPassword } from './password';
import { SessionsService } from './sessions.service';

@Injectable()
export class AuthService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: SessionsService,
    private readonly uow: UnitOfWork,
  ) {}

  /** One message for an unknown user, a wrong password and a deactivated account. */
  async login(email: string, password: string, userAgent?: string) {
    const user = await this.users
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.email = :email', { email: email.trim().toLowerCase() })
      .getOne();
    const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !valid || !user.active) {
      throw new UnauthenticatedError(['invalid e-mail or password']);
    }
    const session = await this.sessions.create(user.id, userAgent);
    await this.uow.run({ id: user.id, label: user.email }, async (tx) => {
      tx.audit({ action: 'session.login', entityType: 'user', entityId: user.id });
    });
    return { user, ...session };
  }
}
