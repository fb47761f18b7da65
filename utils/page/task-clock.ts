/**
 * Newsmark's own account of the main-thread time it takes on a page: every synchronous stretch of its work is
 * run through `measure`, so the longest one (the task it adds to the page) and the total are known. The page
 * benchmark reads these through getPageState.
 */
export class TaskClock {
  busyMs = 0;
  longestTaskMs = 0;
  /** The detectors' share: one task over the whole document that this session cannot split. */
  analysisMs = 0;
  /** The longest task of Newsmark's own page work (marking, notes, UI), which it splits to stay short. */
  longestPageTaskMs = 0;
  /** Milliseconds since navigation start when the first pass (marks and notes) finished. */
  doneAtMs: number | null = null;

  measure<T>(work: () => T, what: 'analysis' | 'page' = 'page'): T {
    const began = performance.now();
    try {
      return work();
    } finally {
      const took = performance.now() - began;
      this.busyMs += took;
      if (took > this.longestTaskMs) this.longestTaskMs = took;
      if (what === 'analysis') this.analysisMs += took;
      else if (took > this.longestPageTaskMs) this.longestPageTaskMs = took;
    }
  }
}
