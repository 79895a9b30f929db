import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ReviewState } from '../api/notices-api';

const COLOURS: Record<ReviewState, string> = { not_reviewed: 'gray', reviewed: 'teal', outdated: 'orange' };

/** Whether a draft was reviewed, still needs it, or needs it again because the facts changed. */
export function ReviewStateBadge({ state }: { state: ReviewState | null | undefined }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <Badge
      color={COLOURS[state]}
      variant={state === 'reviewed' ? 'light' : 'outline'}
      size="sm"
      style={{ textTransform: 'none' }}
    >
      {t(`noticeReview.state.${state}`)}
    </Badge>
  );
}
