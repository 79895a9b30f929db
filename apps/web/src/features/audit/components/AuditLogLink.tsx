import { Anchor } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useCurrentUser } from '../../../shared/session/use-me';

/** From a breach's timeline to its events in the audit log, for those who may read the log (not officers). */
export function AuditLogLink({ breachId }: { breachId: string }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  if (me.role !== 'manager' && me.role !== 'admin') return null;
  return (
    <Anchor
      component={Link}
      to={`/audit?breachId=${encodeURIComponent(breachId)}`}
      size="sm"
      display="inline-flex"
      mb="sm"
    >
      <IconHistory size={16} aria-hidden="true" style={{ marginRight: 4 }} />
      {t('audit.fromBreach')}
    </Anchor>
  );
}
