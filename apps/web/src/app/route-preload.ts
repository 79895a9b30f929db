import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { matchPath } from 'react-router-dom';
import type { User } from '../api/types';
import { meQueryKey } from '../shared/session/auth-api';
import { preloadClockBoard } from '../features/clock-board/hooks/use-open-obligations';
import type { PreloadRoute } from '../shared/navigation/route-preload';
import type { LazyPage } from './lazy-page';
import * as pages from './pages';

/** The in-app pages a link can lead to, most specific first, with what preloads each. */
const ROUTES: readonly { path: string; preload: LazyPage['preload'] }[] = [
  // the clock board is in the initial bundle: only its data
  { path: '/', preload: (client) => preloadClockBoard(client) },
  { path: '/breaches', preload: pages.BreachesPage.preload },
  { path: '/breaches/new', preload: pages.NewBreachPage.preload },
  { path: '/breaches/:id/ap-print', preload: pages.ApPrintPage.preload },
  { path: '/breaches/:id/:tab?', preload: pages.BreachDetailPage.preload },
  { path: '/mail', preload: pages.MailboxPage.preload },
  { path: '/my-work', preload: pages.MyWorkPage.preload },
  { path: '/audit', preload: pages.AuditLogPage.preload },
  { path: '/reports', preload: pages.ReportsPage.preload },
  { path: '/account', preload: pages.AccountPage.preload },
  { path: '/admin/users', preload: pages.UsersPage.preload },
  { path: '/admin/customers', preload: pages.CustomersPage.preload },
  { path: '/admin/organisation', preload: pages.OrganisationSettingsPage.preload },
  { path: '/admin/notice-templates', preload: pages.NoticeTemplatesPage.preload },
  { path: '/admin/checklists', preload: pages.ChecklistsPage.preload },
  { path: '/admin/escalation-policy', preload: pages.EscalationPolicyPage.preload },
  { path: '/admin/webhooks', preload: pages.WebhooksPage.preload },
];

/** Preloads the page a link leads to (`/breaches/…?…`): its code and its first data. */
export function useRoutePreloader(): PreloadRoute {
  const client = useQueryClient();
  return useCallback(
    (to: string) => {
      if (!to) return;
      const url = new URL(to, window.location.origin);
      for (const route of ROUTES) {
        const match = matchPath(route.path, url.pathname);
        if (!match) continue;
        const user = client.getQueryData<User | null>(meQueryKey) ?? null;
        route.preload(client, { params: match.params, search: url.searchParams, user });
        return;
      }
    },
    [client],
  );
}
