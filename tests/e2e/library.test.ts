import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page as PlaywrightPage } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser, type TestPage } from './harness/extension-browser';
import { startStaticServer, type StaticServer } from './harness/static-server';
import {
  axeViolations,
  captureExports,
  capturedExports,
  chooseFile,
  clearField,
  deleteAllNotes,
  draft,
  exportFileNames,
  screenshot,
  reloadApp,
  seedNotes,
  selectOption,
  sendToBackground,
  until,
  waitForTabUrl,
} from './library-helpers';
import type { Note } from '../../utils/notes/note-types';

const HOSTILE = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';

describe.each(BROWSERS)('%s: the notes library', (name) => {
  let server: StaticServer;
  let browser: ExtensionBrowser;
  let library: TestPage;
  let articleUrl: string;
  const files = mkdtempSync(join(tmpdir(), 'newsmark-library-'));

  beforeAll(async () => {
    server = await startStaticServer();
    browser = await launchExtensionBrowser(name);
    library = await browser.openLibrary();
    articleUrl = server.url('/demo/article.html');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(files, { recursive: true, force: true });
  });

  const ids = () => library.evaluate(() => [...document.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id')), undefined);
  const status = () => library.evaluate(() => document.querySelector('.nm-results-count')?.textContent ?? '', undefined);
  const focused = () => library.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}` : '';
  }, undefined);
  /**
   * Records what has keyboard focus when `selector` enters (or leaves) the document, read in the DOM change's own
   * mutation callback: focus that moves a frame later, leaving <body> focused meanwhile, is caught as 'body'.
   */
  const focusWhen = async (selector: string, change: 'shown' | 'gone', act: () => Promise<void>) => {
    await library.evaluate(
      ({ selector, change }) => {
        const record = window as unknown as { newsmarkFocusAtChange?: string };
        delete record.newsmarkFocusAtChange;
        const observer = new MutationObserver(() => {
          if ((document.querySelector(selector) !== null) !== (change === 'shown')) return;
          observer.disconnect();
          const el = document.activeElement;
          record.newsmarkFocusAtChange = el
            ? `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`
            : '';
        });
        observer.observe(document.body, { childList: true, subtree: true });
      },
      { selector, change },
    );
    await act();
    const read = () =>
      library.evaluate(() => (window as unknown as { newsmarkFocusAtChange?: string }).newsmarkFocusAtChange ?? null, undefined);
    return until(read, (value) => value !== null);
  };

  it('starts empty, then lists seeded notes grouped by site and page', async () => {
    await library.waitFor('.nm-empty');
    expect(await library.texts('.nm-empty h2')).toEqual(['No notes yet']);
    await seedNotes(library, [
      draft({
        id: 'n-fare',
        url: articleUrl,
        exact: 'The cap will cost about $14 million a year in lost fares',
        kind: 'statistic',
        text: 'Compare with the 2019 budget.',
        tags: ['budget'],
        verdict: 'verify',
      }),
      draft({
        id: 'n-pike',
        url: articleUrl,
        exact: 'We are giving away fares before we have fixed the buses that never show up',
        kind: 'quote',
        text: 'Pike voted against.',
        tags: ['board'],
        verdict: 'needs context',
      }),
      draft({
        id: 'n-ferry',
        url: 'https://wire.example/2025/ferry-fares?utm_source=feed',
        exact: 'Ferry fares rose 40 percent in two years',
        kind: 'statistic',
        text: 'No source given for the 40 percent.',
        tags: ['ferry', 'budget'],
        verdict: 'misleading',
      }),
      draft({ id: 'n-hostile', url: 'https://hostile.example/story', exact: HOSTILE, text: HOSTILE, tags: ['<b>x</b>'] }),
    ]);
    await reloadApp(library);
    await until(ids, (list) => list.length === 4);
    expect(await status()).toBe('4 notes on 3 pages.');
    expect(await library.count('h2.nm-site__name')).toBe(3);
    const articleSection = await library.evaluate(() => {
      const heading = [...document.querySelectorAll('h3.nm-page__title')].find((h) => h.textContent?.includes('demo/article.html'));
      const section = heading?.closest('.nm-page');
      return section ? [...section.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id')) : [];
    }, undefined);
    expect(articleSection.sort()).toEqual(['n-fare', 'n-pike']);
    // Markup from notes is text: no element made from it, nothing run.
    const hostile = await library.evaluate(
      () => ({
        title: document.title,
        images: document.querySelectorAll('#app img').length,
        text: document.querySelector('[data-note-id="n-hostile"] .nm-note__text')?.textContent,
      }),
      undefined,
    );
    expect(hostile).toEqual({ title: 'Newsmark notes', images: 0, text: HOSTILE });
  });

  it('searches as the reader types, from the keyboard', async () => {
    // The search box is the first stop of the Tab order.
    await library.evaluate(() => (document.activeElement as HTMLElement | null)?.blur(), undefined);
    await library.press('Tab');
    expect(await focused()).toBe('input');
    await library.type('input[type="search"]', 'ferry');
    expect(await until(ids, (list) => list.length === 1)).toEqual(['n-ferry']);
    expect(await status()).toBe('1 note on 1 page.');
    await clearField(library, 'input[type="search"]');
    await until(ids, (list) => list.length === 4);
  });

  it('filters by verdict and by tag', async () => {
    await selectOption(name, library, '.nm-filters select[name="verdict"]', 'misleading');
    expect(await until(ids, (list) => list.length === 1)).toEqual(['n-ferry']);
    await library.click('.nm-filters button');
    await until(ids, (list) => list.length === 4);
    await selectOption(name, library, '.nm-filters select[name="tag"]', 'budget');
    expect((await until(ids, (list) => list.length === 2)).sort()).toEqual(['n-fare', 'n-ferry']);
    // Two filters at once read the pair's own range of the index.
    await selectOption(name, library, '.nm-filters select[name="verdict"]', 'verify');
    expect(await until(ids, (list) => list.length === 1)).toEqual(['n-fare']);
    await selectOption(name, library, '.nm-filters select[name="verdict"]', 'needs context');
    await until(ids, (list) => list.length === 0);
    await library.click('.nm-filters button');
    await until(ids, (list) => list.length === 4);
  });

  it('filters by date', async () => {
    const day = (offset: number) => {
      const date = new Date(Date.now() + offset * 86_400_000);
      return [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
    };
    await pickDate(library, 'input[name="from"]', day(1));
    await library.waitFor('.nm-empty');
    expect(await library.texts('.nm-empty h2')).toEqual(['No notes match']);
    await pickDate(library, 'input[name="from"]', day(-1));
    await pickDate(library, 'input[name="to"]', day(0));
    await until(ids, (list) => list.length === 4);
    await library.click('.nm-filters button');
  });

  it('edits a note in place and keeps the change', async () => {
    const focusAtOpen = await focusWhen('form.nm-editor textarea', 'shown', () =>
      library.click('[data-note-id="n-pike"] .nm-edit'),
    );
    expect(focusAtOpen).toBe('textarea');
    await library.press('End');
    await library.type('form.nm-editor textarea', ' Check the minutes.');
    await selectOption(name, library, 'form.nm-editor select[name="verdict"]', 'confirmed');
    await library.click('form.nm-editor button[type="submit"]');
    await until(
      () => library.texts('[data-note-id="n-pike"] .nm-note__text'),
      (texts) => texts[0] === 'Pike voted against. Check the minutes.',
    );
    const stored = await sendToBackground<Note[]>(library, 'searchNotes', { text: 'minutes' });
    expect(stored.map((note) => [note.id, note.verdict])).toEqual([['n-pike', 'confirmed']]);
    await reloadApp(library);
    await until(() => library.texts('[data-note-id="n-pike"] .nm-badge--ok'), (texts) => texts[0] === 'Confirmed');
  });

  it('cancels an edit with Escape, from the keyboard', async () => {
    await library.click('[data-note-id="n-fare"] .nm-edit');
    await library.waitFor('form.nm-editor');
    const focusAtClose = await focusWhen('form.nm-editor', 'gone', () => library.press('Escape'));
    expect(focusAtClose).toBe('button.nm-button.nm-edit');
    expect(await focused()).toBe('button.nm-button.nm-edit');
  });

  it('deletes a note and undoes it with the keyboard', async () => {
    const before = (await sendToBackground<Note[]>(library, 'searchNotes', {})).find((note) => note.id === 'n-fare')!;
    // Focus goes to Undo as the message appears: the Delete button that had it is gone.
    const focusAtToast = await focusWhen('.nm-toast', 'shown', () => library.click('[data-note-id="n-fare"] .nm-delete'));
    expect(focusAtToast).toBe('button.nm-button.nm-button--primary');
    await until(ids, (list) => list.length === 3 && !list.includes('n-fare'));
    expect((await library.texts('.nm-toast__text'))[0]).toBe('Note deleted.');
    expect(await library.evaluate(() => document.activeElement?.textContent, undefined)).toBe('Undo');
    await library.press('Enter');
    await until(ids, (list) => list.includes('n-fare'));
    const after = (await sendToBackground<Note[]>(library, 'searchNotes', {})).find((note) => note.id === 'n-fare')!;
    expect(after).toEqual(before);
  });

  it('opens the page at the note', async () => {
    const opened = waitForTabUrl(browser, (url) => url.includes('#newsmark-note='));
    await library.click('[data-note-id="n-fare"] .nm-open');
    expect(await opened).toBe(`${articleUrl}#newsmark-note=n-fare`);
  });

  it('exports JSON-LD, and imports it back into an emptied library', async () => {
    await captureExports(library);
    const download = name === 'chromium' ? (library.raw as PlaywrightPage).waitForEvent('download') : null;
    await library.click('.nm-export-all');
    const [exported] = await until(() => capturedExports(library), (texts) => texts.length === 1);
    if (download) {
      const saved = await download;
      expect(saved.suggestedFilename()).toMatch(/^newsmark-notes-\d{4}-\d{2}-\d{2}\.jsonld$/);
      // The browser's downloads read the file the export worker wrote, whole.
      expect(readFileSync((await saved.path())!, 'utf8')).toBe(exported);
    }
    // The worker wrote the file to the extension's private file system, not a Blob in memory.
    expect(await exportFileNames(library)).toEqual([expect.stringMatching(/^newsmark-export-[0-9a-f-]{36}$/)]);
    const collection = JSON.parse(exported!) as { type: string | string[]; items?: unknown[]; first?: { items: unknown[] } };
    expect(JSON.stringify(collection.type)).toContain('AnnotationCollection');
    expect(exported).toContain('Pike voted against. Check the minutes.');
    const file = join(files, 'notes.jsonld');
    writeFileSync(file, exported!);

    const notesBefore = await sendToBackground<Note[]>(library, 'searchNotes', {});
    await deleteAllNotes(library);
    await reloadApp(library);
    await library.waitFor('.nm-empty');

    await chooseFile(name, library, 'input[type="file"]', file);
    await until(
      () => library.texts('.nm-transfer__outcome'),
      (texts) => texts[0] === 'Imported 4 new notes from "notes.jsonld".',
    );
    await until(ids, (list) => list.length === 4);
    const notesAfter = await sendToBackground<Note[]>(library, 'searchNotes', {});
    const essentials = (notes: Note[]) =>
      notes.map((n) => [n.id, n.text, n.tags, n.verdict, n.kind, n.selectors.quote.exact]).sort();
    expect(essentials(notesAfter)).toEqual(essentials(notesBefore));

    // Importing the same file again adds nothing.
    await chooseFile(name, library, 'input[type="file"]', file);
    await until(
      () => library.texts('.nm-transfer__outcome'),
      (texts) => texts[0] === 'Imported 0 new notes from "notes.jsonld"; 4 notes already in your library.',
    );
    expect(await ids()).toHaveLength(4);
  });

  it('names the problem in a broken file and imports nothing', async () => {
    const file = join(files, 'broken.jsonld');
    writeFileSync(file, '{"type": "AnnotationCollection", "items": [ { "oops"');
    await chooseFile(name, library, 'input[type="file"]', file);
    const [message] = await until(() => library.texts('.nm-transfer__outcome .nm-error'), (texts) => texts.length === 1);
    expect(message).toMatch(/^Import of "broken.jsonld" failed: .+ Nothing was imported\.$/);
    expect(await ids()).toHaveLength(4);
  });

  it('exports only the notes shown, as Markdown and CSV', async () => {
    await captureExports(library);
    await selectOption(name, library, '.nm-filters select[name="verdict"]', 'misleading');
    await until(ids, (list) => list.length === 1);
    await selectOption(name, library, 'select[name="export-format"]', 'markdown');
    await library.click('.nm-export-shown');
    await selectOption(name, library, 'select[name="export-format"]', 'csv');
    await library.click('.nm-export-shown');
    const [markdown, csv] = await until(() => capturedExports(library), (texts) => texts.length === 2);
    for (const text of [markdown!, csv!]) {
      expect(text).toContain('Ferry fares rose 40 percent in two years');
      expect(text).not.toContain('Pike voted against');
    }
    expect(csv!.split(/\r?\n/)[0]).toMatch(/,/);
    await library.click('.nm-filters button');
    await until(ids, (list) => list.length === 4);
  });

  it('has no axe-core violation, in light and dark', async () => {
    await library.evaluate(() => window.scrollTo(0, 0), undefined);
    expect(await axeViolations(library)).toEqual([]);
    await screenshot(library, `library-${name}-light`);
    if (name === 'chromium') {
      await (library.raw as PlaywrightPage).emulateMedia({ colorScheme: 'dark' });
      expect(await axeViolations(library)).toEqual([]);
      await screenshot(library, `library-${name}-dark`);
      // The editor and the toast are part of the page too.
      await library.click('[data-note-id="n-ferry"] .nm-edit');
      await library.waitFor('form.nm-editor');
      expect(await axeViolations(library)).toEqual([]);
      await screenshot(library, `library-${name}-dark-editing`);
      await library.press('Escape');
      await (library.raw as PlaywrightPage).emulateMedia({ colorScheme: 'light' });
    }
  });

  it('empty state has no axe-core violation either', async () => {
    await deleteAllNotes(library);
    await reloadApp(library);
    await library.waitFor('.nm-empty');
    expect(await axeViolations(library)).toEqual([]);
  });
});

/** Sets a date field the way the browser's date picker does: a new value, then input and change events. */
async function pickDate(page: TestPage, selector: string, value: string) {
  await page.evaluate(
    ({ selector, value }) => {
      const input = document.querySelector(selector) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      input.dispatchEvent(new Event('change', { bubbles: true }));
    },
    { selector, value },
  );
}
