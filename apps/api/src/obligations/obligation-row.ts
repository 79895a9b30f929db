import type { ObligationEntity } from './obligation.entity';

/** A timestamp as `pg` returns it (Date) or as `json_agg` carries it (ISO text). */
const timestamp = (v: unknown): Date | null => (v === null || v === undefined ? null : new Date(v as string | Date));

/**
 * An obligation from a raw SQL row (snake_case columns, from `SELECT o.*` or `json_agg(o)`), for
 * read paths that skip entity hydration (clock board, breach list).
 */
export function obligationFromRow(r: Record<string, unknown>): ObligationEntity {
  return {
    id: r['id'] as string,
    breachId: r['breach_id'] as string,
    kind: r['kind'] as ObligationEntity['kind'],
    customerId: (r['customer_id'] as string | null) ?? null,
    basis: r['basis'] as ObligationEntity['basis'],
    dueAt: timestamp(r['due_at']),
    required: (r['required'] as boolean | null) ?? null,
    state: r['state'] as ObligationEntity['state'],
    fulfilledAt: timestamp(r['fulfilled_at']),
    late: r['late'] as boolean,
    delayReason: (r['delay_reason'] as string | null) ?? null,
    notRequiredProposedById: (r['not_required_proposed_by_id'] as string | null) ?? null,
    notRequiredProposedByName: (r['not_required_proposed_by_name'] as string | null) ?? null,
    notRequiredRationale: (r['not_required_rationale'] as string | null) ?? null,
    notRequiredProposedAt: timestamp(r['not_required_proposed_at']),
    notRequiredDecidedById: (r['not_required_decided_by_id'] as string | null) ?? null,
    notRequiredDecidedByName: (r['not_required_decided_by_name'] as string | null) ?? null,
    notRequiredDecidedAt: timestamp(r['not_required_decided_at']),
    dataSubjectsInformed: (r['data_subjects_informed'] as ObligationEntity['dataSubjectsInformed']) ?? null,
    art34Exception: (r['art34_exception'] as ObligationEntity['art34Exception']) ?? null,
    createdAt: timestamp(r['created_at']) as Date,
    updatedAt: timestamp(r['updated_at']) as Date,
  };
}
