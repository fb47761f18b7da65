import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { launchFirefox, type FirefoxExtension } from './harness/firefox';
import { startStaticServer, type StaticServer } from './harness/static-server';

let server: StaticServer;
beforeAll(async () => {
  server = await startStaticServer();
});
afterAll(async () => {
  await server?.close();
});

describe('Chromium: the extension loads', () => {
  let chromium: ChromiumExtension;
  beforeAll(async () => {
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
  });

  it('starts its service worker from the built background.js', async () => {
    const worker = await chromium.serviceWorker();
    expect(worker.url()).toBe(`${chromium.origin}/background.js`);
    expect(await worker.evaluate(() => typeof (globalThis as { chrome?: unknown }).chrome)).toBe('object');
  });

  it('renders the popup with no page error', async () => {
    const errors: string[] = [];
    const popup = await chromium.context.newPage();
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.goto(chromium.popupUrl);
    await popup.locator('#app *').first().waitFor({ state: 'attached' });
    expect((await popup.locator('#app').textContent())?.trim()).not.toBe('');
    expect(errors).toEqual([]);
  });

  it('opens the popup for a given tab as popup.html?tabId=N', async () => {
    const article = await chromium.openPage(server.url('/demo/article.html'));
    const popup = await chromium.openPopup(article);
    const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
    expect(Number.isInteger(tabId) && tabId > 0).toBe(true);
    // The id names the article's tab, not the popup's own.
    const popupTabId = await popup.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { getCurrent(): Promise<{ id: number }> } } }).chrome;
      return (await tabs.getCurrent()).id;
    });
    expect(tabId).not.toBe(popupTabId);
    await article.bringToFront();
    const worker = await chromium.serviceWorker();
    const active = await worker.evaluate(async () => {
      const { tabs } = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome;
      return (await tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
    });
    expect(active).toBe(tabId);
  });
});

describe('Firefox: the extension loads', () => {
  let firefox: FirefoxExtension;
  beforeAll(async () => {
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('runs its background page', async () => {
    const popup = await firefox.openExtensionPage('popup.html');
    const backgroundUrl = await popup.evaluate(async () => {
      type Runtime = { getBackgroundPage(): Promise<Window> };
      const { runtime } = (globalThis as unknown as { browser: { runtime: Runtime } }).browser;
      return (await runtime.getBackgroundPage()).location.href;
    });
    expect(backgroundUrl.startsWith(`${firefox.origin}/`)).toBe(true);
  });

  it('renders the popup', async () => {
    const popup = await firefox.openPopup();
    await popup.waitForSelector('#app *');
    expect((await popup.$eval('#app', (app) => app.textContent ?? '')).trim()).not.toBe('');
  });

  it('opens the popup for a given tab as popup.html?tabId=N', async () => {
    const article = await firefox.openPage(server.url('/demo/article.html'));
    const popup = await firefox.openPopup(article);
    // puppeteer's page.url() can lag behind a moz-extension:// navigation; the document knows.
    const tabId = Number(new URL(await popup.evaluate(() => location.href)).searchParams.get('tabId'));
    expect(Number.isInteger(tabId) && tabId > 0).toBe(true);
    const ids = await popup.evaluate(async () => {
      type Tabs = { getCurrent(): Promise<{ id: number }>; query(q: object): Promise<{ id: number; index: number }[]> };
      const { tabs } = (globalThis as unknown as { browser: { tabs: Tabs } }).browser;
      return { self: (await tabs.getCurrent()).id, all: (await tabs.query({})).map((tab) => tab.id) };
    });
    expect(tabId).not.toBe(ids.self);
    expect(ids.all).toContain(tabId);
  });
});
