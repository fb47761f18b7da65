import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser, type TestPage } from './harness/extension-browser';
import { demoDir } from './harness/paths';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { axeViolations, draft, screenshot, seedNotes, until, waitForTabUrl } from './library-helpers';

const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Courier: sections</title></head>
<body><header><a href="/">The Harbor City Courier</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sports">Sports</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
<main><h1>Sections</h1><ul><li><a href="/news/transit">Transit</a></li><li><a href="/news/schools">Schools</a></li></ul></main>
</body></html>`;

/** Selectors as a save records them: the quote, and where it sat in the article text then (in article order). */
function at(exact: string, start: number) {
  return {
    quote: { type: 'TextQuoteSelector' as const, exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector' as const, start, end: start + exact.length },
  };
}

describe.each(BROWSERS)('%s: the popup', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let article: TestPage;
  let popup: TestPage;

  beforeAll(async () => {
    server = await startStaticServer();
    server.route('/sections.html', { body: NOT_AN_ARTICLE });
    // The demo article again under another address (and canonical link, so its notes stay apart), for a page
    // with many notes.
    const annotated = readFileSync(join(demoDir, 'article.html'), 'utf8').replaceAll('/news/2025/02/25/harbor-city-transit-fare-cap', '/annotated/article.html');
    server.route('/annotated/article.html', { body: annotated });
    browser = await launchExtensionBrowser(name);
    const articleUrl = server.url('/demo/article.html');
    const library = await browser.openLibrary();
    await seedNotes(library, [
      draft({
        id: 'n-fare',
        url: articleUrl,
        exact: 'The cap will cost about $14 million a year in lost fares',
        kind: 'statistic',
        text: 'Compare with the 2019 budget.',
        tags: ['budget'],
        verdict: 'verify',
        selectors: at('The cap will cost about $14 million a year in lost fares', 900),
      }),
      draft({
        id: 'n-pike',
        url: articleUrl,
        exact: 'We are giving away fares before we have fixed the buses that never show up',
        kind: 'quote',
        text: 'Pike voted against.',
        verdict: 'needs context',
        selectors: at('We are giving away fares before we have fixed the buses that never show up', 1500),
      }),
      // Saved with a word the article spells differently today: found again, but only approximately.
      draft({
        id: 'n-penalty',
        url: articleUrl,
        exact: 'Nobody should pay a penalty for being unable to afford a pass upfront',
        text: 'Who pays the penalty now?',
        selectors: {
          quote: {
            type: 'TextQuoteSelector',
            exact: 'Nobody should pay a penalty for being unable to afford a pass upfront',
            prefix: 'in a month than pass holders do.\n\n\u201c',
            suffix: ',\u201d Transit Authority Chief Executive',
          },
          position: { type: 'TextPositionSelector', start: 500, end: 569 },
        },
      }),
      // Its sentence is no longer in the article.
      draft({
        id: 'n-gone',
        url: articleUrl,
        exact: 'The mayor promised free buses for everyone by 2026',
        text: 'Removed?',
        selectors: at('The mayor promised free buses for everyone by 2026', 2000),
      }),
    ]);
    await library.close();
    article = await browser.open(articleUrl);
    await article.waitFor('newsmark-mark');
    await until(() => article.count('newsmark-mark[data-newsmark-noted]'), (count) => count > 0);
    popup = await browser.openPopup(article);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const noteIds = (selector: string) =>
    popup.evaluate((sel) => [...document.querySelectorAll(sel)].map((el) => el.getAttribute('data-note-id')), selector);

  it('sums up the article: claims, syndication and sourcing', async () => {
    await popup.waitFor('.nm-summary .nm-stats');
    const stats = await popup.texts('.nm-stats li');
    expect(stats).toHaveLength(3);
    expect(stats[0]).toMatch(/^[1-9]\d* quotes? from [1-9]\d* speakers?$/);
    expect(stats[1]).toMatch(/^[1-9]\d* statistics?, \d+ without a source$/);
    expect((await popup.texts('.nm-summary h2'))[0]).toBe('Harbor City will cap daily transit fares after ridership rebound');
    expect((await popup.texts('.nm-origin'))[0]).toMatch(/^Syndicated: first published by .*Coastline Report/);
    expect(await popup.texts('.nm-names h3')).toContain('Who is quoted');
  });

  it('lists the page\'s notes in article order, the approximate one with its original quote, the orphan apart', async () => {
    await popup.waitFor('.nm-page-notes [data-note-id]');
    expect((await popup.texts('#nm-notes-heading'))[0]).toBe('Your notes on this page (4)');
    expect(await noteIds('.nm-notes--placed [data-note-id]')).toEqual(['n-penalty', 'n-fare', 'n-pike']);
    expect(await popup.texts('[data-note-id="n-penalty"] .nm-badge--warn')).toEqual(['Approximate match']);
    expect(await popup.texts('[data-note-id="n-penalty"] blockquote')).toEqual([
      'Nobody should pay a penalty for being unable to afford a pass upfront',
    ]);
    expect(await popup.texts('.nm-orphans-heading')).toEqual(['Not found on the page (1)']);
    expect(await noteIds('.nm-notes--orphans [data-note-id]')).toEqual(['n-gone']);
    expect(await popup.count('[data-note-id="n-gone"] .nm-jump')).toBe(0);
  });

  it("knows the tab's page from its content script, so the popup need not wait for the page's state", async () => {
    const answer = await popup.evaluate(async () => {
      const api = (globalThis as unknown as Record<string, { runtime: { sendMessage(message: unknown): Promise<unknown> } } | undefined>);
      const runtime = (api['browser'] ?? api['chrome'])!.runtime;
      const tabId = Number(new URLSearchParams(location.search).get('tabId'));
      return runtime.sendMessage({ id: 1, type: 'listTabNotes', data: tabId, timestamp: Date.now() });
    }, undefined);
    const { res } = answer as { res: { page: { url: string } | null; notes: { id: string }[] } };
    expect(res.page?.url).toBe(server.url('/demo/article.html'));
    expect(res.notes.map((note) => note.id).sort()).toEqual(['n-fare', 'n-gone', 'n-penalty', 'n-pike']);
  });

  it('has no axe-core violation, in light and dark', async () => {
    expect(await axeViolations(popup)).toEqual([]);
    await screenshot(popup, `popup-${name}-light`);
    if (name === 'chromium') {
      await (popup.raw as PlaywrightPage).emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(popup)).toEqual([]);
      await screenshot(popup, `popup-${name}-dark`);
      await (popup.raw as PlaywrightPage).emulateMedia({ colorScheme: 'light' });
    }
  });

  it('jumps to a note: the page flashes its mark', async () => {
    await popup.click('[data-note-id="n-pike"] .nm-jump');
    await until(() => article.count('newsmark-mark[data-newsmark-flash]'), (count) => count > 0);
    const flashed = await article.evaluate(
      () => [...document.querySelectorAll('newsmark-mark[data-newsmark-flash]')].map((el) => el.textContent).join(''),
      undefined,
    );
    expect(flashed).toContain('We are giving away fares');
    // Its job done, the popup closes itself.
    const closed = () => popup.evaluate(() => false, undefined).catch(() => true);
    await until(closed, (gone) => gone);
  });

  it('lists every note of a page with many, past the ones its first frame shows, and axe-core finds nothing', async () => {
    const url = server.url('/annotated/article.html');
    const quotes = [
      'The cap will cost about $14 million a year in lost fares',
      'We are giving away fares before we have fixed the buses that never show up',
    ];
    const placed = Array.from({ length: 24 }, (_, i) =>
      draft({ id: `many-${String(i).padStart(2, '0')}`, url, exact: quotes[i % 2]!, text: `Note ${i}`, selectors: at(quotes[i % 2]!, 900 + (i % 2) * 600) }),
    );
    const orphans = Array.from({ length: 3 }, (_, i) =>
      draft({ id: `many-gone-${i}`, url, exact: `A sentence the newsroom removed, number ${i}`, selectors: at(`A sentence the newsroom removed, number ${i}`, 3000 + i) }),
    );
    const library = await browser.openLibrary();
    await seedNotes(library, [...placed, ...orphans]);
    await library.close();
    const page = await browser.open(url);
    await until(() => page.count('newsmark-mark[data-newsmark-noted]'), (count) => count > 0);
    const manyPopup = await browser.openPopup(page);
    await until(() => manyPopup.count('.nm-page-notes [data-note-id]'), (count) => count === placed.length + orphans.length);
    expect((await manyPopup.texts('#nm-notes-heading'))[0]).toBe(`Your notes on this page (${placed.length + orphans.length})`);
    expect(await manyPopup.count('.nm-notes--placed [data-note-id]')).toBe(placed.length);
    expect(await manyPopup.texts('.nm-orphans-heading')).toEqual([`Not found on the page (${orphans.length})`]);
    expect(await axeViolations(manyPopup)).toEqual([]);
    await manyPopup.close();
    await page.close();
  });

  it('says so on a page that is not an article', async () => {
    const page = await browser.open(server.url('/sections.html'));
    const sectionsPopup = await browser.openPopup(page);
    await sectionsPopup.waitFor('.nm-summary');
    expect((await sectionsPopup.texts('.nm-summary .nm-notice'))[0]).toMatch(/does not look like a news article/);
    expect(await axeViolations(sectionsPopup)).toEqual([]);
    await sectionsPopup.close();
    await page.close();
  });

  it('opens the notes library in a tab', async () => {
    const again = await browser.openPopup(article);
    await again.click('.nm-popup__header button');
    expect(await waitForTabUrl(browser, (url) => url.endsWith('/library.html'))).toBe(`${browser.origin}/library.html`);
  });

  it('explains a page the extension cannot read', async () => {
    const page = await browser.open('about:blank');
    const blankPopup = await browser.openPopup(page);
    await blankPopup.waitFor('#nm-unreachable-heading');
    expect(await blankPopup.texts('#nm-unreachable-heading')).toEqual(['Newsmark cannot read this page']);
    expect(await axeViolations(blankPopup)).toEqual([]);
    await screenshot(blankPopup, `popup-${name}-unreachable`);
  });
});
