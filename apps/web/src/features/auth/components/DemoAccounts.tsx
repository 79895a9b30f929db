import { Box, Code, Collapse, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconChevronRight } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import type { UserRole } from '../../../api/types';
import { RoleBadge } from '../../../shared/users/RoleBadge';

const DEMO_PASSWORD = 'lekwacht-demo';

const DEMO_ACCOUNTS: readonly { email: string; role: UserRole }[] = [
  { email: 'officer@lekwacht.test', role: 'officer' },
  { email: 'manager@lekwacht.test', role: 'manager' },
  { email: 'manager2@lekwacht.test', role: 'manager' },
  { email: 'admin@lekwacht.test', role: 'admin' },
];

interface DemoAccountsProps {
  onPick: (email: string, password: string) => void;
}

/** Lekwacht ships as a demo product: the seeded accounts, one click to fill the form. */
export function DemoAccounts({ onPick }: DemoAccountsProps) {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const Chevron = opened ? IconChevronDown : IconChevronRight;
  return (
    <Box pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <UnstyledButton
        onClick={toggle}
        aria-expanded={opened}
        aria-controls="demo-accounts"
        c="dimmed"
        fz="sm"
        style={{ borderRadius: 'var(--mantine-radius-sm)' }}
      >
        <Group gap={4}>
          <Chevron size={16} aria-hidden="true" />
          {t('login.demo.toggle')}
        </Group>
      </UnstyledButton>
      <Collapse expanded={opened} id="demo-accounts">
        <Stack gap={4} mt="xs">
          <Text size="xs" c="dimmed">
            <Trans
              i18nKey="login.demo.hint"
              values={{ password: DEMO_PASSWORD }}
              components={{ code: <Code fz="xs" /> }}
            />
          </Text>
          {DEMO_ACCOUNTS.map((account) => (
            <UnstyledButton
              key={account.email}
              onClick={() => onPick(account.email, DEMO_PASSWORD)}
              px="xs"
              py={6}
              aria-label={t('login.demo.use', { email: account.email })}
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              bg="gray.0"
            >
              <Group justify="space-between" wrap="nowrap" gap="xs">
                <Text size="sm" ff="monospace" truncate>
                  {account.email}
                </Text>
                <RoleBadge role={account.role} />
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      </Collapse>
    </Box>
  );
}
