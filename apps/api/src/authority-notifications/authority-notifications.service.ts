import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  approvalReadiness,
  approvalReadinessErrors,
  type AuthorityNotificationContent,
  type AuthorityNotificationEvent,
  type AuthorityNotificationState,
  AuthorityNotificationTransitionError,
  checkAuthorityNotificationContent,
  CLOCK_SKEW_MS,
  completeness,
  type CompletenessContext,
  isLate,
  mayApprove,
  mergeAuthorityNotificationContent,
  prefillAuthorityNotification,
  transitionAuthorityNotification,
  validateAuthorityNotificationPatch,
  validateMissingAnswerReasons,
} from '@lekwacht/domain';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity';
import type { Actor } from '../audit/actor';
import { AffectedCustomerEntity } from '../breaches/affected-customer.entity';
import { BreachEntity } from '../breaches/breach.entity';
import { CustomerEntity } from '../customers/customer.entity';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { EscalationPlanner } from '../escalations/escalation-planner';
import { ConflictError, ForbiddenError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { ObligationEntity } from '../obligations/obligation.entity';
import { ObligationsService } from '../obligations/obligations.service';
import { UserEntity } from '../users/user.entity';
import { AuthorityNotificationFollowUpEntity, type FollowUpContent } from './authority-notification-follow-up.entity';
import { AuthorityNotificationRejectionEntity } from './authority-notification-rejection.entity';
import type {
  AuthorityNotificationDto,
  CreateFollowUpDto,
  PersonNameRefDto,
  RecordSubmissionDto,
  RejectionDto,
  SubmitForApprovalDto,
  UpdateAuthorityNotificationDto,
} from './authority-notification.dto';
import { AuthorityNotificationEntity } from './authority-notification.entity';
import { loadOrganisation } from './organisation';
import { type EvidenceReference, evidenceReferences } from '../evidence/evidence-references';

type Person = Actor & { id: string };

const SUBMITTED_FOR_APPROVAL = 'authority_notification.submitted_for_approval';

/** What the audit trail keeps of the notification besides its content. */
const snapshot = (n: AuthorityNotificationEntity) => ({
  state: n.state,
  draftedById: n.draftedById,
  approvedById: n.approvedById,
  approvedAt: n.approvedAt,
  apReference: n.apReference,
  submittedAt: n.submittedAt,
  delayReason: n.delayReason,
  withdrawnAt: n.withdrawnAt,
  withdrawReason: n.withdrawReason,
});

/** Everything the export and the PDF need, gathered once. */
export interface NotificationSnapshot {
  breach: BreachEntity;
  row: AuthorityNotificationEntity | null;
  content: AuthorityNotificationContent;
  ctx: CompletenessContext;
  dto: AuthorityNotificationDto;
  /** The breach's evidence files (name and SHA-256), the form's attachments. */
  attachments: EvidenceReference[];
}

/**
 * The AP notification of a breach (DESIGN.md § AuthorityNotification).
 *
 * Lazy persistence: GET never writes. Until an officer saves (PUT) or submits the draft, GET
 * answers with a draft prefilled from the breach's current facts, latest assessment and affected
 * customers (`persisted: false`, `id: null`), so the prefill stays current while nobody has
 * touched it. The first change stores that prefill plus the change, in one audited transaction.
 */
@Injectable()
export class AuthorityNotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly obligations: ObligationsService,
    private readonly escalations: EscalationPlanner,
  ) {}

  async get(breachId: string, now = new Date()): Promise<AuthorityNotificationDto> {
    return (await this.snapshotOf(breachId, now)).dto;
  }

  async snapshotOf(breachId: string, now = new Date()): Promise<NotificationSnapshot> {
    const m = this.dataSource.manager;
    const breach = await m.findOneBy(BreachEntity, { id: breachId });
    if (!breach) throw new NotFoundError('breach', breachId);
    const row = await m.findOneBy(AuthorityNotificationEntity, { breachId });
    const content = row ? mergeAuthorityNotificationContent(row.content, {}) : await this.prefill(m, breach);
    const authority = await m.findOneBy(ObligationEntity, { breachId, kind: 'authority' });
    const late = isLate(authority?.dueAt ?? null, row?.submittedAt ?? now);
    const ctx: CompletenessContext = { late };
    const dto = await this.toDto(m, breachId, row, content, authority?.dueAt ?? null, ctx);
    const attachments = await evidenceReferences(m, breachId);
    return { breach, row, content, ctx, dto, attachments };
  }

  async update(
    actor: Person,
    breachId: string,
    body: UpdateAuthorityNotificationDto,
  ): Promise<AuthorityNotificationDto> {
    const checked = validateAuthorityNotificationPatch(body.content);
    if (!checked.ok) throw new InvalidInputError(checked.errors);
    await this.uow.run(actor, async (tx) => {
      const { breach, row: existing } = await this.lock(tx, breachId);
      if (breach.status === 'closed')
        throw new ConflictError(['breach is closed; the AP notification can no longer be edited']);
      if (body.version !== undefined && body.version !== (existing?.version ?? 0)) {
        throw new ConflictError([
          `version ${body.version} is outdated; the notification is at version ${existing?.version ?? 0}`,
        ]);
      }
      const { row, prefilled } = await this.draftOf(tx, breach, existing);
      step(row.state, 'edit');
      const merged = mergeAuthorityNotificationContent(row.content, checked.patch);
      const errors = checkAuthorityNotificationContent(merged);
      if (errors.length > 0) throw new InvalidInputError(errors);
      const sections = Object.keys(checked.patch) as (keyof AuthorityNotificationContent)[];
      const pick = (c: AuthorityNotificationContent) => Object.fromEntries(sections.map((s) => [s, c[s]]));
      const before = pick(row.content);
      row.content = merged;
      await tx.manager.save(row);
      if (prefilled) this.auditCreated(tx, row, prefilled);
      tx.audit({
        action: 'authority_notification.updated',
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        before: { content: before },
        after: { content: pick(merged), sections },
      });
    });
    return this.get(breachId);
  }

  async submit(
    actor: Person,
    breachId: string,
    body: SubmitForApprovalDto = {},
    now = new Date(),
  ): Promise<AuthorityNotificationDto> {
    const checked = validateMissingAnswerReasons(body.missingAnswerReasons);
    if (!checked.ok) throw new InvalidInputError(checked.errors);
    await this.uow.run(actor, async (tx) => {
      const { breach, row: existing } = await this.lock(tx, breachId);
      if (breach.status === 'closed')
        throw new ConflictError(['breach is closed; the AP notification can no longer be submitted']);
      const { row, prefilled } = await this.draftOf(tx, breach, existing);
      const before = snapshot(row);
      row.state = step(row.state, 'submit');
      const readiness = await this.readiness(tx.manager, breachId, row.content, checked.reasons, now);
      if (!readiness.ready) throw new InvalidInputError(approvalReadinessErrors(readiness));
      // Only the reasons for answers actually missing are kept: the manager approves exactly those.
      row.missingAnswerReasons = Object.fromEntries(
        readiness.phased ? readiness.missing.map((p) => [p, checked.reasons[p] as string]) : [],
      );
      row.draftedById = actor.id;
      row.draftedAt = now;
      row.approvedById = null;
      row.approvedAt = null;
      await tx.manager.save(row);
      if (prefilled) this.auditCreated(tx, row, prefilled);
      const authority = await tx.manager.findOneBy(ObligationEntity, { breachId, kind: 'authority', state: 'open' });
      if (authority) await this.escalations.planApprovalWaiting(tx, authority, now);
      tx.audit({
        action: SUBMITTED_FOR_APPROVAL,
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        before,
        after: {
          ...snapshot(row),
          completeness: completeness(row.content).percent,
          missingAnswerReasons: row.missingAnswerReasons,
        },
      });
    });
    return this.get(breachId);
  }

  async approve(actor: Person, breachId: string, now = new Date()): Promise<AuthorityNotificationDto> {
    await this.uow.run(actor, async (tx) => {
      const row = await this.existing(tx, breachId, 'approve');
      const before = snapshot(row);
      const next = step(row.state, 'approve');
      if (!mayApprove(row.draftedById, actor.id)) {
        throw new ForbiddenError(['four-eyes: the person who submitted the draft for approval cannot approve it']);
      }
      // Checked again: the reason for delay becomes a required answer once the 72 hours pass
      // while the draft waits for approval.
      const readiness = await this.readiness(tx.manager, breachId, row.content, row.missingAnswerReasons, now);
      if (!readiness.ready) throw new InvalidInputError(approvalReadinessErrors(readiness));
      row.state = next;
      row.approvedById = actor.id;
      row.approvedAt = now;
      await tx.manager.save(row);
      await this.stopApprovalEscalation(tx, breachId);
      tx.audit({
        action: 'authority_notification.approved',
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        before,
        after: snapshot(row),
      });
    });
    return this.get(breachId);
  }

  /** Back to draft with the manager's reason: the rejection is kept (its own row) and audited, together. */
  async reject(actor: Person, breachId: string, reason: string, now = new Date()): Promise<AuthorityNotificationDto> {
    await this.uow.run(actor, async (tx) => {
      const row = await this.existing(tx, breachId, 'reject');
      const before = snapshot(row);
      row.state = step(row.state, 'reject');
      row.approvedById = null;
      row.approvedAt = null;
      await tx.manager.save(row);
      await this.stopApprovalEscalation(tx, breachId);
      const name = await this.nameOf(tx.manager, actor);
      await tx.manager.insert(AuthorityNotificationRejectionEntity, {
        notificationId: row.id,
        reason,
        rejectedById: actor.id,
        rejectedByName: name,
        rejectedAt: now,
      });
      tx.audit({
        action: 'authority_notification.rejected',
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        before,
        after: { ...snapshot(row), reason, rejectedBy: { id: actor.id, name } },
      });
    });
    return this.get(breachId);
  }

  /**
   * The AP confirmed receipt with a meldnummer: the notification is submitted and the authority
   * obligation fulfilled at that moment, in the same transaction. Lateness is judged at
   * `submittedAt`, not at the time of recording.
   */
  async recordSubmission(
    actor: Person,
    breachId: string,
    body: RecordSubmissionDto,
    now = new Date(),
  ): Promise<AuthorityNotificationDto> {
    await this.uow.run(actor, async (tx) => {
      const row = await this.existing(tx, breachId, 'record_submission');
      const next = step(row.state, 'record_submission');
      const breach = await tx.manager.findOneByOrFail(BreachEntity, { id: breachId });
      const submittedAt = new Date(body.submittedAt);
      if (submittedAt.getTime() > now.getTime() + CLOCK_SKEW_MS)
        throw new InvalidInputError(['submittedAt must not be in the future']);
      if (submittedAt.getTime() < breach.discoveredAt.getTime()) {
        throw new InvalidInputError(['submittedAt must not be before the breach was discovered (discoveredAt)']);
      }
      const obligation = await tx.manager.findOne(ObligationEntity, {
        where: { breachId, kind: 'authority' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!obligation) throw new ConflictError(['the breach has no authority obligation']);
      const late = isLate(obligation.dueAt, submittedAt);
      const delayReason = body.delayReason?.trim() ? body.delayReason.trim() : null;
      if (late && !delayReason) {
        throw new InvalidInputError([
          `delayReason is required: submittedAt is after the 72-hour deadline (${obligation.dueAt?.toISOString()}), GDPR art. 33(1)`,
        ]);
      }
      await this.obligations.fulfil(tx, obligation, submittedAt, delayReason);
      const before = snapshot(row);
      row.state = next;
      row.apReference = body.apReference;
      row.submittedAt = submittedAt;
      row.delayReason = delayReason;
      row.submissionRecordedById = actor.id;
      await tx.manager.save(row);
      tx.audit({
        action: 'authority_notification.submission_recorded',
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        before,
        after: { ...snapshot(row), late },
      });
    });
    return this.get(breachId);
  }

  async addFollowUp(actor: Person, breachId: string, body: CreateFollowUpDto): Promise<AuthorityNotificationDto> {
    let changes: FollowUpContent['changes'] = null;
    if (body.content.changes) {
      const checked = validateAuthorityNotificationPatch(body.content.changes, 'content.changes');
      if (!checked.ok) throw new InvalidInputError(checked.errors);
      changes = checked.patch;
    }
    await this.uow.run(actor, async (tx) => {
      const row = await this.existing(tx, breachId, 'add_follow_up');
      step(row.state, 'add_follow_up');
      const content: FollowUpContent = { description: body.content.description, reason: body.content.reason, changes };
      const followUp = tx.manager.create(AuthorityNotificationFollowUpEntity, {
        notificationId: row.id,
        content,
        state: 'recorded',
        createdById: actor.id,
      });
      await tx.manager.save(followUp);
      tx.audit({
        action: 'authority_notification.follow_up_recorded',
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        after: { followUpId: followUp.id, apReference: row.apReference, ...content },
      });
    });
    return this.get(breachId);
  }

  /**
   * The AP's "intrekken": only a submitted notification can be withdrawn. The authority
   * obligation stays fulfilled (a fulfilment is final; the withdrawal is a new fact).
   */
  async withdraw(actor: Person, breachId: string, reason: string, now = new Date()): Promise<AuthorityNotificationDto> {
    await this.uow.run(actor, async (tx) => {
      const row = await this.existing(tx, breachId, 'withdraw');
      const before = snapshot(row);
      row.state = step(row.state, 'withdraw');
      row.withdrawnAt = now;
      row.withdrawReason = reason;
      await tx.manager.save(row);
      tx.audit({
        action: 'authority_notification.withdrawn',
        entityType: 'authority_notification',
        entityId: row.id,
        breachId,
        before,
        after: snapshot(row),
      });
    });
    return this.get(breachId);
  }

  // ---------- helpers ----------

  private async readiness(
    m: EntityManager,
    breachId: string,
    content: AuthorityNotificationContent,
    reasons: Record<string, string>,
    now: Date,
  ) {
    const authority = await m.findOne(ObligationEntity, {
      where: { breachId, kind: 'authority' },
      select: { id: true, dueAt: true },
    });
    return approvalReadiness(content, { late: isLate(authority?.dueAt ?? null, now) }, reasons);
  }

  private async stopApprovalEscalation(tx: Transaction, breachId: string): Promise<void> {
    const authority = await tx.manager.findOne(ObligationEntity, {
      where: { breachId, kind: 'authority' },
      select: { id: true },
    });
    if (authority) await this.escalations.cancelApprovalWaiting(tx, authority.id);
  }

  /** Locks the breach row first, so concurrent first saves cannot both create a notification. */
  private async lock(
    tx: Transaction,
    breachId: string,
  ): Promise<{ breach: BreachEntity; row: AuthorityNotificationEntity | null }> {
    const breach = await tx.manager.findOne(BreachEntity, {
      where: { id: breachId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!breach) throw new NotFoundError('breach', breachId);
    const row = await tx.manager.findOne(AuthorityNotificationEntity, {
      where: { breachId },
      lock: { mode: 'pessimistic_write' },
    });
    return { breach, row };
  }

  /** Approving, rejecting, recording … need a saved notification; an unsaved one is a draft. */
  private async existing(
    tx: Transaction,
    breachId: string,
    event: AuthorityNotificationEvent,
  ): Promise<AuthorityNotificationEntity> {
    const { row } = await this.lock(tx, breachId);
    if (!row) step('draft', event);
    return row as AuthorityNotificationEntity;
  }

  /**
   * The saved notification, or a new unsaved one holding the prefill: the caller changes it and
   * saves once (version 1), then records the creation with `auditCreated`.
   */
  private async draftOf(
    tx: Transaction,
    breach: BreachEntity,
    existing: AuthorityNotificationEntity | null,
  ): Promise<{ row: AuthorityNotificationEntity; prefilled: AuthorityNotificationContent | null }> {
    if (existing) return { row: existing, prefilled: null };
    const content = await this.prefill(tx.manager, breach);
    const row = tx.manager.create(AuthorityNotificationEntity, {
      breachId: breach.id,
      state: 'draft',
      content,
      createdById: tx.actor.id ?? breach.createdById,
      draftedById: null,
      draftedAt: null,
      approvedById: null,
      approvedAt: null,
      apReference: null,
      submittedAt: null,
      submissionRecordedById: null,
      delayReason: null,
      withdrawnAt: null,
      withdrawReason: null,
      missingAnswerReasons: {},
    });
    return { row, prefilled: content };
  }

  private auditCreated(
    tx: Transaction,
    row: AuthorityNotificationEntity,
    prefilled: AuthorityNotificationContent,
  ): void {
    tx.audit({
      action: 'authority_notification.created',
      entityType: 'authority_notification',
      entityId: row.id,
      breachId: row.breachId,
      after: { state: 'draft', content: prefilled },
    });
  }

  /** The reporter is the officer who registered the breach; the contact point its named contact person. */
  private async prefill(m: EntityManager, breach: BreachEntity): Promise<AuthorityNotificationContent> {
    // One after the other: `m` is a transaction's single connection, which runs one query at a time.
    const assessment = await m.findOne(AssessmentEntity, {
      where: { breachId: breach.id },
      order: { version: 'DESC' },
    });
    const affected = await m.findBy(AffectedCustomerEntity, { breachId: breach.id });
    const organisation = await loadOrganisation(m);
    const customers = affected.length
      ? await m.find(CustomerEntity, {
          where: { id: In(affected.map((a) => a.customerId)) },
          select: { id: true, name: true },
        })
      : [];
    const names = new Map(customers.map((c) => [c.id, c.name]));
    const userIds = [breach.createdById, breach.contactPersonId].filter((x): x is string => !!x);
    const users = await m.find(UserEntity, {
      where: { id: In(userIds) },
      select: { id: true, name: true, email: true },
    });
    const person = (id: string | null) => {
      const u = users.find((x) => x.id === id);
      return u ? { name: u.name, email: u.email } : null;
    };
    return prefillAuthorityNotification({
      breach,
      assessment: assessment?.final ?? null,
      affectedCustomers: affected
        .map((a) => ({ name: names.get(a.customerId) ?? '', subjectsCount: a.subjectsCount, role: a.role }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      reporter: person(breach.createdById),
      contactPoint: person(breach.contactPersonId),
      organisation,
    });
  }

  private async nameOf(m: EntityManager, actor: Person): Promise<string> {
    const user = await m.findOne(UserEntity, { where: { id: actor.id }, select: { id: true, name: true } });
    return user?.name ?? actor.label;
  }

  private async toDto(
    m: EntityManager,
    breachId: string,
    row: AuthorityNotificationEntity | null,
    content: AuthorityNotificationContent,
    dueAt: Date | null,
    ctx: CompletenessContext,
  ): Promise<AuthorityNotificationDto> {
    const followUps = row
      ? await m.find(AuthorityNotificationFollowUpEntity, {
          where: { notificationId: row.id },
          order: { createdAt: 'ASC' },
        })
      : [];
    const rejected = row
      ? await m.find(AuthorityNotificationRejectionEntity, {
          where: { notificationId: row.id },
          order: { rejectedAt: 'ASC', id: 'ASC' },
        })
      : [];
    const ids = [
      row?.draftedById,
      row?.approvedById,
      row?.submissionRecordedById,
      ...followUps.map((f) => f.createdById),
    ].filter((x): x is string => !!x);
    const users = ids.length
      ? await m.find(UserEntity, { where: { id: In([...new Set(ids)]) }, select: { id: true, name: true } })
      : [];
    const names = new Map(users.map((u) => [u.id, u.name]));
    const ref = (id: string | null | undefined): PersonNameRefDto | null =>
      id ? { id, name: names.get(id) ?? '' } : null;
    const rejections: RejectionDto[] = rejected.map((r) => ({
      reason: r.reason,
      rejectedBy: { id: r.rejectedById ?? '', name: r.rejectedByName },
      rejectedAt: r.rejectedAt.toISOString(),
    }));
    const readiness = approvalReadiness(content, ctx, row?.missingAnswerReasons ?? {});
    return {
      id: row?.id ?? null,
      breachId,
      persisted: row !== null,
      state: row?.state ?? 'draft',
      content,
      completeness: completeness(content, ctx),
      missingAnswers: readiness.missing,
      readyForApproval: readiness.ready,
      missingAnswerReasons: row?.missingAnswerReasons ?? {},
      dueAt: dueAt?.toISOString() ?? null,
      late: ctx.late,
      draftedBy: ref(row?.draftedById),
      draftedAt: row?.draftedAt?.toISOString() ?? null,
      approvedBy: ref(row?.approvedById),
      approvedAt: row?.approvedAt?.toISOString() ?? null,
      apReference: row?.apReference ?? null,
      submittedAt: row?.submittedAt?.toISOString() ?? null,
      submissionRecordedBy: ref(row?.submissionRecordedById),
      delayReason: row?.delayReason ?? null,
      withdrawnAt: row?.withdrawnAt?.toISOString() ?? null,
      withdrawReason: row?.withdrawReason ?? null,
      rejections,
      followUps: followUps.map((f) => ({
        id: f.id,
        content: f.content,
        state: f.state,
        createdBy: ref(f.createdById) ?? { id: f.createdById, name: '' },
        createdAt: f.createdAt.toISOString(),
      })),
      createdAt: row?.createdAt.toISOString() ?? null,
      updatedAt: row?.updatedAt.toISOString() ?? null,
      version: row?.version ?? 0,
    };
  }
}

/** The domain state machine, with its conflicts as 409s. */
function step(state: AuthorityNotificationState, event: AuthorityNotificationEvent): AuthorityNotificationState {
  try {
    return transitionAuthorityNotification(state, event);
  } catch (e) {
    if (e instanceof AuthorityNotificationTransitionError) throw new ConflictError([e.message]);
    throw e;
  }
}
