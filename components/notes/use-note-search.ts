import { useEffect, useState } from 'preact/hooks';
import type { Note, NoteQuery } from '../../utils/notes/note-types';
import { errorMessage } from './error-message';
import type { NotesSource } from './notes-source';

export interface NoteSearchState {
  notes: Note[] | null;
  error: string | null;
  loading: boolean;
}

/**
 * Runs the store search for a query, again whenever `reloadToken` changes. An answer that arrives after a newer
 * query was sent is dropped, so fast typing never shows stale results.
 */
export function useNoteSearch(source: NotesSource, query: NoteQuery, reloadToken: number): NoteSearchState {
  const [state, setState] = useState<NoteSearchState>({ notes: null, error: null, loading: true });
  const key = JSON.stringify(query);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    source.search(JSON.parse(key) as NoteQuery).then(
      (notes) => current && setState({ notes, error: null, loading: false }),
      (failure) => current && setState({ notes: null, error: errorMessage(failure), loading: false }),
    );
    return () => {
      current = false;
    };
  }, [source, key, reloadToken]);
  return state;
}
