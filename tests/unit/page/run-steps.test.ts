import { describe, expect, it } from 'vitest';
import { runStepsInSlices } from '../../../utils/page/scheduler';

function busy(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

function* work(units: number, unitMs: number, done: number[]): Generator<string | void, string, void> {
  yield 'first half';
  for (let i = 0; i < units; i++) {
    if (i === units / 2) yield 'second half';
    busy(unitMs);
    done.push(i);
    yield;
  }
  return 'finished';
}

describe('runStepsInSlices', () => {
  it('runs stepped work to its result in slices near the budget, giving the page a turn between them', async () => {
    const done: number[] = [];
    const slices: { ms: number; phases: string }[] = [];
    let otherTaskRan = false;
    setTimeout(() => (otherTaskRan = true), 0);
    const result = await runStepsInSlices(work(40, 1, done), new AbortController().signal, (slice, phases) => {
      const began = performance.now();
      const value = slice();
      slices.push({ ms: performance.now() - began, phases: phases() });
      return value;
    }, 8);
    expect(result).toBe('finished');
    expect(done).toHaveLength(40);
    expect(otherTaskRan).toBe(true);
    expect(slices.length).toBeGreaterThanOrEqual(4);
    // A slice stops at the first unit past the budget, or at a new phase past half of it.
    for (const { ms } of slices.slice(0, -1)) expect(ms).toBeGreaterThanOrEqual(4);
    expect(slices[0]!.phases).toBe('start+first half');
    expect(slices.some((s) => s.phases.includes('second half'))).toBe(true);
  });

  it('stops between slices when aborted, and resolves to null', async () => {
    const done: number[] = [];
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 0);
    const result = await runStepsInSlices(work(200, 1, done), controller.signal, undefined, 8);
    expect(result).toBeNull();
    expect(done.length).toBeLessThan(200);
  });
});
