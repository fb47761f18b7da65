/**
 * bench:page: Newsmark in real pages. Loads every page of ../shared/corpora/articles-dev (served from 127.0.0.1,
 * the page's own scripts stripped and every outside request blocked) in headless Chromium with the built
 * extension, and reports per page the time until marks are done, the content script's main-thread time (its own
 * account, see utils/page/task-clock.ts), its longest task and its number of marks; then the same page's cost of
 * running @mozilla/readability, as a ratio; the content script's gzipped size; and console errors from Newsmark.
 *
 * Usage: npm run bench:page [-- --limit N] [-- --only <id prefix>,<id prefix>]
 */
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { availableParallelism, loadavg } from 'node:os';
import type { Page, Worker } from 'playwright-core';
import { getExtensionBuild } from '../tests/e2e/harness/build-extension';
import { launchChromium } from '../tests/e2e/harness/chromium';
import type { PageState } from '../utils/page/page-state';
import { loadArticlesCorpus } from './articles-corpus';

const SIZE_TARGET_KB = 40;
const LONG_TASK_TARGET_MS = 50;

interface PageResult {
  id: string;
  marksDoneMs: number | null;
  busyMs: number;
  longestTaskMs: number;
  analysisMs: number;
  longestPageTaskMs: number;
  longestTaskWhat: string | null;
  marks: number;
  isArticle: boolean;
  readabilityMs: number | null;
  errors: string[];
}

function stripScripts(html: string): string {
  return html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '').replace(/<script\b[^>]*\/>/gi, '');
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
}

const fmt = (n: number | null, digits = 1) => (n === null || Number.isNaN(n) ? '-' : n.toFixed(digits));

async function pageState(worker: Worker, tabId: number): Promise<PageState | null> {
  return worker.evaluate(async (tabId) => {
    type Tabs = { sendMessage(tabId: number, message: unknown, options?: unknown): Promise<{ res?: PageState } | undefined> };
    const { tabs } = (globalThis as unknown as { chrome: { tabs: Tabs } }).chrome;
    try {
      const answer = await tabs.sendMessage(tabId, { id: 1, type: 'getPageState', data: undefined, timestamp: Date.now() }, { frameId: 0 });
      return answer?.res ?? null;
    } catch {
      return null;
    }
  }, tabId);
}

async function main(): Promise<void> {
  const corpus = loadArticlesCorpus();
  if (!corpus) {
    console.log('bench:page: ../shared/corpora/articles-dev is not on this machine; nothing to measure.');
    return;
  }
  const limitArg = process.argv.indexOf('--limit');
  const onlyArg = process.argv.indexOf('--only');
  const only = onlyArg > 0 ? process.argv[onlyArg + 1]!.split(',') : null;
  const chosen = only ? corpus.filter((p) => only.some((prefix) => p.id.startsWith(prefix))) : corpus;
  const pages = limitArg > 0 ? chosen.slice(0, Number(process.argv[limitArg + 1])) : chosen;

  const loadBefore = loadavg()[0]!;
  const build = await getExtensionBuild();
  const contentJs = join(build.chromeDir, 'content-scripts', 'content.js');
  const contentBytes = statSync(contentJs).size;
  const contentGzip = gzipSync(readFileSync(contentJs)).length;
  const bundlesDexie = /Dexie|dexie/.test(readFileSync(contentJs, 'utf8'));
  const readabilitySource = readFileSync(join(import.meta.dirname, '..', 'node_modules', '@mozilla', 'readability', 'Readability.js'), 'utf8');

  const server = createServer((request, response) => {
    const match = /^\/p\/([^/]+)\.html$/.exec(request.url ?? '');
    const entry = match ? pages.find((p) => p.id === match[1]) : undefined;
    if (!entry) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    response.end(stripScripts(readFileSync(entry.htmlPath, 'utf8')));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const chromium = await launchChromium({ extensionDir: build.chromeDir });
  const results: PageResult[] = [];
  try {
    await chromium.context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    const worker = await chromium.serviceWorker();
    const page: Page = await chromium.context.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && /newsmark|chrome-extension:\/\//i.test(`${message.text()} ${message.location().url}`)) errors.push(message.text());
    });
    page.on('pageerror', (error) => {
      if (/chrome-extension:\/\//.test(error.stack ?? '')) errors.push(error.message);
    });
    const tabId = await chromium.tabIdOf(page);
    for (const [index, entry] of pages.entries()) {
      errors.length = 0;
      await page.goto(`${base}/p/${entry.id}.html`, { waitUntil: 'domcontentloaded', timeout: 30_000 }).catch((e: Error) => errors.push(`load: ${e.message}`));
      let state: PageState | null = null;
      const until = Date.now() + 20_000;
      while (Date.now() < until) {
        state = await pageState(worker, tabId);
        if (state?.perf?.marksDoneMs != null) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      const readabilityMs = await page
        .evaluate((source) => {
          // Readability parses a copy, so it sees the page as Newsmark found it (marks and all).
          const Readability = new Function(`${source}; return Readability;`)() as new (doc: Document) => { parse(): unknown };
          const began = performance.now();
          new Readability(document.cloneNode(true) as Document).parse();
          return performance.now() - began;
        }, readabilitySource)
        .catch(() => null);
      const perf = state?.perf;
      results.push({
        id: entry.id,
        marksDoneMs: perf?.marksDoneMs ?? null,
        busyMs: perf?.busyMs ?? NaN,
        longestTaskMs: perf?.longestTaskMs ?? NaN,
        analysisMs: perf?.analysisMs ?? NaN,
        longestPageTaskMs: perf?.longestPageTaskMs ?? NaN,
        longestTaskWhat: perf?.longestTaskWhat ?? null,
        marks: perf?.marks ?? 0,
        isArticle: state?.isArticle ?? false,
        readabilityMs,
        errors: [...errors, ...(perf?.marksDoneMs == null ? ['no page state from the content script'] : [])],
      });
      if ((index + 1) % 20 === 0) console.log(`  ${index + 1}/${pages.length} pages`);
    }
  } finally {
    await chromium.close();
    server.close();
  }

  const measured = results.filter((r) => r.marksDoneMs !== null);
  const col = (pick: (r: PageResult) => number) => measured.map(pick).filter((n) => Number.isFinite(n));
  const ratios = measured.filter((r) => r.readabilityMs && r.readabilityMs > 0).map((r) => r.busyMs / r.readabilityMs!);
  const row = (name: string, values: number[], unit: string) =>
    console.log(`${name.padEnd(34)} median ${fmt(quantile(values, 0.5)).padStart(8)} ${unit}   p90 ${fmt(quantile(values, 0.9)).padStart(8)} ${unit}   worst ${fmt(Math.max(...values)).padStart(8)} ${unit}`);

  console.log(`\nbench:page: ${results.length} pages of articles-dev in headless Chromium with Newsmark (page scripts stripped, outside requests blocked)`);
  console.log(`pages measured: ${measured.length}; judged articles: ${measured.filter((r) => r.isArticle).length}`);
  // Timings scale with what else the machine runs: say how busy it was.
  console.log(`load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after, on ${availableParallelism()} cores`);
  row('time until marks are done', col((r) => r.marksDoneMs!), 'ms');
  row('content script main-thread time', col((r) => r.busyMs), 'ms');
  row('content script longest task', col((r) => r.longestTaskMs), 'ms');
  row('  of which: analysis (all its slices)', col((r) => r.analysisMs), 'ms');
  row('  longest task of marking/notes/UI', col((r) => r.longestPageTaskMs), 'ms');
  row('marks per page', col((r) => r.marks), '  ');
  row('@mozilla/readability parse, same page', measured.map((r) => r.readabilityMs ?? NaN).filter(Number.isFinite), 'ms');
  row('Newsmark time / Readability time', ratios, 'x ');
  const over = measured.filter((r) => r.longestTaskMs > LONG_TASK_TARGET_MS);
  console.log(`pages with a task over ${LONG_TASK_TARGET_MS} ms: ${over.length}${over.length ? ` (${over.slice(0, 10).map((r) => `${r.id.slice(0, 12)} ${r.longestTaskMs.toFixed(0)} ms in ${r.longestTaskWhat ?? '?'}`).join(', ')})` : ''}`);
  const byWhat = new Map<string, number>();
  for (const r of measured) byWhat.set(r.longestTaskWhat ?? '?', (byWhat.get(r.longestTaskWhat ?? '?') ?? 0) + 1);
  console.log(`what the longest task was doing (pages): ${[...byWhat].sort((a, b) => b[1] - a[1]).map(([what, n]) => `${what} ${n}`).join(', ')}`);
  const slowOwn = [...measured].sort((a, b) => b.longestPageTaskMs - a.longestPageTaskMs).slice(0, 3);
  console.log(`longest own tasks: ${slowOwn.map((r) => `${r.id.slice(0, 12)} ${r.longestPageTaskMs.toFixed(0)} ms (${r.marks} marks)`).join(', ')}`);
  console.log(`content script: ${(contentBytes / 1024).toFixed(1)} KB, ${(contentGzip / 1024).toFixed(1)} KB gzipped (target <= ${SIZE_TARGET_KB} KB); Dexie in it: ${bundlesDexie ? 'YES' : 'no'}`);
  const withErrors = results.filter((r) => r.errors.length > 0);
  console.log(`pages with an error from Newsmark: ${withErrors.length}`);
  for (const r of withErrors.slice(0, 10)) console.log(`  ${r.id}: ${r.errors.slice(0, 3).join(' | ')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
