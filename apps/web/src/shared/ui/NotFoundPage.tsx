import { Box, Button, Center, Stack } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDocumentTitle } from './use-document-title';
import { Brand } from './Brand';
import { EmptyStateCard } from './EmptyStateCard';

/** 404 for any unknown client route; works signed in or out. */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'));
  return (
    <Center mih="100dvh" p="md" component="main" id="main-content">
      <Stack w="100%" maw={560} gap="lg" align="stretch">
        <Box mx="auto">
          <Brand size="lg" />
        </Box>
        <EmptyStateCard
          icon={<IconMapQuestion size={28} aria-hidden="true" />}
          title={t('notFound.title')}
          description={t('notFound.description')}
        >
          <Button component={Link} to="/">
            {t('common.toHome')}
          </Button>
        </EmptyStateCard>
      </Stack>
    </Center>
  );
}
