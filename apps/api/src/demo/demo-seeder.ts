import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { hashPassword } from '../auth/password';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { toUserDto } from '../users/user.dto';
import { UserEntity } from '../users/user.entity';
import { DEMO_USERS } from './demo-data';

/** Seeds demo users on an empty database when DEMO_DATA is on (default in embedded mode). */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeeder.name);

  constructor(
    private readonly config: AppConfig,
    private readonly uow: UnitOfWork,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    await this.seed();
  }

  async seed(): Promise<boolean> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return false;
    const passwordHash = await hashPassword(this.config.env.DEMO_PASSWORD);
    await this.uow.run(SYSTEM_ACTOR, async (tx) => {
      for (const u of DEMO_USERS) {
        const user = tx.manager.create(UserEntity, { ...u, passwordHash, active: true, language: 'nl' });
        await tx.manager.save(user);
        tx.audit({ action: 'user.created', entityType: 'user', entityId: user.id, after: toUserDto(user) });
      }
    });
    this.logger.log(`seeded ${DEMO_USERS.length} demo users`);
    return true;
  }
}
