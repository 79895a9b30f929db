import { Alert, Anchor, Button, Card, FileButton, Group, List, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/api-error';
import { NOTIFICATION_TERMS_CSV_URL } from '../api/notification-terms-api';
import { useImportNotificationTerms } from '../hooks/use-notification-terms';

/** The import refuses the whole file on one bad row; say so beside the list of problems. */
interface ImportProblem {
  row: number | null;
  message: string;
}

const MAX_CSV_BYTES = 900_000;

/** Export every customer's terms as CSV, or import a whole file of them (all rows or none). */
export function NotificationTermsCsv() {
  const { t } = useTranslation();
  const importTerms = useImportNotificationTerms();
  const [problems, setProblems] = useState<ImportProblem[]>([]);

  const onFile = async (file: File | null) => {
    setProblems([]);
    if (!file) return;
    if (file.size > MAX_CSV_BYTES) {
      setProblems([{ row: null, message: t('notificationTerms.csv.tooLarge') }]);
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
        if (!isApiError(error)) {
          setProblems([{ row: null, message: t('errors.network') }]);
          return;
        }
        const rows = error.errors.map((e) => ({
          row: typeof e.params?.['row'] === 'number' ? e.params['row'] : null,
          message: e.message,
        }));
        setProblems(rows.length ? rows : error.messages.map((message) => ({ row: null, message })));
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
            <List size="sm">
              {problems.map((p, i) => (
                <List.Item key={i}>{p.message}</List.Item>
              ))}
            </List>
            <Anchor size="sm" href={NOTIFICATION_TERMS_CSV_URL} download>
              {t('notificationTerms.csv.downloadCurrent')}
            </Anchor>
          </Alert>
        )}
      </Stack>
    </Card>
  );
}
