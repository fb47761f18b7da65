import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame as PlaywrightFrame, Page as PlaywrightPage } from 'playwright-core';
import type { Frame as PuppeteerFrame, Page as PuppeteerPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { within } from './harness/deadline';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser, type TestPage } from './harness/extension-browser';
import { demoDir, repoRoot } from './harness/paths';
import { startStaticServer, type StaticServer } from './harness/static-server';
import { answerWithin, READ_TIMEOUT_MS } from './library-helpers';
import { HOSTILE_SCRIPT, NOT_AN_ARTICLE, READ_MORE_PAGE, SPA_PAGE } from './reading-fixtures';

type AnyFrame = PlaywrightFrame | PuppeteerFrame;
const QUOTE = 'newsmark-mark[data-newsmark-kind="quote"][role="button"]';
const shots = join(repoRoot, '.test-results');
const axeSource = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

async function poll<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T | undefined;
  let lastError: unknown;
  while (Date.now() < until) {
    try {
      const answer = await answerWithin(read(), Math.max(1, Math.min(READ_TIMEOUT_MS, until - Date.now())));
      if (answer) last = answer.value;
      if (answer && ok(answer.value)) return answer.value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Timed out waiting for ${what}; last value ${JSON.stringify(last)} ${lastError ? String(lastError) : ''}`);
}

/** The note card's frame (an extension page inside a closed shadow root: only the frame tree reaches it). */
async function cardFrame(page: TestPage): Promise<AnyFrame> {
  return poll(
    async () => {
      // Ask each frame where it is: puppeteer over BiDi reports an extension frame's url() as about:blank.
      for (const frame of cardFrames(page)) {
        const ready = await (frame as PlaywrightFrame)
          .evaluate(() => {
            const field = document.querySelector('textarea');
            return location.href.includes('note-card.html') && !!field && !field.disabled;
          })
          .catch(() => false);
        if (ready) return frame;
      }
      return null;
    },
    (f) => f !== null,
    'the note card',
  ) as Promise<AnyFrame>;
}

function cardFrames(page: TestPage): AnyFrame[] {
  const raw = page.raw as PlaywrightPage | PuppeteerPage;
  const main = raw.mainFrame() as AnyFrame;
  return (raw.frames() as AnyFrame[]).filter((f) => f !== main && (f.url().includes('note-card.html') || f.url() === 'about:blank' || f.url() === ''));
}

const inFrame = <R>(frame: AnyFrame, fn: () => R): Promise<R> => (frame as PlaywrightFrame).evaluate(fn) as Promise<R>;

async function typeKeys(page: TestPage, text: string): Promise<void> {
  await within(`typing ${JSON.stringify(text)}`, (page.raw as PlaywrightPage).keyboard.type(text, { delay: 15 }));
}

async function waitSaved(frame: AnyFrame): Promise<void> {
  await poll(() => inFrame(frame, () => document.querySelector('[role="status"]')?.textContent ?? ''), (t) => t === 'Saved', '"Saved"');
}

async function cardGone(page: TestPage): Promise<void> {
  await poll(async () => page.evaluate(() => Array.from(document.querySelectorAll('newsmark-ui')).some((h) => (h as HTMLElement).style.getPropertyValue('position') === 'absolute'), null), (open) => !open, 'the card to close');
}

/** The whole text of the claim whose first piece is the n-th match of `selector`. */
function claimText(page: TestPage, selector: string, index = 0): Promise<string> {
  return page.evaluate(
    ({ selector, index }) => {
      const first = document.querySelectorAll(selector)[index]!;
      const id = first.getAttribute('data-newsmark-id');
      return Array.from(document.querySelectorAll(`newsmark-mark[data-newsmark-id="${id}"]`), (m) => m.textContent).join('');
    },
    { selector, index },
  );
}

function selectText(page: TestPage, words: string): Promise<boolean> {
  return page.evaluate((words) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(words);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + words.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, words);
}

describe.each(BROWSERS)('reading in %s', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  const demoHtml = readFileSync(join(demoDir, 'article.html'), 'utf8');

  beforeAll(async () => {
    mkdirSync(shots, { recursive: true });
    server = await startStaticServer();
    server.route('/spa/ferry', { body: SPA_PAGE });
    server.route('/read-more/ferry', { body: READ_MORE_PAGE });
    // Its own page (no canonical link shared with the demo), so it starts with no notes.
    const hostile = demoHtml.replace('<head>', `<head>${HOSTILE_SCRIPT}`).replace(/<link rel="canonical"[^>]*>|<meta property="og:url"[^>]*>/g, '');
    server.route('/hostile/article.html', { body: hostile });
    server.route('/signin', { body: NOT_AN_ARTICLE });
    browser = await launchExtensionBrowser(name);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the demo article and nothing outside it', async () => {
    const page = await browser.open(server.url('/demo/article.html'));
    await page.waitFor(QUOTE);
    await page.waitFor('newsmark-mark[data-newsmark-kind="statistic"]');
    const outside = await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark')).filter((m) => !m.closest('article')).map((m) => m.textContent), null);
    expect(outside).toEqual([]);
    expect(await page.count('header newsmark-mark, .rail newsmark-mark, .comments newsmark-mark, footer newsmark-mark, form newsmark-mark')).toBe(0);
    const labels = await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark[role="button"]'), (m) => m.getAttribute('aria-label')), null);
    expect(labels.some((l) => l?.startsWith('Quote by Maria Alvarez'))).toBe(true);
    expect(labels.some((l) => l?.startsWith('Statistic: '))).toBe(true);
    // Marks never change the article's text.
    const text = await page.evaluate(() => document.querySelector('article')!.textContent, null);
    expect(text).toContain('“Nobody should pay a penalty for being unable to afford a pass up front,” Transit Authority Chief Executive Maria Alvarez said');
    await page.screenshot(join(shots, `reading-marks-${name}.png`), false);
    await page.close();
  });

  it('keeps a note on a quote across a reload', async () => {
    const page = await browser.open(server.url('/demo/article.html'));
    await page.waitFor(QUOTE);
    const quote = await claimText(page, QUOTE);
    await page.click(QUOTE);
    const card = await cardFrame(page);
    await within('a click in the note field', (card as PlaywrightFrame).click('textarea'));
    await typeKeys(page, 'Alvarez said the same in 2019: check.');
    await waitSaved(card);
    await page.screenshot(join(shots, `reading-card-${name}.png`), false);
    // The card is an extension page: axe-core runs inside it.
    await (card as PlaywrightFrame).evaluate(axeSource);
    const violations = await inFrame(card, async () => {
      const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      return (await axe.run(document)).violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
    await page.press('Escape');
    await cardGone(page);
    await page.reload();
    await page.waitFor('newsmark-mark[data-newsmark-noted]');
    expect(await claimText(page, 'newsmark-mark[data-newsmark-noted][role="button"]')).toBe(quote);
    await page.click('newsmark-mark[data-newsmark-noted][role="button"]');
    const again = await cardFrame(page);
    await poll(() => inFrame(again, () => document.querySelector('textarea')!.value), (v) => v === 'Alvarez said the same in 2019: check.', 'the saved note in the card');
    await page.close();
  });

  it('does the same by keyboard alone', async () => {
    const page = await browser.open(server.url('/demo/article.html'));
    await page.waitFor('newsmark-mark[data-newsmark-kind="statistic"][role="button"]');
    const focusedStatistic = () => page.evaluate(() => {
      const el = document.activeElement;
      return el?.tagName === 'NEWSMARK-MARK' && el.getAttribute('data-newsmark-kind') === 'statistic' ? el.getAttribute('data-newsmark-id') : null;
    }, null);
    let id: string | null = null;
    for (let i = 0; i < 120 && !id; i++) {
      await page.press('Tab');
      id = await focusedStatistic();
    }
    expect(id).not.toBeNull();
    const statistic = await claimText(page, `newsmark-mark[data-newsmark-id="${id}"]`);
    await page.press('Enter');
    const card = await cardFrame(page);
    await poll(() => inFrame(card, () => document.activeElement?.tagName), (t) => t === 'TEXTAREA', 'focus in the note field');
    await typeKeys(page, 'Which year?');
    await waitSaved(card);
    await page.press('Escape');
    await cardGone(page);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-newsmark-id'), null)).toBe(id);
    await page.reload();
    await page.waitFor('newsmark-mark[data-newsmark-noted]');
    const noted = await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark[data-newsmark-noted][role="button"]'), (m) => {
      const markId = m.getAttribute('data-newsmark-id');
      return Array.from(document.querySelectorAll(`newsmark-mark[data-newsmark-id="${markId}"]`), (p) => p.textContent).join('');
    }), null);
    expect(noted).toContain(statistic);
    await page.close();
  });

  it('keeps a note on a selection, from the button and from the keyboard shortcut', async () => {
    const page = await browser.open(server.url('/demo/article.html'));
    await page.waitFor(QUOTE);
    expect(await selectText(page, 'a night-shift nurse')).toBe(true);
    // The "Add note" button sits in a closed shadow root: click where it is drawn, as a reader would.
    const box = await poll(
      () => page.evaluate(() => {
        const host = Array.from(document.querySelectorAll('newsmark-ui')).find((h) => h.getBoundingClientRect().width > 0 && h.getBoundingClientRect().width < 160);
        const r = host?.getBoundingClientRect();
        return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
      }, null),
      (b) => b !== null,
      'the Add note button',
    );
    await within('a click on Add note', (page.raw as PlaywrightPage).mouse.click(box!.x, box!.y));
    const card = await cardFrame(page);
    await within('a click in the note field', (card as PlaywrightFrame).click('textarea'));
    await typeKeys(page, 'Shift workers: ask about night buses.');
    await waitSaved(card);
    await page.press('Escape');
    await cardGone(page);

    expect(await selectText(page, 'information sessions')).toBe(true);
    const keyboard = (page.raw as PlaywrightPage).keyboard;
    await within('Alt+Shift+N', (async () => {
      await keyboard.down('Alt');
      await keyboard.down('Shift');
      await keyboard.press('KeyN');
      await keyboard.up('Shift');
      await keyboard.up('Alt');
    })());
    const second = await cardFrame(page);
    await poll(() => inFrame(second, () => document.activeElement?.tagName), (t) => t === 'TEXTAREA', 'focus in the note field');
    await typeKeys(page, 'Go on March 3.');
    await waitSaved(second);
    await page.press('Escape');
    await cardGone(page);

    await page.reload();
    await poll(() => page.texts('newsmark-mark[data-newsmark-kind="selection"]'), (t) => t.length >= 2, 'selection marks after reload');
    const texts = await page.texts('newsmark-mark[data-newsmark-kind="selection"][data-newsmark-noted]');
    expect(texts).toEqual(expect.arrayContaining(['a night-shift nurse', 'information sessions']));
    await page.close();
  });

  it('follows a single-page-app navigation and ignores a change of fragment', async () => {
    const page = await browser.open(server.url('/spa/ferry'));
    await poll(() => page.texts(QUOTE), (t) => t.some((s) => s.includes('We have waited')), 'marks on the first story');
    await page.evaluate(() => (window as unknown as { goNext(): void }).goNext(), null);
    await poll(
      () => page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark[role="button"]'), (m) => m.textContent ?? ''), null),
      (t) => t.some((s) => s.includes('Students told us')),
      'marks on the second story',
    );
    const ids = await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark[role="button"]'), (m) => m.textContent), null);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.evaluate(() => document.body.innerHTML.includes('ferry'), null)).toBe(false);
    const before = await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark'), (m) => m.getAttribute('data-newsmark-id')).join(), null);
    await page.evaluate(() => (window as unknown as { goHash(): void }).goHash(), null);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark'), (m) => m.getAttribute('data-newsmark-id')).join(), null)).toBe(before);
    await page.close();
  });

  it('marks what a "Read more" button reveals, once', async () => {
    const page = await browser.open(server.url('/read-more/ferry'));
    const claimTexts = () => page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark[role="button"]'), (m) => m.textContent ?? ''), null);
    await poll(claimTexts, (t) => t.some((s) => s.includes('We have waited')), 'marks on the visible paragraphs');
    // What is hidden is not read yet.
    expect((await claimTexts()).some((s) => s.includes('fastest road'))).toBe(false);
    await page.click('button.read-more');
    const after = await poll(claimTexts, (t) => t.some((s) => s.includes('fastest road')) && t.some((s) => s.includes('60%')), 'marks on the revealed paragraphs');
    // The first pass's marks stay as they were: one mark per claim, never a second one on it.
    const claims = await page.evaluate(() => Array.from(document.querySelectorAll('newsmark-mark[role="button"]'), (m) => `${m.getAttribute('data-newsmark-kind')}|${m.textContent}`), null);
    expect(new Set(claims).size).toBe(claims.length);
    expect(after.filter((s) => s.includes('We have waited'))).toHaveLength(1);
    const text = await page.evaluate(() => document.getElementById('rest')!.textContent, null);
    expect(text).toContain('“The water is the fastest road we have,” Port Director Lena Okafor said at a news conference on the pier.');
    await page.close();
  });

  it('never lets a hostile page script read a note', async () => {
    const secret = 'Zq7 private doubt about Alvarez';
    const page = await browser.open(server.url('/hostile/article.html'));
    await page.waitFor(QUOTE);
    await page.click(QUOTE);
    const card = await cardFrame(page);
    await within('a click in the note field', (card as PlaywrightFrame).click('textarea'));
    await typeKeys(page, secret);
    await waitSaved(card);
    await page.press('Escape');
    await cardGone(page);
    await page.reload();
    await page.waitFor('newsmark-mark[data-newsmark-noted]');
    await page.click('newsmark-mark[data-newsmark-noted][role="button"]');
    const again = await cardFrame(page);
    await poll(() => inFrame(again, () => document.querySelector('textarea')!.value), (v) => v === secret, 'the note in the card');
    const seen = await page.evaluate(() => (window as unknown as { __hostileScan(): string }).__hostileScan(), null);
    expect(seen.length).toBeGreaterThan(1000);
    expect(seen).not.toContain('Zq7');
    expect(seen).not.toContain('private doubt');
    const keys = await page.evaluate(() => ((window as unknown as { __hostileSeen: string[] }).__hostileSeen).filter((s) => s.startsWith('keydown:')).map((s) => s.split(':')[1]).join(''), null);
    expect(keys).not.toContain('Zq7');

    // The page frames the card itself, with a token of its own, and tries to hand it a claim: the card stays inert.
    await page.evaluate((origin) => {
      const token = 'f'.repeat(32);
      const frame = document.createElement('iframe');
      frame.src = `${origin}/note-card.html#${token}`;
      frame.id = 'forged-card';
      frame.addEventListener('load', () => {
        const channel = new MessageChannel();
        const subject = { noteId: 'forged', kind: 'quote', details: { kind: 'quote', text: 'forged' }, selectors: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } }, page: { url: location.href } };
        frame.contentWindow!.postMessage({ type: 'newsmark:card-init', token, subject }, '*', [channel.port2]);
      });
      document.body.append(frame);
    }, browser.origin);
    await new Promise((r) => setTimeout(r, 2500));
    const raw = page.raw as PlaywrightPage | PuppeteerPage;
    const forged = (raw.frames() as AnyFrame[]).filter((f) => f !== raw.mainFrame());
    const states = await Promise.all(forged.map((f) => (f as PlaywrightFrame).evaluate(() => ({ card: location.href.includes('#ffff'), fields: document.querySelectorAll('textarea').length })).catch(() => null)));
    const forgedCard = states.find((s) => s?.card);
    expect(forgedCard).toBeDefined();
    expect(forgedCard!.fields).toBe(0);
    await page.close();
  });

  it('leaves a page that is not an article alone', async () => {
    const page = await browser.open(server.url('/signin'));
    // Give the content script time to run (it waits for idle) before looking.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await page.count('newsmark-mark')).toBe(0);
    expect(await page.count('newsmark-ui')).toBe(0);
    await page.close();
  });
});
