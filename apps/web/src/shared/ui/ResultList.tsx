import { Button, Card, Group, Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { EmptyStateCard } from './EmptyStateCard';
import { LoadError } from './LoadError';

/** The pieces of a filtered list that loads page by page (the audit log, the mailbox). */

/** What stands for the list while its first page loads. */
export function ResultListSkeleton() {
  const { t } = useTranslation();
  return (
    <Card p="md" aria-busy="true">
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
      <Stack gap="xs">
        <Skeleton height={40} />
        <Skeleton height={40} />
        <Skeleton height={40} />
      </Stack>
    </Card>
  );
}

/** The filters match nothing: say so and offer to clear them. */
export function NoResultsCard({
  title,
  description,
  clearLabel,
  onClear,
}: {
  title: string;
  description: string;
  clearLabel: string;
  onClear: () => void;
}) {
  return (
    <EmptyStateCard icon={<IconSearch size={28} aria-hidden="true" />} title={title} description={description}>
      <Button variant="default" onClick={onClear}>
        {clearLabel}
      </Button>
    </EmptyStateCard>
  );
}

/** TanStack Query's infinite result, as far as the footer reads it. */
interface PagedQuery {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}

/** Below the list: how much is shown, the button for the next page and its failure. */
export function ResultListMore({
  query,
  shown,
  loadMoreLabel,
  loadMoreFailedTitle,
}: {
  query: PagedQuery;
  shown: string;
  loadMoreLabel: string;
  loadMoreFailedTitle: string;
}) {
  return (
    <>
      <Group justify="space-between" gap="sm">
        <Text size="sm" c="dimmed" role="status">
          {shown}
        </Text>
        {query.hasNextPage && (
          <Button variant="default" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
            {loadMoreLabel}
          </Button>
        )}
      </Group>
      {query.isFetchNextPageError && (
        <LoadError
          title={loadMoreFailedTitle}
          onRetry={() => void query.fetchNextPage()}
          retrying={query.isFetchingNextPage}
        />
      )}
    </>
  );
}
