import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '../api/mail-api';

const COLORS: Record<MailStatus, string> = { queued: 'blue', sent: 'green', failed: 'red' };

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`mail.status.${status}`)}
    </Badge>
  );
}
