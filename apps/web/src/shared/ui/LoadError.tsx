import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface LoadErrorProps {
  title?: string;
  onRetry: () => void;
  retrying?: boolean;
}

/** "Could not load" with a retry button; used by every data page. */
export function LoadError({ title, onRetry, retrying = false }: LoadErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert
      role="alert"
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden="true" />}
      title={title ?? t('errors.loadFailed')}
    >
      <Group justify="space-between" gap="sm">
        <Text size="sm">{t('errors.tryAgain')}</Text>
        <Button
          size="xs"
          variant="white"
          color="red"
          leftSection={<IconRefresh size={14} aria-hidden="true" />}
          loading={retrying}
          onClick={onRetry}
        >
          {t('common.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
