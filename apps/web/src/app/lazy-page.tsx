import { Center, Loader } from '@mantine/core';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { type ComponentType, Suspense, use } from 'react';
import { useTranslation } from 'react-i18next';
import { type Params, useParams, useSearchParams } from 'react-router-dom';
import type { User } from '../api/types';
import { meQueryKey } from '../shared/session/auth-api';

/** Shown in the page area while a route's code loads (the header and menu stay). */
function RouteLoader() {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}

/** Where a navigation leads: the route's parameters, the search part, and who is signed in. */
export interface RouteTarget {
  params: Readonly<Params>;
  search: URLSearchParams;
  user: User | null;
}

/** Starts a page's main queries (with `prefetchIfMissing`): the same keys and fetchers the page uses. */
export type RoutePrefetch = (client: QueryClient, target: RouteTarget) => void;

export type LazyPage = ComponentType & {
  /** Starts loading the page's code and its data; both only once. */
  preload: (client: QueryClient, target: RouteTarget) => void;
};

/**
 * A route page loaded on first use (its own JS chunk), so the initial bundle carries only the
 * shell: the login page does not bring the wizard, reports and admin pages along.
 *
 * Its data does not wait for its code (issue #19): `preload` starts both, on intent (links) and
 * at navigation (when the route renders, before the code has arrived), and a page whose code is
 * already loaded renders at once, without a loader in between.
 */
export function lazyPage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M & string,
  prefetch?: RoutePrefetch,
): LazyPage {
  let loaded: ComponentType | undefined;
  let loading: Promise<ComponentType> | undefined;
  const loadCode = () =>
    (loading ??= load().then(
      (module) => (loaded = module[name] as ComponentType),
      (error: unknown) => {
        loading = undefined; // a failed chunk (network) is asked again next time
        throw error;
      },
    ));

  function Page() {
    const Component = loaded ?? use(loadCode());
    return <Component />;
  }

  function LazyPage() {
    const client = useQueryClient();
    const params = useParams();
    const [search] = useSearchParams();
    // At navigation: the data request goes out now, beside the code, not after it. A no-op for
    // data that is cached or on its way, so re-renders ask nothing again.
    prefetch?.(client, { params, search, user: client.getQueryData<User | null>(meQueryKey) ?? null });
    return (
      <Suspense fallback={<RouteLoader />}>
        <Page />
      </Suspense>
    );
  }
  LazyPage.displayName = `Lazy(${name})`;
  LazyPage.preload = (client: QueryClient, target: RouteTarget) => {
    void loadCode().catch(() => undefined); // the route shows the failure when it renders
    prefetch?.(client, target);
  };
  return LazyPage;
}
