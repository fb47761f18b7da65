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

/** How a stepped run is timed: each slice runs inside `measure`, told the phases the slice went through. */
export type SliceMeasure = <R>(slice: () => R, phases: () => string) => R;

/**
 * Runs stepped work (a generator that yields between units, see utils/article/steps.ts) to its end in slices of
 * about `budgetMs`, yielding to the page between slices. Resolves to its result, or null when `signal` aborts.
 * A string the work yields names the phase it enters; a slice is described by the phases it touched.
 */
export async function runStepsInSlices<T>(
  steps: Generator<unknown, T, void>,
  signal: AbortSignal,
  measure: SliceMeasure = (slice) => slice(),
  budgetMs = 8,
): Promise<T | null> {
  let phase = 'start';
  let touched: string[] = [];
  const slice = (): IteratorResult<unknown, T> => {
    const sliceStart = performance.now();
    touched = [phase];
    for (;;) {
      const next = steps.next();
      if (next.done) return next;
      const spent = performance.now() - sliceStart;
      if (typeof next.value === 'string' && next.value !== phase) {
        // A new phase may open with one long unit (the claim detectors): past half the budget, it gets a fresh slice.
        if (spent >= budgetMs / 2) {
          phase = next.value;
          return next;
        }
        phase = next.value;
        touched.push(phase);
      }
      if (spent >= budgetMs) return next;
    }
  };
  for (;;) {
    if (signal.aborted) {
      steps.return(undefined as never);
      return null;
    }
    const next = measure(slice, () => touched.join('+'));
    if (next.done) return next.value;
    await yieldToMain();
  }
}
