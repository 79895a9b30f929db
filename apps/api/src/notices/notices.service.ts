import type { CustomerRole, Language } from '@lekwacht/contracts';
import { isLate, transitionObligation } from '@lekwacht/domain';
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Interval } from '@nestjs/schedule';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { type DataSource, In } from 'typeorm';
import { type Actor, SYSTEM_ACTOR } from '../audit/actor';
import { BreachEntity } from '../breaches/breach.entity';
import { AppConfig } from '../config/app-config';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, NotFoundError } from '../errors/domain-errors';
import { MailWorker } from '../mail/mail-worker';
import { Outbox, type OutgoingMail } from '../mail/outbox.service';
import { toObligationDto } from '../obligations/obligation.dto';
import { ObligationEntity } from '../obligations/obligation.entity';
import {
  type GenerateNoticesResultDto,
  type NoticeDto,
  type NoticeSummaryDto,
  type SendNoticesResultDto,
  toNoticeDto,
  toNoticeSummaryDto,
  type UpdateNoticeDto,
} from './notice.dto';
import { NoticeEntity, type NoticeRecipientKind } from './notice.entity';
import {
  BAND_LABEL,
  CATEGORY_LABEL,
  CAUSE_LABEL,
  formatAmsterdam,
  type NoticeContext,
  PORTAL_LINK_TEXT,
  textToHtml,
  UNKNOWN,
  wrapHtml,
  YES_NO,
} from './notice-rendering';
import { NoticeTemplatesService } from './notice-templates.service';

export const VENDOR_NAME = 'Softmakers B.V.';
export const TOKEN_TTL_MS = 90 * 24 * 3_600_000;
const CHUNK = 500;
/** Notices queued per transaction (see send). */
const QUEUE_BATCH = 100;

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface AffectedRow {
  customer_id: string;
  subjects_count: number | null;
  role: CustomerRole;
  name: string;
  contact_person_name: string | null;
  contact_person_email: string | null;
  management_name: string;
  management_email: string;
  language: Language;
}

interface LatestAssessment {
  final: {
    enisa?: { band?: string };
    authority?: { required?: boolean };
    dataSubjects?: { required?: boolean };
  } | null;
}

interface DraftRow {
  id: string;
  breach_id: string;
  language: Language;
  recipient_name: string;
  recipient_email: string;
  recipient_kind: NoticeRecipientKind;
  subject: string;
  text: string;
  html: string;
  version: string;
}

/**
 * Customer notices: generate drafts from the templates, edit, send through the outbox with a
 * personal portal link, and turn a delivered mail into a fulfilled customer obligation.
 */
@Injectable()
export class NoticesService implements OnModuleInit {
  private readonly logger = new Logger(NoticesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly templates: NoticeTemplatesService,
    private readonly config: AppConfig,
    private readonly worker: MailWorker,
  ) {}

  onModuleInit(): void {
    // Right after each delivered batch (this instance); the sweep below covers crashes and other instances.
    this.worker.onSettled((ids) => this.reconcileDeliveries(ids));
  }

  @Interval('notice-delivery-sweep', 15_000)
  sweep(): void {
    if (this.config.schedulerEnabled) {
      this.reconcileDeliveries().catch((err: unknown) => this.logger.error(err));
    }
  }

  // -------------------------------------------------------------------------------------------
  // Generate

  /** One draft per affected customer; existing drafts are replaced, notices already sent are kept. */
  generate(actor: Actor, breachId: string): Promise<GenerateNoticesResultDto> {
    return this.uow.run(actor, async (tx) => {
      const m = tx.manager;
      const breach = await m.findOne(BreachEntity, { where: { id: breachId }, lock: { mode: 'pessimistic_write' } });
      if (!breach) throw new NotFoundError('breach', breachId);
      // one connection inside a transaction: queries run one after the other
      const affected = (await m.query(
        `SELECT ac.customer_id, ac.subjects_count, ac.role, c.name, c.contact_person_name, c.contact_person_email,
                c.management_name, c.management_email, c.language
           FROM affected_customers ac JOIN customers c ON c.id = ac.customer_id
          WHERE ac.breach_id = $1 ORDER BY c.name`,
        [breachId],
      )) as AffectedRow[];
      const existing = (await m.query(`SELECT customer_id, status FROM notices WHERE breach_id = $1`, [breachId])) as {
        customer_id: string;
        status: string;
      }[];
      const assessments = (await m.query(
        `SELECT final FROM assessments WHERE breach_id = $1 ORDER BY version DESC LIMIT 1`,
        [breachId],
      )) as LatestAssessment[];
      const contacts = (await m.query(`SELECT id, name, email FROM users WHERE id = ANY($1::uuid[])`, [
        [breach.contactPersonId, actor.id].filter((x): x is string => !!x),
      ])) as { id: string; name: string; email: string }[];
      const sources = await this.templates.sources(m);
      const contactUser =
        contacts.find((u) => u.id === breach.contactPersonId) ?? contacts.find((u) => u.id === actor.id);
      const contact = { name: contactUser?.name ?? `${VENDOR_NAME} privacy officer`, email: contactUser?.email ?? '' };
      const sent = new Set(existing.filter((e) => e.status !== 'draft').map((e) => e.customer_id));
      const affectedIds = new Set(affected.map((a) => a.customer_id));
      const removed = existing.filter((e) => e.status === 'draft' && !affectedIds.has(e.customer_id)).length;
      await m.query(`DELETE FROM notices WHERE breach_id = $1 AND status = 'draft'`, [breachId]);

      const assessment = assessments[0]?.final ?? null;
      const now = new Date();
      const rows: Partial<NoticeEntity>[] = [];
      for (const a of affected) {
        if (sent.has(a.customer_id)) continue;
        const language: Language = a.language === 'en' ? 'en' : 'nl';
        const source = sources.get(language);
        if (!source) continue;
        const compiled = this.templates.compiled(source);
        const hasContact = !!a.contact_person_email;
        const recipient = {
          name: hasContact ? (a.contact_person_name ?? a.contact_person_email ?? '') : a.management_name,
          email: hasContact ? (a.contact_person_email ?? '') : a.management_email,
          kind: (hasContact ? 'contact_person' : 'management') as NoticeRecipientKind,
        };
        const ctx = this.context(language, breach, a, recipient, contact, assessment);
        rows.push({
          id: randomUUID(),
          breachId,
          customerId: a.customer_id,
          language,
          recipientName: recipient.name,
          recipientEmail: recipient.email,
          recipientKind: recipient.kind,
          subject: compiled.subject(ctx),
          text: compiled.text(ctx),
          html: compiled.html(ctx),
          status: 'draft',
          createdAt: now,
          updatedAt: now,
        });
      }
      for (let i = 0; i < rows.length; i += CHUNK) {
        await m
          .createQueryBuilder()
          .insert()
          .into(NoticeEntity)
          .values(rows.slice(i, i + CHUNK))
          .updateEntity(false)
          .execute();
      }
      const result = { generated: rows.length, skipped: sent.size, removed };
      tx.audit({ action: 'notices.generated', entityType: 'breach', entityId: breachId, breachId, after: result });
      return result;
    });
  }

  private context(
    language: Language,
    breach: BreachEntity,
    a: AffectedRow,
    recipient: { name: string; kind: NoticeRecipientKind },
    contact: { name: string; email: string },
    assessment: LatestAssessment['final'],
  ): NoticeContext {
    const processor = a.role === 'processor';
    const categories = (breach.facts?.dataCategories ?? []).map((c) => CATEGORY_LABEL[language][c] ?? c);
    const band = assessment?.enisa?.band;
    const yn = (v: boolean | undefined) => (v === undefined ? null : YES_NO[language](v));
    return {
      language,
      customer: { name: a.name },
      recipient,
      breach: {
        reference: breach.reference,
        title: breach.title,
        nature: breach.description.trim() || breach.title,
        cause: CAUSE_LABEL[language][breach.cause] ?? breach.cause,
        occurredAt: formatAmsterdam(breach.occurredAt, language),
        discoveredAt: formatAmsterdam(breach.discoveredAt, language) ?? '',
        containedAt: formatAmsterdam(breach.containedAt, language),
        likelyConsequences: breach.likelyConsequences.trim(),
        measuresTaken: breach.measuresTaken.trim(),
        affectedSystems: breach.affectedSystems.join(', '),
      },
      contact,
      processor,
      handover: processor
        ? {
            subjectsCount:
              a.subjects_count === null
                ? UNKNOWN[language]
                : a.subjects_count.toLocaleString(language === 'nl' ? 'nl-NL' : 'en-GB'),
            dataCategories: categories.length > 0 ? categories.join(', ') : UNKNOWN[language],
            enisaBand: band ? (BAND_LABEL[language][band] ?? band) : null,
            authorityRequired: yn(assessment?.authority?.required),
            dataSubjectsRequired: yn(assessment?.dataSubjects?.required),
          }
        : null,
      vendor: { name: VENDOR_NAME },
    };
  }

  // -------------------------------------------------------------------------------------------
  // Read and edit

  async list(breachId: string): Promise<NoticeSummaryDto[]> {
    const [breach] = (await this.dataSource.query(`SELECT id FROM breaches WHERE id = $1`, [breachId])) as unknown[];
    if (!breach) throw new NotFoundError('breach', breachId);
    const rows = (await this.dataSource
      .getRepository(NoticeEntity)
      .createQueryBuilder('n')
      .select([
        'n.id',
        'n.breachId',
        'n.customerId',
        'n.language',
        'n.recipientName',
        'n.recipientEmail',
        'n.recipientKind',
        'n.status',
        'n.subject',
      ])
      .addSelect([
        'n.outboxMessageId',
        'n.sentAt',
        'n.acknowledgedAt',
        'n.acknowledgedByName',
        'n.tokenHash',
        'n.tokenRevokedAt',
        'n.tokenExpiresAt',
        'n.createdAt',
        'n.updatedAt',
      ])
      .innerJoin('customers', 'c', 'c.id = n.customer_id')
      .addSelect('c.name', 'customer_name')
      .where('n.breach_id = :breachId', { breachId })
      .orderBy('c.name')
      .getRawAndEntities()) as { entities: NoticeEntity[]; raw: { customer_name: string; n_id: string }[] };
    const names = new Map(rows.raw.map((r) => [r.n_id, r.customer_name]));
    const now = new Date();
    return rows.entities.map((n) => toNoticeSummaryDto(n, names.get(n.id) ?? '', now));
  }

  async get(id: string): Promise<NoticeDto> {
    const n = await this.dataSource.getRepository(NoticeEntity).findOneBy({ id });
    if (!n) throw new NotFoundError('notice', id);
    const [c] = (await this.dataSource.query(`SELECT name FROM customers WHERE id = $1`, [n.customerId])) as {
      name: string;
    }[];
    return toNoticeDto(n, c?.name ?? '');
  }

  /** Edits a draft's subject and text; the HTML is re-rendered from the text, escaped. */
  update(actor: Actor, id: string, dto: UpdateNoticeDto): Promise<NoticeDto> {
    return this.uow.run(actor, async (tx) => {
      const n = await this.lockNotice(tx, id);
      if (n.status !== 'draft') throw new ConflictError([`only a draft notice can be edited; this one is ${n.status}`]);
      const before = { subject: n.subject, text: n.text };
      if (dto.subject !== undefined) n.subject = dto.subject;
      if (dto.text !== undefined) {
        n.text = dto.text.replace(/\r\n?/g, '\n');
        n.html = textToHtml(n.text);
      }
      await tx.manager.save(n);
      tx.audit({
        action: 'notice.edited',
        entityType: 'notice',
        entityId: id,
        breachId: n.breachId,
        before,
        after: { subject: n.subject, text: n.text },
      });
      return toNoticeDto(n, await this.customerName(tx, n.customerId));
    });
  }

  // -------------------------------------------------------------------------------------------
  // Send, resend, revoke

  /**
   * Queues every draft of the breach through the outbox. Drafts go in batches of QUEUE_BATCH,
   * each batch one transaction holding, per notice, its outbox row, its new status and token and
   * its audit events, so a notice is never half-queued. If a batch fails, its notices are queued
   * again one transaction per notice, so one bad notice cannot hold back the others. (One
   * transaction per notice throughout took 30 s for 5,000 customers: every transaction appends
   * to the one audit chain, which serialises them.) The version check (still a draft, not edited
   * since it was read) makes a concurrent send or edit safe.
   */
  async send(actor: Actor, breachId: string): Promise<SendNoticesResultDto> {
    const [breach] = (await this.dataSource.query(`SELECT id FROM breaches WHERE id = $1`, [breachId])) as unknown[];
    if (!breach) throw new NotFoundError('breach', breachId);
    let queued = 0;
    let skipped = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const drafts = (await this.dataSource.query(
        `SELECT id, breach_id, language, recipient_name, recipient_email, recipient_kind, subject, text, html, updated_at::text AS version
           FROM notices WHERE breach_id = $1 AND status = 'draft' AND id > $2 ORDER BY id LIMIT $3`,
        [breachId, after, QUEUE_BATCH],
      )) as DraftRow[];
      if (drafts.length === 0) break;
      after = drafts[drafts.length - 1]?.id ?? after;
      let done: number;
      try {
        done = await this.queueDrafts(actor, drafts);
      } catch (err) {
        this.logger.warn(
          `queuing a batch of ${drafts.length} notices failed (${err instanceof Error ? err.message : String(err)}); retrying one by one`,
        );
        done = 0;
        for (const d of drafts) {
          // a notice that cannot be queued stays a draft (counted as skipped) and can be sent again
          done += await this.queueDrafts(actor, [d]).catch((e: unknown) => {
            this.logger.error(`notice ${d.id} could not be queued: ${e instanceof Error ? e.message : String(e)}`);
            return 0;
          });
        }
      }
      queued += done;
      skipped += drafts.length - done;
      if (drafts.length < QUEUE_BATCH) break;
    }
    return { queued, skipped };
  }

  /** Queues the drafts that are still unchanged drafts, in one transaction; returns how many. */
  private queueDrafts(actor: Actor, drafts: DraftRow[]): Promise<number> {
    return this.uow.run(actor, async (tx) => {
      const current = (await tx.manager.query(
        `SELECT id, updated_at::text AS version FROM notices WHERE id = ANY($1::uuid[]) AND status = 'draft' FOR UPDATE`,
        [drafts.map((d) => d.id)],
      )) as { id: string; version: string }[];
      const versions = new Map(current.map((c) => [c.id, c.version]));
      const ready = drafts.filter((d) => versions.get(d.id) === d.version);
      if (ready.length === 0) return 0;
      const tokens = ready.map(() => randomBytes(32).toString('base64url'));
      const expiresAt = new Date(Date.now() + TOKEN_TTL_MS);
      const messages = await this.outbox.enqueue(
        tx,
        ready.map((d, i) =>
          this.mail(
            d.id,
            d.breach_id,
            d.language,
            { name: d.recipient_name, email: d.recipient_email },
            d.subject,
            d.text,
            d.html,
            tokens[i] as string,
          ),
        ),
      );
      await tx.manager.query(
        `UPDATE notices n SET status = 'queued', outbox_message_id = v.message_id, token_hash = v.token_hash, token_expires_at = $4,
                token_revoked_at = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS v(id, message_id, token_hash)
          WHERE n.id = v.id`,
        [ready.map((d) => d.id), messages.map((m) => m.id), tokens.map(sha256), expiresAt],
      );
      ready.forEach((d, i) =>
        tx.audit({
          action: 'notice.queued',
          entityType: 'notice',
          entityId: d.id,
          breachId: d.breach_id,
          after: {
            status: 'queued',
            outboxMessageId: messages[i]?.id ?? null,
            to: d.recipient_email,
            recipientKind: d.recipient_kind,
            tokenExpiresAt: expiresAt,
          },
        }),
      );
      return ready.length;
    });
  }

  private mail(
    noticeId: string,
    breachId: string,
    language: Language,
    to: { name: string; email: string },
    subject: string,
    text: string,
    html: string,
    token: string,
  ): OutgoingMail {
    const url = `${this.config.publicUrl}/portal/${token}`;
    const link = PORTAL_LINK_TEXT[language];
    return {
      kind: 'notice',
      breachId,
      sourceId: noticeId,
      to,
      subject,
      text: `${text}\n\n${link.textIntro}\n${url}\n`,
      html: wrapHtml(language, html, { url, label: link.label, intro: link.intro }),
    };
  }

  /** Sends a notice that went out (or failed) once more, with a new link; the old link stops working. */
  resend(actor: Actor, id: string): Promise<NoticeDto> {
    return this.uow.run(actor, async (tx) => {
      const n = await this.lockNotice(tx, id);
      if (n.status === 'draft')
        throw new ConflictError(['this notice is still a draft; send the breach notices instead']);
      const token = randomBytes(32).toString('base64url');
      await this.queue(tx, n, token, sha256(token), 'notice.resent');
      return toNoticeDto(n, await this.customerName(tx, n.customerId));
    });
  }

  revokeToken(actor: Actor, id: string): Promise<NoticeDto> {
    return this.uow.run(actor, async (tx) => {
      const n = await this.lockNotice(tx, id);
      if (!n.tokenHash || n.tokenRevokedAt) throw new ConflictError(['this notice has no active portal link']);
      n.tokenRevokedAt = new Date();
      await tx.manager.save(n);
      tx.audit({
        action: 'notice.token_revoked',
        entityType: 'notice',
        entityId: id,
        breachId: n.breachId,
        after: { revokedAt: n.tokenRevokedAt },
      });
      return toNoticeDto(n, await this.customerName(tx, n.customerId));
    });
  }

  private async queue(
    tx: Transaction,
    n: NoticeEntity,
    token: string,
    tokenHash: string,
    action: string,
  ): Promise<void> {
    const [message] = await this.outbox.enqueue(tx, [
      this.mail(
        n.id,
        n.breachId,
        n.language,
        { name: n.recipientName, email: n.recipientEmail },
        n.subject,
        n.text,
        n.html,
        token,
      ),
    ]);
    const before = {
      status: n.status,
      outboxMessageId: n.outboxMessageId,
      tokenActive: !!n.tokenHash && !n.tokenRevokedAt,
    };
    n.status = 'queued';
    n.outboxMessageId = message?.id ?? null;
    n.tokenHash = tokenHash;
    n.tokenExpiresAt = new Date(Date.now() + TOKEN_TTL_MS);
    n.tokenRevokedAt = null;
    await tx.manager.save(n);
    tx.audit({
      action,
      entityType: 'notice',
      entityId: n.id,
      breachId: n.breachId,
      before: action === 'notice.resent' ? { ...before, previousTokenRevoked: before.tokenActive } : undefined,
      after: {
        status: n.status,
        outboxMessageId: n.outboxMessageId,
        to: n.recipientEmail,
        recipientKind: n.recipientKind,
        tokenExpiresAt: n.tokenExpiresAt,
      },
    });
  }

  // -------------------------------------------------------------------------------------------
  // Delivery → sent → obligation fulfilled

  /**
   * Notices whose outbox message reached a final state: delivered → `sent` (or `acknowledged`
   * if the reader was quicker than us) and the customer's obligation fulfilled at the delivery
   * moment; failed → `failed`. Idempotent, derived from the outbox rows, so it is safe to run
   * from the worker hook, the periodic sweep and several instances at once.
   */
  async reconcileDeliveries(outboxIds?: string[]): Promise<number> {
    let total = 0;
    for (;;) {
      const pending = (await this.dataSource.query(
        `SELECT n.id FROM notices n JOIN outbox_messages m ON m.id = n.outbox_message_id
          WHERE n.status = 'queued' AND m.status IN ('sent', 'failed') ${outboxIds ? 'AND m.id = ANY($2::uuid[])' : ''}
          LIMIT $1`,
        outboxIds ? [CHUNK, outboxIds] : [CHUNK],
      )) as { id: string }[];
      if (pending.length === 0) return total;
      total += await this.uow.run(SYSTEM_ACTOR, (tx) =>
        this.settle(
          tx,
          pending.map((p) => p.id),
        ),
      );
      if (pending.length < CHUNK) return total;
    }
  }

  private async settle(tx: Transaction, ids: string[]): Promise<number> {
    const m = tx.manager;
    const rows = (await m.query(
      `SELECT n.id, n.breach_id, n.customer_id, n.sent_at, n.acknowledged_at, m.status AS mail_status, m.sent_at AS mail_sent_at, m.last_error
         FROM notices n JOIN outbox_messages m ON m.id = n.outbox_message_id
        WHERE n.id = ANY($1::uuid[]) AND n.status = 'queued' AND m.status IN ('sent', 'failed')
        FOR UPDATE OF n SKIP LOCKED`,
      [ids],
    )) as {
      id: string;
      breach_id: string;
      customer_id: string;
      sent_at: Date | null;
      acknowledged_at: Date | null;
      mail_status: 'sent' | 'failed';
      mail_sent_at: Date | null;
      last_error: string | null;
    }[];
    if (rows.length === 0) return 0;
    // Set-based: a run of 5,000 deliveries must not cost 20,000 round trips.
    const failed = rows.filter((r) => r.mail_status === 'failed');
    if (failed.length) {
      await m.query(`UPDATE notices SET status = 'failed', updated_at = now() WHERE id = ANY($1::uuid[])`, [
        failed.map((r) => r.id),
      ]);
      for (const r of failed)
        tx.audit({
          action: 'notice.failed',
          entityType: 'notice',
          entityId: r.id,
          breachId: r.breach_id,
          after: { status: 'failed', error: r.last_error },
        });
    }
    const delivered = rows
      .filter((r) => r.mail_status === 'sent')
      .map((r) => ({
        ...r,
        sentAt: r.sent_at ?? r.mail_sent_at ?? new Date(),
        status: r.acknowledged_at ? 'acknowledged' : 'sent',
      }));
    if (delivered.length === 0) return rows.length;
    await m.query(
      `UPDATE notices n SET status = v.status, sent_at = v.sent_at, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS v(id, status, sent_at) WHERE n.id = v.id`,
      [delivered.map((r) => r.id), delivered.map((r) => r.status), delivered.map((r) => r.sentAt)],
    );
    for (const r of delivered)
      tx.audit({
        action: 'notice.sent',
        entityType: 'notice',
        entityId: r.id,
        breachId: r.breach_id,
        after: { status: r.status, sentAt: r.sentAt },
      });

    const obligations = await m.find(ObligationEntity, {
      where: {
        kind: 'customer',
        state: 'open',
        breachId: In([...new Set(delivered.map((r) => r.breach_id))]),
        customerId: In([...new Set(delivered.map((r) => r.customer_id))]),
      },
      lock: { mode: 'pessimistic_write' },
    });
    const byKey = new Map(obligations.map((o) => [`${o.breachId}/${o.customerId}`, o]));
    const fulfilled: { o: ObligationEntity; noticeId: string; before: ReturnType<typeof toObligationDto> }[] = [];
    for (const r of delivered) {
      const o = byKey.get(`${r.breach_id}/${r.customer_id}`);
      if (!o || o.state !== 'open') continue;
      const before = toObligationDto(o);
      o.state = transitionObligation(o.state, 'fulfil');
      o.fulfilledAt = r.sentAt;
      o.late = isLate(o.dueAt, r.sentAt);
      fulfilled.push({ o, noticeId: r.id, before });
    }
    if (fulfilled.length) {
      await m.query(
        `UPDATE obligations o SET state = v.state, fulfilled_at = v.fulfilled_at, late = v.late, updated_at = now()
           FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::boolean[]) AS v(id, state, fulfilled_at, late) WHERE o.id = v.id`,
        [
          fulfilled.map((f) => f.o.id),
          fulfilled.map((f) => f.o.state),
          fulfilled.map((f) => f.o.fulfilledAt),
          fulfilled.map((f) => f.o.late),
        ],
      );
      await m.query(
        `UPDATE escalations SET state = 'cancelled' WHERE obligation_id = ANY($1::uuid[]) AND state = 'scheduled'`,
        [fulfilled.map((f) => f.o.id)],
      );
      for (const { o, noticeId, before } of fulfilled) {
        tx.audit({
          action: 'obligation.fulfilled',
          entityType: 'obligation',
          entityId: o.id,
          breachId: o.breachId,
          before,
          after: { ...toObligationDto(o), noticeId },
        });
      }
    }
    return rows.length;
  }

  // -------------------------------------------------------------------------------------------

  private async lockNotice(tx: Transaction, id: string): Promise<NoticeEntity> {
    const n = await tx.manager.findOne(NoticeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!n) throw new NotFoundError('notice', id);
    return n;
  }

  private async customerName(tx: Transaction, customerId: string): Promise<string> {
    const [c] = (await tx.manager.query(`SELECT name FROM customers WHERE id = $1`, [customerId])) as {
      name: string;
    }[];
    return c?.name ?? '';
  }
}
