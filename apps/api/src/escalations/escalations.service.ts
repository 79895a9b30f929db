import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import type { SessionUser } from '../auth/session-user';
import { SigningKey } from '../database/signing-key.service';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/domain-errors';
import { EscalationEntity } from './escalation.entity';
import { type EscalationDto, toEscalationDto } from './escalation.dto';

@Injectable()
export class EscalationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly signing: SigningKey,
  ) {}

  async forBreach(breachId: string): Promise<EscalationDto[]> {
    const rows = await this.dataSource
      .getRepository(EscalationEntity)
      .find({ where: { breachId }, order: { dueAt: 'ASC', stepId: 'ASC' } });
    return rows.map(toEscalationDto);
  }

  /** A recipient (or any manager) takes it up: this step stops, the duty does not. */
  async acknowledgeAsUser(user: SessionUser, id: string): Promise<EscalationDto> {
    return this.acknowledge({ id: user.id, label: user.email }, user.name, id, (e) => {
      const isRecipient = e.recipients.some((r) => r.userId === user.id);
      if (!isRecipient && user.role !== 'manager')
        throw new ForbiddenError(['only a recipient of this escalation or a manager may acknowledge it']);
    });
  }

  /** The one-click link in the mail: signed with the instance key, so it cannot be guessed. */
  async acknowledgeByLink(id: string, signature: string): Promise<EscalationDto> {
    if (!(await this.signing.verify(`escalation:${id}`, signature))) throw new NotFoundError('escalation', id);
    return this.acknowledge({ id: null, label: 'e-mail link' }, 'e-mail link', id, () => undefined);
  }

  /** `by` is what people read (a name); the audit keeps the actor as usual. */
  private acknowledge(
    actor: Actor,
    by: string,
    id: string,
    authorize: (e: EscalationEntity) => void,
  ): Promise<EscalationDto> {
    return this.uow.run(actor, async (tx) => {
      const e = await tx.manager.findOne(EscalationEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!e) throw new NotFoundError('escalation', id);
      authorize(e);
      if (e.state === 'acknowledged') return toEscalationDto(e);
      if (e.state !== 'fired')
        throw new ConflictError([`only a fired escalation can be acknowledged; this one is ${e.state}`]);
      e.state = 'acknowledged';
      e.acknowledgedAt = new Date();
      e.acknowledgedById = actor.id;
      e.acknowledgedBy = by;
      await tx.manager.save(e);
      tx.audit({
        action: 'escalation.acknowledged',
        entityType: 'escalation',
        entityId: id,
        breachId: e.breachId,
        after: { step: e.stepId, acknowledgedBy: by },
      });
      return toEscalationDto(e);
    });
  }
}
