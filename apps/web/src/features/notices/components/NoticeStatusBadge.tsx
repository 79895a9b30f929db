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

export function NoticeStatusBadge({ status }: { status: NoticeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={STATUS_COLORS[status]}
      variant="light"
      style={{ textTransform: 'none' }}
    >
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
