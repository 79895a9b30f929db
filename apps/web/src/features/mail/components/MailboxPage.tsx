import { Button, Card, Group, Select, Stack, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconMail, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { ApiErrorAlert } from '../../../shared/errors/ApiErrorList';
import { shownErrorsOf } from '../../../shared/errors/translate-api-error';
import { useCurrentUser } from '../../../shared/session/use-me';
import { EmptyStateCard } from '../../../shared/ui/EmptyStateCard';
import { LoadError } from '../../../shared/ui/LoadError';
import { NoResultsCard, ResultListMore, ResultListSkeleton } from '../../../shared/ui/ResultList';
import { PageHeader } from '../../../shared/ui/PageHeader';
import { MAIL_KINDS, MAIL_STATUSES, type MailSummary } from '../../../shared/mail/mail-api';
import { useMailPages, useRetryMail } from '../hooks/use-mail';
import { mailFiltersOf } from '../mailbox-query';
import { MailBreachFilter } from './MailBreachFilter';
import { MailDrawer } from './MailDrawer';
import { MailTable } from './MailTable';

const ALL = 'all';

/** The outbox and built-in mailbox (officer, admin): filters in the URL, newest first, "load more". */
export function MailboxPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => mailFiltersOf(params), [params]);
  const { kind, status, breachId, recipient } = filters;
  const [recipientInput, setRecipientInput] = useState(recipient ?? '');
  const [debouncedRecipient] = useDebouncedValue(recipientInput.trim(), 300);

  const update = (changes: Record<string, string | null | undefined>) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (!value) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );

  useEffect(() => {
    if ((params.get('recipient') ?? '') !== debouncedRecipient) update({ recipient: debouncedRecipient });
  }, [debouncedRecipient]);

  const filtered = Object.keys(filters).length > 0;
  const mail = useMailPages(filters);
  const retry = useRetryMail();
  const [openId, setOpenId] = useState<string | null>(null);

  // Keyset pages never overlap; a row is still shown once should a refresh ever cross a page.
  const items = useMemo(
    () => [...new Map((mail.data?.pages ?? []).flatMap((p) => p.items).map((m) => [m.id, m])).values()],
    [mail.data],
  );
  const lastPage = mail.data?.pages.at(-1);
  const total = lastPage?.total ?? 0;
  // the server stops counting at 1,000 (issue #19): "50 of 1,000+"
  const totalExact = lastPage?.totalExact ?? true;

  const clearFilters = () => {
    setRecipientInput('');
    update({ kind: null, status: null, breachId: null, recipient: null });
  };

  const retryMail = (m: MailSummary) =>
    retry.mutate(m.id, { onSuccess: () => notifications.show({ color: 'green', message: t('mail.retried') }) });

  return (
    <>
      <PageHeader title={t('mail.title')} description={t('mail.description')} />
      <Group role="search" gap="sm" mb="md" align="flex-end" wrap="wrap" aria-label={t('mail.filters.label')}>
        <TextInput
          type="search"
          label={t('mail.filters.recipient')}
          placeholder={t('mail.filters.recipientPlaceholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          value={recipientInput}
          onChange={(event) => setRecipientInput(event.currentTarget.value)}
          style={{ flex: '1 1 220px' }}
        />
        <Select
          label={t('mail.filters.kind')}
          data={[
            { value: ALL, label: t('mail.filters.allKinds') },
            ...MAIL_KINDS.map((k) => ({ value: k, label: t(`mail.kind.${k}`) })),
          ]}
          value={kind ?? ALL}
          onChange={(value) => update({ kind: value === ALL ? null : value })}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('mail.filters.status')}
          data={[
            { value: ALL, label: t('mail.filters.allStatuses') },
            ...MAIL_STATUSES.map((s) => ({ value: s, label: t(`mail.status.${s}`) })),
          ]}
          value={status ?? ALL}
          onChange={(value) => update({ status: value === ALL ? null : value })}
          allowDeselect={false}
          w={180}
        />
        <MailBreachFilter
          value={breachId ?? null}
          onChange={(value) => update({ breachId: value })}
          canSearchBreaches={me.role === 'officer'}
        />
        {filtered && (
          <Button variant="subtle" onClick={clearFilters}>
            {t('mail.filters.clear')}
          </Button>
        )}
      </Group>

      {mail.isPending ? (
        <ResultListSkeleton />
      ) : mail.isError && !mail.data ? (
        <LoadError title={t('mail.loadFailed')} onRetry={() => void mail.refetch()} retrying={mail.isFetching} />
      ) : items.length === 0 ? (
        filtered ? (
          <NoResultsCard
            title={t('mail.noResults.title')}
            description={t('mail.noResults.description')}
            clearLabel={t('mail.filters.clear')}
            onClear={clearFilters}
          />
        ) : (
          <EmptyStateCard
            icon={<IconMail size={28} aria-hidden="true" />}
            title={t('mail.empty.title')}
            description={t('mail.empty.description')}
          />
        )
      ) : (
        <Stack gap="sm">
          {retry.isError && <ApiErrorAlert title={t('mail.retryFailed')} errors={shownErrorsOf(retry.error, t)} />}
          <Card p={0} aria-busy={mail.isPlaceholderData || undefined}>
            <MailTable
              items={items}
              onOpen={setOpenId}
              label={t('mail.title')}
              onRetry={me.role === 'admin' ? retryMail : undefined}
              retryingId={retry.isPending ? (retry.variables ?? null) : null}
            />
          </Card>
          <ResultListMore
            query={mail}
            shown={
              totalExact
                ? t('mail.shown', { count: total, shown: items.length })
                : t('mail.shownAtLeast', { count: total, shown: items.length })
            }
            loadMoreLabel={t('mail.loadMore')}
            loadMoreFailedTitle={t('mail.loadMoreFailed')}
          />
        </Stack>
      )}
      <MailDrawer id={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
