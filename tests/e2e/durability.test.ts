import type { CDPSession, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumExtension } from './harness/chromium';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { until } from './library-helpers';

/**
 * Issue 6, durability: a save interrupted by the background stopping loses nothing acknowledged, and the card retries
 * what was not. Chromium stops the MV3 service worker through the DevTools protocol, as the browser itself does when
 * it is idle.
 *
 * Firefox is not covered: its MV2 background page is persistent and there is no way to stop or restart it on its
 * own. Reloading the add-on (about:debugging, runtime.reload) is not the same event: it tears down the content
 * scripts and the note card with it, so there is nothing left to retry.
 */

const QUOTE = 'newsmark-mark[data-newsmark-kind="quote"][role="button"]';

/** The note card's frame: an extension page in a closed shadow root, reached through the frame tree. */
async function cardFrame(page: Page): Promise<Frame> {
  let found: Frame | null = null;
  await until(
    async () => {
      for (const frame of page.frames()) {
        if (frame === page.mainFrame()) continue;
        const ready = await frame
          .evaluate(() => location.href.includes('note-card.html') && !(document.querySelector('textarea')?.disabled ?? true))
          .catch(() => false);
        if (ready) found = frame;
      }
      return found;
    },
    (frame) => frame !== null,
    15_000,
  );
  return found!;
}

const statusOf = (card: Frame) => card.evaluate(() => document.querySelector('.status[role="status"]')?.textContent ?? '');

/** Keeps every status the card shows from now on in `window.statusLog` (polling could miss a short "retrying"). */
const recordCardStatuses = (card: Frame) =>
  card.evaluate(() => {
    const log: string[] = [];
    (window as unknown as { statusLog: string[] }).statusLog = log;
    const status = document.querySelector('.status[role="status"]')!;
    new MutationObserver(() => log.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
  });

/**
 * The running states of Newsmark's service worker, oldest first. The DevTools protocol on a page target reaches the
 * ServiceWorker domain of the whole profile, the extension's worker included.
 */
async function watchWorker(chromium: ChromiumExtension, page: Page): Promise<{ cdp: CDPSession; states: string[] }> {
  const cdp = await chromium.context.newCDPSession(page);
  const ours = `chrome-extension://${chromium.extensionId}/`;
  const states: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => {
    for (const version of event.versions) if (version.scriptURL.startsWith(ours)) states.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return { cdp, states };
}

/** Closes the card, reloads the page and reads the note text behind every noted mark. */
async function notesAfterReload(page: Page): Promise<string[]> {
  await page.keyboard.press('Escape');
  await page.reload();
  await page.locator('newsmark-mark[data-newsmark-noted]').first().waitFor();
  const texts: string[] = [];
  for (const mark of await page.locator('newsmark-mark[data-newsmark-noted][role="button"]').all()) {
    await mark.click();
    const opened = await cardFrame(page);
    texts.push(await opened.locator('textarea').inputValue());
    await page.keyboard.press('Escape');
    await until(async () => page.frames().length, (n) => n === 1, 5_000).catch(() => undefined);
  }
  return texts;
}

describe('chromium: durability of saves', () => {
  let server: StaticServer;
  let chromium: ChromiumExtension;

  beforeAll(async () => {
    server = await startStaticServer();
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('loses nothing when the service worker is stopped while the card is saving', async () => {
    const page = await chromium.openPage(server.url('/demo/article.html'));
    await page.locator(QUOTE).first().waitFor();
    await page.locator(QUOTE).first().click();
    const card = await cardFrame(page);
    await card.click('textarea');

    const acknowledged = 'Acknowledged before the stop. ';
    await page.keyboard.type(acknowledged, { delay: 10 });
    await until(() => statusOf(card), (s) => s === 'Saved');

    await recordCardStatuses(card);

    const { cdp, states } = await watchWorker(chromium, page);
    await until(async () => states.at(-1), (state) => state === 'running');

    // Typing goes on around the stop: the edit before it is being saved (or about to be) when the worker goes away,
    // and the keys after it land while there is no background at all.
    await page.keyboard.type('Typed while saving, ', { delay: 10 });
    await until(() => statusOf(card), (s) => s.startsWith('Saving'), 5_000).catch(() => undefined);
    const stoppedAt = states.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(async () => states.slice(stoppedAt), (later) => later.includes('stopped'));
    await page.keyboard.type('and after the stop.', { delay: 10 });
    const full = `${acknowledged}Typed while saving, and after the stop.`;

    await until(() => statusOf(card), (s) => s === 'Saved', 30_000);
    // The saves woke the worker again.
    const afterStop = states.slice(states.indexOf('stopped', stoppedAt));
    expect(afterStop).toContain('running');
    const shown = await card.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
    console.log(`durability: worker ${states.slice(stoppedAt).join(' -> ')}; card ${shown.filter((s, i) => s !== shown[i - 1]).join(' -> ')}`);
    expect(shown.at(-1)).toBe('Saved');

    await page.keyboard.press('Escape');
    await page.reload();
    const noted = page.locator('newsmark-mark[data-newsmark-noted]').first();
    await noted.waitFor();
    await noted.click();
    const again = await cardFrame(page);
    expect(await again.locator('textarea').inputValue()).toBe(full);
    await cdp.detach();
    await page.close();
  });

  it('keeps every keystroke when the worker is stopped again and again while the reader types', async () => {
    const page = await chromium.openPage(server.url('/demo/article.html'));
    const statistic = page.locator('newsmark-mark[data-newsmark-kind="statistic"][role="button"]:not([data-newsmark-noted])').first();
    await statistic.waitFor();
    await statistic.click();
    const card = await cardFrame(page);
    await card.click('textarea');
    await recordCardStatuses(card);
    const { cdp, states } = await watchWorker(chromium, page);
    const stopCount = () => states.filter((state) => state === 'stopped').length;

    // Stops come at random moments against saves every ~400 ms of quiet: some land on a save in flight.
    const words = Array.from({ length: 12 }, (_, i) => `word${i + 1}`);
    const full = `${words.join('. ')}.`;
    for (const [i, word] of words.entries()) {
      await page.keyboard.type(`${i === 0 ? '' : ' '}${word}.`, { delay: 5 });
      await new Promise((resolve) => setTimeout(resolve, 300 + ((i * 137) % 250)));
      await cdp.send('ServiceWorker.stopAllWorkers');
    }
    await until(() => statusOf(card), (s) => s === 'Saved', 60_000);
    expect(stopCount()).toBeGreaterThan(0);
    const shown = await card.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
    console.log(`durability (repeated): ${stopCount()} worker stops; card showed "Not saved, retrying" ${shown.filter((s) => s === 'Not saved, retrying').length} times`);

    expect(await notesAfterReload(page)).toContain(full);
    await cdp.detach();
    await page.close();
  });

  it('retries a save the worker never answered: the worker is busy when the save arrives and is stopped before it answers', async () => {
    const page = await chromium.openPage(server.url('/demo/article.html'));
    const quote = page.locator(`${QUOTE}:not([data-newsmark-noted])`).first();
    await quote.waitFor();
    await quote.click();
    const card = await cardFrame(page);
    await card.click('textarea');
    await page.keyboard.type('Kept first.', { delay: 5 });
    await until(() => statusOf(card), (s) => s === 'Saved');
    await recordCardStatuses(card);
    const { cdp, states } = await watchWorker(chromium, page);

    // Keep the worker's thread busy so the next save is delivered but never answered, then stop the worker.
    const worker = await chromium.serviceWorker();
    void worker.evaluate(() => {
      const end = Date.now() + 8000;
      while (Date.now() < end) {
        // busy: the save message waits in the worker's queue
      }
    }).catch(() => undefined);
    await page.keyboard.type(' Then more.', { delay: 5 });
    await until(() => statusOf(card), (s) => s.startsWith('Saving'), 5_000);
    const stoppedAt = states.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(async () => states.slice(stoppedAt), (later) => later.includes('stopped'), 15_000);

    await until(() => statusOf(card), (s) => s === 'Saved', 30_000);
    const shown = await card.evaluate(() => (window as unknown as { statusLog: string[] }).statusLog);
    console.log(`durability (unanswered save): worker ${states.slice(stoppedAt).join(' -> ')}; card ${shown.filter((s, i) => s !== shown[i - 1]).join(' -> ')}`);
    expect(shown).toContain('Not saved, retrying');

    expect(await notesAfterReload(page)).toContain('Kept first. Then more.');
    await cdp.detach();
    await page.close();
  });
});
