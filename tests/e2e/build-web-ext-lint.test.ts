import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { getExtensionBuild } from './harness/build-extension';
import { repoRoot } from './harness/paths';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

it('web-ext lint finds no error and no warning in the Firefox build', async () => {
  const { firefoxDir } = await getExtensionBuild();
  // web-ext exits non-zero when it finds errors; the JSON report is on stdout either way.
  const stdout = await promisify(execFile)(
    join(repoRoot, 'node_modules/.bin/web-ext'),
    ['lint', '--source-dir', firefoxDir, '--output', 'json', '--no-input', '--no-config-discovery'],
    { cwd: repoRoot, maxBuffer: 32 * 1024 * 1024 },
  ).then(
    (result) => result.stdout,
    (error: { stdout?: string }) => error.stdout ?? '',
  );
  const report = JSON.parse(stdout) as LintReport;
  const describe = (message: LintMessage) => `${message.code} ${message.file ?? ''}: ${message.message}`;
  expect(report.errors.map(describe)).toEqual([]);
  expect(report.warnings.map(describe)).toEqual([]);
  expect(report.summary).toMatchObject({ errors: 0, warnings: 0 });
});
