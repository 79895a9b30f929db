import type { NoticeView } from '@lekwacht/domain';
import type { EntityManager } from 'typeorm';
import type { ReviewState } from './notice.dto';
import type { NoticeKind, NoticeRecipientKind } from './notice.entity';
import { type NoticeSource, type NoticeSources, viewHash } from './notice-sources';

/** A notice row as far as its view is concerned. */
export interface NoticeViewSpec {
  customerId: string;
  kind: NoticeKind;
  /** Supplementary notices keep the recipients of the notice they follow. */
  recipient: { name: string; email: string; kind: NoticeRecipientKind } | null;
  previousSentAt: Date | null;
}

/** The view a notice of this spec would carry now; null when the customer is no longer affected. */
export function currentView(sources: NoticeSources, source: NoticeSource, spec: NoticeViewSpec): NoticeView | null {
  const slice = source.slices.find((s) => s.customerId === spec.customerId);
  if (!slice) return null;
  const view = sources.view(source, slice, { kind: spec.kind, previousSentAt: spec.previousSentAt });
  return spec.kind === 'supplementary' && spec.recipient ? { ...view, recipient: { ...spec.recipient } } : view;
}

export interface DraftState {
  id: string;
  customer_id: string;
  kind: NoticeKind;
  recipient_name: string;
  recipient_email: string;
  recipient_kind: NoticeRecipientKind;
  view_hash: string | null;
  reviewed_at: Date | null;
  reviewed_view_hash: string | null;
  previous_sent_at: Date | null;
}

/** The columns DraftState needs, for a query on `notices n`. */
export const DRAFT_STATE_COLUMNS = `n.id, n.customer_id, n.kind, n.recipient_name, n.recipient_email, n.recipient_kind, n.view_hash,
  n.reviewed_at, n.reviewed_view_hash,
  (SELECT p.sent_at FROM notices p WHERE p.breach_id = n.breach_id AND p.customer_id = n.customer_id
      AND p.sequence = n.sequence - 1) AS previous_sent_at`;

/**
 * Review state of unsent drafts: "outdated" when what the customer would read now differs from
 * what was drafted (facts, summary, slice or recipient changed), "reviewed" when the reviewed
 * draft is still the current one. Editing the breach therefore marks exactly the affected drafts.
 */
export function reviewStates(
  sources: NoticeSources,
  source: NoticeSource,
  drafts: readonly DraftState[],
): Map<string, ReviewState> {
  const states = new Map<string, ReviewState>();
  for (const d of drafts) {
    const view = currentView(sources, source, {
      customerId: d.customer_id,
      kind: d.kind,
      recipient:
        d.kind === 'supplementary'
          ? { name: d.recipient_name, email: d.recipient_email, kind: d.recipient_kind }
          : null,
      previousSentAt: d.previous_sent_at,
    });
    if (!view || viewHash(view) !== d.view_hash) states.set(d.id, 'outdated');
    else if (d.reviewed_at && d.reviewed_view_hash === d.view_hash) states.set(d.id, 'reviewed');
    else states.set(d.id, 'not_reviewed');
  }
  return states;
}

/** Loads a breach's unsent drafts and their review states. */
export async function draftStates(
  m: EntityManager,
  sources: NoticeSources,
  source: NoticeSource,
  where = '',
  params: unknown[] = [],
): Promise<{ drafts: DraftState[]; states: Map<string, ReviewState> }> {
  const drafts = (await m.query(
    `SELECT ${DRAFT_STATE_COLUMNS} FROM notices n WHERE n.breach_id = $1 AND n.status = 'draft' ${where}`,
    [source.breach.id, ...params],
  )) as DraftState[];
  return { drafts, states: reviewStates(sources, source, drafts) };
}
