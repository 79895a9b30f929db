import type { CustomerRole } from '@lekwacht/contracts';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  amsterdamYear,
  type AssessmentFacts,
  breachReference,
  dataSubjectsSettledForClosure,
  deriveBreachRole,
  validateAssessmentFacts,
  validateBreachTimes,
} from '@lekwacht/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AssessmentsService } from '../assessments/assessments.service';
import { Clock } from '../clock/clock';
import type { Actor } from '../audit/actor';
import { CustomerEntity } from '../customers/customer.entity';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { ObligationEntity } from '../obligations/obligation.entity';
import { ObligationsService } from '../obligations/obligations.service';
import { EscalationPlanner } from '../escalations/escalation-planner';
import { readEscalationSettings } from '../escalations/escalation-settings';
import { UserEntity } from '../users/user.entity';
import { ChecklistsService } from '../tasks/checklists.service';
import { AffectedCustomerEntity } from './affected-customer.entity';
import type { AffectedCustomerInputDto, CreateBreachDto, ListBreachesQuery, UpdateBreachDto } from './breach.dto';
import { BreachEntity } from './breach.entity';
import { decodeBreachListCursor } from './breach-list-cursor';
import { RegisterPageCache } from './register-page-cache';
import { queryBreachList } from './breach-list.query';
import { type BreachDto, type BreachListDto, type BreachOwnerDto, toBreachDto } from './breach-view.dto';

const toDate = (iso: string | null | undefined) => (iso ? new Date(iso) : null);

/** Stores facts with the engine's defaults filled in (the DTO already rejected invalid ones). */
function normalizeFacts(facts: AssessmentFacts | null | undefined): AssessmentFacts | null {
  if (!facts) return null;
  const result = validateAssessmentFacts(facts);
  if (!result.ok) throw new InvalidInputError(result.errors);
  return result.facts;
}

/**
 * Issue #15: our role for the breach as a whole follows from the affected customers' roles
 * (processor by default), not from a separate default, so the assessment engine creates AP and
 * data-subject duties only where we are controller for some of the data.
 */
function withDerivedRole(
  facts: AssessmentFacts | null,
  affected: readonly { role?: CustomerRole | null }[],
): AssessmentFacts | null {
  if (!facts) return null;
  return {
    ...facts,
    role: deriveBreachRole(
      affected.map((a) => ({ role: a.role ?? 'processor' })),
      facts.role,
    ),
  };
}

/** What the audit trail keeps of a breach (facts, not bookkeeping columns). */
const auditSnapshot = (b: BreachEntity, affected: AffectedCustomerEntity[]) => ({
  reference: b.reference,
  title: b.title,
  description: b.description,
  cause: b.cause,
  occurredAt: b.occurredAt,
  discoveredAt: b.discoveredAt,
  containedAt: b.containedAt,
  contactPersonId: b.contactPersonId,
  ownerId: b.ownerId,
  affectedSystems: b.affectedSystems,
  measuresTaken: b.measuresTaken,
  likelyConsequences: b.likelyConsequences,
  facts: b.facts,
  status: b.status,
  customerSummary: { nl: b.customerSummaryNl, en: b.customerSummaryEn },
  customerMeasures: { nl: b.customerMeasuresNl, en: b.customerMeasuresEn },
  customerConsequences: { nl: b.customerConsequencesNl, en: b.customerConsequencesEn },
  affectedCustomers: affected.map((a) => ({
    customerId: a.customerId,
    subjectsCount: a.subjectsCount,
    role: a.role,
    dataCategories: a.dataCategories,
    groupsOfPeople: a.groupsOfPeople,
    recordsEstimate: a.recordsEstimate,
  })),
});

@Injectable()
export class BreachesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly obligations: ObligationsService,
    private readonly escalations: EscalationPlanner,
    private readonly assessments: AssessmentsService,
    private readonly clock: Clock,
    private readonly checklists: ChecklistsService,
    private readonly pages: RegisterPageCache,
  ) {}

  async register(actor: Actor & { id: string }, dto: CreateBreachDto, now = this.clock.now()): Promise<BreachDto> {
    const times = {
      occurredAt: toDate(dto.occurredAt),
      discoveredAt: new Date(dto.discoveredAt),
      containedAt: toDate(dto.containedAt),
    };
    const timeErrors = validateBreachTimes(times, now);
    if (timeErrors.length > 0) throw new InvalidInputError(timeErrors);
    const affectedInput = dto.affectedCustomers ?? [];
    await this.checkReferences(this.dataSource.manager, dto.contactPersonId ?? null, affectedInput);

    const id = await this.uow.run(actor, async (tx) => {
      const year = amsterdamYear(now);
      const [counter] = (await tx.manager.query(
        `INSERT INTO breach_counters (year, last_number) VALUES ($1, 1)
         ON CONFLICT (year) DO UPDATE SET last_number = breach_counters.last_number + 1
         RETURNING last_number`,
        [year],
      )) as { last_number: number }[];
      const breach = tx.manager.create(BreachEntity, {
        reference: breachReference(year, counter?.last_number ?? 1),
        title: dto.title,
        description: dto.description ?? '',
        customerSummaryNl: dto.customerSummary?.nl?.trim() || null,
        customerSummaryEn: dto.customerSummary?.en?.trim() || null,
        customerMeasuresNl: dto.customerMeasures?.nl?.trim() || null,
        customerMeasuresEn: dto.customerMeasures?.en?.trim() || null,
        customerConsequencesNl: dto.customerConsequences?.nl?.trim() || null,
        customerConsequencesEn: dto.customerConsequences?.en?.trim() || null,
        cause: dto.cause,
        ...times,
        contactPersonId: dto.contactPersonId ?? null,
        affectedSystems: dto.affectedSystems ?? [],
        measuresTaken: dto.measuresTaken ?? '',
        likelyConsequences: dto.likelyConsequences ?? '',
        // Issue #15 (engineer E → A): the breach-level role follows from the customers' slices, so
        // AP and data-subject duties arise only where we are controller for some data.
        facts: withDerivedRole(normalizeFacts(dto.facts), affectedInput),
        escalationPolicy: (await readEscalationSettings(tx.manager)).policy,
        status: 'open',
        closedAt: null,
        createdById: actor.id,
        // Issue #18: the registering officer owns the breach until it is handed over.
        ownerId: actor.id,
      });
      await tx.manager.save(breach);
      const affected = await this.saveAffected(tx, breach.id, affectedInput);
      tx.audit({
        action: 'breach.registered',
        entityType: 'breach',
        entityId: breach.id,
        breachId: breach.id,
        after: auditSnapshot(breach, affected),
      });
      const obligations = await this.obligations.createFor(
        tx,
        breach.id,
        breach.discoveredAt,
        affectedInput.map((a) => a.customerId),
      );
      // Registered with facts: assessed at once (version 1, same transaction), so every duty
      // follows an outcome from the start and a not-required one never escalates as overdue.
      if (breach.facts) {
        await this.assessments.assessInTx(tx, actor, breach, null, now);
        obligations.splice(
          0,
          obligations.length,
          ...(await tx.manager.findBy(ObligationEntity, { breachId: breach.id })),
        );
      }
      await this.escalations.planFor(tx, breach, obligations, now);
      // Issue #18: the checklist of its kind becomes the owner's tasks.
      await this.checklists.applyTo(tx, breach, now);
      return breach.id;
    });
    return this.get(id);
  }

  async update(actor: Actor, id: string, dto: UpdateBreachDto, now = this.clock.now()): Promise<BreachDto> {
    await this.checkReferences(this.dataSource.manager, dto.contactPersonId ?? null, dto.affectedCustomers ?? []);
    await this.uow.run(actor, async (tx) => {
      const breach = await tx.manager.findOne(BreachEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!breach) throw new NotFoundError('breach', id);
      if (breach.status === 'closed') throw new ConflictError(['breach is closed; reopen it before editing']);
      const affectedBefore = await tx.manager.findBy(AffectedCustomerEntity, { breachId: id });
      const before = auditSnapshot(breach, affectedBefore);

      const discoveredAt = dto.discoveredAt ? new Date(dto.discoveredAt) : breach.discoveredAt;
      const discoveryMoved = discoveredAt.getTime() !== breach.discoveredAt.getTime();
      if (discoveryMoved && !dto.discoveredAtCorrectionReason) {
        throw new InvalidInputError(['discoveredAtCorrectionReason is required when discoveredAt changes']);
      }
      const times = {
        occurredAt: dto.occurredAt === undefined ? breach.occurredAt : toDate(dto.occurredAt),
        discoveredAt,
        containedAt: dto.containedAt === undefined ? breach.containedAt : toDate(dto.containedAt),
      };
      const timeErrors = validateBreachTimes(times, now);
      if (timeErrors.length > 0) throw new InvalidInputError(timeErrors);

      Object.assign(breach, times);
      if (dto.title !== undefined) breach.title = dto.title;
      if (dto.description !== undefined) breach.description = dto.description;
      if (dto.customerSummary?.nl !== undefined) breach.customerSummaryNl = dto.customerSummary.nl?.trim() || null;
      if (dto.customerSummary?.en !== undefined) breach.customerSummaryEn = dto.customerSummary.en?.trim() || null;
      if (dto.customerMeasures?.nl !== undefined) breach.customerMeasuresNl = dto.customerMeasures.nl?.trim() || null;
      if (dto.customerMeasures?.en !== undefined) breach.customerMeasuresEn = dto.customerMeasures.en?.trim() || null;
      if (dto.customerConsequences?.nl !== undefined)
        breach.customerConsequencesNl = dto.customerConsequences.nl?.trim() || null;
      if (dto.customerConsequences?.en !== undefined)
        breach.customerConsequencesEn = dto.customerConsequences.en?.trim() || null;
      if (dto.cause !== undefined) breach.cause = dto.cause;
      if (dto.contactPersonId !== undefined) breach.contactPersonId = dto.contactPersonId;
      if (dto.affectedSystems !== undefined) breach.affectedSystems = dto.affectedSystems;
      if (dto.measuresTaken !== undefined) breach.measuresTaken = dto.measuresTaken;
      if (dto.likelyConsequences !== undefined) breach.likelyConsequences = dto.likelyConsequences;
      if (dto.facts !== undefined) breach.facts = normalizeFacts(dto.facts);
      // Issue #15: the breach-level role follows from the customers' slices (see withDerivedRole).
      if (breach.facts) breach.facts = withDerivedRole(breach.facts, dto.affectedCustomers ?? affectedBefore);
      await tx.manager.save(breach);

      let affected = affectedBefore;
      if (dto.affectedCustomers !== undefined) {
        await tx.manager.delete(AffectedCustomerEntity, { breachId: id });
        affected = await this.saveAffected(tx, id, dto.affectedCustomers);
        const added = await this.obligations.syncCustomers(
          tx,
          id,
          breach.discoveredAt,
          dto.affectedCustomers.map((a) => a.customerId),
        );
        // A customer added later follows the latest outcome like the others.
        await this.assessments.followLatest(tx, breach, now);
        const fresh = added.length ? await tx.manager.findBy(ObligationEntity, { id: In(added.map((o) => o.id)) }) : [];
        await this.escalations.planFor(tx, breach, fresh, now);
      }
      if (discoveryMoved) {
        tx.audit({
          action: 'breach.discovered_at_corrected',
          entityType: 'breach',
          entityId: id,
          breachId: id,
          before: { discoveredAt: before.discoveredAt },
          after: { discoveredAt, reason: dto.discoveredAtCorrectionReason },
        });
        await this.obligations.recomputeDueTimes(tx, id, discoveredAt);
        await this.escalations.replanFor(
          tx,
          breach,
          await tx.manager.findBy(ObligationEntity, { breachId: id, state: 'open' }),
          now,
        );
      }
      tx.audit({
        action: 'breach.updated',
        entityType: 'breach',
        entityId: id,
        breachId: id,
        before,
        after: auditSnapshot(breach, affected),
      });
    });
    return this.get(id);
  }

  async close(actor: Actor, id: string): Promise<BreachDto> {
    await this.uow.run(actor, async (tx) => {
      const breach = await tx.manager.findOne(BreachEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!breach) throw new NotFoundError('breach', id);
      if (breach.status === 'closed') throw new ConflictError(['breach is already closed']);
      const open = await tx.manager.find(ObligationEntity, { where: { breachId: id, state: 'open' } });
      if (open.length > 0) {
        const names = await this.obligationNames(tx.manager, open);
        throw new ConflictError([`breach has open obligations: ${names.join(', ')}`]);
      }
      const dataSubjects = await tx.manager.findOneBy(ObligationEntity, { breachId: id, kind: 'data_subjects' });
      if (
        dataSubjects &&
        !dataSubjectsSettledForClosure({
          state: dataSubjects.state,
          required: dataSubjects.required,
          informed: dataSubjects.dataSubjectsInformed !== null,
          art34Ground: dataSubjects.art34Exception !== null,
        })
      ) {
        throw new ConflictError([
          'data subjects (GDPR art. 34): record that they were informed or an art. 34(3) ground before closing',
        ]);
      }
      breach.status = 'closed';
      breach.closedAt = this.clock.now();
      await tx.manager.save(breach);
      tx.audit({
        action: 'breach.closed',
        entityType: 'breach',
        entityId: id,
        breachId: id,
        after: { status: 'closed', closedAt: breach.closedAt },
      });
    });
    return this.get(id);
  }

  async get(id: string): Promise<BreachDto> {
    const m = this.dataSource.manager;
    const breach = await m.findOneBy(BreachEntity, { id });
    if (!breach) throw new NotFoundError('breach', id);
    const [obligations, affected, assessment] = await Promise.all([
      m.findBy(ObligationEntity, { breachId: id }),
      m.find(AffectedCustomerEntity, { where: { breachId: id } }),
      this.assessments.latest(id, m),
    ]);
    const customers = affected.length
      ? await m.find(CustomerEntity, {
          where: { id: In(affected.map((a) => a.customerId)) },
          select: { id: true, name: true },
        })
      : [];
    const contact = breach.contactPersonId ? await m.findOneBy(UserEntity, { id: breach.contactPersonId }) : null;
    const owner = (await this.ownerNames(m, [breach])).get(breach.ownerId ?? '') ?? null;
    const customerNames = new Map(customers.map((c) => [c.id, c.name]));
    affected.sort((a, b) =>
      (customerNames.get(a.customerId) ?? '').localeCompare(customerNames.get(b.customerId) ?? ''),
    );
    return {
      ...toBreachDto(breach, {
        obligations,
        affected,
        customerNames,
        contactPerson: contact ? { id: contact.id, name: contact.name, email: contact.email } : null,
        owner,
        assessment,
      }),
      reassessment: breach.status === 'closed' ? null : await this.assessments.reassessment(id, breach.facts, m),
    };
  }

  /** `me` is the caller: `owner=me` lists the breaches they own. */
  async list(query: ListBreachesQuery, me: { id: string }): Promise<BreachListDto> {
    const pageSize = query.pageSize ?? 25;
    if (query.owner === 'me' && query.ownerId !== undefined) {
      throw new InvalidInputError(['ownerId must not be given together with owner=me']);
    }
    if (query.after !== undefined && query.page !== undefined) {
      throw new InvalidInputError(['after must not be given together with page']);
    }
    const after = query.after === undefined ? undefined : decodeBreachListCursor(query.after);
    if (after === null) throw new InvalidInputError(['after must be a nextCursor from an earlier page']);
    const filter = { status: query.status, ownerId: query.owner === 'me' ? me.id : query.ownerId, q: query.q?.trim() };
    const position = after ? { after } : { offset: ((query.page ?? 1) - 1) * pageSize };
    const now = this.clock.now();
    return this.pages.page(JSON.stringify([filter, position, pageSize]), now, () =>
      queryBreachList(this.dataSource.manager, filter, position, pageSize, now),
    );
  }

  /** The owners of these breaches by id, name only (one query for a whole page). */
  private async ownerNames(m: EntityManager, breaches: BreachEntity[]): Promise<Map<string, BreachOwnerDto>> {
    const ids = [...new Set(breaches.map((b) => b.ownerId).filter((id): id is string => !!id))];
    if (ids.length === 0) return new Map();
    const users = await m.find(UserEntity, { where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(users.map((u) => [u.id, { id: u.id, name: u.name }]));
  }

  private async saveAffected(tx: Transaction, breachId: string, input: AffectedCustomerInputDto[]) {
    const rows = input.map((a) =>
      tx.manager.create(AffectedCustomerEntity, {
        breachId,
        customerId: a.customerId,
        subjectsCount: a.subjectsCount,
        role: a.role ?? 'processor',
        dataCategories: a.dataCategories ?? [],
        groupsOfPeople: (a.groupsOfPeople ?? []).map((g) => g.trim()).filter((g) => g !== ''),
        recordsEstimate: a.recordsEstimate ?? null,
      }),
    );
    if (rows.length > 0) await tx.manager.save(rows, { chunk: 500 });
    return rows;
  }

  /** Unknown customers and contact persons are input errors (400), named by field. */
  private async checkReferences(
    m: EntityManager,
    contactPersonId: string | null,
    affected: AffectedCustomerInputDto[],
  ) {
    const errors: string[] = [];
    if (contactPersonId && !(await m.existsBy(UserEntity, { id: contactPersonId, active: true }))) {
      errors.push('contactPersonId must be an active user');
    }
    if (affected.length > 0) {
      const found = new Set(
        (
          await m.find(CustomerEntity, { where: { id: In(affected.map((a) => a.customerId)) }, select: { id: true } })
        ).map((c) => c.id),
      );
      affected.forEach((a, i) => {
        if (!found.has(a.customerId)) errors.push(`affectedCustomers.${i}.customerId must be an existing customer`);
      });
    }
    if (errors.length > 0) throw new InvalidInputError(errors);
  }

  private async obligationNames(m: EntityManager, obligations: ObligationEntity[]): Promise<string[]> {
    const ids = obligations.map((o) => o.customerId).filter((x): x is string => !!x);
    const names = new Map(
      ids.length
        ? (await m.find(CustomerEntity, { where: { id: In(ids) }, select: { id: true, name: true } })).map((c) => [
            c.id,
            c.name,
          ])
        : [],
    );
    return obligations.map((o) =>
      o.kind === 'customer' ? `customer (${names.get(o.customerId ?? '') ?? o.customerId})` : o.kind,
    );
  }
}
