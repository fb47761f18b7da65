import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { vitestCounts } from '../../../scripts/vitest-report';

const root = '/repo';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A report shaped as vitest's JSON reporter writes it (only the fields `npm test` reads). */
function report(json: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'vitest-report-'));
  dirs.push(dir);
  const path = join(dir, 'report.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const test = (fullName: string, status: string, failureMessages: string[] = []) => ({ fullName, status, failureMessages });

describe('vitestCounts', () => {
  it('names a test that passed on its retry, with the first try\'s error, and counts it as passed', () => {
    const path = report({
      numPassedTests: 2,
      numFailedTests: 0,
      testResults: [
        {
          name: '/repo/tests/e2e/reading.test.ts',
          status: 'passed',
          assertionResults: [
            test('reading in chromium keeps a note', 'passed', ['ActionTimeout: page.press("Escape") did not finish within 45000 ms\n    at within (deadline.ts:20)']),
            test('reading in chromium marks the article', 'passed'),
          ],
        },
      ],
    });
    expect(vitestCounts(path, 0, root)).toEqual({
      passed: 2,
      failed: 0,
      note: '1 passed on a retry',
      flaky: ['tests/e2e/reading.test.ts > reading in chromium keeps a note: ActionTimeout: page.press("Escape") did not finish within 45000 ms'],
    });
  });

  it('says a retried test timed out as a whole when the report kept only a stack', () => {
    const path = report({
      numPassedTests: 1,
      numFailedTests: 0,
      testResults: [{ name: '/repo/tests/e2e/a.test.ts', status: 'passed', assertionResults: [test('slow', 'passed', ['Error: STACK_TRACE_ERROR\n    at task (runner.js:1)'])] }],
    });
    expect(vitestCounts(path, 0, root).flaky).toEqual(['tests/e2e/a.test.ts > slow: the test reached its time limit, in no named action']);
  });

  it('names failed files once each, and no flaky test when none was retried', () => {
    const path = report({
      numPassedTests: 1,
      numFailedTests: 1,
      testResults: [
        { name: '/repo/tests/e2e/a.test.ts', status: 'failed', assertionResults: [test('x', 'failed', ['AssertionError: expected 1 to be 2']), test('y', 'passed')] },
        { name: '/repo/tests/e2e/b.test.ts', status: 'passed', assertionResults: [] },
      ],
    });
    expect(vitestCounts(path, 1, root)).toEqual({ passed: 1, failed: 1, note: 'failed: tests/e2e/a.test.ts', flaky: [] });
  });

  it('counts a run that failed without failing a test, or wrote no report, as one failure', () => {
    const path = report({ numPassedTests: 3, numFailedTests: 0, testResults: [] });
    expect(vitestCounts(path, 1, root)).toMatchObject({ passed: 3, failed: 1 });
    expect(vitestCounts(join(tmpdir(), 'no-such-report.json'), 1, root)).toEqual({ passed: 0, failed: 1, note: 'vitest wrote no report' });
  });
});
