import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser, type TestPage } from './harness/extension-browser';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { draft, seedNotes, until } from './library-helpers';

const FARE = 'The cap will cost about $14 million a year in lost fares';

/** The text of the marks flashing now, and whether the focused element is one of them. */
function flashed(page: TestPage): Promise<{ text: string; focused: boolean }> {
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('newsmark-mark[data-newsmark-flash]')];
    return { text: marks.map((m) => m.textContent).join(''), focused: marks.includes(document.activeElement!) };
  }, undefined);
}

/** Whether focus is inside the (closed) summary panel, whose host is the fixed <newsmark-ui>. */
function focusInPanel(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null;
    return active?.tagName === 'NEWSMARK-UI' && active.style.getPropertyValue('position') === 'fixed';
  }, undefined);
}

/** Puts focus on the first control of the (closed) summary panel: Tab from the last mark until focus is in it. */
async function tabIntoPanel(page: TestPage): Promise<void> {
  await page.evaluate(() => {
    const marks = document.querySelectorAll<HTMLElement>('newsmark-mark[tabindex="0"]');
    marks[marks.length - 1]!.focus();
  }, undefined);
  for (let i = 0; i < 50 && !(await focusInPanel(page)); i++) await page.press('Tab');
  expect(await focusInPanel(page)).toBe(true);
}

/**
 * Chooses "Not on this site" in the page's summary panel as a keyboard user does (its shadow root is closed, so no
 * selector reaches in): Tab into the panel (its first button expands it), Enter, Tab on to a button the test puts
 * right after the panel, then Shift+Tab back onto the panel's last control, "Not on this site".
 */
async function notOnThisSite(page: TestPage): Promise<void> {
  await tabIntoPanel(page);
  await page.press('Enter');
  await page.evaluate(() => {
    const after = document.createElement('button');
    after.id = 'after-panel';
    after.textContent = 'after the panel';
    document.documentElement.append(after);
  }, undefined);
  const onAfter = () => page.evaluate(() => document.activeElement?.id === 'after-panel', undefined);
  for (let i = 0; i < 300 && !(await onAfter()); i++) await page.press('Tab');
  expect(await onAfter()).toBe(true);
  // The facade's press takes one key; a chord needs the native keyboard (same calls in playwright and puppeteer).
  const keyboard = (page.raw as { keyboard: { down(key: string): Promise<void>; press(key: string): Promise<void>; up(key: string): Promise<void> } }).keyboard;
  await keyboard.down('Shift');
  await keyboard.press('Tab');
  await keyboard.up('Shift');
  expect(await focusInPanel(page)).toBe(true);
  await page.press('Enter');
}

describe.each(BROWSERS)('%s: back to a page', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let articleUrl: string;

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchExtensionBrowser(name);
    articleUrl = server.url('/demo/article.html');
    const library = await browser.openLibrary();
    await seedNotes(library, [draft({ id: 'n-fragment', url: articleUrl, exact: FARE, kind: 'statistic', text: 'Check the budget.' })]);
    await library.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('opens the page at a note: #newsmark-note=<id> reveals it, other fragments do not', async () => {
    const page = await browser.open(`${articleUrl}#newsmark-note=n-fragment`);
    const first = await until(() => flashed(page), (f) => f.text.length > 0, 20_000);
    expect(first.text).toContain('$14 million');
    expect(first.focused).toBe(true);
    // Scrolled to (smoothly, so it takes a moment): the mark ends up on screen.
    const inView = () =>
      page.evaluate(() => {
        const mark = document.querySelector('newsmark-mark[data-newsmark-noted]')!.getBoundingClientRect();
        return { top: Math.round(mark.top), bottom: Math.round(mark.bottom), height: innerHeight };
      }, undefined);
    await until(inView, (r) => r.top >= 0 && r.bottom <= r.height);
    await until(() => page.count('newsmark-mark[data-newsmark-flash]'), (n) => n === 0);

    // The page's own fragment is left alone; a later change back to the note reveals it again.
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      location.hash = 'comments';
    }, undefined);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await page.count('newsmark-mark[data-newsmark-flash]')).toBe(0);
    await page.evaluate(() => void (location.hash = 'newsmark-note=n-fragment'), undefined);
    const again = await until(() => flashed(page), (f) => f.text.length > 0);
    expect(again).toEqual(first);
    await page.close();
  });

  it('turns Newsmark back on for a site from the popup', async () => {
    const page = await browser.open(articleUrl);
    await page.waitFor('newsmark-mark');
    await notOnThisSite(page);
    await until(() => page.count('newsmark-mark'), (n) => n === 0);

    const popup = await browser.openPopup(page);
    const host = new URL(articleUrl).hostname;
    await popup.waitFor('#nm-site-off-heading');
    expect(await popup.texts('#nm-site-off-heading')).toEqual([`Newsmark is off on ${host}`]);
    await popup.click('.nm-notice button');
    await until(() => popup.texts('#nm-site-off-heading'), (t) => t[0] === `Newsmark is on again on ${host}`);

    await until(() => page.count('newsmark-mark[data-newsmark-kind="quote"]'), (n) => n > 0, 20_000);
    await until(() => page.count('newsmark-mark[data-newsmark-noted]'), (n) => n > 0);
    await popup.close();
    await page.close();
  });
});
