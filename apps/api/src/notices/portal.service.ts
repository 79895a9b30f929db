import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Language } from '@lekwacht/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import { UnitOfWork } from '../database/unit-of-work';
import { NotFoundError } from '../errors/domain-errors';
import { sha256Hex } from '../security/tokens';
import type { PortalNoticeDto, PortalNoticeHistoryItemDto } from './notice.dto';
import type { NoticeKind } from './notice.entity';
import { renderNoticePdf } from './notice-pdf';
import { loadOrganisationProfile } from '../organisation/organisation-profile.store';
import { CONTROLLER_DECISION_HOURS, type OrganisationProfile } from '@lekwacht/domain';

/** 32 random bytes in base64url: exactly 43 characters. Anything else is not even looked up. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

interface PortalRow {
  id: string;
  breach_id: string;
  customer_id: string;
  kind: NoticeKind;
  sequence: number;
  customer_name: string;
  reference: string;
  language: Language;
  subject: string;
  html: string;
  text: string;
  sent_at: Date | null;
  acknowledged_at: Date | null;
  acknowledged_by_name: string | null;
  /** Our role for this customer in this breach; null if it is no longer affected. */
  role: string | null;
}

/**
 * Every notice of one customer about one breach that went out, newest first: the portal's
 * history. Only this customer's own notices, so nothing of another customer can appear.
 */
export async function portalHistory(
  m: EntityManager,
  breachId: string,
  customerId: string,
  currentId: string,
): Promise<PortalNoticeHistoryItemDto[]> {
  const rows = (await m.query(
    `SELECT id, sequence, kind, subject, html, text, sent_at, acknowledged_at FROM notices
      WHERE breach_id = $1 AND customer_id = $2 AND status <> 'draft' ORDER BY sequence DESC`,
    [breachId, customerId],
  )) as {
    id: string;
    sequence: number;
    kind: NoticeKind;
    subject: string;
    html: string;
    text: string;
    sent_at: Date | null;
    acknowledged_at: Date | null;
  }[];
  return rows.map((r) => ({
    sequence: r.sequence,
    kind: r.kind,
    subject: r.subject,
    html: r.html,
    text: r.text,
    sentAt: r.sent_at?.toISOString() ?? null,
    acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
    current: r.id === currentId,
  }));
}

/** The same answer for unknown, revoked, expired or malformed tokens: it reveals nothing. */
const notFound = () => new NotFoundError('notice');

/**
 * The customer portal: a token opens exactly the one notice whose hash it matches, while the
 * link is neither revoked nor expired. No session, no CSRF (the token is the credential).
 */
@Injectable()
export class PortalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
  ) {}

  async get(token: string): Promise<PortalNoticeDto & { id: string }> {
    const row = await this.find(token);
    if (!row) throw notFound();
    return this.toDto(
      row,
      await portalHistory(this.dataSource.manager, row.breach_id, row.customer_id, row.id),
      await loadOrganisationProfile(this.dataSource.manager),
    );
  }

  /** The notice as a PDF for its recipient, with the breach reference the file is named after. */
  async pdf(token: string): Promise<{ reference: string; pdf: Buffer }> {
    const { id: _id, ...notice } = await this.get(token);
    return { reference: notice.reference, pdf: await renderNoticePdf(notice) };
  }

  /** Records receipt; a second acknowledgement keeps the first one's name and time. */
  async acknowledge(token: string, name: string): Promise<PortalNoticeDto> {
    const row = await this.find(token);
    if (!row) throw notFound();
    return this.uow.run({ id: null, label: `customer portal: ${name}` }, async (tx) => {
      const updated = (await tx.manager.query(
        `UPDATE notices SET acknowledged_at = now(), acknowledged_by_name = $2,
                status = CASE WHEN status = 'sent' THEN 'acknowledged' ELSE status END, updated_at = now()
          WHERE id = $1 AND acknowledged_at IS NULL
          RETURNING acknowledged_at, acknowledged_by_name, status`,
        [row.id, name],
      )) as
        | [{ acknowledged_at: Date; acknowledged_by_name: string; status: string }[], number]
        | { acknowledged_at: Date; acknowledged_by_name: string; status: string }[];
      const rows = (Array.isArray(updated[0]) ? updated[0] : updated) as {
        acknowledged_at: Date;
        acknowledged_by_name: string;
        status: string;
      }[];
      const done = rows[0];
      if (done) {
        tx.audit({
          action: 'notice.acknowledged',
          entityType: 'notice',
          entityId: row.id,
          breachId: row.breach_id,
          after: {
            acknowledgedAt: done.acknowledged_at,
            acknowledgedByName: done.acknowledged_by_name,
            status: done.status,
          },
        });
        return this.toDto(
          { ...row, acknowledged_at: done.acknowledged_at, acknowledged_by_name: done.acknowledged_by_name },
          await portalHistory(tx.manager, row.breach_id, row.customer_id, row.id),
          await loadOrganisationProfile(tx.manager),
        );
      }
      const [current] = (await tx.manager.query(
        `SELECT acknowledged_at, acknowledged_by_name FROM notices WHERE id = $1`,
        [row.id],
      )) as {
        acknowledged_at: Date | null;
        acknowledged_by_name: string | null;
      }[];
      return this.toDto(
        {
          ...row,
          acknowledged_at: current?.acknowledged_at ?? null,
          acknowledged_by_name: current?.acknowledged_by_name ?? null,
        },
        await portalHistory(tx.manager, row.breach_id, row.customer_id, row.id),
        await loadOrganisationProfile(tx.manager),
      );
    });
  }

  private async find(token: string): Promise<PortalRow | null> {
    if (!TOKEN_SHAPE.test(token)) return null;
    const [row] = (await this.dataSource.query(
      `SELECT n.id, n.breach_id, n.customer_id, n.kind, n.sequence, c.name AS customer_name, b.reference, n.language, n.subject, n.html, n.text,
              n.sent_at, n.acknowledged_at, n.acknowledged_by_name, ac.role
         FROM notices n JOIN customers c ON c.id = n.customer_id JOIN breaches b ON b.id = n.breach_id
         LEFT JOIN affected_customers ac ON ac.breach_id = n.breach_id AND ac.customer_id = n.customer_id
        WHERE n.token_hash = $1 AND n.token_revoked_at IS NULL AND n.token_expires_at > now() AND n.status <> 'draft'`,
      [sha256Hex(token)],
    )) as PortalRow[];
    return row ?? null;
  }

  private toDto(
    r: PortalRow,
    history: PortalNoticeHistoryItemDto[],
    org: OrganisationProfile,
  ): PortalNoticeDto & { id: string } {
    return {
      id: r.id,
      organisation: { ...org, contactPoint: { ...org.contactPoint } },
      controllerDecisionHours: r.role === 'processor' ? CONTROLLER_DECISION_HOURS : null,
      kind: r.kind,
      sequence: r.sequence,
      history,
      customerName: r.customer_name,
      reference: r.reference,
      language: r.language,
      subject: r.subject,
      html: r.html,
      text: r.text,
      sentAt: r.sent_at?.toISOString() ?? null,
      acknowledgedAt: r.acknowledged_at?.toISOString() ?? null,
      acknowledgedByName: r.acknowledged_by_name,
    };
  }
}
