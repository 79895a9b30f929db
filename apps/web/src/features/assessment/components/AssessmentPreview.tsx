import { Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BreachFacts } from '../../../shared/breaches/breach-types';
import { useLang } from '../../../shared/language/use-lang';
import { errorMessagesOf } from '../api/error-messages';
import { useEvaluation } from '../hooks/use-assessments';
import { AssessmentOutcomeView } from './AssessmentOutcomeView';
import { EnisaHelp } from './EnisaHelp';

export const PREVIEW_DEBOUNCE_MS = 400;

/**
 * "Beoordeling vooraf": evaluates the facts being typed (debounced) without storing anything,
 * so the officer sees score, band and decision before the breach is registered.
 */
export function AssessmentPreview({ facts }: { facts: BreachFacts }) {
  const { t } = useTranslation();
  const lang = useLang();
  const [debounced] = useDebouncedValue(JSON.stringify(facts), PREVIEW_DEBOUNCE_MS);
  const input = useMemo(() => {
    const parsed = JSON.parse(debounced) as BreachFacts;
    return parsed.dataCategories.length > 0 ? parsed : null;
  }, [debounced]);
  const evaluation = useEvaluation(input);

  return (
    <Card
      component="section"
      withBorder
      bg="var(--mantine-color-gray-0)"
      aria-labelledby="preview-title"
      aria-busy={evaluation.isFetching}
    >
      <Group justify="space-between" mb="xs" gap="xs">
        <Title order={3} fz="md" id="preview-title">
          {t('assessment.preview.title')}
        </Title>
        {evaluation.isFetching && <Loader size="xs" aria-label={t('common.loading')} />}
      </Group>
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('assessment.preview.hint')}
        </Text>
        <div aria-live="polite">
          {input === null ? (
            <Text size="sm" c="dimmed">
              {t('assessment.preview.needsCategory')}
            </Text>
          ) : evaluation.isError ? (
            <Text size="sm" c="red" role="alert">
              {errorMessagesOf(evaluation.error, t).join(' ')}
            </Text>
          ) : evaluation.data ? (
            <AssessmentOutcomeView outcome={evaluation.data} lang={lang} headingOrder={4} />
          ) : (
            <Text size="sm" c="dimmed">
              {t('common.loading')}
            </Text>
          )}
        </div>
        <EnisaHelp />
      </Stack>
    </Card>
  );
}
