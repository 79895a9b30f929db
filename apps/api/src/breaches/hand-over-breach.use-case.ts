import { Injectable } from '@nestjs/common';
import type { Actor } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { Outbox } from '../mail/outbox.service';
import { UserEntity } from '../users/user.entity';
import { composeHandoverMail } from './breach-handover-mail';
import { BreachEntity } from './breach.entity';
import type { BreachDto } from './breach-view.dto';
import { BreachesService } from './breaches.service';

/**
 * Issue #18: hands a breach over to another officer. The new owner must be an active officer; a
 * closed breach is not handed over (409); handing it to its current owner changes nothing (no
 * audit, no mail). Otherwise the change, its audit event (`breach.handed_over`, before/after
 * owner) and the mail to the new owner (outbox) commit together.
 */
@Injectable()
export class HandOverBreach {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly breaches: BreachesService,
    private readonly config: AppConfig,
  ) {}

  async execute(actor: Actor, breachId: string, ownerId: string): Promise<BreachDto> {
    await this.uow.run(actor, async (tx) => {
      const breach = await tx.manager.findOne(BreachEntity, {
        where: { id: breachId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!breach) throw new NotFoundError('breach', breachId);
      if (breach.status === 'closed') throw new ConflictError(['breach is closed; reopen it before handing it over']);
      const owner = await tx.manager.findOneBy(UserEntity, { id: ownerId, role: 'officer', active: true });
      if (!owner) throw new InvalidInputError(['ownerId must be an active officer']);
      if (breach.ownerId === owner.id) return;

      const previous = breach.ownerId
        ? await tx.manager.findOne(UserEntity, { where: { id: breach.ownerId }, select: { id: true, name: true } })
        : null;
      // update, not save: only the owner changes (save would rewrite every column of the row).
      await tx.manager.update(BreachEntity, { id: breach.id }, { ownerId: owner.id });
      tx.audit({
        action: 'breach.handed_over',
        entityType: 'breach',
        entityId: breach.id,
        breachId: breach.id,
        before: { ownerId: breach.ownerId, ownerName: previous?.name ?? null },
        after: { ownerId: owner.id, ownerName: owner.name },
      });
      await this.outbox.enqueue(tx, [
        {
          kind: 'system',
          breachId: breach.id,
          sourceId: breach.id,
          to: { name: owner.name, email: owner.email },
          ...composeHandoverMail({
            recipient: { name: owner.name, language: owner.language },
            breach: { reference: breach.reference, title: breach.title },
            breachUrl: `${this.config.publicUrl}/breaches/${breach.id}`,
          }),
        },
      ]);
    });
    return this.breaches.get(breachId);
  }
}
