import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';

/**
 * Navigation without a wait (issue #19): a page's code and data start loading on the user's
 * intent (the pointer resting on a link, keyboard focus, a touch) and at the click, in parallel,
 * instead of the data request waiting for the page's code. The app provides the preloader (it
 * knows the routes); links in the features only say where they lead.
 */
export type PreloadRoute = (to: string) => void;

const RoutePreloadContext = createContext<PreloadRoute>(() => undefined);
export const RoutePreloadProvider = RoutePreloadContext.Provider;

/**
 * How long data fetched ahead of a page stays fresh for that page: the page that mounts a moment
 * later shows it without asking the API again. Changes made in the app invalidate it at once.
 */
export const PREFETCHED_FRESH_MS = 10_000;

/** A pointer only passing over a link (on its way elsewhere) preloads nothing. */
const HOVER_INTENT_MS = 50;

/** Starts a query unless its data is cached or already on its way (then this is a no-op). */
export function prefetchIfMissing<T, K extends QueryKey>(
  client: QueryClient,
  options: FetchQueryOptions<T, Error, T, K>,
): void {
  if (client.getQueryData(options.queryKey) !== undefined) return;
  // a failed prefetch is not shown: the page asks again and shows its own error
  void client.query(options).catch(() => undefined);
}

/** Event props for a link to `to`: its page's code and data start loading on intent and on click. */
export function usePreloadOnIntent(to: string) {
  const preload = useContext(RoutePreloadContext);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  return useMemo(() => {
    const now = () => {
      clearTimeout(timer.current);
      preload(to);
    };
    return {
      onPointerEnter: () => {
        clearTimeout(timer.current);
        timer.current = setTimeout(() => preload(to), HOVER_INTENT_MS);
      },
      onPointerLeave: () => clearTimeout(timer.current),
      onFocus: now,
      onTouchStart: now,
      onClick: now,
    };
  }, [preload, to]);
}
