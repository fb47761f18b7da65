import type { NotesDatabase } from '../database';
import type { ExportFormat, Note, NoteQuery } from '../note-types';
import { searchNoteIds } from '../note-search';
import { EXPORT_CHUNK_NOTES, exportSections, type ExportChunk } from './export-parts';

/**
 * The store's side of a streamed export. An export of everything reads the notes by id, a few thousand at a
 * time, each chunk one cursor from the last id sent: a forward sweep of the table with no index lookups, which
 * on Chromium's IndexedDB reads whole notes about twice as fast as walking the page index, and needs no state
 * between chunks. A filtered export first gets the matching ids (`exportNoteIds`), in id order too, and then
 * asks for them a chunk at a time.
 */

/** The next `size` notes by id after `after` (null: from the first). */
export async function readNotesAfter(db: NotesDatabase, after: string | null, size = EXPORT_CHUNK_NOTES): Promise<{ notes: Note[]; next: string | null }> {
  const notes: Note[] = [];
  const range = after === null ? db.notes.orderBy(':id') : db.notes.where(':id').above(after);
  // `each` walks a cursor, which Chromium streams; `toArray` would ask for one large getAll, slower there.
  await range.limit(size).each((note) => void notes.push(note));
  return { notes, next: notes.length < size ? null : notes[notes.length - 1]!.id };
}

/** The notes with these ids; ids deleted since they were listed are skipped. */
export async function readNotesById(db: NotesDatabase, ids: readonly string[]): Promise<Note[]> {
  return (await db.notes.bulkGet([...ids])).filter((note): note is Note => !!note);
}

/** The ids a filtered export exports, in id order (the order the store reads fastest). */
export async function exportNoteIds(db: NotesDatabase, query: NoteQuery): Promise<string[]> {
  return (await searchNoteIds(db, query)).sort();
}

/** One chunk of an export: of everything after the cursor `after`, or of the listed `ids` (a filtered export). */
export async function readExportChunk(
  db: NotesDatabase,
  request: { format: ExportFormat; after?: string | null; ids?: readonly string[] },
  size = EXPORT_CHUNK_NOTES,
): Promise<ExportChunk> {
  const { notes, next } = request.ids ? { notes: await readNotesById(db, request.ids), next: null } : await readNotesAfter(db, request.after ?? null, size);
  return { sections: exportSections(notes, request.format), notes: notes.length, next };
}
