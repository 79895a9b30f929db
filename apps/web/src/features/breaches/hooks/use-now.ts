import { useSyncExternalStore } from 'react';

/**
 * ONE ticker for every countdown on screen: a single interval, started by the first
 * subscriber and stopped by the last, so fifty chips re-render together, once a second.
 */
const TICK_MS = 1000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === undefined) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      listeners.forEach((notify) => notify());
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== undefined) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const snapshot = () => now;

/** The current time in ms, updated every second by the shared ticker. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
