/**
 * `npm test`: every check in one run, in order, each a named step with a status. A failed step does not stop
 * the run (one run shows every failure), except a failed build, which skips what needs the build.
 * Counts are vitest's tests plus one per other step; the last line is `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { vitestCounts, type VitestCounts } from './vitest-report';

const root = resolve(import.meta.dirname, '..');
const bin = (tool: string) => join(root, 'node_modules/.bin', tool);
const workDir = mkdtempSync(join(tmpdir(), 'newsmark-test-'));
const outDir = join(workDir, 'build');

/** A step's counts (one test for a step that is not a vitest run), with how it ended. */
interface StepResult extends VitestCounts {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  seconds: number;
}

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Path of vitest's JSON report, when the step is a vitest run. */
  vitestReport?: string;
  /** Names of steps that must have passed for this one to run. */
  needs?: string[];
}

const steps: Step[] = [
  { name: 'typecheck', command: [bin('tsc'), '--noEmit'] },
  { name: 'lint', command: [bin('eslint'), '.'] },
  vitestStep('unit tests', []),
  { name: 'build chrome', command: [bin('wxt'), 'build'], env: { NEWSMARK_OUT_DIR: outDir } },
  { name: 'build firefox', command: [bin('wxt'), 'build', '-b', 'firefox'], env: { NEWSMARK_OUT_DIR: outDir } },
  {
    name: 'web-ext lint',
    command: [bin('web-ext'), 'lint', '--source-dir', join(outDir, 'firefox-mv2'), '--no-input', '--warnings-as-errors'],
    needs: ['build firefox'],
  },
  {
    ...vitestStep('e2e tests', ['-c', 'vitest.e2e.config.ts']),
    env: { NEWSMARK_EXTENSION_DIR: outDir },
    needs: ['build chrome', 'build firefox'],
  },
];

function vitestStep(name: string, args: string[]): Step {
  const report = join(workDir, `${name.replace(/\W+/g, '-')}.json`);
  return {
    name,
    command: [bin('vitest'), 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    vitestReport: report,
  };
}

function run(command: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command[0]!, command.slice(1), { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });
    child.on('error', (error) => {
      console.error(error.message);
      done(127);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

async function runStep(step: Step, earlier: StepResult[]): Promise<StepResult> {
  const missing = (step.needs ?? []).filter((need) => earlier.find((result) => result.name === need)?.status !== 'passed');
  if (missing.length > 0) {
    console.log(`\n=== ${step.name}: skipped, needs ${missing.join(' and ')}`);
    return { name: step.name, passed: 0, failed: 1, status: 'skipped', seconds: 0, note: `needs ${missing.join(', ')}` };
  }
  console.log(`\n=== ${step.name}: ${step.command.map((part) => part.replace(root + '/', '')).join(' ')}`);
  const started = Date.now();
  const exitCode = await run(step.command, step.env);
  const seconds = (Date.now() - started) / 1000;
  const counts = step.vitestReport ? vitestCounts(step.vitestReport, exitCode, root) : exitCode === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
  const status = exitCode === 0 && counts.failed === 0 ? 'passed' : 'failed';
  const note = counts.note ?? (exitCode !== 0 ? `exit code ${exitCode}` : undefined);
  console.log(`=== ${step.name}: ${status.toUpperCase()} in ${seconds.toFixed(1)} s${note ? ` (${note})` : ''}`);
  return { name: step.name, ...counts, status, seconds, note };
}

const results: StepResult[] = [];
for (const step of steps) results.push(await runStep(step, results));
rmSync(workDir, { recursive: true, force: true });

console.log('\nSummary');
for (const result of results) {
  const counts = `${result.passed} passed, ${result.failed} failed`;
  console.log(`  ${result.status.padEnd(7)}  ${result.name.padEnd(13)} ${counts.padEnd(22)} ${result.seconds.toFixed(1).padStart(6)} s${result.note ? `  ${result.note}` : ''}`);
}
const flaky = results.flatMap((result) => result.flaky ?? []);
if (flaky.length > 0) {
  console.log(`\nPassed only on a retry (${flaky.length}): a browser action did not answer the first time`);
  for (const test of flaky) console.log(`  ${test}`);
}
const passed = results.reduce((sum, result) => sum + result.passed, 0);
const failed = results.reduce((sum, result) => sum + result.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
