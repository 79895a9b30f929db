import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MailStatus } from '../../../shared/mail/mail-api';

const COLORS: Record<MailStatus, string> = { queued: 'blue', sent: 'green', failed: 'red' };
/** Green text at shade 9 is still below WCAG AA (3.8:1) on the light green badge: darker text. */
const TEXT: Partial<Record<MailStatus, string>> = { sent: '#1e6b30' };

export function MailStatusBadge({ status }: { status: MailStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" c={TEXT[status]}>
      {t(`mail.status.${status}`)}
    </Badge>
  );
}
