import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { acknowledgementWindow, isTaskOverdue, type ObligationKind, type ObligationState } from '@lekwacht/domain';
import type { DataSource } from 'typeorm';
import type { SessionUser } from '../auth/session-user';
import { BreachesService } from '../breaches/breaches.service';
import { Clock } from '../clock/clock';
import type { EscalationReason, MyWorkApprovalDto, MyWorkDto, MyWorkEscalationDto, MyWorkTaskDto } from './my-work.dto';

/** The first screenful of owned breaches; the total says how many more the breach list holds. */
const OWNED_LIMIT = 50;
/** A sane cap per section: far beyond what a person can have waiting. */
const SECTION_LIMIT = 200;

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

interface EscalationRow {
  escalation_id: string;
  breach_id: string;
  reason: EscalationReason | null;
  escalation_state: string;
  escalation_due_at: Date;
  fired_at: Date | null;
  kind: ObligationKind;
  obligation_state: ObligationState;
  due_at: Date | null;
  reference: string;
  title: string;
  customer_name: string | null;
  superseded_at: Date | null;
}

/**
 * Issue #18 point 5: what waits for one user, read in one request. Each section asks exactly
 * what the action it links to would allow, so nothing is listed that the user then cannot do:
 * an escalation only while its acknowledgement window is open (the same rule the escalation page
 * and POST …/acknowledge use), an approval only for a manager who did not submit it (four-eyes).
 */
@Injectable()
export class MyWorkService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly breaches: BreachesService,
    private readonly clock: Clock,
  ) {}

  async forUser(user: SessionUser): Promise<MyWorkDto> {
    const casework = user.role === 'officer' || user.role === 'manager';
    const [owned, escalationsToAcknowledge, approvalsWaiting, tasksAssigned] = await Promise.all([
      casework
        ? this.breaches.list({ owner: 'me', status: 'open', page: 1, pageSize: OWNED_LIMIT }, user)
        : { items: [], total: 0 },
      this.escalations(user),
      user.role === 'manager' ? this.approvals(user.id) : Promise.resolve([]),
      casework ? this.tasks(user.id) : Promise.resolve([]),
    ]);
    return {
      ownedBreaches: owned.items,
      ownedBreachesTotal: owned.total,
      escalationsToAcknowledge,
      approvalsWaiting,
      tasksAssigned,
    };
  }

  /** Fired escalations with me (my account) among the recipients, not acknowledged by me, still acknowledgeable. */
  private async escalations(user: SessionUser): Promise<MyWorkEscalationDto[]> {
    // r.email first: the (email, delivery_state) index finds my rows; user_id makes them mine.
    const rows = (await this.dataSource.query(
      `SELECT r.escalation_id, r.breach_id, r.reason, e.state AS escalation_state, e.due_at AS escalation_due_at,
              e.fired_at, o.kind, o.state AS obligation_state, o.due_at, b.reference, b.title,
              c.name AS customer_name,
              (SELECT min(n.fired_at) FROM escalations n
                WHERE n.obligation_id = e.obligation_id AND n.id <> e.id AND n.fired_at > e.fired_at) AS superseded_at
         FROM escalation_recipients r
         JOIN escalations e ON e.id = r.escalation_id
         JOIN obligations o ON o.id = e.obligation_id
         JOIN breaches b ON b.id = r.breach_id
         LEFT JOIN customers c ON c.id = o.customer_id
        WHERE r.email = $1 AND r.user_id = $2 AND r.acknowledged_at IS NULL AND r.delivery_state <> 'withdrawn'
          AND e.state IN ('fired', 'acknowledged') AND o.state = 'open'
        ORDER BY coalesce(o.due_at, e.due_at) ASC, e.fired_at ASC, r.escalation_id
        LIMIT ${SECTION_LIMIT}`,
      [user.email, user.id],
    )) as EscalationRow[];
    return rows
      .filter(
        (r) =>
          acknowledgementWindow({
            escalationState: r.escalation_state,
            obligationState: r.obligation_state,
            supersededAt: r.superseded_at ? new Date(r.superseded_at) : null,
          }).open,
      )
      .map((r) => ({
        escalationId: r.escalation_id,
        breachId: r.breach_id,
        breachReference: r.reference,
        breachTitle: r.title,
        obligationKind: r.kind,
        customerName: r.customer_name,
        dueAt: new Date(r.due_at ?? r.escalation_due_at).toISOString(),
        firedAt: iso(r.fired_at),
        reason: r.reason,
      }));
  }

  /** Open tasks on open breaches assigned to me: overdue and soonest due first, undated last. */
  private async tasks(userId: string): Promise<MyWorkTaskDto[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, t.breach_id, t.title, t.due_at, b.reference, b.title AS breach_title
         FROM breach_tasks t
         JOIN breaches b ON b.id = t.breach_id
        WHERE t.assignee_id = $1 AND t.state = 'open' AND b.status = 'open'
        ORDER BY t.due_at ASC NULLS LAST, t.created_at, t.id
        LIMIT ${SECTION_LIMIT}`,
      [userId],
    )) as {
      id: string;
      breach_id: string;
      title: string;
      due_at: Date | null;
      reference: string;
      breach_title: string;
    }[];
    const now = this.clock.now();
    return rows.map((r) => ({
      taskId: r.id,
      breachId: r.breach_id,
      breachReference: r.reference,
      breachTitle: r.breach_title,
      title: r.title,
      dueAt: iso(r.due_at),
      overdue: isTaskOverdue({ state: 'open', dueAt: r.due_at ? new Date(r.due_at) : null }, now),
    }));
  }

  /** For a manager: AP drafts and "not required" decisions awaiting approval that someone else submitted. */
  private async approvals(managerId: string): Promise<MyWorkApprovalDto[]> {
    const [drafts, decisions] = await Promise.all([
      this.dataSource.query(
        `SELECT n.breach_id, b.reference, b.title, n.drafted_by_id, u.name AS drafted_by_name, n.updated_at, o.due_at
           FROM authority_notifications n
           JOIN breaches b ON b.id = n.breach_id
           LEFT JOIN users u ON u.id = n.drafted_by_id
           LEFT JOIN obligations o ON o.breach_id = n.breach_id AND o.kind = 'authority'
          WHERE n.state = 'awaiting_approval' AND n.drafted_by_id IS NOT NULL AND n.drafted_by_id <> $1
          ORDER BY o.due_at ASC NULLS LAST, n.updated_at ASC
          LIMIT ${SECTION_LIMIT}`,
        [managerId],
      ) as Promise<
        {
          breach_id: string;
          reference: string;
          title: string;
          drafted_by_id: string;
          drafted_by_name: string | null;
          updated_at: Date;
          due_at: Date | null;
        }[]
      >,
      this.dataSource.query(
        `SELECT o.id, o.breach_id, o.kind, o.required, o.due_at, o.not_required_proposed_by_id,
                o.not_required_proposed_by_name, o.not_required_proposed_at, b.reference, b.title,
                c.name AS customer_name
           FROM obligations o
           JOIN breaches b ON b.id = o.breach_id
           LEFT JOIN customers c ON c.id = o.customer_id
          WHERE o.state = 'open' AND o.not_required_proposed_by_id IS NOT NULL AND o.not_required_proposed_by_id <> $1
          ORDER BY o.not_required_proposed_at ASC NULLS LAST, o.id
          LIMIT ${SECTION_LIMIT}`,
        [managerId],
      ) as Promise<
        {
          id: string;
          breach_id: string;
          kind: ObligationKind;
          required: boolean | null;
          due_at: Date | null;
          not_required_proposed_by_id: string;
          not_required_proposed_by_name: string | null;
          not_required_proposed_at: Date | null;
          reference: string;
          title: string;
          customer_name: string | null;
        }[]
      >,
    ]);
    return [
      ...drafts.map(
        (d): MyWorkApprovalDto => ({
          kind: 'authority_notification',
          breachId: d.breach_id,
          breachReference: d.reference,
          breachTitle: d.title,
          obligationId: null,
          obligationKind: null,
          customerName: null,
          requestedBy: { id: d.drafted_by_id, name: d.drafted_by_name ?? '' },
          requestedAt: iso(d.updated_at),
          dueAt: iso(d.due_at),
        }),
      ),
      ...decisions.map(
        (o): MyWorkApprovalDto => ({
          kind: 'not_required',
          breachId: o.breach_id,
          breachReference: o.reference,
          breachTitle: o.title,
          obligationId: o.id,
          obligationKind: o.kind,
          customerName: o.customer_name,
          requestedBy: { id: o.not_required_proposed_by_id, name: o.not_required_proposed_by_name ?? '' },
          requestedAt: iso(o.not_required_proposed_at),
          // A decision to confirm (the outcome says not required) has no running deadline.
          dueAt: o.required === false ? null : iso(o.due_at),
        }),
      ),
    ];
  }
}
