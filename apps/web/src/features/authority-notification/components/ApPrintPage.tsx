import { ActionIcon, Anchor, Card, CopyButton, Group, Skeleton, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../../api/api-error';
import { useLang } from '../../../shared/language/use-lang';
import { LoadError } from '../../../shared/ui/LoadError';
import { NotFoundPage } from '../../../shared/ui/NotFoundPage';
import { PageHeader } from '../../../shared/ui/PageHeader';
import type { ApExportQuestion } from '../api/authority-notification-api';
import { useApExport } from '../hooks/use-authority-notification';

/**
 * "Printweergave": every question and answer of the AP form by section, as the export gives
 * them, each answer with a copy button for pasting into the AP's online form.
 */
export function ApPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const lang = useLang();
  const view = useApExport(id, lang);

  const back = (
    <Anchor
      component={Link}
      to={`/breaches/${id}/authority`}
      size="sm"
      mb="xs"
      display="inline-flex"
      style={{ alignItems: 'center', gap: 4 }}
      className="ap-print-hide"
    >
      <IconArrowLeft size={14} aria-hidden="true" />
      {t('apNotification.print.back')}
    </Anchor>
  );

  if (view.isPending) {
    return (
      <Stack gap="md" aria-busy="true">
        <Skeleton height={36} width="60%" />
        <Skeleton height={240} />
      </Stack>
    );
  }
  if (view.isError) {
    if (isApiError(view.error, 404) || isApiError(view.error, 400)) return <NotFoundPage />;
    return <LoadError onRetry={() => void view.refetch()} retrying={view.isFetching} />;
  }
  return (
    <>
      {back}
      <PageHeader title={t('apNotification.print.title')} description={t('apNotification.print.description')} />
      <Stack gap="lg">
        {view.data.sections.map((section) => (
          <Card component="section" key={section.key} aria-labelledby={`ap-print-${section.key}`}>
            <Title order={2} fz="lg" id={`ap-print-${section.key}`} mb="sm">
              {section.number}. {section.title}
            </Title>
            <Stack component="dl" gap="md" m={0}>
              {section.questions.map((q) => (
                <PrintQuestion key={q.key} question={q} />
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    </>
  );
}

function PrintQuestion({ question }: { question: ApExportQuestion }) {
  const { t } = useTranslation();
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {question.question}
        {question.required ? ' *' : ''}
      </Text>
      <Group component="dd" m={0} gap="xs" align="flex-start" wrap="nowrap" justify="space-between">
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', minWidth: 0 }}
          c={question.answer === null ? 'dimmed' : undefined}
          fs={question.answer === null ? 'italic' : undefined}
        >
          {question.answer ?? t('apNotification.answer.notAnswered')}
        </Text>
        {question.answer !== null && (
          <CopyButton value={question.answer} timeout={2000}>
            {({ copied, copy }) => (
              <Tooltip label={copied ? t('apNotification.print.copied') : t('apNotification.print.copy')} withArrow>
                <ActionIcon
                  variant={copied ? 'filled' : 'subtle'}
                  color={copied ? 'green' : 'gray'}
                  onClick={copy}
                  aria-label={
                    copied
                      ? t('apNotification.print.copied')
                      : t('apNotification.print.copyAnswer', { question: question.question })
                  }
                  className="ap-print-hide"
                >
                  {copied ? <IconCheck size={16} aria-hidden="true" /> : <IconCopy size={16} aria-hidden="true" />}
                </ActionIcon>
              </Tooltip>
            )}
          </CopyButton>
        )}
      </Group>
    </div>
  );
}
