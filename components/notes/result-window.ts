import type { Note, NotePage } from '../../utils/notes/note-types';

/**
 * The search results the library shows: every matching note from the newest down to a cursor, read a page at a
 * time. "Show more" asks the store for the page after the cursor, so it reads only that page.
 *
 * Editing a note moves it to the top of the store's order (its `updated` becomes the newest). Such a note is
 * already above the cursor, so the page after the cursor never holds it again: nothing is shown twice. A note
 * edited elsewhere (the note card in another tab) before the library reached it would be skipped the same way, so
 * the library also asks for the notes changed since the newest one it has seen and puts them at the top.
 */

/** A note's place in the store's order: newest `updated` first, then ascending id (note-search.ts). */
export interface NotePosition {
  updated: number;
  id: string;
}

export interface ResultWindow {
  /** The notes shown, each once, in the store's order. */
  notes: Note[];
  /** The last note read, as it was when read: the next page starts after it. */
  cursor: NotePosition | null;
  /** More notes match after the cursor. */
  more: boolean;
  /** How many notes match in all, when the store could tell. */
  total: number | null;
  /** The newest `updated` seen: notes changed since are asked for on their own. */
  newest: number | null;
}

export function comesBefore(a: NotePosition, b: NotePosition): boolean {
  return a.updated > b.updated || (a.updated === b.updated && a.id < b.id);
}

function inStoreOrder(notes: Note[]): Note[] {
  return notes.sort((a, b) => (comesBefore(a, b) ? -1 : comesBefore(b, a) ? 1 : 0));
}

function newestOf(known: number | null, notes: readonly Note[]): number | null {
  return notes.reduce<number | null>((newest, note) => (newest === null || note.updated > newest ? note.updated : newest), known);
}

function positionOf(note: Note): NotePosition {
  return { updated: note.updated, id: note.id };
}

export function firstWindow(page: NotePage): ResultWindow {
  const last = page.notes[page.notes.length - 1];
  return {
    notes: inStoreOrder(dedupe(page.notes)),
    cursor: last ? positionOf(last) : null,
    more: page.more,
    total: page.total,
    newest: newestOf(null, page.notes),
  };
}

function dedupe(notes: readonly Note[]): Note[] {
  return [...new Map(notes.map((note) => [note.id, note])).values()];
}

/** Merges notes in: a note already shown is replaced by the copy read last, never listed twice. */
function merged(shown: readonly Note[], incoming: readonly Note[]): { notes: Note[]; added: string[] } {
  const byId = new Map(shown.map((note) => [note.id, note]));
  const added: string[] = [];
  for (const note of incoming) {
    if (!byId.has(note.id)) added.push(note.id);
    byId.set(note.id, note);
  }
  return { notes: inStoreOrder([...byId.values()]), added };
}

/** The page read after the cursor, appended. `added` lists the notes that were not shown before. */
export function withNextPage(window: ResultWindow, page: NotePage): { window: ResultWindow; added: string[] } {
  const { notes, added } = merged(window.notes, page.notes);
  const last = page.notes[page.notes.length - 1];
  return {
    window: {
      notes,
      cursor: last ? positionOf(last) : window.cursor,
      more: page.more,
      // A later page of a query with several conditions does not count the matches again: the first count holds.
      total: page.total ?? window.total,
      newest: newestOf(window.newest, page.notes),
    },
    added,
  };
}

/**
 * The notes matching the query that changed since `window.newest` (`changed`), put in place or at the top.
 * `edited` names notes this library changed: one missing from `changed` no longer matches the query and goes.
 */
export function withChanges(window: ResultWindow, changed: readonly Note[], edited: readonly string[] = []): { window: ResultWindow; added: string[] } {
  const gone = new Set(edited.filter((id) => !changed.some((note) => note.id === id)));
  const kept = window.notes.filter((note) => !gone.has(note.id));
  const removed = window.notes.length - kept.length;
  const { notes, added } = merged(kept, changed);
  return {
    window: {
      ...window,
      notes,
      total: window.total === null ? null : window.total - removed,
      newest: newestOf(window.newest, changed),
    },
    added,
  };
}

/** A deleted note taken out of the list. */
export function withoutNote(window: ResultWindow, id: string): ResultWindow {
  const notes = window.notes.filter((note) => note.id !== id);
  if (notes.length === window.notes.length) return window;
  return { ...window, notes, total: window.total === null ? null : window.total - 1 };
}

/**
 * A note put back (undo), known to match the query. Restored as it was, it returns to its old place; one below
 * the cursor is left for "Show more" to bring, so it is neither shown early nor twice.
 */
export function withRestored(window: ResultWindow, note: Note): ResultWindow {
  if (window.notes.some((shown) => shown.id === note.id)) return window;
  if (window.more && window.cursor && comesBefore(window.cursor, note)) return window;
  return {
    ...window,
    notes: inStoreOrder([...window.notes, note]),
    total: window.total === null ? null : window.total + 1,
    newest: newestOf(window.newest, [note]),
  };
}
