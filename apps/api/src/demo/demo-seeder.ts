import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { hashPassword } from '../auth/password';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { toUserDto } from '../users/user.dto';
import { UserEntity } from '../users/user.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { toCustomerDto } from '../customers/customer.dto';
import { DEMO_CUSTOMERS, DEMO_USERS } from './demo-data';

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
        // ON CONFLICT: a second instance seeding at the same moment must not fail start-up.
        const result = await tx.manager
          .createQueryBuilder()
          .insert()
          .into(UserEntity)
          .values({ ...u, passwordHash, active: true, language: 'nl' })
          .orIgnore()
          .returning('*')
          .execute();
        const row = (result.raw as { id: string }[])[0];
        if (!row) continue;
        tx.audit({
          action: 'user.created',
          entityType: 'user',
          entityId: row.id,
          after: toUserDto({ ...u, id: row.id, active: true, language: 'nl' }),
        });
      }
      if ((await tx.manager.count(CustomerEntity)) > 0) return;
      for (const c of DEMO_CUSTOMERS) {
        const customer = tx.manager.create(CustomerEntity, c);
        await tx.manager.save(customer);
        tx.audit({
          action: 'customer.created',
          entityType: 'customer',
          entityId: customer.id,
          after: toCustomerDto(customer),
        });
      }
    });
    this.logger.log(`seeded ${DEMO_USERS.length} demo users and ${DEMO_CUSTOMERS.length} customers`);
    return true;
  }
}
