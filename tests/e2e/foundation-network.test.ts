import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChromiumExtension } from './harness/chromium';
import type { FirefoxExtension } from './harness/firefox';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser } from './harness/extension-browser';
import { startRecordingProxy, type ProxiedRequest, type RecordingProxy } from './harness/recording-proxy';
import { startStaticServer, type StaticServer } from './harness/static-server';

/**
 * The browsers' own housekeeping, sent by a bare browser with no extension at all (checked by hand with the same
 * proxy): Chromium's component updater, clock check, Google account probe, form-field and page-hint lookups
 * (the harness switches the last two off, but a stray one may still start). Firefox's own traffic is switched
 * off by the harness's prefs. Anything else leaving for a host that is not the test server fails the test.
 */
const BROWSER_HOUSEKEEPING: Record<string, RegExp> = {
  chromium:
    /^(CONNECT (update|content-autofill|optimizationguide-pa)\.googleapis\.com:443|CONNECT (accounts|clients2)\.google\.com:443|(GET|POST) http:\/\/(update\.googleapis\.com|clients2\.google\.com)\/)/,
  firefox: /^$/,
};

/** Requests that went anywhere but the test server, less the browser's own housekeeping. */
function requestsLeavingTheTest(requests: ProxiedRequest[], server: StaticServer, browser: string): string[] {
  return requests
    .map((request) => `${request.method} ${request.url}`)
    .filter((line) => !line.startsWith(`GET ${server.origin}/`) && !BROWSER_HOUSEKEEPING[browser]!.test(line));
}

/** What the page itself asks the server for: the document, and the browser's favicon probe. */
function unexpectedServerRequests(server: StaticServer, pagePath: string): string[] {
  return server.requests
    .filter((request) => !(request.method === 'GET' && (request.path === pagePath || request.path === '/favicon.ico')))
    .map((request) => `${request.method} ${request.path} (${request.status})`);
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(BROWSERS)('%s: the extension makes no network request', (name) => {
  let server: StaticServer;
  let elsewhere: StaticServer;
  let proxy: RecordingProxy;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startStaticServer();
    elsewhere = await startStaticServer({ mounts: {} });
    proxy = await startRecordingProxy();
    browser = await launchExtensionBrowser(name, { proxyPort: proxy.port });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all([server?.close(), elsewhere?.close(), proxy?.close()]);
  });

  it('while it reads the demo article and shows the popup and the library', async () => {
    const article = await browser.open(server.url('/demo/article.html'));
    await article.waitFor('newsmark-mark', 20_000).catch(() => undefined);
    const popup = await browser.openPopup(article);
    await popup.waitFor('#app *');
    const library = await browser.openLibrary();
    await library.waitFor('body *');
    await article.reload();
    await article.waitFor('newsmark-mark', 20_000).catch(() => undefined);
    await settle(1500);

    expect(proxy.requests.some((request) => request.url === server.url('/demo/article.html'))).toBe(true);
    expect(requestsLeavingTheTest(proxy.requests, server, name)).toEqual([]);
    expect(unexpectedServerRequests(server, '/demo/article.html')).toEqual([]);
    if (name === 'chromium') {
      const chromium = browser.native as ChromiumExtension;
      const fromExtension = chromium.requests.filter((request) => request.madeBy === 'extension');
      expect(fromExtension.length).toBeGreaterThan(0); // its pages load their own scripts...
      expect(fromExtension.filter((request) => !request.url.startsWith(`${chromium.origin}/`))).toEqual([]); // ...and nothing else
    }
  });

  it('and the check sees a request made by a page or by the extension', async () => {
    server.route('/beacon.html', {
      body: `<!doctype html><p>A page that phones home.</p><script>fetch(${JSON.stringify(elsewhere.url('/from-page'))})</script>`,
    });
    await browser.open(server.url('/beacon.html'));
    await expect.poll(() => elsewhere.requests.map((request) => request.path)).toContain('/from-page');

    await sendFromExtension(browser, elsewhere.url('/from-extension'));
    await expect.poll(() => elsewhere.requests.map((request) => request.path)).toContain('/from-extension');

    const leaving = requestsLeavingTheTest(proxy.requests, server, name);
    expect(leaving).toEqual(
      expect.arrayContaining([`GET ${elsewhere.url('/from-page')}`, `GET ${elsewhere.url('/from-extension')}`]),
    );
    if (name === 'chromium') {
      const chromium = browser.native as ChromiumExtension;
      expect(chromium.requests).toContainEqual(
        expect.objectContaining({ url: elsewhere.url('/from-extension'), madeBy: 'extension' }),
      );
    }
  });
});

/** Makes the extension's background (Chromium: service worker; Firefox: background page) fetch url. */
async function sendFromExtension(browser: ExtensionBrowser, url: string): Promise<void> {
  if (browser.name === 'chromium') {
    const worker = await (browser.native as ChromiumExtension).serviceWorker();
    await worker.evaluate((target) => fetch(target, { mode: 'no-cors' }).then(() => undefined), url);
    return;
  }
  const popup = await (browser.native as FirefoxExtension).openExtensionPage('popup.html');
  await popup.evaluate(async (target) => {
    type Runtime = { getBackgroundPage(): Promise<Window> };
    const { runtime } = (globalThis as unknown as { browser: { runtime: Runtime } }).browser;
    await (await runtime.getBackgroundPage()).fetch(target, { mode: 'no-cors' });
  }, url);
  await popup.close();
}
