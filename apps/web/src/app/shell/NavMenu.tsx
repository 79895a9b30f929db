import { Anchor, AppShell, Avatar, Group, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useMatch } from 'react-router-dom';
import type { User } from '../../api/types';
import { usePreloadOnIntent } from '../../shared/navigation/route-preload';
import { type NavItem, navItemsFor } from './nav-items';

interface NavMenuProps {
  user: User;
}

const initialsOf = (name: string) =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');

/** The role's sections, plus (on phones) who is signed in. */
export function NavMenu({ user }: NavMenuProps) {
  const { t } = useTranslation();
  return (
    <>
      <AppShell.Section grow>
        <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="xs" pb={6} lts={0.6}>
          {user.role === 'admin' ? t('nav.sectionAdministration') : t('nav.sectionCasework')}
        </Text>
        <Stack gap={2} component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
          {navItemsFor(user.role).map((item) => (
            <li key={item.to}>
              <NavMenuItem item={item} />
            </li>
          ))}
        </Stack>
      </AppShell.Section>
      <AppShell.Section hiddenFrom="sm" pt="sm" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
        <Group gap="sm" px="xs" wrap="nowrap">
          <Avatar color="lekwacht" radius="xl" size="md" aria-hidden="true">
            {initialsOf(user.name)}
          </Avatar>
          <div>
            <Text size="sm" fw={600}>
              {user.name}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`roles.${user.role}`)}
            </Text>
            <Anchor component={Link} to="/account" size="xs">
              {t('shell.account')}
            </Anchor>
          </div>
        </Group>
      </AppShell.Section>
    </>
  );
}

/** A section; its page's code and data start loading when the pointer rests on it (issue #19). */
function NavMenuItem({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const active = useMatch({ path: item.to, end: item.end ?? false }) !== null;
  const intent = usePreloadOnIntent(item.to);
  return (
    <NavLink
      component={Link}
      to={item.to}
      {...intent}
      active={active}
      aria-current={active ? 'page' : undefined}
      label={t(item.labelKey)}
      leftSection={<item.icon size={20} stroke={1.6} aria-hidden="true" />}
      variant="light"
      fw={500}
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    />
  );
}
