import { Injectable } from '@nestjs/common';
import type { Actor } from '../audit/actor';
import { AppConfig } from '../config/app-config';
import { UnitOfWork } from '../database/unit-of-work';
import { ConflictError } from '../errors/domain-errors';
import { Outbox } from '../mail/outbox.service';
import { issueToken } from '../security/tokens';
import { type NoticeDto, toNoticeDto } from './notice.dto';
import { customerName, lockNotice } from './draft-notices.use-case';
import { composeNoticeMail, portalUrl } from './notice-mail';
import { TOKEN_TTL_MS } from './send-notices.use-case';

/** A notice's personal portal link: send it once more with a new link, or revoke the link. */
@Injectable()
export class NoticeLinks {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly config: AppConfig,
  ) {}

  /** Sends a notice that went out (or failed) once more, with a new link; the old link stops working. */
  resend(actor: Actor, id: string): Promise<NoticeDto> {
    return this.uow.run(actor, async (tx) => {
      const n = await lockNotice(tx, id);
      if (n.status === 'draft')
        throw new ConflictError(['this notice is still a draft; review it and send the breach notices instead']);
      const { token, hash } = issueToken();
      const [message] = await this.outbox.enqueue(tx, [composeNoticeMail(n, portalUrl(this.config.publicUrl, token))]);
      const before = {
        status: n.status,
        outboxMessageId: n.outboxMessageId,
        tokenActive: !!n.tokenHash && !n.tokenRevokedAt,
      };
      n.status = 'queued';
      n.outboxMessageId = message?.id ?? null;
      n.tokenHash = hash;
      n.tokenExpiresAt = new Date(Date.now() + TOKEN_TTL_MS);
      n.tokenRevokedAt = null;
      await tx.manager.save(n);
      tx.audit({
        action: 'notice.resent',
        entityType: 'notice',
        entityId: n.id,
        breachId: n.breachId,
        before: { ...before, previousTokenRevoked: before.tokenActive },
        after: {
          status: n.status,
          outboxMessageId: n.outboxMessageId,
          to: n.recipientEmail,
          recipientKind: n.recipientKind,
          tokenExpiresAt: n.tokenExpiresAt,
        },
      });
      return toNoticeDto(n, await customerName(tx, n.customerId));
    });
  }

  revoke(actor: Actor, id: string): Promise<NoticeDto> {
    return this.uow.run(actor, async (tx) => {
      const n = await lockNotice(tx, id);
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
      return toNoticeDto(n, await customerName(tx, n.customerId));
    });
  }
}
