/**
 * How long one browser action may take before the test says which one is stuck. Each takes milliseconds, or a few
 * seconds on a busy 2-core machine. Above the 30 s that Playwright and puppeteer give a navigation or a wait, so
 * their own error comes first where they have one; below the test's 90 s, whose timeout names no step at all.
 */
export const ACTION_DEADLINE_MS = 45_000;

/** A browser action that did not finish in time, named so a CI log says where a test stopped. */
export class ActionTimeout extends Error {
  constructor(what: string, ms: number) {
    super(`${what} did not finish within ${ms} ms`);
    this.name = 'ActionTimeout';
  }
}

/**
 * `action`'s outcome, or an ActionTimeout naming `what` once `ms` have passed. The action itself is not cancelled
 * (a CDP or BiDi call cannot be); the test fails with a name instead of hanging.
 */
export function within<T>(what: string, action: Promise<T>, ms = ACTION_DEADLINE_MS): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new ActionTimeout(what, ms)), ms)));
  return Promise.race([action, late]).finally(() => clearTimeout(timer));
}
