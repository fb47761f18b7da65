import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getExtensionBuild } from './build-extension';
import { previousTabIdInExtensionPage } from './tab-lookup';

export const CHROMIUM_PATH = process.env.NEWSMARK_CHROMIUM ?? '/usr/bin/chromium';

export interface ChromiumLaunchOptions {
  /** An unpacked Chrome MV3 build; defaults to the shared test build. */
  extensionDir?: string;
  /** Defaults to headless unless NEWSMARK_HEADED=1 and a display exists. */
  headless?: boolean;
  /** Sends every request (loopback included) through this local proxy, e.g. a RecordingProxy. */
  proxyPort?: number;
  viewport?: { width: number; height: number };
  args?: string[];
}

/** A request Playwright saw, and which side of the extension boundary made it. */
export interface ObservedRequest {
  url: string;
  method: string;
  /** 'extension' for the service worker and extension pages; 'page' for web pages (their content scripts included). */
  madeBy: 'extension' | 'page';
  /** The document or worker that made it. */
  initiatorUrl: string;
}

export interface ChromiumExtension {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>` */
  origin: string;
  popupUrl: string;
  libraryUrl: string;
  /** Every request from any page, extension page or the service worker since launch (a live array). */
  requests: ObservedRequest[];
  /** The extension's service worker, waiting for it to start if needed. */
  serviceWorker(): Promise<Worker>;
  /** A new tab at url, loaded. */
  openPage(url: string): Promise<Page>;
  /** An extension page (path relative to the extension root) in a new tab. */
  openExtensionPage(path: string): Promise<Page>;
  /** The extensions API tab id of a page (brings it to the front). */
  tabIdOf(page: Page): Promise<number>;
  /** The popup in a tab; with forPage, as `popup.html?tabId=<its tab>`, the tab it reports on. */
  openPopup(forPage?: Page): Promise<Page>;
  openLibrary(): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with only this extension loaded, quiet: no sandbox or GPU (containers), no updates, sync or QUIC. */
export function extensionBrowserFlags(extensionDir: string): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}

/** Chromium with the extension loaded, in a throwaway profile (launch recipe: /work/shared/TOOLCHAIN.md). */
export async function launchChromium(options: ChromiumLaunchOptions = {}): Promise<ChromiumExtension> {
  const extensionDir = options.extensionDir ?? (await getExtensionBuild()).chromeDir;
  const profileDir = mkdtempSync(join(tmpdir(), 'newsmark-chromium-'));
  const headed = process.env.NEWSMARK_HEADED === '1' && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const proxyArgs = options.proxyPort
    ? [`--proxy-server=http://127.0.0.1:${options.proxyPort}`, '--proxy-bypass-list=<-loopback>']
    : [];
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? !headed,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [
      ...extensionBrowserFlags(extensionDir),
      // Chromium's own lookups (form-field types, page hints): browser traffic a network test should not see.
      '--disable-features=AutofillServerCommunication,OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading',
      ...proxyArgs,
      ...(options.args ?? []),
    ],
  });
  const requests: ObservedRequest[] = [];
  context.on('request', (request) => {
    const worker = request.serviceWorker();
    const initiatorUrl = worker ? worker.url() : safeFrameUrl(request);
    const madeBy = worker || initiatorUrl.startsWith('chrome-extension://') ? 'extension' : 'page';
    requests.push({ url: request.url(), method: request.method(), madeBy, initiatorUrl });
  });

  try {
    const firstWorker = await findServiceWorker(context, null);
    const extensionId = new URL(firstWorker.url()).host;
    const origin = `chrome-extension://${extensionId}`;
    const popupUrl = `${origin}/popup.html`;

    const openPage = async (url: string) => {
      const page = await context.newPage();
      await page.goto(url);
      return page;
    };
    const serviceWorker = () => findServiceWorker(context, origin);
    const tabIdOf = async (page: Page) => {
      await page.bringToFront();
      try {
        const worker = await serviceWorker();
        const tabId = await worker.evaluate(async () => {
          type TabsApi = { query(info: object): Promise<{ id?: number }[]> };
          const { tabs } = (globalThis as unknown as { chrome: { tabs: TabsApi } }).chrome;
          const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
          return tab?.id;
        });
        if (tabId !== undefined) return tabId;
      } catch {
        // A stopped worker can still be listed; an extension page answers just as well.
      }
      const helper = await openPage(popupUrl);
      try {
        return await helper.evaluate(previousTabIdInExtensionPage);
      } finally {
        await helper.close();
      }
    };

    return {
      context,
      extensionId,
      origin,
      popupUrl,
      libraryUrl: `${origin}/library.html`,
      requests,
      serviceWorker,
      openPage,
      openExtensionPage: (path) => openPage(`${origin}/${path.replace(/^\//, '')}`),
      tabIdOf,
      openPopup: async (forPage) => openPage(forPage ? `${popupUrl}?tabId=${await tabIdOf(forPage)}` : popupUrl),
      openLibrary: () => openPage(`${origin}/library.html`),
      close: async () => {
        await context.close();
        rmSync(profileDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context.close();
    rmSync(profileDir, { recursive: true, force: true });
    throw error;
  }
}

async function findServiceWorker(context: BrowserContext, origin: string | null): Promise<Worker> {
  const ours = (worker: Worker) =>
    origin ? worker.url().startsWith(`${origin}/`) : worker.url().startsWith('chrome-extension://');
  return (
    context.serviceWorkers().find(ours) ??
    (await context.waitForEvent('serviceworker', { predicate: ours, timeout: 30_000 }))
  );
}

function safeFrameUrl(request: { frame(): { url(): string } }): string {
  try {
    return request.frame().url();
  } catch {
    return '';
  }
}
