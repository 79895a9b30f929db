import { Alert, Anchor, Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { type ApiFieldError, isApiError } from '../../../api/api-error';
import { ShownErrorList } from '../../../shared/errors/ApiErrorList';
import { type ShownError, shownErrorsOf, translateFieldError } from '../../../shared/errors/translate-api-error';
import { NOTIFICATION_TERMS_CSV_URL } from '../api/notification-terms-api';
import { useImportNotificationTerms } from '../hooks/use-notification-terms';

/** Columns with a Dutch/English hint of what they take (notificationTerms.csv.columnHint.*). */
const HINTED_COLUMNS = new Set([
  'customer_id',
  'deadline_hours',
  'counted_from',
  'language',
  'named_contacts',
  'security_mailbox',
  'management_fallback',
  'phone',
  'required_content',
  'agreement_reference',
  'agreement_date',
]);

/**
 * One refused row in the UI language: "Regel 3, kolom deadline_hours: een heel aantal uren …".
 * The API words each problem in English with the row and column as params; the column's own hint
 * says what it takes, and only where no hint exists does the English go along as detail.
 */
export function csvProblemOf(error: ApiFieldError, t: TFunction): ShownError {
  const row = typeof error.params?.['row'] === 'number' ? error.params['row'] : null;
  const column = typeof error.params?.['column'] === 'string' ? error.params['column'] : null;
  const hinted = column !== null && HINTED_COLUMNS.has(column);
  const base = hinted
    ? { path: error.path, text: t(`notificationTerms.csv.columnHint.${column}`) }
    : translateFieldError({ ...error, path: '' }, t);
  const where =
    row === null
      ? null
      : column === null
        ? t('notificationTerms.csv.at.row', { row })
        : t('notificationTerms.csv.at.rowColumn', { row, column });
  return { ...base, ...(where ? { field: where } : {}) };
}

const MAX_CSV_BYTES = 900_000;

/** Export every customer's terms as CSV, or import a whole file of them (all rows or none). */
export function NotificationTermsCsv() {
  const { t } = useTranslation();
  const importTerms = useImportNotificationTerms();
  const [problems, setProblems] = useState<ShownError[]>([]);

  const onFile = async (file: File | null) => {
    setProblems([]);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setProblems([{ path: '', text: t('notificationTerms.csv.tooLarge') }]);
      return;
    }
    const csv = await file.text();
    importTerms.mutate(csv, {
      onSuccess: ({ imported }) =>
        notifications.show({
          color: 'green',
          title: t('notificationTerms.csv.imported', { count: imported }),
          message: file.name,
        }),
      onError: (error) => {
        // per-row problems of a refused file; anything else (network, login, 5xx) translated as usual
        setProblems(
          isApiError(error, 400) && error.errors.length > 0
            ? error.errors.map((e) => csvProblemOf(e, t))
            : shownErrorsOf(error, t),
        );
      },
    });
  };

  return (
    <Card component="section" aria-labelledby="terms-csv-title" mt="lg">
      <Stack gap="sm">
        <Title order={2} fz="lg" id="terms-csv-title">
          {t('notificationTerms.csv.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notificationTerms.csv.description')}
        </Text>
        <Group gap="xs">
          <Button
            component="a"
            href={NOTIFICATION_TERMS_CSV_URL}
            download
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden="true" />}
          >
            {t('notificationTerms.csv.export')}
          </Button>
          <FileButton onChange={(file) => void onFile(file)} accept=".csv,text/csv">
            {(props) => (
              <Button
                {...props}
                variant="default"
                loading={importTerms.isPending}
                leftSection={<IconUpload size={18} aria-hidden="true" />}
              >
                {t('notificationTerms.csv.import')}
              </Button>
            )}
          </FileButton>
        </Group>
        {problems.length > 0 && (
          <Alert
            role="alert"
            color="red"
            variant="light"
            title={t('notificationTerms.csv.refused')}
            withCloseButton
            closeButtonLabel={t('common.close')}
            onClose={() => setProblems([])}
          >
            <Text size="sm" mb="xs">
              {t('notificationTerms.csv.nothingImported')}
            </Text>
            <ShownErrorList errors={problems} />
            <Anchor size="sm" href={NOTIFICATION_TERMS_CSV_URL} download>
              {t('notificationTerms.csv.downloadCurrent')}
            </Anchor>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
