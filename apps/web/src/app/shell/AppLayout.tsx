import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router-dom';
import { useCurrentUser } from '../../shared/session/use-me';
import { HeaderBar } from './HeaderBar';
import { NavMenu } from './NavMenu';

/** The signed-in frame: header, role-based navbar (a drawer on phones) and the page. */
export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const [navOpened, { toggle, close }] = useDisclosure(false);
  const { pathname } = useLocation();

  useEffect(() => close(), [pathname, close]);

  return (
    <>
      <a href="#main-content" className="skip-link">
        {t('shell.skipToContent')}
      </a>
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpened } }}
        padding={{ base: 'md', sm: 'xl' }}
      >
        <AppShell.Header component="header">
          <HeaderBar user={user} navOpened={navOpened} onToggleNav={toggle} />
        </AppShell.Header>
        <AppShell.Navbar component="nav" aria-label={t('shell.mainNavigation')} p="sm" id="main-navigation">
          <NavMenu user={user} />
        </AppShell.Navbar>
        <AppShell.Main id="main-content" tabIndex={-1} bg="var(--lekwacht-app-bg)">
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}
