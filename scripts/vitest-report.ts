import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

/** What `npm test` reads from one vitest run's JSON report. */
export interface VitestCounts {
  passed: number;
  failed: number;
  note?: string;
  /** Tests that failed, then passed on their retry: reported, never hidden. */
  flaky?: string[];
}

interface TestResult {
  fullName: string;
  status: string;
  failureMessages: string[];
}

interface FileResult {
  name: string;
  status: string;
  assertionResults?: TestResult[];
}

/** vitest's own counts; a run that failed without failing a test (a file that would not load, an error between tests) counts as one failure. */
export function vitestCounts(report: string, exitCode: number, root: string): VitestCounts {
  if (!existsSync(report)) return { passed: 0, failed: 1, note: 'vitest wrote no report' };
  const json = JSON.parse(readFileSync(report, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    testResults: FileResult[];
  };
  const failed = json.numFailedTests + (exitCode !== 0 && json.numFailedTests === 0 ? 1 : 0);
  // Named from the per-file results: vitest's numFailedTestSuites also counts each failed describe block.
  const failedFiles = json.testResults.filter((file) => file.status === 'failed').map((file) => relative(root, file.name));
  const flaky = flakyTests(json.testResults, root);
  const notes = [failedFiles.length > 0 ? `failed: ${failedFiles.join(', ')}` : '', flaky.length > 0 ? `${flaky.length} passed on a retry` : ''];
  return { passed: json.numPassedTests, failed, note: notes.filter(Boolean).join('; ') || undefined, flaky };
}

/** Tests that passed only on a retry (vitest keeps the failed try's errors): each with the first error's first line. */
function flakyTests(files: FileResult[], root: string): string[] {
  return files.flatMap((file) =>
    (file.assertionResults ?? [])
      .filter((test) => test.status === 'passed' && test.failureMessages.length > 0)
      .map((test) => `${relative(root, file.name)} > ${test.fullName}: ${firstTryError(test.failureMessages[0]!)}`),
  );
}

/** The failure's first line; vitest's report keeps only a stack for a test timeout, whose first line says nothing. */
function firstTryError(message: string): string {
  const first = message.split('\n')[0]!;
  return first.startsWith('Error: STACK_TRACE_ERROR') ? 'the test reached its time limit, in no named action' : first;
}
