import type { Language } from '@lekwacht/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Actor } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { Outbox } from '../mail/outbox.service';
import { issueToken } from '../security/tokens';
import type { SendNoticesResultDto } from './notice.dto';
import type { NoticeRecipientKind } from './notice.entity';
import { draftStates } from './notice-freshness';
import { composeNoticeMail, portalUrl } from './notice-mail';
import { NoticeSources } from './notice-sources';

export const TOKEN_TTL_MS = 90 * 24 * 3_600_000;
/** Notices queued per transaction (see execute). */
const QUEUE_BATCH = 100;

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
 * Sends the breach's reviewed drafts through the outbox, each with a personal portal link, and
 * says how many drafts it left and why (not reviewed, outdated since review, changed meanwhile).
 */
@Injectable()
export class SendNotices {
  private readonly logger = new Logger(SendNotices.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly sources: NoticeSources,
    private readonly config: AppConfig,
  ) {}

  /**
   * Drafts go in batches of QUEUE_BATCH, each batch one transaction holding, per notice, its
   * outbox row, its new status and token and its audit events, so a notice is never half-queued.
   * If a batch fails, its notices are queued again one transaction per notice, so one bad notice
   * cannot hold back the others. (One transaction per notice throughout took 30 s for 5,000
   * customers: every transaction appends to the one audit chain, which serialises them.) The
   * version check (still a draft, not edited or re-reviewed since it was read) makes a concurrent
   * send, edit or re-draft safe.
   */
  async execute(actor: Actor, breachId: string): Promise<SendNoticesResultDto> {
    const source = await this.sources.load(this.dataSource.manager, breachId);
    const { drafts, states } = await draftStates(this.dataSource.manager, this.sources, source);
    const reasons = { notReviewed: 0, outdated: 0, changedMeanwhile: 0 };
    const ready = new Set<string>();
    for (const d of drafts) {
      const state = states.get(d.id);
      if (state === 'reviewed') ready.add(d.id);
      else if (state === 'outdated') reasons.outdated++;
      else reasons.notReviewed++;
    }
    let queued = 0;
    const ids = [...ready].sort();
    for (let i = 0; i < ids.length; i += QUEUE_BATCH) {
      const batch = (await this.dataSource.query(
        `SELECT id, breach_id, language, recipient_name, recipient_email, recipient_kind, subject, text, html,
                updated_at::text AS version
           FROM notices WHERE id = ANY($1::uuid[]) AND status = 'draft' AND reviewed_at IS NOT NULL ORDER BY id`,
        [ids.slice(i, i + QUEUE_BATCH)],
      )) as DraftRow[];
      let done: number;
      try {
        done = await this.queueDrafts(actor, batch);
      } catch (err) {
        this.logger.warn(
          `queuing a batch of ${batch.length} notices failed (${err instanceof Error ? err.message : String(err)}); retrying one by one`,
        );
        done = 0;
        for (const d of batch) {
          // a notice that cannot be queued stays a draft (counted as skipped) and can be sent again
          done += await this.queueDrafts(actor, [d]).catch((e: unknown) => {
            this.logger.error(`notice ${d.id} could not be queued: ${e instanceof Error ? e.message : String(e)}`);
            return 0;
          });
        }
      }
      queued += done;
      reasons.changedMeanwhile += Math.min(QUEUE_BATCH, ids.length - i) - done;
    }
    return {
      queued,
      skipped: reasons.notReviewed + reasons.outdated + reasons.changedMeanwhile,
      skippedReasons: reasons,
    };
  }

  /** Queues the drafts that are still unchanged, reviewed drafts, in one transaction; returns how many. */
  private queueDrafts(actor: Actor, drafts: DraftRow[]): Promise<number> {
    if (drafts.length === 0) return Promise.resolve(0);
    return this.uow.run(actor, async (tx) => {
      const current = (await tx.manager.query(
        `SELECT id, updated_at::text AS version FROM notices
          WHERE id = ANY($1::uuid[]) AND status = 'draft' AND reviewed_at IS NOT NULL FOR UPDATE`,
        [drafts.map((d) => d.id)],
      )) as { id: string; version: string }[];
      const versions = new Map(current.map((c) => [c.id, c.version]));
      const ready = drafts.filter((d) => versions.get(d.id) === d.version);
      if (ready.length === 0) return 0;
      const links = ready.map((d) => ({ d, ...issueToken() }));
      const expiresAt = new Date(Date.now() + TOKEN_TTL_MS);
      const messages = await this.outbox.enqueue(
        tx,
        links.map(({ d, token }) =>
          composeNoticeMail(
            {
              id: d.id,
              breachId: d.breach_id,
              language: d.language,
              recipientName: d.recipient_name,
              recipientEmail: d.recipient_email,
              subject: d.subject,
              text: d.text,
              html: d.html,
            },
            portalUrl(this.config.publicUrl, token),
          ),
        ),
      );
      await tx.manager.query(
        `UPDATE notices n SET status = 'queued', outbox_message_id = v.message_id, token_hash = v.token_hash, token_expires_at = $4,
                token_revoked_at = NULL, updated_at = now()
           FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS v(id, message_id, token_hash)
          WHERE n.id = v.id`,
        [ready.map((d) => d.id), messages.map((m) => m.id), links.map((l) => l.hash), expiresAt],
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
}
