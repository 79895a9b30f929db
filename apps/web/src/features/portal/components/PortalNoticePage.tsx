import { Box, Center, Group, Stack, Text } from '@mantine/core';
import { IconLinkOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Brand } from '../../layout/components/Brand';
import { EmptyStateCard } from '../../layout/components/EmptyStateCard';
import { useDocumentTitle } from '../../layout/hooks/use-document-title';
import { LanguageSwitch } from '../../language/components/LanguageSwitch';

/**
 * The customer portal: a customer contact opens a notice through a personal link.
 * Notices are not served yet, so every token reads as unknown.
 */
export function PortalNoticePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('portal.notFound.title'));
  return (
    <Box mih="100dvh">
      <Group justify="space-between" p="md" component="header">
        <Brand />
        <LanguageSwitch />
      </Group>
      <Center component="main" id="main-content" px="md" py="xl">
        <Stack w="100%" maw={560} gap="md">
          <EmptyStateCard
            icon={<IconLinkOff size={28} aria-hidden="true" />}
            title={t('portal.notFound.title')}
            description={t('portal.notFound.description')}
          />
          <Text size="xs" c="dimmed" ta="center">
            {t('portal.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
