// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../../components/notes/Library';
import { FakeNotesSource, makeNote } from './fake-notes';
import { byLabel, byText, choose, click, mount, typeInto, waitFor } from './render';

interface Saved {
  name: string;
  mime: string;
  file: Blob;
}

let cleanup: (() => Promise<void>) | null = null;
afterEach(async () => {
  await cleanup?.();
  cleanup = null;
});

async function mountLibrary(source: FakeNotesSource, pageSize = 200) {
  const opened: string[] = [];
  const saved: Saved[] = [];
  const view = await mount(
    <Library
      source={source}
      openPage={(url) => opened.push(url)}
      saveFile={(name, mime, file) => saved.push({ name, mime, file })}
      searchDelayMs={30}
      pageSize={pageSize}
    />,
  );
  cleanup = view.unmount;
  const status = () => view.container.querySelector('.nm-results-count')!.textContent ?? '';
  await waitFor(() => expect(status()).not.toMatch(/Loading/));
  return { ...view, opened, saved, status };
}

const noteIds = (root: ParentNode) => [...root.querySelectorAll('[data-note-id]')].map((el) => el.getAttribute('data-note-id'));

describe('Library', () => {
  it('explains what to do when there are no notes yet', async () => {
    const { container, status } = await mountLibrary(new FakeNotesSource());
    expect(byText(container, 'h2', 'No notes yet')).toBeTruthy();
    expect(status()).toBe('No notes.');
  });

  it('groups notes by site and page, and counts them in a live region', async () => {
    const source = new FakeNotesSource([
      makeNote({ id: 'a', site: 'Courier', pageUrl: 'https://courier.example/budget', pageTitle: 'Budget passes' }),
      makeNote({ id: 'b', site: 'Courier', pageUrl: 'https://courier.example/budget', pageTitle: 'Budget passes' }),
      makeNote({ id: 'c', site: 'Courier', pageUrl: 'https://courier.example/ferry', pageTitle: 'Ferry fares rise' }),
      makeNote({ id: 'd', site: 'Wire Service', pageUrl: 'https://wire.example/1', pageTitle: 'Wire story' }),
    ]);
    const { container, status } = await mountLibrary(source);
    expect(status()).toBe('4 notes on 3 pages.');
    expect(container.querySelector('.nm-results-count')!.getAttribute('aria-live')).toBe('polite');
    const sites = [...container.querySelectorAll('h2.nm-site__name')].map((h) => h.firstChild!.textContent);
    expect(sites.sort()).toEqual(['Courier', 'Wire Service']);
    const courier = byText(container, 'h2', /^Courier/).closest('section')!;
    expect([...courier.querySelectorAll('h3')].map((h) => h.textContent).sort()).toEqual(['Budget passes', 'Ferry fares rise']);
    expect(noteIds(byText(courier, 'h3', 'Budget passes').closest('section')!)).toEqual(['a', 'b']);
  });

  it('searches as the reader types, one query once typing pauses', async () => {
    const source = new FakeNotesSource([
      makeNote({ id: 'ferry', text: 'Ferry fares up 40 percent?' }),
      makeNote({ id: 'budget', text: 'Budget vote was 5-2' }),
    ]);
    const { container, status } = await mountLibrary(source);
    const before = source.queries.length;
    const search = byLabel(container, 'Search notes');
    await typeInto(search, 'f');
    await typeInto(search, 'fe');
    await typeInto(search, 'ferry');
    await waitFor(() => expect(noteIds(container)).toEqual(['ferry']));
    expect(source.queries.slice(before).map((query) => query.text)).toEqual(['ferry']);
    expect(status()).toBe('1 note on 1 page.');
    await typeInto(search, 'nothing like this');
    await waitFor(() => expect(byText(container, 'h2', 'No notes match')).toBeTruthy());
  });

  it('filters by verdict, kind, tag and site, and clears them', async () => {
    const source = new FakeNotesSource([
      makeNote({ id: 's1', kind: 'statistic', verdict: 'misleading', tags: ['budget'], site: 'Courier' }),
      makeNote({ id: 'q1', kind: 'quote', verdict: 'confirmed', tags: ['ferry'], site: 'Wire' }),
    ]);
    const { container } = await mountLibrary(source);
    await choose(byLabel<HTMLSelectElement>(container, 'Verdict'), 'misleading');
    await waitFor(() => expect(noteIds(container)).toEqual(['s1']));
    expect(source.queries.at(-1)).toMatchObject({ verdict: 'misleading' });

    await click(byText(container, 'button', 'Clear filters'));
    await waitFor(() => expect(noteIds(container).sort()).toEqual(['q1', 's1']));

    // The tag and site menus offer what the notes hold.
    const tagMenu = byLabel<HTMLSelectElement>(container, 'Tag');
    expect([...tagMenu.options].map((option) => option.value)).toEqual(['', 'budget', 'ferry']);
    await choose(tagMenu, 'ferry');
    await waitFor(() => expect(noteIds(container)).toEqual(['q1']));
    await choose(byLabel<HTMLSelectElement>(container, 'Kind'), 'statistic');
    await waitFor(() => expect(byText(container, 'h2', 'No notes match')).toBeTruthy());
    await click(byText(container, 'button', 'Clear filters'));
    await choose(byLabel<HTMLSelectElement>(container, 'Site'), 'Courier');
    await waitFor(() => expect(noteIds(container)).toEqual(['s1']));
  });

  it('edits a note in place and puts focus back on its Edit button', async () => {
    const source = new FakeNotesSource([makeNote({ id: 'n1', text: 'old text', tags: ['a'] })]);
    const { container } = await mountLibrary(source);
    await click(container.querySelector<HTMLElement>('[data-note-id="n1"] .nm-edit')!);
    const text = byLabel<HTMLTextAreaElement>(container, 'Note');
    expect(document.activeElement).toBe(text);
    await typeInto(text, 'Checked against the minutes.');
    await typeInto(byLabel(container, 'Tags (comma separated)'), 'budget, council');
    const editor = container.querySelector('form.nm-editor')!;
    await choose(byLabel<HTMLSelectElement>(editor, 'Verdict'), 'confirmed');
    await click(byText(container, 'button', 'Save'));
    await waitFor(() => expect(container.querySelector('.nm-note__text')!.textContent).toBe('Checked against the minutes.'));
    expect(source.notes.get('n1')).toMatchObject({ text: 'Checked against the minutes.', tags: ['budget', 'council'], verdict: 'confirmed' });
    expect(container.querySelector('.nm-badge--ok')!.textContent).toBe('Confirmed');
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[data-note-id="n1"] .nm-edit')));
  });

  it('cancels an edit with Escape without saving', async () => {
    const source = new FakeNotesSource([makeNote({ id: 'n1', text: 'keep me' })]);
    const { container } = await mountLibrary(source);
    await click(container.querySelector<HTMLElement>('[data-note-id="n1"] .nm-edit')!);
    const text = byLabel<HTMLTextAreaElement>(container, 'Note');
    await typeInto(text, 'changed');
    text.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    await waitFor(() => expect(container.querySelector('form.nm-editor')).toBeNull());
    expect(source.notes.get('n1')!.text).toBe('keep me');
  });

  it('deletes a note and brings it back with Undo', async () => {
    const original = makeNote({ id: 'n1', text: 'precious', tags: ['keep'], verdict: 'verify' });
    const source = new FakeNotesSource([original, makeNote({ id: 'n2' })]);
    const { container } = await mountLibrary(source);
    await click(byText(container.querySelector('[data-note-id="n1"]')!, 'button', /^Delete/));
    await waitFor(() => expect(noteIds(container)).toEqual(['n2']));
    expect(source.notes.has('n1')).toBe(false);
    const toast = container.querySelector('.nm-toast-region')!;
    expect(toast.getAttribute('role')).toBe('status');
    expect(toast.textContent).toMatch(/Note deleted/);
    const undo = byText(toast, 'button', 'Undo');
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await click(undo);
    await waitFor(() => expect(noteIds(container).sort()).toEqual(['n1', 'n2']));
    // Put back exactly as it was, created date included.
    expect(source.notes.get('n1')).toEqual(original);
    expect(toast.textContent).toMatch(/Note restored/);
  });

  it('opens the page at the note through the fragment convention', async () => {
    const source = new FakeNotesSource([makeNote({ id: 'n1', pageUrl: 'https://courier.example/budget' })]);
    const { container, opened } = await mountLibrary(source);
    const link = byText(container, 'a', /^Open at note/) as HTMLAnchorElement;
    expect(link.href).toBe('https://courier.example/budget#newsmark-note=n1');
    await click(link);
    expect(opened).toEqual(['https://courier.example/budget#newsmark-note=n1']);
  });

  it('renders markup from notes as text and never links a script URL', async () => {
    const hostile = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
    const source = new FakeNotesSource([
      makeNote({ id: 'h', text: hostile, quote: hostile, tags: [hostile], pageTitle: hostile, site: hostile, pageUrl: 'javascript:window.pwned=3' }),
    ]);
    const { container } = await mountLibrary(source);
    expect(container.querySelector('img, script')).toBeNull();
    expect(container.querySelector('.nm-note__text')!.textContent).toBe(hostile);
    expect(container.querySelector('.nm-note__quote')!.textContent).toBe(hostile);
    expect(container.querySelector('h3')!.textContent).toBe(hostile);
    expect([...container.querySelectorAll('a')].some((a) => a.getAttribute('href')?.startsWith('javascript'))).toBe(false);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });

  it('offers every tag and site the store knows, even those of notes not loaded yet', async () => {
    const source = new FakeNotesSource([
      makeNote({ id: 'new', tags: ['ferry'], site: 'courier.example', created: 2_000 }),
      makeNote({ id: 'old', tags: ['zoning'], site: 'wire.example', created: 1_000 }),
    ]);
    const { container } = await mountLibrary(source, 1);
    expect(noteIds(container)).toEqual(['new']);
    await waitFor(() =>
      expect([...byLabel<HTMLSelectElement>(container, 'Tag').options].map((o) => o.value)).toEqual(['', 'ferry', 'zoning']),
    );
    expect([...byLabel<HTMLSelectElement>(container, 'Site').options].map((o) => o.value)).toEqual([
      '',
      'courier.example',
      'wire.example',
    ]);
  });

  it('falls back to the loaded notes\' tags when the store cannot list them', async () => {
    const source = new FakeNotesSource([makeNote({ tags: ['ferry'] })]);
    source.facetsFail = true;
    const { container } = await mountLibrary(source);
    await waitFor(() =>
      expect([...byLabel<HTMLSelectElement>(container, 'Tag').options].map((o) => o.value)).toEqual(['', 'ferry']),
    );
  });

  it('shows the first page of a big library, then each next page after the last note shown', async () => {
    const source = new FakeNotesSource(Array.from({ length: 5 }, (_, i) => makeNote({ id: `n${i}`, created: 5_000 - i })));
    const { container, status } = await mountLibrary(source, 2);
    expect(noteIds(container)).toEqual(['n0', 'n1']);
    expect(status()).toBe('5 notes; showing the newest 2.');
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(noteIds(container)).toHaveLength(4));
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(noteIds(container)).toHaveLength(5));
    expect(noteIds(container)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(container.querySelector('.nm-more')).toBeNull();
    expect(status()).toBe('5 notes on 1 page.');
    // Each read asks for one page only, starting after the last note read (no bigger limit from the top).
    const reads = source.queries.filter((query) => query.from === undefined);
    expect(reads).toEqual([
      { limit: 2 },
      { limit: 2, after: { updated: 4_999, id: 'n1' } },
      { limit: 2, after: { updated: 4_997, id: 'n3' } },
    ]);
  });

  it('keeps what is shown when a note is edited between pages, and never shows it twice', async () => {
    const source = new FakeNotesSource(Array.from({ length: 5 }, (_, i) => makeNote({ id: `n${i}`, created: 5_000 - i })));
    const { container, status } = await mountLibrary(source, 2);
    // Editing the last note shown makes it the newest: it stays listed once, and the next page still starts after it.
    await click(container.querySelector<HTMLElement>('[data-note-id="n1"] .nm-edit')!);
    await typeInto(byLabel<HTMLTextAreaElement>(container, 'Note'), 'Edited between pages.');
    await click(byText(container, 'button', 'Save'));
    await waitFor(() => expect(container.querySelector('[data-note-id="n1"] .nm-note__text')!.textContent).toBe('Edited between pages.'));
    expect(noteIds(container).sort()).toEqual(['n0', 'n1']);
    expect(status()).toBe('5 notes; showing the newest 2.');
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(noteIds(container).sort()).toEqual(['n0', 'n1', 'n2', 'n3']));
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(noteIds(container).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']));
    expect(new Set(noteIds(container)).size).toBe(5);
  });

  it('puts a note edited elsewhere before the library reached it at the top on "Show more", not skipping it', async () => {
    const source = new FakeNotesSource(Array.from({ length: 5 }, (_, i) => makeNote({ id: `n${i}`, created: 5_000 - i })));
    const { container } = await mountLibrary(source, 2);
    // Another tab's note card edits n3, not shown yet: it is now the newest note, above where the next page starts.
    await source.update({ id: 'n3', text: 'Edited in another tab.' });
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(noteIds(container).sort()).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']));
    expect(container.querySelector('[data-note-id="n3"] .nm-note__text')!.textContent).toBe('Edited in another tab.');
    expect(container.querySelector('.nm-more')).toBeNull();
    expect(new Set(noteIds(container)).size).toBe(5);
  });

  it('drops a note that an edit takes out of the filter, and counts one fewer', async () => {
    const source = new FakeNotesSource(Array.from({ length: 3 }, (_, i) => makeNote({ id: `n${i}`, verdict: 'verify', created: 5_000 - i })));
    const { container, status } = await mountLibrary(source);
    await choose(byLabel<HTMLSelectElement>(container.querySelector('.nm-filters')!, 'Verdict'), 'verify');
    await waitFor(() => expect(source.queries.at(-1)).toMatchObject({ verdict: 'verify' }));
    await waitFor(() => expect(status()).toBe('3 notes on 1 page.'));
    await click(container.querySelector<HTMLElement>('[data-note-id="n1"] .nm-edit')!);
    await choose(byLabel<HTMLSelectElement>(container.querySelector('form.nm-editor')!, 'Verdict'), 'confirmed');
    await click(byText(container, 'button', 'Save'));
    await waitFor(() => expect(noteIds(container)).toEqual(['n0', 'n2']));
    expect(status()).toBe('2 notes on 1 page.');
  });

  it('counts the matches: exactly when the store counts them, else "50+"', async () => {
    const notes = Array.from({ length: 1234 }, (_, i) => makeNote({ id: `n${String(i).padStart(4, '0')}`, text: i % 2 ? 'ferry fares' : 'bus lanes', created: 10_000 - i }));
    const source = new FakeNotesSource(notes);
    const { container, status } = await mountLibrary(source, 50);
    expect(status()).toBe('1,234 notes; showing the newest 50.');
    const live = container.querySelector('.nm-results-count')!;
    expect(live.getAttribute('aria-live')).toBe('polite');
    // Words: the store does not count the matches without reading them all.
    await typeInto(byLabel(container, 'Search notes'), 'ferry');
    await waitFor(() => expect(status()).toBe('50+ notes; showing the newest 50.'));
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(status()).toBe('100+ notes; showing the newest 100.'));
    await typeInto(byLabel(container, 'Search notes'), 'ferry fares n0001');
    await waitFor(() => expect(status()).toBe('No notes.'));
  });

  it('moves focus to the first new note in reading order after "Show more"', async () => {
    const early = 'https://courier.example/early';
    const late = 'https://courier.example/late';
    // Newest first: a (early page), b, c (late page), d (early page, further down the article than a).
    const source = new FakeNotesSource([
      makeNote({ id: 'a', pageUrl: early, pageTitle: 'Early', start: 10, created: 4_000 }),
      makeNote({ id: 'b', pageUrl: late, pageTitle: 'Late', start: 10, created: 3_000 }),
      makeNote({ id: 'c', pageUrl: late, pageTitle: 'Late', start: 20, created: 2_000 }),
      makeNote({ id: 'd', pageUrl: early, pageTitle: 'Early', start: 20, created: 1_000 }),
    ]);
    const { container } = await mountLibrary(source, 2);
    const more = byText(container, 'button', 'Show more notes');
    more.focus();
    await click(more);
    // d joins the early page, listed above the late page: it comes first in reading order, though c is newer.
    await waitFor(() => expect(noteIds(container)).toEqual(['a', 'd', 'b', 'c']));
    await waitFor(() => expect(document.activeElement).toBe(container.querySelector('[data-note-id="d"] .nm-edit')));
  });

  it('drops a "Show more" answer that arrives after the reader typed a new search', async () => {
    const source = new FakeNotesSource([
      ...Array.from({ length: 4 }, (_, i) => makeNote({ id: `bus${i}`, text: 'bus lanes', created: 5_000 - i })),
      makeNote({ id: 'ferry', text: 'ferry fares', created: 1_000 }),
    ]);
    const { container, status } = await mountLibrary(source, 2);
    let release = () => {};
    source.searchGate = new Promise((resolve) => (release = resolve));
    await click(byText(container, 'button', 'Show more notes'));
    await typeInto(byLabel(container, 'Search notes'), 'ferry');
    await waitFor(() => expect(source.queries.at(-1)).toEqual({ text: 'ferry', limit: 2 }));
    // Both answers arrive now: the older query's next page must not join the new results.
    source.searchGate = null;
    release();
    await waitFor(() => expect(noteIds(container)).toEqual(['ferry']));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(noteIds(container)).toEqual(['ferry']);
    expect(status()).toBe('1 note on 1 page.');
  });

  it('keeps the notes shown and says so when "Show more" fails', async () => {
    const source = new FakeNotesSource(Array.from({ length: 3 }, (_, i) => makeNote({ id: `n${i}`, created: 5_000 - i })));
    const { container } = await mountLibrary(source, 2);
    source.failNextSearch = new Error('Could not establish connection.');
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(container.querySelector('.nm-library__list .nm-error')!.textContent).toBe('Could not load more notes: Could not establish connection.'));
    expect(noteIds(container)).toEqual(['n0', 'n1']);
    await click(byText(container, 'button', 'Show more notes'));
    await waitFor(() => expect(noteIds(container)).toEqual(['n0', 'n1', 'n2']));
    expect(container.querySelector('.nm-library__list .nm-error')).toBeNull();
  });

  it('says so when the store cannot be reached', async () => {
    const source = new FakeNotesSource();
    source.failNextSearch = new Error('Could not establish connection.');
    const { status } = await mountLibrary(source);
    expect(status()).toBe('Could not load notes: Could not establish connection.');
  });

  it('exports all notes, or only the filtered ones, as a named file', async () => {
    const source = new FakeNotesSource([
      makeNote({ id: 'a', verdict: 'misleading' }),
      makeNote({ id: 'b', verdict: 'confirmed' }),
    ]);
    const { container, saved } = await mountLibrary(source);
    const exportShown = byText(container, 'button', 'Export notes shown') as HTMLButtonElement;
    expect(exportShown.disabled).toBe(true);
    await choose(byLabel<HTMLSelectElement>(container, 'Export format'), 'csv');
    await click(byText(container, 'button', 'Export all notes'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0]!.name).toMatch(/^newsmark-notes-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(saved[0]!.mime).toBe('text/csv');
    expect(JSON.parse(await saved[0]!.file.text()).ids.sort()).toEqual(['a', 'b']);

    await choose(byLabel<HTMLSelectElement>(container.querySelector('.nm-filters')!, 'Verdict'), 'misleading');
    await waitFor(() => expect(exportShown.disabled).toBe(false));
    await choose(byLabel<HTMLSelectElement>(container, 'Export format'), 'markdown');
    await click(exportShown);
    await waitFor(() => expect(saved).toHaveLength(2));
    expect(saved[1]!.name).toMatch(/^newsmark-notes-filtered-.*\.md$/);
    expect(source.exports[1]).toEqual({ format: 'markdown', query: { verdict: 'misleading' } });
    expect(JSON.parse(await saved[1]!.file.text()).ids).toEqual(['a']);
  });

  it('says how far a long export is while it runs, and clears it when the file is saved', async () => {
    const source = new FakeNotesSource([makeNote({ id: 'a' }), makeNote({ id: 'b' }), makeNote({ id: 'c' }), makeNote({ id: 'd' })]);
    let finish!: () => void;
    source.exportGate = new Promise((resolve) => (finish = resolve));
    const { container, saved } = await mountLibrary(source);
    const status = () => container.querySelector('.nm-transfer__outcome')!.textContent ?? '';
    await click(byText(container, 'button', 'Export all notes'));
    await waitFor(() => expect(status()).toBe('Exporting: 2 notes written…'));
    expect((byText(container, 'button', 'Export all notes') as HTMLButtonElement).disabled).toBe(true);
    finish();
    await waitFor(() => expect(saved).toHaveLength(1));
    await waitFor(() => expect(status()).toBe(''));
  });

  it('imports a file, reports what was added and lists the new notes', async () => {
    const source = new FakeNotesSource();
    const { container } = await mountLibrary(source);
    source.importResult = { added: 2, unchanged: 1 };
    source.notes.set('imported', makeNote({ id: 'imported' }));
    await pickFile(byLabel(container, 'Import a Newsmark JSON-LD file'), new File(['{"type":"AnnotationCollection"}'], 'notes.jsonld'));
    await waitFor(() =>
      expect(container.querySelector('.nm-transfer__outcome')!.textContent).toBe(
        'Imported 2 new notes from "notes.jsonld"; 1 note already in your library.',
      ),
    );
    expect(source.imported).toEqual(['{"type":"AnnotationCollection"}']);
    await waitFor(() => expect(noteIds(container)).toEqual(['imported']));
  });

  it('shows the store\'s reason when an import is refused', async () => {
    const source = new FakeNotesSource();
    source.importResult = new Error('The file is not JSON (unexpected token at position 0).');
    const { container } = await mountLibrary(source);
    await pickFile(byLabel(container, 'Import a Newsmark JSON-LD file'), new File(['<html>'], 'page.html'));
    await waitFor(() =>
      expect(container.querySelector('.nm-transfer__outcome .nm-error')!.textContent).toBe(
        'Import of "page.html" failed: The file is not JSON (unexpected token at position 0). Nothing was imported.',
      ),
    );
  });

  it('refuses an oversized file before reading it', async () => {
    const source = new FakeNotesSource();
    const { container } = await mountLibrary(source);
    const huge = new File(['x'], 'huge.jsonld');
    Object.defineProperty(huge, 'size', { value: 200 * 1024 * 1024 });
    const read = vi.spyOn(huge, 'text');
    await pickFile(byLabel(container, 'Import a Newsmark JSON-LD file'), huge);
    await waitFor(() =>
      expect(container.querySelector('.nm-transfer__outcome')!.textContent).toMatch(
        /^Import of "huge.jsonld" failed: This file is 200\.0 MB, too large to import \(the limit is 160\.0 MB\)\..* Nothing was imported\.$/,
      ),
    );
    expect(read).not.toHaveBeenCalled();
    expect(source.imported).toEqual([]);
  });
});

async function pickFile(input: HTMLInputElement, file: File) {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
