import { ActionIcon, Burger, Group, Stack, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { User } from '../../api/types';
import { useLogout } from '../../shared/session/use-logout';
import { LanguageSwitch } from '../../shared/language/LanguageSwitch';
import { Brand } from '../../shared/ui/Brand';

interface HeaderBarProps {
  user: User;
  navOpened: boolean;
  onToggleNav: () => void;
}

export function HeaderBar({ user, navOpened, onToggleNav }: HeaderBarProps) {
  const { t } = useTranslation();
  const logout = useLogout();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={navOpened}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label={navOpened ? t('shell.closeMenu') : t('shell.openMenu')}
          aria-expanded={navOpened}
          aria-controls="main-navigation"
        />
        <Link to="/" aria-label={t('shell.home')} style={{ textDecoration: 'none', borderRadius: 4 }}>
          <Brand />
        </Link>
      </Group>
      <Group gap="md" wrap="nowrap">
        {/* the name opens "Mijn account" (sessions); on a phone the menu has the link */}
        <UnstyledButton
          component={Link}
          to="/account"
          visibleFrom="sm"
          aria-label={`${t('shell.account')}: ${user.name}`}
          style={{ borderRadius: 4 }}
        >
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={600} lh={1.3}>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed" lh={1.3}>
              {t(`roles.${user.role}`)}
            </Text>
          </Stack>
        </UnstyledButton>
        <LanguageSwitch />
        <Tooltip label={t('shell.logout')} withArrow>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('shell.logout')}
            loading={logout.isPending}
            onClick={() => logout.mutate()}
          >
            <IconLogout size={20} aria-hidden="true" />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
