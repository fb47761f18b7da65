/**
 * Cooperative scheduling: the page's main thread is never held for more than a few milliseconds at a time.
 * `scheduler.yield` keeps our place in the queue where the browser has it; elsewhere a macrotask does.
 */
interface YieldingScheduler {
  yield(): Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves when the browser is idle (or after `timeout` ms), never before the page's own work. */
export function whenIdle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout });
    else setTimeout(resolve, 16);
  });
}

/** Runs `work` on each item, yielding whenever a slice of `budgetMs` is used up; stops when `signal` aborts. */
export async function forEachInSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  signal: AbortSignal,
  clock?: { measure<R>(fn: () => R): R },
  budgetMs = 8,
): Promise<void> {
  let next = 0;
  const slice = () => {
    const sliceStart = performance.now();
    while (next < items.length && !signal.aborted) {
      work(items[next++]!);
      if (performance.now() - sliceStart > budgetMs) break;
    }
  };
  while (next < items.length && !signal.aborted) {
    if (clock) clock.measure(slice);
    else slice();
    if (next < items.length) await yieldToMain();
  }
}
