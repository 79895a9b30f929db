import { useSyncExternalStore } from 'react';
import { countdownInstant, countdownStep } from './deadline';

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

/**
 * The time for one countdown to `dueAt`: follows the shared ticker but changes (and re-renders
 * its component) only when another whole minute to or past the deadline has elapsed, not every
 * second; a board of 1,000 deadlines then re-renders a chip or so per tick instead of all.
 */
export function useCountdownNow(dueAt: string | null): number {
  const due = dueAt ? Date.parse(dueAt) : null;
  const step = useSyncExternalStore(subscribe, () => (due === null ? 0 : countdownStep(due, now)));
  return due === null ? now : countdownInstant(due, step);
}
