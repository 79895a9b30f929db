import { MAIL_OUTAGE_ENDED, MAIL_OUTAGE_STARTED } from '@lekwacht/domain';
import { Injectable, Logger } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SYSTEM_ACTOR } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { MailDeliveryStatusService } from '../mail/mail-delivery-status.service';

/** app_settings row remembering whether the admins were told that mail is down. */
export const MAIL_OUTAGE_SETTING = 'webhooks.mail_outage';

interface OutageState {
  down: boolean;
  since: string | null;
}

/**
 * The admins' second channel (issue #21 point 2): when outgoing mail is `down` (failing for a
 * minute with nothing delivered, see mail-delivery-state.ts) an audit event `mail.delivery_down`
 * is written once, and `mail.delivery_recovered` once when it is no longer down. Webhooks
 * subscribed to `notice.delivery_failing` get each through the outbox: one per outage and one per
 * recovery, never one per message. The state lives in a locked row, so several instances tell it once.
 */
@Injectable()
export class MailOutageMonitor {
  private readonly logger = new Logger(MailOutageMonitor.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mailStatus: MailDeliveryStatusService,
    private readonly uow: UnitOfWork,
  ) {}

  @Interval('webhook-mail-outage', 15_000)
  tick(): void {
    if (this.config.schedulerEnabled)
      this.check().catch((err: unknown) => this.logger.warn(`mail outage check failed: ${String(err)}`));
  }

  /** Compares mail delivery with what was last told; tells the change, if any. */
  async check(now = new Date()): Promise<'down' | 'recovered' | null> {
    const status = await this.mailStatus.current(now);
    const down = status.state === 'down';
    const [known] = (await this.dataSource.query(`SELECT value FROM app_settings WHERE key = $1`, [
      MAIL_OUTAGE_SETTING,
    ])) as { value: OutageState }[];
    if ((known?.value.down ?? false) === down) return null;
    return this.uow.run(SYSTEM_ACTOR, async (tx) => {
      await tx.manager.query(
        `INSERT INTO app_settings (key, value) VALUES ($1, '{"down":false,"since":null}') ON CONFLICT (key) DO NOTHING`,
        [MAIL_OUTAGE_SETTING],
      );
      const [row] = (await tx.manager.query(`SELECT value FROM app_settings WHERE key = $1 FOR UPDATE`, [
        MAIL_OUTAGE_SETTING,
      ])) as { value: OutageState }[];
      const was = row?.value ?? { down: false, since: null };
      // another instance told it meanwhile
      if (was.down === down) return null;
      const next: OutageState = { down, since: down ? (status.failingSince ?? now.toISOString()) : was.since };
      await tx.manager.query(`UPDATE app_settings SET value = $2 WHERE key = $1`, [
        MAIL_OUTAGE_SETTING,
        JSON.stringify(next),
      ]);
      tx.audit({
        action: down ? MAIL_OUTAGE_STARTED : MAIL_OUTAGE_ENDED,
        entityType: 'mail',
        entityId: 'outgoing',
        before: was,
        after: { ...next, state: status.state, waiting: status.waiting },
      });
      return down ? 'down' : 'recovered';
    });
  }
}
