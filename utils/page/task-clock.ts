/**
 * Newsmark's own account of the main-thread time it takes on a page: every synchronous stretch of its work is
 * run through `measure` (or `measureAnalysis`), so the longest one (the task it adds to the page) and the total
 * are known. The page benchmark reads these through getPageState.
 */
export class TaskClock {
  busyMs = 0;
  longestTaskMs = 0;
  /** What the longest task was doing: the analysis phases it ran, or 'page' for marking, notes and UI. */
  longestTaskWhat: string | null = null;
  /** The analysis's share, summed over the slices it is split into. */
  analysisMs = 0;
  /** The longest task of Newsmark's own page work (marking, notes, UI), which it splits to stay short. */
  longestPageTaskMs = 0;
  /** Milliseconds since navigation start when the first pass (marks and notes) finished. */
  doneAtMs: number | null = null;

  measure<T>(work: () => T): T {
    const { value, took } = this.timed(work, () => 'page');
    if (took > this.longestPageTaskMs) this.longestPageTaskMs = took;
    return value;
  }

  /** A slice of the analysis; `phases` tells, once it ran, which phases of the analysis it covered. */
  measureAnalysis<T>(work: () => T, phases: () => string): T {
    const { value, took } = this.timed(work, phases);
    this.analysisMs += took;
    return value;
  }

  private timed<T>(work: () => T, what: () => string): { value: T; took: number } {
    const began = performance.now();
    const value = work();
    const took = performance.now() - began;
    this.busyMs += took;
    if (took > this.longestTaskMs) {
      this.longestTaskMs = took;
      this.longestTaskWhat = what();
    }
    return { value, took };
  }
}
