import { type Language } from '@lekwacht/contracts';
import { missingCustomerTexts, noticeLanguages, type NoticeCustomerSlice } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/actor';
import { type Transaction, UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import { type GenerateNoticesResultDto, type NoticeDto, toNoticeDto, type UpdateNoticeDto } from './notice.dto';
import { NoticeEntity, type NoticeKind, type NoticeRecipientKind } from './notice.entity';
import { currentView, type NoticeViewSpec } from './notice-freshness';
import { textToHtml } from './notice-rendering';
import { NoticeSources, viewHash } from './notice-sources';
import { NoticeTemplatesService } from './notice-templates.service';

const CHUNK = 500;

/** Why a customer text is needed, per field path from missingCustomerTexts. */
function missingTextMessage(field: string): string {
  if (field.startsWith('customerSummary.'))
    return `${field} is required: write what happened for the customers who read this language`;
  const what = field.startsWith('customerMeasures.') ? 'measures' : 'consequences';
  return `${field} is required: the ${what} are written for customers in another language; write them in this language too`;
}

interface ExistingNotice {
  id: string;
  customer_id: string;
  sequence: number;
  kind: NoticeKind;
  status: string;
  recipient_name: string;
  recipient_email: string;
  recipient_kind: NoticeRecipientKind;
  subject: string;
  text: string;
  html: string;
  view_hash: string | null;
  reviewed_at: Date | null;
  reviewed_by_id: string | null;
  reviewed_by_name: string | null;
  reviewed_view_hash: string | null;
  sent_at: Date | null;
  created_at: Date;
}

/**
 * Drafting customer notices: the initial notice per affected customer, supplementary notices
 * after sending, and edits of a draft. Every draft is rendered from its customer's NoticeView
 * only. Re-drafting keeps a review whose notice came out exactly the same.
 */
@Injectable()
export class DraftNotices {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sources: NoticeSources,
    private readonly templates: NoticeTemplatesService,
  ) {}

  /** Initial notices for customers not told yet; every unsent draft is rendered again. */
  initial(actor: Actor, breachId: string): Promise<GenerateNoticesResultDto> {
    return this.draft(actor, breachId, null);
  }

  /** Supplementary notices, to the same recipients, for customers whose notice went out (facts changed since). */
  followUp(actor: Actor, breachId: string, customerIds?: string[]): Promise<GenerateNoticesResultDto> {
    return this.draft(actor, breachId, customerIds ?? 'all');
  }

  private draft(actor: Actor, breachId: string, followUp: string[] | 'all' | null): Promise<GenerateNoticesResultDto> {
    return this.uow.run(actor, async (tx) => {
      const m = tx.manager;
      const source = await this.sources.load(m, breachId, true);
      const existing = (await m.query(
        `SELECT id, customer_id, sequence, kind, status, recipient_name, recipient_email, recipient_kind, subject, text, html,
                view_hash, reviewed_at, reviewed_by_id, reviewed_by_name, reviewed_view_hash, sent_at, created_at
           FROM notices WHERE breach_id = $1 ORDER BY customer_id, sequence`,
        [breachId],
      )) as ExistingNotice[];
      const latest = new Map<string, ExistingNotice>();
      for (const n of existing) latest.set(n.customer_id, n); // ordered by sequence: the last one wins
      const sliceIds = new Set(source.slices.map((s) => s.customerId));
      if (followUp !== null && followUp !== 'all') {
        const unknown = followUp.flatMap((id, i) =>
          sliceIds.has(id) ? [] : [`customerIds.${i} must be an affected customer of this breach`],
        );
        if (unknown.length) throw new InvalidInputError(unknown);
      }

      // What each customer gets: [slice, spec, sequence, reused draft]
      const plan: {
        slice: NoticeCustomerSlice;
        spec: NoticeViewSpec;
        sequence: number;
        previous: ExistingNotice | null;
      }[] = [];
      let skipped = 0;
      for (const slice of source.slices) {
        const last = latest.get(slice.customerId);
        if (last && last.status === 'draft') {
          const before = existing.find((e) => e.customer_id === slice.customerId && e.sequence === last.sequence - 1);
          plan.push({
            slice,
            sequence: last.sequence,
            previous: last,
            spec: {
              customerId: slice.customerId,
              kind: last.kind,
              recipient: last.kind === 'supplementary' ? recipientOf(last) : null,
              previousSentAt: before?.sent_at ?? null,
            },
          });
        } else if (!last) {
          plan.push({
            slice,
            sequence: 1,
            previous: null,
            spec: { customerId: slice.customerId, kind: 'initial', recipient: null, previousSentAt: null },
          });
        } else if (followUp === 'all' || followUp?.includes(slice.customerId)) {
          if (last.status !== 'sent' && last.status !== 'acknowledged') {
            if (followUp !== 'all')
              throw new ConflictError([
                `the notice to customer ${slice.customerId} has not been delivered yet (${last.status}); resend it instead`,
              ]);
            skipped++;
            continue;
          }
          plan.push({
            slice,
            sequence: last.sequence + 1,
            previous: null,
            spec: {
              customerId: slice.customerId,
              kind: 'supplementary',
              recipient: recipientOf(last),
              previousSentAt: last.sent_at,
            },
          });
        } else {
          skipped++;
        }
      }

      const missing = missingCustomerTexts(source.facts, noticeLanguages(plan.map((p) => p.slice)));
      if (missing.length) throw new InvalidInputError(missing.map(missingTextMessage));

      const templates = await this.templates.sources(m);
      const now = new Date();
      let stillReviewed = 0;
      const rows = plan.map(({ slice, spec, sequence, previous }): Partial<NoticeEntity> => {
        const view = currentView(this.sources, source, spec);
        if (!view) throw new NotFoundError('customer', slice.customerId);
        const language: Language = view.language;
        const template = templates.get(language);
        if (!template) throw new Error(`no notice template for ${language}`);
        const compiled = this.templates.compiled(template);
        const hash = viewHash(view);
        const rendered = { subject: compiled.subject(view), text: compiled.text(view), html: compiled.html(view) };
        const unchanged =
          !!previous &&
          previous.view_hash === hash &&
          previous.subject === rendered.subject &&
          previous.text === rendered.text &&
          previous.html === rendered.html;
        const keepReview = unchanged && !!previous?.reviewed_at && previous.reviewed_view_hash === hash;
        if (keepReview) stillReviewed++;
        return {
          id: previous?.id ?? randomUUID(),
          breachId,
          customerId: slice.customerId,
          sequence,
          kind: spec.kind,
          language,
          recipientName: view.recipient.name,
          recipientEmail: view.recipient.email,
          recipientKind: view.recipient.kind,
          ...rendered,
          viewHash: hash,
          reviewedAt: keepReview ? previous.reviewed_at : null,
          reviewedById: keepReview ? previous.reviewed_by_id : null,
          reviewedByName: keepReview ? previous.reviewed_by_name : null,
          reviewedViewHash: keepReview ? hash : null,
          status: 'draft',
          createdAt: previous?.created_at ?? now,
          updatedAt: now,
        };
      });
      const removed = existing.filter((e) => e.status === 'draft' && !sliceIds.has(e.customer_id)).length;
      await m.query(`DELETE FROM notices WHERE breach_id = $1 AND status = 'draft'`, [breachId]);
      for (let i = 0; i < rows.length; i += CHUNK) {
        await m
          .createQueryBuilder()
          .insert()
          .into(NoticeEntity)
          .values(rows.slice(i, i + CHUNK))
          .updateEntity(false)
          .execute();
      }
      const result = { generated: rows.length, skipped, removed, stillReviewed };
      tx.audit({
        action: followUp === null ? 'notices.generated' : 'notices.follow_up_drafted',
        entityType: 'breach',
        entityId: breachId,
        breachId,
        after: result,
      });
      return result;
    });
  }

  /** Edits a draft's subject and text; the HTML is re-rendered from the text, escaped. The review starts over. */
  edit(actor: Actor, id: string, dto: UpdateNoticeDto): Promise<NoticeDto> {
    return this.uow.run(actor, async (tx) => {
      const n = await lockNotice(tx, id);
      if (n.status !== 'draft') throw new ConflictError([`only a draft notice can be edited; this one is ${n.status}`]);
      const before = { subject: n.subject, text: n.text, reviewedAt: n.reviewedAt };
      if (dto.subject !== undefined) n.subject = dto.subject;
      if (dto.text !== undefined) {
        n.text = dto.text.replace(/\r\n?/g, '\n');
        n.html = textToHtml(n.text);
      }
      n.reviewedAt = null;
      n.reviewedById = null;
      n.reviewedByName = null;
      n.reviewedViewHash = null;
      await tx.manager.save(n);
      tx.audit({
        action: 'notice.edited',
        entityType: 'notice',
        entityId: id,
        breachId: n.breachId,
        before,
        after: { subject: n.subject, text: n.text, reviewedAt: null },
      });
      return toNoticeDto(n, await customerName(tx, n.customerId), new Date(), 'not_reviewed');
    });
  }
}

const recipientOf = (n: ExistingNotice) => ({
  name: n.recipient_name,
  email: n.recipient_email,
  kind: n.recipient_kind,
});

export async function lockNotice(tx: Transaction, id: string): Promise<NoticeEntity> {
  const n = await tx.manager.findOne(NoticeEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!n) throw new NotFoundError('notice', id);
  return n;
}

export async function customerName(tx: Transaction, customerId: string): Promise<string> {
  const [c] = (await tx.manager.query(`SELECT name FROM customers WHERE id = $1`, [customerId])) as { name: string }[];
  return c?.name ?? '';
}
