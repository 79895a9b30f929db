import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { assess, type AssessmentOutcome, validateAssessmentFacts } from '@lekwacht/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { toObligationDto } from '../obligations/obligation.dto';
import { ObligationEntity } from '../obligations/obligation.entity';
import { UserEntity } from '../users/user.entity';
import { type AssessmentDto, type CreateAssessmentDto, toAssessmentDto } from './assessment.dto';
import { AssessmentEntity, type AssessmentOverride } from './assessment.entity';

/** The computed outcome with the human override applied; the rule trace stays the engine's. */
export function applyOverride(computed: AssessmentOutcome, override: AssessmentOverride | null): AssessmentOutcome {
  const final = structuredClone(computed);
  if (!override) return final;
  if (override.authorityRequired !== undefined) final.authority.required = override.authorityRequired;
  if (override.dataSubjectsRequired !== undefined) {
    final.dataSubjects.required = override.dataSubjectsRequired;
    // An art. 34(3) exception explains why informing is not required; it cannot stand beside "required".
    if (override.dataSubjectsRequired) final.dataSubjects.exception = null;
  }
  return final;
}

/**
 * What each obligation's `required` becomes under an outcome. Customers were promised a notice
 * within 48 h whenever their data is touched in a way that carries risk, so customer obligations
 * follow any duty the outcome names (AP, controller, data subjects).
 */
export function requiredByKind(final: AssessmentOutcome): Record<ObligationEntity['kind'], boolean> {
  return {
    authority: final.authority.required,
    data_subjects: final.dataSubjects.required,
    customer: final.authority.required || final.authority.notifyController || final.dataSubjects.required,
  };
}

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  /** Pure evaluation of untrusted facts; stores nothing. */
  evaluate(input: unknown): AssessmentOutcome {
    const result = validateAssessmentFacts(input, { forbidUnknownProperties: true });
    if (!result.ok) throw new InvalidInputError(result.errors);
    return assess(result.facts);
  }

  /** Assesses the breach's current facts as the next version and proposes the obligations' `required`. */
  async create(actor: Actor & { id: string }, breachId: string, dto: CreateAssessmentDto): Promise<AssessmentDto> {
    const override: AssessmentOverride | null = dto.override
      ? {
          ...(dto.override.authorityRequired !== undefined && { authorityRequired: dto.override.authorityRequired }),
          ...(dto.override.dataSubjectsRequired !== undefined && {
            dataSubjectsRequired: dto.override.dataSubjectsRequired,
          }),
          justification: dto.override.justification,
        }
      : null;
    if (override && override.authorityRequired === undefined && override.dataSubjectsRequired === undefined) {
      throw new InvalidInputError(['override must set authorityRequired or dataSubjectsRequired']);
    }
    const id = await this.uow.run(actor, async (tx) => {
      // The row lock serialises assessments of one breach, so concurrent ones get distinct versions.
      const breach = await tx.manager.findOne(BreachEntity, {
        where: { id: breachId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!breach) throw new NotFoundError('breach', breachId);
      if (breach.status === 'closed') throw new ConflictError(['breach is closed; reopen it before assessing']);
      if (!breach.facts) throw new ConflictError(['breach has no assessment facts yet; add facts before assessing']);
      const checked = validateAssessmentFacts(breach.facts, { forbidUnknownProperties: false });
      if (!checked.ok) throw new ConflictError([`breach facts are not assessable: ${checked.errors.join('; ')}`]);

      const [row] = (await tx.manager.query(
        'SELECT COALESCE(MAX(version), 0) AS max FROM assessments WHERE breach_id = $1',
        [breachId],
      )) as {
        max: number | string;
      }[];
      const computed = assess(checked.facts);
      const assessment = tx.manager.create(AssessmentEntity, {
        breachId,
        version: Number(row?.max ?? 0) + 1,
        facts: checked.facts,
        computed,
        final: applyOverride(computed, override),
        override,
        assessedById: actor.id,
      });
      await tx.manager.save(assessment);
      tx.audit({
        action: 'assessment.created',
        entityType: 'assessment',
        entityId: assessment.id,
        breachId,
        after: { version: assessment.version, final: assessment.final, override },
      });
      await this.proposeRequired(tx, breachId, assessment.final);
      return assessment.id;
    });
    const saved = await this.dataSource.manager.findOneByOrFail(AssessmentEntity, { id });
    return (await this.toDtos(this.dataSource.manager, [saved]))[0] as AssessmentDto;
  }

  /** Every version of a breach's assessment, newest first. */
  async list(breachId: string): Promise<AssessmentDto[]> {
    const m = this.dataSource.manager;
    if (!(await m.existsBy(BreachEntity, { id: breachId }))) throw new NotFoundError('breach', breachId);
    const rows = await m.find(AssessmentEntity, { where: { breachId }, order: { version: 'DESC' } });
    return this.toDtos(m, rows);
  }

  /** The latest version, or null when the breach was never assessed. */
  async latest(breachId: string, m: EntityManager = this.dataSource.manager): Promise<AssessmentDto | null> {
    const row = await m.findOne(AssessmentEntity, { where: { breachId }, order: { version: 'DESC' } });
    return row ? ((await this.toDtos(m, [row]))[0] ?? null) : null;
  }

  /** Only open obligations change; a `false` is a proposal, closing needs the governed decision. */
  private async proposeRequired(tx: Transaction, breachId: string, final: AssessmentOutcome): Promise<void> {
    const required = requiredByKind(final);
    const open = await tx.manager.find(ObligationEntity, { where: { breachId, state: 'open' } });
    for (const o of open) {
      const next = required[o.kind];
      if (o.required === next) continue;
      const before = toObligationDto(o);
      o.required = next;
      await tx.manager.save(o);
      tx.audit({
        action: 'obligation.required_set',
        entityType: 'obligation',
        entityId: o.id,
        breachId,
        before,
        after: toObligationDto(o),
      });
    }
  }

  private async toDtos(m: EntityManager, rows: AssessmentEntity[]): Promise<AssessmentDto[]> {
    const ids = [...new Set(rows.map((r) => r.assessedById))];
    const users = ids.length
      ? await m.find(UserEntity, { where: { id: In(ids) }, select: { id: true, name: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return rows.map((r) => toAssessmentDto(r, names.get(r.assessedById) ?? ''));
  }
}
