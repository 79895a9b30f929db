import { useMatches } from '@mantine/core';

/** Below Mantine's `sm` breakpoint (48em), where modals go full screen. */
export function useIsPhone(): boolean {
  return useMatches({ base: true, sm: false }) ?? false;
}
