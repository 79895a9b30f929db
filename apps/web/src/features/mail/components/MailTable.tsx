import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../i18n/format';
import { useLang } from '../../../shared/language/use-lang';
import type { MailSummary } from '../../../shared/mail/mail-api';
import { MailStatusBadge } from './MailStatusBadge';

interface Props {
  items: MailSummary[];
  onOpen: (id: string) => void;
  /** Fewer columns, for the small section on the breach page. */
  compact?: boolean;
  labelledBy?: string;
  label?: string;
  /** Given: failed rows get a "send again" button (admins). */
  onRetry?: (mail: MailSummary) => void;
  /** The row whose retry is on its way. */
  retryingId?: string | null;
}

/** The outbox as a table; the subject opens the message. */
export function MailTable({ items, onOpen, compact = false, labelledBy, label, onRetry, retryingId = null }: Props) {
  const { t } = useTranslation();
  const lang = useLang();
  return (
    <Table.ScrollContainer minWidth={compact ? 640 : 860}>
      <Table
        highlightOnHover
        verticalSpacing="xs"
        aria-labelledby={labelledBy}
        aria-label={labelledBy ? undefined : label}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('mail.columns.to')}</Table.Th>
            <Table.Th>{t('mail.columns.subject')}</Table.Th>
            {!compact && <Table.Th>{t('mail.columns.kind')}</Table.Th>}
            <Table.Th>{t('mail.columns.status')}</Table.Th>
            {!compact && <Table.Th>{t('mail.columns.attempts')}</Table.Th>}
            <Table.Th>{t('mail.columns.sentAt')}</Table.Th>
            {onRetry && (
              <Table.Th>
                <VisuallyHidden>{t('mail.columns.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((m) => (
            <Table.Tr key={m.id} onClick={() => onOpen(m.id)} style={{ cursor: 'pointer' }}>
              <Table.Td miw={180}>
                <Text size="sm">{m.toName}</Text>
                <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                  {m.to}
                </Text>
              </Table.Td>
              <Table.Td>
                <Anchor
                  component="button"
                  type="button"
                  size="sm"
                  ta="left"
                  onClick={(event) => {
                    event.stopPropagation();
                    onOpen(m.id);
                  }}
                >
                  {m.subject}
                </Anchor>
              </Table.Td>
              {!compact && <Table.Td>{t(`mail.kind.${m.kind}`)}</Table.Td>}
              <Table.Td miw={120}>
                <MailStatusBadge status={m.status} />
              </Table.Td>
              {!compact && <Table.Td>{m.attempts}</Table.Td>}
              <Table.Td>
                {m.sentAt ? (
                  <time dateTime={m.sentAt}>{formatDateTime(m.sentAt, lang)}</time>
                ) : (
                  <Text size="sm" c="dimmed" component="span">
                    —
                  </Text>
                )}
              </Table.Td>
              {onRetry && (
                <Table.Td>
                  {m.status === 'failed' && (
                    <Button
                      size="compact-sm"
                      variant="light"
                      leftSection={<IconRefresh size={14} aria-hidden="true" />}
                      loading={retryingId === m.id}
                      disabled={retryingId !== null && retryingId !== m.id}
                      aria-label={t('mail.retryRow', { subject: m.subject, to: m.to })}
                      onClick={(event) => {
                        event.stopPropagation();
                        onRetry(m);
                      }}
                    >
                      {t('mail.retry')}
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
