/**
 * Work that can pause: a generator that yields between units of work and returns its result. Node runs it to the
 * end at once (`runToEnd`); the content script spreads it over several short tasks so the page stays responsive.
 * What it yields names the phase it is in, for whoever drives it.
 */
export type Steps<T, Phase = unknown> = Generator<Phase, T, void>;

export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
