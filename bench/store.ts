/**
 * `npm run bench:store`: the notes store at scale, 100,000 notes on 10,000 pages, timing what the popup and
 * the library do (list one page's notes, search, filter, save, export everything) and sizing the database.
 *
 * Two runs of the same code (bench/store/bench-core.ts):
 *  1. in headless Chromium on its real IndexedDB, the engine the extension's background uses (skipped when
 *     /usr/bin/chromium is missing);
 *  2. in Node on fake-indexeddb, an in-memory pure-JS IndexedDB that is much slower than a browser's: its
 *     numbers bound the store's own cost from above, they are not what a reader sees.
 *
 * Chromium runs on a profile on disk, as a reader's browser does: its IndexedDB (LevelDB) is far slower there
 * than in the in-memory store of a default test context for some calls (counting a range walks it), and the
 * first minute after loading 100,000 notes also pays for the engine compacting what was just written, which
 * a reader's long-lived database does not: the run waits BENCH_SETTLE_S (30) seconds before it measures.
 *
 * Options: BENCH_PAGES=1000 (scale down), BENCH_ONLY=chromium|node, BENCH_SETTLE_S=30, BENCH_IMPORT=0 (skip the
 * import of the exported file: about 17 minutes on disk at full size), BENCH_PROFILE=dir (Chromium: keep the
 * profile in dir, and measure the database a run left there instead of loading 100,000 notes again, which
 * takes about 15 minutes).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { NOTES_PER_PAGE, formatResult, runStoreBench } from './store/bench-core';
import { runInChromium } from './store/in-chromium';

const pages = Number(process.env.BENCH_PAGES ?? 10_000);
const only = process.env.BENCH_ONLY;
const importFile = process.env.BENCH_IMPORT !== '0';

/** News prose for the vocabulary: the seed article, committed as a test fixture. */
function vocabularyText(): string {
  try {
    return readFileSync(new URL('../tests/fixtures/seed-article.txt', import.meta.url), 'utf8');
  } catch {
    return 'the city council voted to close the water treatment plant according to the utility residents officials budget';
  }
}

console.log(`bench:store: ${(pages * NOTES_PER_PAGE).toLocaleString('en')} notes on ${pages.toLocaleString('en')} pages`);
const text = vocabularyText();

if (only !== 'node') {
  const report = await runInChromium(pages, text, Number(process.env.BENCH_SETTLE_S ?? 30) * 1000, importFile, process.env.BENCH_PROFILE);
  console.log(report ?? '  (no /usr/bin/chromium: the browser run is skipped)');
  // Every figure above moves with what else the machine does: its load belongs beside them.
  console.log(`  load average at the end: ${loadavg().map((n) => n.toFixed(1)).join(', ')} (1, 5, 15 min) on ${availableParallelism()} cores`);
  console.log('');
}
if (only !== 'chromium') {
  const result = await runStoreBench({ pages, vocabularyText: text, importFile, log: console.log });
  console.log(formatResult(`in Node ${process.version}, fake-indexeddb (pure-JS, in memory: far slower than a browser's IndexedDB)`, result));
}
