import type { Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { launchChromium, type ChromiumExtension } from './chromium';
import { within } from './deadline';
import { launchFirefox, type FirefoxExtension } from './firefox';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

/**
 * One tab, the same way in both browsers. Selectors are CSS and reach into open shadow roots.
 * For anything else, use `raw` (a Playwright page in Chromium, a puppeteer page in Firefox).
 */
export interface TestPage {
  readonly raw: PlaywrightPage | PuppeteerPage;
  /** The document's own location (puppeteer's page.url() can lag behind moz-extension:// navigations). */
  url(): Promise<string>;
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Waits (30 s unless told) until at least one element matches and is attached: the machine may be busy. */
  waitFor(selector: string, timeoutMs?: number): Promise<void>;
  count(selector: string): Promise<number>;
  /** textContent of every match, in document order. */
  texts(selector: string): Promise<string[]>;
  click(selector: string): Promise<void>;
  /** Clicks the first match, then types like a person, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** A key press on the focused element, e.g. 'Enter', 'Escape', 'Tab'. */
  press(key: string): Promise<void>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  screenshot(path: string, fullPage?: boolean): Promise<void>;
  close(): Promise<void>;
}

export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>` */
  readonly origin: string;
  open(url: string): Promise<TestPage>;
  /** The popup in a tab, reporting on forPage's tab when given. */
  openPopup(forPage?: TestPage): Promise<TestPage>;
  openLibrary(): Promise<TestPage>;
  /** The browser-specific handle, for what the facade does not cover. */
  readonly native: ChromiumExtension | FirefoxExtension;
  close(): Promise<void>;
}

/** Options both launchers understand. */
export interface ExtensionBrowserOptions {
  /** Sends every request (loopback included) through this local proxy, e.g. a RecordingProxy. */
  proxyPort?: number;
  headless?: boolean;
}

export async function launchExtensionBrowser(name: BrowserName, options: ExtensionBrowserOptions = {}): Promise<ExtensionBrowser> {
  return name === 'chromium' ? wrapChromium(await launchChromium(options)) : wrapFirefox(await launchFirefox(options));
}

function wrapChromium(chromium: ChromiumExtension): ExtensionBrowser {
  return {
    name: 'chromium',
    origin: chromium.origin,
    native: chromium,
    open: async (url) => playwrightPage(await within(`open ${url}`, chromium.openPage(url))),
    openPopup: async (forPage) => playwrightPage(await within('open the popup', chromium.openPopup(forPage?.raw as PlaywrightPage | undefined))),
    openLibrary: async () => playwrightPage(await within('open the library', chromium.openLibrary())),
    close: () => chromium.close(),
  };
}

function wrapFirefox(firefox: FirefoxExtension): ExtensionBrowser {
  return {
    name: 'firefox',
    origin: firefox.origin,
    native: firefox,
    open: async (url) => puppeteerPage(await within(`open ${url}`, firefox.openPage(url))),
    openPopup: async (forPage) => puppeteerPage(await within('open the popup', firefox.openPopup(forPage?.raw as PuppeteerPage | undefined))),
    openLibrary: async () => puppeteerPage(await within('open the library', firefox.openLibrary())),
    close: () => firefox.close(),
  };
}

function playwrightPage(page: PlaywrightPage): TestPage {
  return withDeadlines({
    raw: page,
    url: async () => page.url(),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    waitFor: async (selector, timeoutMs = 30_000) =>
      void (await page.locator(selector).first().waitFor({ state: 'attached', timeout: timeoutMs })),
    count: (selector) => page.locator(selector).count(),
    texts: async (selector) => (await page.locator(selector).allTextContents()),
    click: (selector) => page.locator(selector).first().click(),
    type: async (selector, text) => {
      const target = page.locator(selector).first();
      await target.click();
      await target.pressSequentially(text);
    },
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    screenshot: async (path, fullPage = true) => void (await page.screenshot({ path, fullPage })),
    close: () => page.close(),
  });
}

/**
 * A click as a person makes it: scrolled to, then the mouse pressed and released at the element's visible
 * point. Not puppeteer's `page.click`: after the page hands a file to Firefox's downloads, its viewport check
 * waits longer and longer (5.5, 16, then 32 s per click after one, two, three downloads), while these same steps
 * take milliseconds.
 */
async function clickLikeAPerson(page: PuppeteerPage, selector: string): Promise<void> {
  const handle = await page.$(selector);
  if (!handle) throw new Error(`No element matches ${selector}`);
  try {
    await handle.scrollIntoView();
    const { x, y } = await handle.clickablePoint();
    await page.mouse.click(x, y);
  } finally {
    await handle.dispose();
  }
}

/** puppeteer's `pierce/` query looks into open shadow roots, as Playwright's CSS does by itself. */
function puppeteerPage(page: PuppeteerPage): TestPage {
  const deep = (selector: string) => `pierce/${selector}`;
  return withDeadlines({
    raw: page,
    url: () => page.evaluate(() => location.href),
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    waitFor: async (selector, timeoutMs = 30_000) => void (await page.waitForSelector(deep(selector), { timeout: timeoutMs })),
    count: async (selector) => (await page.$$(deep(selector))).length,
    texts: async (selector) =>
      Promise.all((await page.$$(deep(selector))).map((handle) => handle.evaluate((node) => node.textContent ?? ''))),
    click: (selector) => clickLikeAPerson(page, deep(selector)),
    type: async (selector, text) => {
      await clickLikeAPerson(page, deep(selector));
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key as Parameters<PuppeteerPage['keyboard']['press']>[0]),
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => unknown, arg) as never,
    screenshot: async (path, fullPage = true) => void (await page.screenshot({ path: path as `${string}.png`, fullPage })),
    close: () => page.close(),
  });
}

/**
 * The same page, each action failing with its name when stuck (see deadline.ts). Some never time out by
 * themselves: a key press, an evaluate, a close wait as long as the browser does not answer.
 */
function withDeadlines(page: TestPage): TestPage {
  const named = (action: string, detail: unknown) => `page.${action}(${typeof detail === 'string' ? JSON.stringify(detail) : ''})`;
  return {
    raw: page.raw,
    url: () => within('page.url()', page.url()),
    goto: (url) => within(named('goto', url), page.goto(url)),
    reload: () => within('page.reload()', page.reload()),
    waitFor: (selector, timeoutMs) => within(named('waitFor', selector), page.waitFor(selector, timeoutMs), (timeoutMs ?? 30_000) + 15_000),
    count: (selector) => within(named('count', selector), page.count(selector)),
    texts: (selector) => within(named('texts', selector), page.texts(selector)),
    click: (selector) => within(named('click', selector), page.click(selector)),
    type: (selector, text) => within(named('type', selector), page.type(selector, text)),
    press: (key) => within(named('press', key), page.press(key)),
    evaluate: (fn, arg) => within(`page.evaluate(${fn.name || 'a function'})`, page.evaluate(fn, arg)),
    screenshot: (path, fullPage) => within(named('screenshot', path), page.screenshot(path, fullPage)),
    close: () => within('page.close()', page.close()),
  };
}
