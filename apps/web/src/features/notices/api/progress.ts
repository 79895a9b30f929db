import type { NoticeSummary } from './notices-api';

type Notice = Pick<NoticeSummary, 'id' | 'status'>;

export interface SendProgress {
  /** Notices of the run that left the queue (sent, acknowledged or failed). */
  done: number;
  /** Notices taking part in the run. */
  total: number;
  queued: number;
  failed: number;
}

/**
 * How far delivery of a run got. `batch` names the notices sent together (the drafts at the
 * moment of sending); without it every notice that is queued or went out counts.
 */
export function sendProgress(notices: readonly Notice[], batch?: ReadonlySet<string>): SendProgress {
  let queued = 0;
  let done = 0;
  let failed = 0;
  for (const n of notices) {
    if (batch && !batch.has(n.id)) continue;
    if (n.status === 'draft') continue;
    if (n.status === 'queued') queued += 1;
    else done += 1;
    if (n.status === 'failed') failed += 1;
  }
  return { done, total: done + queued, queued, failed };
}

export const hasQueued = (notices: readonly Notice[] | undefined): boolean =>
  !!notices?.some((n) => n.status === 'queued');
