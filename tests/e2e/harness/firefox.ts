import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getExtensionBuild } from './build-extension';
import { previousTabIdInExtensionPage } from './tab-lookup';

export const FIREFOX_PATH = process.env.NEWSMARK_FIREFOX ?? '/usr/bin/firefox-esr';
/** Fixed so that moz-extension:// URLs are known before the extension is installed. */
export const FIREFOX_EXTENSION_UUID = '6e3f1d2a-5b7c-4e8f-9a0b-1c2d3e4f5a6b';

export interface FirefoxLaunchOptions {
  /** An unpacked Firefox MV2 build; defaults to the shared test build. */
  extensionDir?: string;
  /** Defaults to headless unless NEWSMARK_HEADED=1 and a display exists. */
  headless?: boolean;
  /** Sends every request (loopback included) through this local proxy, e.g. a RecordingProxy. */
  proxyPort?: number;
  prefs?: Record<string, unknown>;
}

export interface FirefoxExtension {
  browser: Browser;
  /** From browser_specific_settings.gecko.id in the built manifest. */
  geckoId: string;
  /** `moz-extension://<FIREFOX_EXTENSION_UUID>` */
  origin: string;
  popupUrl: string;
  libraryUrl: string;
  /** A new tab at url, loaded. */
  openPage(url: string): Promise<Page>;
  /** An extension page (path relative to the extension root) in a new tab, once its document is complete. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extensions API tab id of a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** The popup in a tab; with forPage, as `popup.html?tabId=<its tab>`, the tab it reports on. */
  openPopup(forPage?: Page): Promise<Page>;
  openLibrary(): Promise<Page>;
  close(): Promise<void>;
}

/** Prefs that keep Firefox's own housekeeping off the network, so a test sees only what pages and the extension send. */
const QUIET_PREFS: Record<string, unknown> = {
  'services.settings.server': 'data:,#remote-settings-dummy/v1',
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
  'dom.push.connection.enabled': false,
};

/** Exports the library hands to the downloads go straight to a folder of their own, with no panel or dialog. */
const DOWNLOAD_PREFS: Record<string, unknown> = {
  'browser.download.folderList': 2,
  'browser.download.dir': join(tmpdir(), 'newsmark-e2e-downloads'),
  'browser.download.useDownloadDir': true,
  'browser.download.alwaysOpenPanel': false,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.helperApps.neverAsk.saveToDisk': 'application/ld+json,text/markdown,text/csv',
};

/**
 * Firefox ESR with the extension installed as a temporary add-on, driven by puppeteer-core over
 * WebDriver BiDi (launch recipe: /work/shared/TOOLCHAIN.md).
 */
export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtension> {
  const extensionDir = options.extensionDir ?? (await getExtensionBuild()).firefoxDir;
  const geckoId = readGeckoId(extensionDir);
  const headed = process.env.NEWSMARK_HEADED === '1' && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const proxyPrefs = options.proxyPort
    ? {
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': options.proxyPort,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': options.proxyPort,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
      }
    : {};
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? !headed,
    // Without it Firefox refuses to open moz-extension:// pages over BiDi.
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 900 },
    // Release builds honour services.settings.server (in QUIET_PREFS) only with this set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      ...QUIET_PREFS,
      ...DOWNLOAD_PREFS,
      ...proxyPrefs,
      ...options.prefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const origin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  const popupUrl = `${origin}/popup.html`;

  const openPage = async (url: string) => {
    const page = await browser.newPage();
    await page.goto(url);
    return page;
  };
  const openExtensionPage = async (path: string) => {
    const url = path.startsWith('moz-extension://') ? path : `${origin}/${path.replace(/^\//, '')}`;
    const page = await browser.newPage();
    // Navigations to moz-extension:// can reject over BiDi although the page loads: wait for the document instead.
    page.goto(url).catch(() => undefined);
    await waitForDocument(page, url);
    return page;
  };
  const tabIdOf = async (page: Page) => {
    await page.bringToFront();
    const helper = await openExtensionPage(popupUrl);
    try {
      return await helper.evaluate(previousTabIdInExtensionPage);
    } finally {
      await helper.close();
    }
  };

  return {
    browser,
    geckoId,
    origin,
    popupUrl,
    libraryUrl: `${origin}/library.html`,
    openPage,
    openExtensionPage,
    tabIdOf,
    openPopup: async (forPage) => openExtensionPage(forPage ? `${popupUrl}?tabId=${await tabIdOf(forPage)}` : popupUrl),
    openLibrary: () => openExtensionPage(`${origin}/library.html`),
    close: () => browser.close(),
  };
}

/**
 * Polls until the tab shows url, fully loaded. Evaluating while the tab swaps documents can throw over BiDi
 * (and waitForFunction gives up on the first throw), so each failed look is simply retried.
 */
async function waitForDocument(page: Page, url: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ready = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function readGeckoId(extensionDir: string): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (typeof id !== 'string') throw new Error(`${extensionDir}/manifest.json has no browser_specific_settings.gecko.id`);
  return id;
}

