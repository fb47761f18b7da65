/**
 * `npm run bench:popup`: how fast the popup opens on a page with 100 notes (target: 100 ms, median).
 *
 * The built extension in headless Chromium; the demo article served on 127.0.0.1 with 100 notes stored for it
 * (quotes cut from its own text, so the page places them, plus a few whose text is gone: orphans). The popup is
 * opened as `popup.html?tabId=N` in a window of its own about 20 times, and its own timeline is read: the
 * headline is from the start of the popup's navigation to `newsmark:popup-ready`, the frame that shows the
 * page's summary and its first notes rendered (as many as fit, and more: what the reader waits for); below it,
 * when each step was reached, including the frame after, with every note in the list.
 *
 * Chromium runs on a DevTools pipe without Playwright (bench/popup/pipe-chromium.ts): Playwright holds every
 * new page until it has attached, which delays the popup's script by 60-80 ms that a reader never waits for.
 * The demo article is part of the project, so this bench needs no corpus. Prints a message and exits 0
 * without /usr/bin/chromium.
 *
 * Options: BENCH_OPENS=20, BENCH_NOTES=100, BENCH_EACH=1 (prints every opening's timeline too); NEWSMARK_EXTENSION_DIR=<dir with chrome-mv3/ and firefox-mv2/> measures that
 * build instead of building (see tests/e2e/harness/README.md).
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { getExtensionBuild } from '../tests/e2e/harness/build-extension';
import { CHROMIUM_PATH } from '../tests/e2e/harness/chromium';
import { startStaticServer } from '../tests/e2e/harness/static-server';
import { benchNotes } from './popup/bench-notes';
import { launchPipeChromium, type PageSession } from './popup/pipe-chromium';
import { MARK_NAMES, timePopupOpening, type PopupTimings } from './popup/popup-timings';

const OPENS = Number(process.env.BENCH_OPENS ?? 20);
const NOTES = Number(process.env.BENCH_NOTES ?? 100);
const TARGET_MS = 100;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Evaluates until the expression is truthy (pages that are still loading throw: tried again). */
async function waitUntil(page: PageSession, expression: string, what: string): Promise<void> {
  for (let waited = 0; waited < 30_000; waited += 100) {
    if (await page.evaluate<boolean>(expression).catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`bench:popup: gave up waiting for ${what}`);
}

/** A message to the background in @webext-core/messaging's wire format, sent from an extension page. */
async function sendToBackground<T>(driver: PageSession, type: string, data: unknown): Promise<T> {
  const message = JSON.stringify({ id: 1, type, data, timestamp: Date.now() });
  const { res, err } = (await driver.evaluate<{ res?: T; err?: { message: string } } | undefined>(`chrome.runtime.sendMessage(${message})`)) ?? {};
  if (err) throw new Error(`${type} failed: ${err.message}`);
  return res as T;
}

function summary(values: number[]): { median: number; p90: number } {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, p90: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.9) - 1)]! };
}

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`bench:popup: no Chromium at ${CHROMIUM_PATH}; the popup benchmark is skipped.`);
  process.exit(0);
}

const build = await getExtensionBuild();
const server = await startStaticServer();
const chromium = launchPipeChromium(CHROMIUM_PATH, build.chromeDir);
try {
  const origin = await chromium.extensionOrigin();
  // The driver: an idle extension page, for the extensions API (windows, tabs, getViews) and messages.
  const driver = await chromium.newPage();
  await driver.navigate(`${origin}/library.html`);
  await waitUntil(driver, `document.readyState === 'complete' && typeof chrome.windows === 'object'`, 'the library page');

  const articleUrl = server.url('/demo/article.html');
  const tabId = await driver.evaluate<number>(`chrome.tabs.create({ url: ${JSON.stringify(articleUrl)} }).then((tab) => tab.id)`);
  const article = await chromium.attach(articleUrl);
  await waitUntil(article, `document.querySelector('newsmark-mark') !== null`, 'the article marks');
  const paragraphs = await article.evaluate<string[]>(`[...document.querySelectorAll('[itemprop="articleBody"] p')].map((p) => p.textContent ?? '')`);
  for (const draft of benchNotes(articleUrl, paragraphs, NOTES)) await sendToBackground(driver, 'saveNote', draft);

  // Reloaded, the page places the stored notes; the popup then reports on a page that has them all.
  await article.evaluate(`location.reload()`);
  await sleep(500);
  await waitUntil(article, `document.querySelectorAll('newsmark-mark[data-newsmark-noted]').length > 0`, 'the placed notes');
  await article.detach();

  const popupUrl = `${origin}/popup.html?tabId=${tabId}`;
  const openings: PopupTimings[] = [];
  for (let i = 0; i < OPENS + 1; i++) {
    const timings = await driver.evaluate<PopupTimings | string>(`(${timePopupOpening.toString()})(${JSON.stringify(popupUrl)}, ${JSON.stringify(MARK_NAMES)})`);
    if (typeof timings === 'string') throw new Error(`bench:popup: ${timings}`);
    // NaN (a mark the popup did not leave) crosses the protocol as null.
    for (const key of Object.keys(timings) as (keyof PopupTimings)[]) timings[key] ??= Number.NaN;
    // The first open warms the caches (the popup's files, the worker's database connection): not counted.
    if (i > 0) openings.push(timings);
  }
  const stats = await sendToBackground<unknown>(driver, 'getStats', undefined);
  const last = openings.at(-1)!;

  const fmt = (ms: number) => (Number.isNaN(ms) ? 'NaN' : ms.toFixed(1)).padStart(6);
  const row = (label: string, pick: (timings: PopupTimings) => number) => {
    const { median, p90 } = summary(openings.map(pick));
    return `  ${label.padEnd(50)} ${fmt(median)} ${fmt(p90)}`;
  };
  const ready = summary(openings.map((timings) => timings.ready));
  const verdict = ready.median <= TARGET_MS ? `ok: target <= ${TARGET_MS} ms (median)` : `OVER the ${TARGET_MS} ms target (median)`;
  console.log(`bench:popup: the popup opened ${OPENS} times on the demo article with ${NOTES} notes stored for it (store: ${JSON.stringify(stats)})`);
  console.log(`  the popup listed ${last.notesListed} notes (${last.orphansListed} shown as orphans)`);
  console.log(`  ${'measure'.padEnd(50)} ${'median'.padStart(6)} ${'p90'.padStart(6)}  ms`);
  console.log(`  ${'OPEN: navigation start -> notes on screen (ready)'.padEnd(50)} ${fmt(ready.median)} ${fmt(ready.p90)}  ${verdict}`);
  console.log('  when each step was reached, from navigation start:');
  console.log(row('  popup.html arrived (responseEnd)', (timings) => timings.documentArrived));
  console.log(row('  popup.html parsed (domInteractive)', (timings) => timings.parsed));
  console.log(row('  popup script starts', (timings) => timings.scriptStart));
  console.log(row('  first contentful paint ("Reading the page")', (timings) => timings.firstContentfulPaint));
  console.log(row('  page state arrives (from the tab)', (timings) => timings.stateArrived));
  console.log(row('  tab notes arrive (from the background)', (timings) => timings.notesArrived));
  console.log(row('  summary on screen (before the notes)', (timings) => timings.summaryShown));
  console.log(row('  every note in the popup (the rest of the list)', (timings) => timings.allNotesShown));
  console.log('  phases:');
  console.log(row('  navigation start -> script start', (timings) => timings.scriptStart));
  console.log(row('  script start -> state and notes in', (timings) => timings.dataArrived - timings.scriptStart));
  console.log(row('    script start -> page state in (content script)', (timings) => timings.stateArrived - timings.scriptStart));
  console.log(row('    script start -> tab notes in (background)', (timings) => timings.notesArrived - timings.scriptStart));
  console.log(row('  state and notes in -> on screen (render, paint)', (timings) => timings.ready - timings.dataArrived));
  if (process.env.BENCH_EACH === '1') {
    const keys = Object.keys(last) as (keyof PopupTimings)[];
    console.log(`  each opening: ${keys.join(' ')}`);
    for (const timings of openings) console.log(`    ${keys.map((key) => timings[key].toFixed(1)).join(' ')}`);
  }
  console.log('  (a NaN summary: every opening showed the notes in the same frame as the summary)');
  console.log(`  load average while it ran: ${loadavg().map((n) => n.toFixed(1)).join(', ')} (1, 5, 15 min)`);
} finally {
  await chromium.close();
  await server.close();
}
