import { Alert, Button, Divider, Group, Modal, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecks } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../shared/ui/use-is-phone';
import type { NoticeSummary } from '../api/notices-api';
import { noticeErrorText } from '../api/notice-error';
import { useReviewNotices } from '../hooks/use-notices';
import { NoticePreview } from './NoticePreview';
import { ReviewStateBadge } from './ReviewStateBadge';

/** How many drafts the sample across customers shows. */
export const REVIEW_SAMPLE_SIZE = 3;

/** A spread over the list (first, middle, last…), so a sample is not just the top of the alphabet. */
export function sampleOf<T>(items: readonly T[], size = REVIEW_SAMPLE_SIZE): T[] {
  if (items.length <= size) return [...items];
  const picked = new Set<number>();
  for (let i = 0; i < size; i++) picked.add(Math.round((i * (items.length - 1)) / (size - 1)));
  return [...picked].map((i) => items[i] as T);
}

/**
 * Review before sending: preview per customer or a sample across customers, then record the
 * review of one draft or of every current draft. Outdated drafts cannot be reviewed: draft again.
 */
export function NoticeReviewModal({
  drafts,
  breachId,
  onClose,
}: {
  drafts: readonly NoticeSummary[];
  breachId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const review = useReviewNotices(breachId);
  const [mode, setMode] = useState<'one' | 'sample'>('one');
  const [selected, setSelected] = useState<string | null>(drafts[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const reviewable = drafts.filter((d) => d.reviewState !== 'outdated');
  // A stable sample while the set of reviewable drafts stays the same (reviewing changes states, not the set).
  const reviewableKey = reviewable.map((d) => d.id).join();
  const sample = useMemo(() => sampleOf(reviewable), [reviewableKey]);
  const current = drafts.find((d) => d.id === selected) ?? null;

  const record = (ids: string[]) => {
    setError(null);
    review.mutate(ids, {
      onSuccess: (r) =>
        notifications.show({ color: 'green', message: t('noticeReview.recorded', { count: r.reviewed }) }),
      onError: (e) => setError(noticeErrorText(e, t)),
    });
  };

  return (
    <Modal
      opened
      onClose={onClose}
      fullScreen={isPhone}
      size="xl"
      title={
        <Title order={2} fz="lg">
          {t('noticeReview.title')}
        </Title>
      }
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('noticeReview.intro')}
        </Text>
        {error && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setError(null)}
          >
            {error}
          </Alert>
        )}
        <SegmentedControl
          value={mode}
          onChange={(v) => setMode(v as 'one' | 'sample')}
          data={[
            { value: 'one', label: t('noticeReview.perCustomer') },
            { value: 'sample', label: t('noticeReview.sample', { count: sample.length }) },
          ]}
        />
        {mode === 'one' ? (
          <Stack gap="sm">
            <Select
              label={t('noticeReview.customer')}
              searchable
              allowDeselect={false}
              data={drafts.map((d) => ({
                value: d.id,
                label: `${d.customerName}${d.sequence > 1 ? ` (${t('noticeReview.supplementaryN', { n: d.sequence })})` : ''}`,
              }))}
              value={selected}
              onChange={setSelected}
            />
            {current && (
              <>
                <Group justify="space-between" gap="xs">
                  <ReviewStateBadge state={current.reviewState} />
                  <Button
                    size="sm"
                    variant="light"
                    leftSection={<IconChecks size={16} aria-hidden="true" />}
                    disabled={current.reviewState !== 'not_reviewed'}
                    loading={review.isPending}
                    onClick={() => record([current.id])}
                  >
                    {t('noticeReview.markOne', { customer: current.customerName })}
                  </Button>
                </Group>
                {current.reviewState === 'outdated' && (
                  <Alert color="orange" variant="light">
                    {t('noticeReview.outdatedHint')}
                  </Alert>
                )}
                <NoticePreview id={current.id} />
              </>
            )}
          </Stack>
        ) : (
          <Stack gap="lg">
            {sample.map((d, i) => (
              <Stack key={d.id} gap="xs">
                {i > 0 && <Divider />}
                <NoticePreview id={d.id} />
              </Stack>
            ))}
          </Stack>
        )}
        <Divider />
        <Group justify="space-between" gap="sm" wrap="wrap">
          <Text size="sm" c="dimmed">
            {t('noticeReview.allHint', {
              count: reviewable.length,
              outdated: drafts.length - reviewable.length,
            })}
          </Text>
          <Group gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.close')}
            </Button>
            <Button
              leftSection={<IconChecks size={16} aria-hidden="true" />}
              disabled={reviewable.filter((d) => d.reviewState === 'not_reviewed').length === 0}
              loading={review.isPending}
              onClick={() => record(reviewable.filter((d) => d.reviewState === 'not_reviewed').map((d) => d.id))}
            >
              {t('noticeReview.markAll', { count: reviewable.filter((d) => d.reviewState === 'not_reviewed').length })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
