import type { Note, NoteQuery } from '../../utils/notes/note-types';
import type { ResultWindow } from './result-window';

/** The store queries behind the library's result window (result-window.ts), built from the reader's query. */

export function firstPageQuery(query: NoteQuery, pageSize: number): NoteQuery {
  return { ...query, limit: pageSize };
}

/** The page after the last note read. */
export function nextPageQuery(query: NoteQuery, window: ResultWindow, pageSize: number): NoteQuery {
  return window.cursor ? { ...query, limit: pageSize, after: window.cursor } : firstPageQuery(query, pageSize);
}

/**
 * The matching notes changed at or after `since` (the store's `from` bounds `updated`), within the reader's own
 * dates. Null when nothing can match: the reader's dates end before `since`.
 */
export function changedSinceQuery(query: NoteQuery, since: number, pageSize: number): NoteQuery | null {
  const from = Math.max(query.from ?? since, since);
  if (query.to !== undefined && query.to < from) return null;
  return { ...query, from, limit: pageSize };
}

/** Asks whether one note, as it is now, matches the query: only notes updated in its millisecond are read. */
export function matchesNoteQuery(query: NoteQuery, note: Note): NoteQuery | null {
  const inDates = (query.from === undefined || note.updated >= query.from) && (query.to === undefined || note.updated <= query.to);
  if (!inDates) return null;
  // A limit well above the notes that could share one millisecond.
  return { ...query, from: note.updated, to: note.updated, limit: 1000 };
}
