import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import type { ChromiumExtension } from './harness/chromium';
import { ActionTimeout, within } from './harness/deadline';
import type { BrowserName, ExtensionBrowser, TestPage } from './harness/extension-browser';
import type { FirefoxExtension } from './harness/firefox';
import type { Note, NoteDraft } from '../../utils/notes/note-types';

/** Helpers for the popup and library e2e tests: seeding notes, running axe-core, files in and out. */

export const SCREENSHOT_DIR = join(process.cwd(), '.test-results', 'ui');

/**
 * Sends one notes message from an extension page, in @webext-core/messaging's wire format, as the library does.
 * Seeding through the real background keeps the test honest about what the store holds.
 */
export async function sendToBackground<T>(page: TestPage, type: string, data: unknown): Promise<T> {
  const answer = await page.evaluate(
    async ({ type, data }) => {
      type Runtime = { sendMessage(message: unknown): Promise<unknown> };
      const api = globalThis as unknown as { browser?: { runtime: Runtime }; chrome?: { runtime: Runtime } };
      return (api.browser ?? api.chrome)!.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() });
    },
    { type, data },
  );
  const { res, err } = (answer ?? {}) as { res?: T; err?: { message: string } };
  if (err) throw new Error(`${type} failed: ${err.message}`);
  return res as T;
}

export function draft(fields: Partial<NoteDraft> & { id: string; url: string; exact: string }): NoteDraft {
  const { url, exact, ...rest } = fields;
  return {
    page: { url, title: null, siteName: null },
    kind: 'selection',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
      position: { type: 'TextPositionSelector', start: 0, end: exact.length },
    },
    text: '',
    tags: [],
    verdict: null,
    ...rest,
  };
}

export async function seedNotes(page: TestPage, drafts: NoteDraft[]): Promise<Note[]> {
  const saved: Note[] = [];
  for (const note of drafts) saved.push(await sendToBackground<Note>(page, 'saveNote', note));
  return saved;
}

export async function deleteAllNotes(page: TestPage): Promise<void> {
  const notes = await sendToBackground<Note[]>(page, 'searchNotes', {});
  for (const note of notes) await sendToBackground(page, 'deleteNote', note.id);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in the page. Its source goes in as an evaluated expression, not a <script>, because the extension
 * pages' CSP refuses inline scripts (the driver's evaluate is not subject to it).
 */
export async function axeViolations(page: TestPage): Promise<AxeViolation[]> {
  const raw = page.raw as PlaywrightPage | PuppeteerPage;
  await (raw.evaluate as (expression: string) => Promise<unknown>)(`${axeSource};0`);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] };
    const axe = (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, undefined);
}

export async function screenshot(page: TestPage, name: string): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot(join(SCREENSHOT_DIR, `${name}.png`));
}

/**
 * Records the text of every Blob the page turns into an object URL: what an export hands to the browser's
 * downloads, in both browsers (puppeteer over BiDi has no download event to wait for).
 */
export async function captureExports(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const store = globalThis as unknown as { __exports: string[] };
    const installed = Array.isArray(store.__exports);
    store.__exports = [];
    if (installed) return;
    const original = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      if (blob instanceof Blob) void blob.text().then((text) => store.__exports.push(text));
      return original(blob);
    };
  }, undefined);
}

export async function capturedExports(page: TestPage): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as { __exports: string[] }).__exports, undefined);
}

/** The export files in the extension's private file system (see private-export-file.ts). */
export async function exportFileNames(page: TestPage): Promise<string[]> {
  return page.evaluate(async () => {
    const names: string[] = [];
    for await (const name of (await navigator.storage.getDirectory()).keys()) if (name.startsWith('newsmark-export-')) names.push(name);
    return names;
  }, undefined);
}

/** Chooses an option of a <select> as a person would, with the browser's own events. */
export async function selectOption(browser: BrowserName, page: TestPage, selector: string, value: string) {
  if (browser === 'chromium') await (page.raw as PlaywrightPage).locator(selector).selectOption(value);
  else await (page.raw as PuppeteerPage).select(`pierce/${selector}`, value);
}

/** Picks a file in an <input type=file> the way a person would with the file dialog. */
export async function chooseFile(browser: BrowserName, page: TestPage, selector: string, path: string): Promise<void> {
  if (browser === 'chromium') {
    await (page.raw as PlaywrightPage).locator(selector).setInputFiles(path);
    return;
  }
  const input = await (page.raw as PuppeteerPage).waitForSelector(`pierce/${selector}`);
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(path);
}

/**
 * Reloads an extension page and waits for the new document's app to render. puppeteer's own reload waits for a
 * navigation event that Firefox does not send for moz-extension:// pages over BiDi.
 */
export async function reloadApp(page: TestPage, readySelector = '#app *'): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { __beforeReload?: boolean }).__beforeReload = true;
    setTimeout(() => location.reload(), 0);
  }, undefined);
  await until(
    () => page.evaluate(() => !(globalThis as unknown as { __beforeReload?: boolean }).__beforeReload && document.readyState === 'complete', undefined).catch(() => false),
    (fresh) => fresh,
    15_000,
  );
  await page.waitFor(readySelector);
}

/** Empties a text field as a person would: select everything in it, then Backspace. */
export async function clearField(page: TestPage, selector: string): Promise<void> {
  await page.click(selector);
  await page.evaluate((sel) => (document.querySelector(sel) as HTMLInputElement).select(), selector);
  await page.press('Backspace');
}

/** One read of a poll may take this long: an evaluate in a frame that is going away can stay unanswered for ever. */
export const READ_TIMEOUT_MS = 3_000;

/** The read's value, or null when it has not answered within `ms` (it is then left to itself). */
export async function answerWithin<T>(read: Promise<T>, ms = READ_TIMEOUT_MS): Promise<{ value: T } | null> {
  try {
    return { value: await within('a read', read, ms) };
  } catch (error) {
    if (error instanceof ActionTimeout) return null;
    throw error;
  }
}

/**
 * Waits until `read` returns something `accept` likes; returns it, or throws with the last value seen. A read
 * that does not answer in time is asked again.
 */
export async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const began = Date.now();
  let last: { value: T } | null = null;
  for (;;) {
    const answer = await answerWithin(read(), Math.max(1, Math.min(READ_TIMEOUT_MS, began + timeoutMs - Date.now())));
    if (answer) {
      last = answer;
      if (accept(answer.value)) return answer.value;
    }
    if (Date.now() - began > timeoutMs) throw new Error(`Timed out; last value: ${last ? JSON.stringify(last.value) : 'none (no read answered)'}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The URL of the first tab whose address satisfies `accept`, once there is one. */
export async function waitForTabUrl(browser: ExtensionBrowser, accept: (url: string) => boolean): Promise<string> {
  const urls = async (): Promise<string[]> => {
    if (browser.name === 'chromium') return (browser.native as ChromiumExtension).context.pages().map((page) => page.url());
    // puppeteer's page.url() can still say about:blank for a moz-extension:// page: ask each document.
    const pages = await (browser.native as FirefoxExtension).browser.pages();
    return Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => page.url())));
  };
  const found = await until(urls, (list) => list.some(accept), 15_000);
  return found.find(accept)!;
}
