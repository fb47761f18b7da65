/**
 * `npm run bench`: every benchmark, one after the other (they share two cores, so never in parallel).
 * Each prints its own numbers and says so when the shared corpora are absent; this only runs them and reports
 * which ones failed to run.
 */
import { spawnSync } from 'node:child_process';

const benches = ['bench:article', 'bench:claims', 'bench:store', 'bench:page', 'bench:popup'];
const failed: string[] = [];

for (const bench of benches) {
  console.log(`\n=== npm run ${bench}`);
  const run = spawnSync('npm', ['run', '-s', bench], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(bench);
}

console.log(failed.length === 0 ? '\nAll benchmarks ran.' : `\nThese benchmarks failed to run: ${failed.join(', ')}`);
process.exit(failed.length === 0 ? 0 : 1);
