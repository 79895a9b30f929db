import type { AuthorityNotificationState } from '@lekwacht/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { AuthorityNotificationSummaryDto } from './authority-notification.dto';

interface SummaryRow {
  breach_id: string;
  reference: string;
  title: string;
  state: AuthorityNotificationState;
  drafted_by_id: string | null;
  drafted_by_name: string | null;
  updated_at: Date;
  due_at: Date | null;
}

/**
 * AP notifications across breaches (what waits for a manager's approval, what is approved but not
 * filed yet, …), nearest authority deadline first; at most 500.
 */
@Injectable()
export class AuthorityNotificationListService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(state: AuthorityNotificationState | null): Promise<AuthorityNotificationSummaryDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT n.breach_id, b.reference, b.title, n.state, n.drafted_by_id, u.name AS drafted_by_name, n.updated_at, o.due_at
         FROM authority_notifications n
         JOIN breaches b ON b.id = n.breach_id
         LEFT JOIN users u ON u.id = n.drafted_by_id
         LEFT JOIN obligations o ON o.breach_id = n.breach_id AND o.kind = 'authority'
        WHERE ($1::text IS NULL OR n.state = $1)
        ORDER BY o.due_at ASC NULLS LAST, n.updated_at ASC
        LIMIT 500`,
      [state],
    )) as SummaryRow[];
    return rows.map((r) => ({
      breachId: r.breach_id,
      reference: r.reference,
      title: r.title,
      state: r.state,
      draftedBy: r.drafted_by_id ? { id: r.drafted_by_id, name: r.drafted_by_name ?? '' } : null,
      updatedAt: new Date(r.updated_at).toISOString(),
      authorityDueAt: r.due_at ? new Date(r.due_at).toISOString() : null,
    }));
  }
}
