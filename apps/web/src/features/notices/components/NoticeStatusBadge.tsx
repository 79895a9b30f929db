import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NoticeRecipientKind, NoticeStatus } from '../api/notices-api';

const STATUS_COLORS: Record<NoticeStatus, string> = {
  draft: 'gray',
  queued: 'blue',
  sent: 'teal',
  acknowledged: 'green',
  failed: 'red',
};

/**
 * Teal and green text at shade 9 stay below WCAG AA (4.3:1 and 3.8:1) on their light badge
 * background: darker text for those.
 */
const STATUS_TEXT: Partial<Record<NoticeStatus, string>> = {
  sent: '#06664a',
  acknowledged: '#1e6b30',
};

export function NoticeStatusBadge({ status }: { status: NoticeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" c={STATUS_TEXT[status]} style={{ textTransform: 'none' }}>
      {t(`notices.status.${status}`)}
    </Badge>
  );
}

export function RecipientKindBadge({ kind }: { kind: NoticeRecipientKind }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={kind === 'management' ? 'grape' : 'indigo'}
      variant="outline"
      size="sm"
      style={{ textTransform: 'none' }}
    >
      {t(`notices.kind.${kind}`)}
    </Badge>
  );
}
