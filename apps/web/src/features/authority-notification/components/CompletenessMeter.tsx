import { Group, Progress, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SectionCompleteness } from '../api/authority-notification-api';

const colorOf = (percent: number) => (percent >= 100 ? 'green' : percent >= 50 ? 'yellow' : 'red');

/** Overall completeness of the required questions that apply. */
export function OverallCompleteness({
  answered,
  total,
  percent,
}: {
  answered: number;
  total: number;
  percent: number;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <Group justify="space-between" gap="xs" mb={4}>
        <Text size="sm" fw={600} id="ap-completeness-label">
          {t('apNotification.completeness.overall')}
        </Text>
        <Text size="sm">{t('apNotification.completeness.count', { answered, total, percent })}</Text>
      </Group>
      {/* Progress.Root/Section: the role="progressbar" element itself must carry the name and value */}
      <Progress.Root size="lg">
        <Progress.Section
          value={percent}
          color={colorOf(percent)}
          aria-labelledby="ap-completeness-label"
          aria-valuetext={`${percent}%`}
        />
      </Progress.Root>
    </div>
  );
}

/** A section's meter, compact enough for the accordion heading. */
export function SectionMeter({ section }: { section: SectionCompleteness }) {
  const { t } = useTranslation();
  const percent = section.total === 0 ? 100 : Math.floor((section.answered * 100) / section.total);
  return (
    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
      <Progress value={percent} color={colorOf(percent)} size="sm" w={56} aria-hidden="true" />
      <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
        <span aria-hidden="true">
          {section.answered}/{section.total}
        </span>
        <VisuallyHidden>
          {t('apNotification.completeness.sectionLabel', { answered: section.answered, total: section.total })}
        </VisuallyHidden>
      </Text>
    </Group>
  );
}
