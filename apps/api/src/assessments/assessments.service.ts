import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assess,
  type AssessmentFacts,
  type AssessmentOutcome,
  reassessmentOffer,
  validateAssessmentFacts,
} from '@lekwacht/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { Clock } from '../clock/clock';
import type { ObligationEntity } from '../obligations/obligation.entity';
import { OutcomeFollower } from '../obligations/outcome-follower.service';
import { UserEntity } from '../users/user.entity';
import {
  type AssessmentDto,
  type AssessmentFactsDto,
  type CreateAssessmentDto,
  type ReassessmentDto,
  toAssessmentDto,
} from './assessment.dto';
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

/**
 * The written rationale of a "not required" decision derived from an assessment: the override's
 * justification when a person overrode the engine, else the rules that fired (in Dutch, the
 * register's language), so the manager who confirms it reads why.
 */
export function notRequiredRationale(a: Pick<AssessmentEntity, 'version' | 'final' | 'override'>): string {
  const head = `Beoordeling versie ${a.version} (ENISA ${a.final.enisa.band})`;
  const why =
    a.override?.justification ?? a.final.rules.map((r) => `${r.explanation.nl} (${r.legalReference})`).join(' ');
  return `${head}: ${why}`.slice(0, 5000);
}

@Injectable()
export class AssessmentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly follower: OutcomeFollower,
    private readonly clock: Clock,
  ) {}

  /**
   * Pure evaluation of facts; stores nothing. The pipe checked them with the engine's validator;
   * read again here for its defaults (and refused, should a caller come without the pipe).
   */
  evaluate(facts: AssessmentFactsDto): AssessmentOutcome {
    const result = validateAssessmentFacts(facts, { forbidUnknownProperties: false });
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
      return (await this.assessInTx(tx, actor, breach, override)).id;
    });
    const saved = await this.dataSource.manager.findOneByOrFail(AssessmentEntity, { id });
    return (await this.toDtos(this.dataSource.manager, [saved]))[0] as AssessmentDto;
  }

  /**
   * Assesses the breach's current facts as the next version inside the caller's transaction (the
   * breach row locked by the caller), and makes every obligation follow the final outcome. Used by
   * registration too, so a breach registered with facts has version 1 at once.
   */
  async assessInTx(
    tx: Transaction,
    actor: Actor & { id: string },
    breach: BreachEntity,
    override: AssessmentOverride | null,
    now = this.clock.now(),
  ): Promise<AssessmentEntity> {
    if (!breach.facts) throw new ConflictError(['breach has no assessment facts yet; add facts before assessing']);
    const checked = validateAssessmentFacts(breach.facts, { forbidUnknownProperties: false });
    if (!checked.ok) throw new ConflictError([`breach facts are not assessable: ${checked.errors.join('; ')}`]);
    const [row] = (await tx.manager.query(
      'SELECT COALESCE(MAX(version), 0) AS max FROM assessments WHERE breach_id = $1',
      [breach.id],
    )) as { max: number | string }[];
    const computed = assess(checked.facts);
    const assessment = tx.manager.create(AssessmentEntity, {
      breachId: breach.id,
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
      breachId: breach.id,
      after: { version: assessment.version, final: assessment.final, override },
    });
    const assessor = await tx.manager.findOne(UserEntity, {
      where: { id: actor.id },
      select: { id: true, name: true },
    });
    await this.follower.follow(tx, breach, {
      required: requiredByKind(assessment.final),
      assessor: { id: actor.id, name: assessor?.name ?? actor.label },
      rationale: notRequiredRationale(assessment),
      assessmentVersion: assessment.version,
      now,
    });
    return assessment;
  }

  /**
   * New obligations (a customer added later) follow the latest final outcome like the others;
   * nothing happens before the first assessment.
   */
  async followLatest(tx: Transaction, breach: BreachEntity, now = this.clock.now()): Promise<void> {
    const latest = await tx.manager.findOne(AssessmentEntity, {
      where: { breachId: breach.id },
      order: { version: 'DESC' },
    });
    if (!latest) return;
    const assessor = await tx.manager.findOne(UserEntity, {
      where: { id: latest.assessedById },
      select: { id: true, name: true },
    });
    await this.follower.follow(tx, breach, {
      required: requiredByKind(latest.final),
      assessor: { id: latest.assessedById, name: assessor?.name ?? '' },
      rationale: notRequiredRationale(latest),
      assessmentVersion: latest.version,
      now,
    });
  }

  /**
   * Facts edited since the latest assessment: the breach view offers a re-assessment and says
   * which outcome would change. null when never assessed, without facts, or nothing changed.
   */
  async reassessment(
    breachId: string,
    currentFacts: AssessmentFacts | null,
    m: EntityManager = this.dataSource.manager,
  ): Promise<ReassessmentDto | null> {
    if (!currentFacts) return null;
    const latest = await m.findOne(AssessmentEntity, { where: { breachId }, order: { version: 'DESC' } });
    if (!latest) return null;
    const checked = validateAssessmentFacts(currentFacts, { forbidUnknownProperties: false });
    if (!checked.ok) return null;
    const current = assess(checked.facts);
    const offer = reassessmentOffer({
      assessedFacts: latest.facts,
      latestFinal: latest.final,
      currentFacts: checked.facts,
      currentComputed: current,
    });
    return offer ? { latestVersion: latest.version, ...offer, computed: current } : null;
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

  private async toDtos(m: EntityManager, rows: AssessmentEntity[]): Promise<AssessmentDto[]> {
    const ids = [...new Set(rows.map((r) => r.assessedById))];
    const users = ids.length
      ? await m.find(UserEntity, { where: { id: In(ids) }, select: { id: true, name: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    return rows.map((r) => toAssessmentDto(r, names.get(r.assessedById) ?? ''));
  }
}
