import { Injectable } from '@nestjs/common';
import { CONTROLLER_DECISION_HOURS } from '@lekwacht/domain';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors/domain-errors';
import type { NoticeArtefactsPreviewDto, PortalNoticeDto, ReviewNoticesResultDto } from './notice.dto';
import { NoticeEntity } from './notice.entity';
import { draftStates } from './notice-freshness';
import { composeNoticeMail, portalUrl } from './notice-mail';
import { renderNoticePdf } from './notice-pdf';
import { NoticeSources } from './notice-sources';
import { portalHistory } from './portal.service';

/** Stands in for the personal link in a preview: the real one exists only in the mail that is sent. */
export const PREVIEW_LINK_TOKEN = '…';

/**
 * Review before sending: the officer previews exactly what a customer receives (mail text and
 * HTML, portal page, PDF) and records the review. Only reviewed drafts can be sent.
 */
@Injectable()
export class ReviewNotices {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly sources: NoticeSources,
    private readonly config: AppConfig,
  ) {}

  /** Records who reviewed which drafts and when; refuses drafts that changed or went out meanwhile. */
  review(actor: Actor, breachId: string, noticeIds: string[]): Promise<ReviewNoticesResultDto> {
    return this.uow.run(actor, async (tx) => {
      const m = tx.manager;
      const source = await this.sources.load(m, breachId, true);
      const rows = (await m.query(
        `SELECT id, status FROM notices WHERE breach_id = $1 AND id = ANY($2::uuid[]) FOR UPDATE`,
        [breachId, noticeIds],
      )) as { id: string; status: string }[];
      const found = new Set(rows.map((r) => r.id));
      const unknown = noticeIds.flatMap((id, i) =>
        found.has(id) ? [] : [`noticeIds.${i} must be a notice of this breach`],
      );
      if (unknown.length) throw new InvalidInputError(unknown);
      const sent = rows.filter((r) => r.status !== 'draft');
      if (sent.length) throw new ConflictError(sent.map((r) => `notice ${r.id} is ${r.status}, not a draft`));
      const { states } = await draftStates(m, this.sources, source, 'AND n.id = ANY($2::uuid[])', [noticeIds]);
      const outdated = noticeIds.filter((id) => states.get(id) === 'outdated');
      if (outdated.length)
        throw new ConflictError(
          outdated.map((id) => `notice ${id}: the facts changed since it was drafted; draft the notices again first`),
        );
      const now = new Date();
      await m.query(
        `UPDATE notices SET reviewed_at = $2, reviewed_by_id = $3, reviewed_by_name = $4, reviewed_view_hash = view_hash,
                updated_at = now()
          WHERE id = ANY($1::uuid[])`,
        [noticeIds, now, actor.id, actor.label],
      );
      for (const id of noticeIds)
        tx.audit({
          action: 'notice.reviewed',
          entityType: 'notice',
          entityId: id,
          breachId,
          after: { reviewedAt: now, reviewedBy: actor.label },
        });
      return { reviewed: noticeIds.length };
    });
  }

  /** The mail and portal page exactly as this notice's customer gets them (the personal link is a placeholder). */
  async preview(id: string): Promise<NoticeArtefactsPreviewDto> {
    const { notice, portal } = await this.portalPreview(id);
    const mail = composeNoticeMail(notice, portalUrl(this.config.publicUrl, PREVIEW_LINK_TOKEN));
    return {
      noticeId: notice.id,
      customerName: portal.customerName,
      language: notice.language,
      mail: {
        to: { name: notice.recipientName, email: notice.recipientEmail, kind: notice.recipientKind },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      },
      portal,
      pdfPath: `/api/notices/${notice.id}/preview/pdf`,
    };
  }

  /** The portal page of a notice as its customer will see it once sent. */
  /** The PDF the customer will be able to download, with the breach reference it is named after. */
  async previewPdf(id: string): Promise<{ reference: string; pdf: Buffer }> {
    const { portal } = await this.portalPreview(id);
    return { reference: portal.reference, pdf: await renderNoticePdf(portal) };
  }

  async portalPreview(id: string): Promise<{ notice: NoticeEntity; portal: PortalNoticeDto }> {
    const notice = await this.dataSource.getRepository(NoticeEntity).findOneBy({ id });
    if (!notice) throw new NotFoundError('notice', id);
    const [row] = (await this.dataSource.query(
      `SELECT c.name AS customer_name, b.reference,
              (SELECT ac.role FROM affected_customers ac WHERE ac.breach_id = b.id AND ac.customer_id = c.id) AS role
         FROM customers c, breaches b WHERE c.id = $1 AND b.id = $2`,
      [notice.customerId, notice.breachId],
    )) as { customer_name: string; reference: string; role: string | null }[];
    const org = await loadOrganisationProfile(this.dataSource.manager);
    const history = await portalHistory(this.dataSource.manager, notice.breachId, notice.customerId, notice.id);
    const self = {
      sequence: notice.sequence,
      kind: notice.kind,
      subject: notice.subject,
      html: notice.html,
      text: notice.text,
      sentAt: notice.sentAt?.toISOString() ?? null,
      acknowledgedAt: notice.acknowledgedAt?.toISOString() ?? null,
      current: true,
    };
    return {
      notice,
      portal: {
        organisation: { ...org, contactPoint: { ...org.contactPoint } },
        controllerDecisionHours: row?.role === 'processor' ? CONTROLLER_DECISION_HOURS : null,
        kind: notice.kind,
        sequence: notice.sequence,
        // A draft is not in the sent history yet: the preview shows it where it will appear, on top.
        history: notice.status === 'draft' ? [self, ...history] : history,
        customerName: row?.customer_name ?? '',
        reference: row?.reference ?? '',
        language: notice.language,
        subject: notice.subject,
        html: notice.html,
        text: notice.text,
        sentAt: notice.sentAt?.toISOString() ?? null,
        acknowledgedAt: notice.acknowledgedAt?.toISOString() ?? null,
        acknowledgedByName: notice.acknowledgedByName,
      },
    };
  }
}
