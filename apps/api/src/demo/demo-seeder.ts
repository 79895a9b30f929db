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
import { DEMO_MFA_POLICY, MFA_POLICY_SETTING } from '../auth/mfa/mfa-policy.store';
import type { Transaction } from '../database/unit-of-work';
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
    if (!(await this.seed())) await this.exemptExistingDemo();
  }

  /**
   * The demo trial logs in with the printed passwords in one step: no role must use a second
   * factor (a real installation, without demo data, requires it for managers and admins).
   * ON CONFLICT DO NOTHING: a policy an admin saved is never overwritten.
   */
  private async demoMfaPolicy(tx: Transaction): Promise<void> {
    const inserted = (await tx.manager.query(
      `INSERT INTO app_settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key`,
      [MFA_POLICY_SETTING, JSON.stringify(DEMO_MFA_POLICY)],
    )) as unknown[];
    if (inserted.length > 0) {
      tx.audit({
        action: 'mfa.policy_updated',
        entityType: 'organisation',
        entityId: MFA_POLICY_SETTING,
        after: DEMO_MFA_POLICY,
      });
    }
  }

  /** A demo database seeded by an earlier version (before MFA): keep its one-step demo logins. */
  private async exemptExistingDemo(): Promise<void> {
    const demoAdmin = DEMO_USERS.find((u) => u.role === 'admin')?.email ?? '';
    if (!(await this.dataSource.getRepository(UserEntity).existsBy({ email: demoAdmin }))) return;
    await this.uow.run(SYSTEM_ACTOR, (tx) => this.demoMfaPolicy(tx));
  }

  async seed(): Promise<boolean> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return false;
    const passwordHash = await hashPassword(this.config.env.DEMO_PASSWORD);
    await this.uow.run(SYSTEM_ACTOR, async (tx) => {
      await this.demoMfaPolicy(tx);
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
