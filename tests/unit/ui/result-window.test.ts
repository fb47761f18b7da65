import { describe, expect, it } from 'vitest';
import type { Note, NoteQuery } from '../../../utils/notes/note-types';
import { changedSinceQuery, matchesNoteQuery, nextPageQuery } from '../../../components/notes/result-queries';
import { firstWindow, withChanges, withNextPage, withoutNote, withRestored } from '../../../components/notes/result-window';
import { countLabel, matchCount, resultsSummary } from '../../../components/notes/results-summary';
import { FakeNotesSource, makeNote } from './fake-notes';

const at = (id: string, updated: number): Note => ({ ...makeNote({ id }), updated });
const ids = (notes: readonly Note[]) => notes.map((note) => note.id);

describe('result window', () => {
  it('pages through notes sharing one timestamp without a repeat or a gap', async () => {
    // Ties on `updated` are ordered by id in the store: the cursor carries both.
    const notes = ['e', 'a', 'd', 'b', 'c', 'f', 'g'].map((id, i) => at(id, i < 5 ? 1_000 : 900));
    const source = new FakeNotesSource(notes);
    let window = firstWindow(await source.searchPage({ limit: 2 }));
    while (window.more) {
      window = withNextPage(window, await source.searchPage(nextPageQuery({}, window, 2))).window;
    }
    expect(ids(window.notes)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(source.queries.map((query) => query.after?.id ?? null)).toEqual([null, 'b', 'd', 'f']);
  });

  it('keeps the first count when a later page cannot count', () => {
    const first = firstWindow({ notes: [at('a', 3), at('b', 2)], more: true, total: 40 });
    const { window, added } = withNextPage(first, { notes: [at('c', 1)], more: true, total: null });
    expect(window.total).toBe(40);
    expect(added).toEqual(['c']);
    expect(window.cursor).toEqual({ updated: 1, id: 'c' });
  });

  it('replaces a note read again instead of listing it twice', () => {
    const first = firstWindow({ notes: [at('a', 3), at('b', 2)], more: true, total: null });
    const { window, added } = withNextPage(first, { notes: [at('b', 2), at('c', 1)], more: false, total: null });
    expect(ids(window.notes)).toEqual(['a', 'b', 'c']);
    expect(added).toEqual(['c']);
  });

  it('moves changed notes to the top, drops edited ones that no longer match, and counts', () => {
    const first = firstWindow({ notes: [at('a', 3), at('b', 2), at('c', 1)], more: true, total: 10 });
    const { window, added } = withChanges(first, [at('z', 9), at('c', 8)], ['b', 'c']);
    expect(ids(window.notes)).toEqual(['z', 'c', 'a']);
    expect(added).toEqual(['z']);
    expect(window.total).toBe(9);
    expect(window.newest).toBe(9);
    // The next page still starts after the note read last, as it was read.
    expect(window.cursor).toEqual({ updated: 1, id: 'c' });
  });

  it('takes a deleted note out and puts it back where it was on undo', () => {
    const first = firstWindow({ notes: [at('a', 3), at('b', 2), at('c', 1)], more: true, total: 10 });
    const deleted = withoutNote(first, 'b');
    expect(ids(deleted.notes)).toEqual(['a', 'c']);
    expect(deleted.total).toBe(9);
    const restored = withRestored(deleted, at('b', 2));
    expect(ids(restored.notes)).toEqual(['a', 'b', 'c']);
    expect(restored.total).toBe(10);
    // A note below the cursor is left for "Show more".
    expect(withRestored(first, at('y', 0))).toBe(first);
  });
});

describe('result queries', () => {
  const query: NoteQuery = { text: 'ferry', from: 100, to: 5_000 };

  it('asks for the page after the cursor, and for changes within the reader\'s dates', () => {
    const window = firstWindow({ notes: [at('a', 300)], more: true, total: null });
    expect(nextPageQuery(query, window, 50)).toEqual({ ...query, limit: 50, after: { updated: 300, id: 'a' } });
    expect(changedSinceQuery(query, 300, 50)).toEqual({ text: 'ferry', from: 300, to: 5_000, limit: 50 });
    expect(changedSinceQuery(query, 50, 50)).toMatchObject({ from: 100 });
    expect(changedSinceQuery(query, 6_000, 50)).toBeNull();
  });

  it('checks one note by its own millisecond, within the reader\'s dates', () => {
    expect(matchesNoteQuery(query, at('a', 300))).toMatchObject({ text: 'ferry', from: 300, to: 300 });
    expect(matchesNoteQuery(query, at('a', 6_000))).toBeNull();
  });
});

describe('results summary', () => {
  const window = (count: number, more: boolean, total: number | null) =>
    firstWindow({ notes: Array.from({ length: count }, (_, i) => at(`n${i}`, 10_000 - i)), more, total });

  it('says how many notes match', () => {
    expect(countLabel(1234, 'note')).toBe('1,234 notes');
    expect(countLabel(1, 'page')).toBe('1 page');
    expect(matchCount(window(50, true, 1234))).toBe('1,234 notes');
    expect(matchCount(window(50, true, null))).toBe('50+ notes');
    expect(matchCount(window(3, false, null))).toBe('3 notes');
    // A count made before notes were added cannot say fewer than are known to match.
    expect(matchCount(window(50, true, 20))).toBe('51 notes');
  });

  it('reads as one sentence in each state', () => {
    expect(resultsSummary({ results: null, pages: 0, loading: true, error: null })).toBe('Loading notes…');
    expect(resultsSummary({ results: null, pages: 0, loading: false, error: 'offline' })).toBe('Could not load notes: offline');
    expect(resultsSummary({ results: window(0, false, 0), pages: 0, loading: false, error: null })).toBe('No notes.');
    expect(resultsSummary({ results: window(3, false, 3), pages: 2, loading: false, error: null })).toBe('3 notes on 2 pages.');
    expect(resultsSummary({ results: window(1000, true, 2500), pages: 9, loading: false, error: null })).toBe(
      '2,500 notes; showing the newest 1,000.',
    );
  });
});
