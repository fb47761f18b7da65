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
 * Options: BENCH_PAGES=1000 (scale down), BENCH_ONLY=chromium|node.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { NOTES_PER_PAGE, formatResult, runStoreBench } from './store/bench-core';
import { runInChromium } from './store/in-chromium';

const pages = Number(process.env.BENCH_PAGES ?? 10_000);
const only = process.env.BENCH_ONLY;

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
  const report = await runInChromium(pages, text);
  console.log(report ?? '  (no /usr/bin/chromium: the browser run is skipped)');
  console.log('');
}
if (only !== 'chromium') {
  const result = await runStoreBench({ pages, vocabularyText: text, log: console.log });
  console.log(formatResult(`in Node ${process.version}, fake-indexeddb (pure-JS, in memory: far slower than a browser's IndexedDB)`, result));
}
