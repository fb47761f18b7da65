import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note, NotePage, NoteQuery } from '../../utils/notes/note-types';
import { errorMessage } from './error-message';
import type { NotesSource } from './notes-source';
import { changedSinceQuery, firstPageQuery, matchesNoteQuery, nextPageQuery } from './result-queries';
import { firstWindow, withChanges, withNextPage, withoutNote, withRestored, type ResultWindow } from './result-window';

export interface NoteSearchState {
  /** Null until the first page has arrived (and after it failed). */
  results: ResultWindow | null;
  /** The first page could not be read. */
  error: string | null;
  /** "Show more" could not read the next page; what was shown stays. */
  moreError: string | null;
  loading: boolean;
  loadingMore: boolean;
}

export interface NoteSearch extends NoteSearchState {
  /**
   * Reads the next page. `beforeShown` gets the ids of the notes it adds just before they are rendered (so focus
   * can follow them); it is not called when the answer was dropped, failed or added nothing.
   */
  showMore(beforeShown?: (added: string[]) => void): Promise<void>;
  /** A note this library edited: kept, moved to its new place, or dropped when it no longer matches. */
  noteEdited(note: Note): Promise<void>;
  noteRemoved(id: string): void;
  noteRestored(note: Note): Promise<void>;
}

const EMPTY: NoteSearchState = { results: null, error: null, moreError: null, loading: true, loadingMore: false };

/**
 * The library's search results for a query, a page at a time (result-window.ts). The first page is read again
 * when the query or `reloadToken` changes; an answer that arrives after that is dropped, so fast typing never
 * shows stale results and a late "Show more" never adds notes of another query.
 */
export function useNoteSearch(source: NotesSource, query: NoteQuery, pageSize: number, reloadToken: number): NoteSearch {
  const [state, setState] = useState<NoteSearchState>(EMPTY);
  const [resetToken, setResetToken] = useState(0);
  const current = useRef<NoteSearchState>(EMPTY);
  // Bumped whenever the first page is asked for again: answers to older requests are dropped.
  const generation = useRef(0);
  const moreInFlight = useRef(false);
  const key = JSON.stringify(query);

  const update = (change: Partial<NoteSearchState>) => {
    current.current = { ...current.current, ...change };
    setState(current.current);
  };

  useEffect(() => {
    const run = ++generation.current;
    moreInFlight.current = false;
    update({ loading: true, loadingMore: false, moreError: null });
    source.searchPage(firstPageQuery(JSON.parse(key) as NoteQuery, pageSize)).then(
      (page) => run === generation.current && update({ results: firstWindow(page), error: null, loading: false }),
      (failure) => run === generation.current && update({ results: null, error: errorMessage(failure), loading: false }),
    );
    return () => {
      generation.current += 1;
    };
  }, [source, key, pageSize, reloadToken, resetToken]);

  const baseQuery = () => JSON.parse(key) as NoteQuery;

  /** Notes changed since the newest seen; null when none can be new. */
  async function readChanges(results: ResultWindow, since = results.newest): Promise<NotePage | null> {
    if (since === null) return null;
    const changedQuery = changedSinceQuery(baseQuery(), since, pageSize);
    return changedQuery ? source.searchPage(changedQuery) : null;
  }

  /** More changed than a page holds (an import elsewhere): the list starts over from the newest note. */
  const startOver = () => setResetToken((token) => token + 1);

  async function showMore(beforeShown?: (added: string[]) => void): Promise<void> {
    const results = current.current.results;
    if (!results?.more || moreInFlight.current) return;
    const run = generation.current;
    moreInFlight.current = true;
    update({ loadingMore: true, moreError: null });
    try {
      const [next, changes] = await Promise.all([
        source.searchPage(nextPageQuery(baseQuery(), results, pageSize)),
        readChanges(results),
      ]);
      if (run !== generation.current) return;
      if (changes?.more) return startOver();
      const paged = withNextPage(current.current.results ?? results, next);
      const changed = changes ? withChanges(paged.window, changes.notes) : { window: paged.window, added: [] };
      const added = [...paged.added, ...changed.added];
      if (added.length) beforeShown?.(added);
      update({ results: changed.window, loadingMore: false });
    } catch (failure) {
      if (run === generation.current) update({ loadingMore: false, moreError: errorMessage(failure) });
    } finally {
      if (run === generation.current) moreInFlight.current = false;
    }
  }

  async function noteEdited(note: Note): Promise<void> {
    const results = current.current.results;
    if (!results) return;
    const run = generation.current;
    const since = results.newest === null ? note.updated : Math.min(results.newest, note.updated);
    // The edit is saved whatever happens here: if the store cannot be asked, the note is kept as saved.
    const changes = await readChanges(results, since).catch(() => ({ notes: [note], more: false, total: null }));
    if (run !== generation.current) return;
    if (changes?.more) return startOver();
    const latest = current.current.results ?? results;
    update({ results: withChanges(latest, changes?.notes ?? [], [note.id]).window });
  }

  function noteRemoved(id: string): void {
    const results = current.current.results;
    if (results) update({ results: withoutNote(results, id) });
  }

  async function noteRestored(note: Note): Promise<void> {
    const run = generation.current;
    const check = matchesNoteQuery(baseQuery(), note);
    if (!check) return;
    const page = await source.searchPage(check).catch(() => null);
    if (run !== generation.current) return;
    // The note is back in the store; if the check failed, reading the list again shows it where it belongs.
    if (!page) return startOver();
    const results = current.current.results;
    if (!results) return;
    if (page.notes.some((match) => match.id === note.id)) update({ results: withRestored(results, note) });
    else if (page.more) startOver();
  }

  return { ...state, showMore, noteEdited, noteRemoved, noteRestored };
}
