import { toNote, type NotesDatabase, type NoteRecord } from '../database';
import type { ExportFormat, Note, NoteQuery } from '../note-types';
import { searchNotes } from '../note-search';
import { EXPORT_CHUNK_NOTES, exportBody, pagesOf, type ExportChunk } from './export-parts';

/**
 * The store's side of a streamed export. Notes go out in page order (page key, then note id: the order of the
 * `pageKey` index), a few thousand at a time and always whole pages, each chunk read with one or two range
 * reads and serialised here, so the library only joins strings. An export of everything needs no state between
 * chunks: the cursor is the last page key sent. A filtered export first gets the matching ids, grouped by
 * page (`exportNoteIds`), and then asks for them a chunk at a time.
 */


/** The notes of the next whole pages after page key `after` (null: from the first), about `size` of them. */
export async function readPagesAfter(db: NotesDatabase, after: string | null, size = EXPORT_CHUNK_NOTES): Promise<{ notes: Note[]; next: string | null }> {
  const range = after === null ? db.notes.orderBy('pageKey') : db.notes.where('pageKey').above(after);
  const records = await range.limit(size).toArray();
  if (records.length < size) return { notes: records.map(toNote), next: null };
  // The last page may go on past the limit: read it whole, so no page is cut between two chunks.
  const lastKey = records[records.length - 1]!.pageKey;
  const wholePages = records.filter((record) => record.pageKey !== lastKey);
  const lastPage = await db.notes.where('pageKey').equals(lastKey).toArray();
  return { notes: [...wholePages, ...lastPage].map(toNote), next: lastKey };
}

/** The notes with these ids, in the order given; ids deleted since they were listed are skipped. */
export async function readNotesById(db: NotesDatabase, ids: readonly string[]): Promise<Note[]> {
  const records = await db.notes.bulkGet([...ids]);
  return records.filter((record): record is NoteRecord => !!record).map(toNote);
}

/** Export order for a filtered export: ids grouped by page, pages by key, notes by id (as `readPagesAfter`). */
export async function exportNoteIds(db: NotesDatabase, query: NoteQuery): Promise<string[][]> {
  const notes = await searchNotes(db, { ...query, limit: undefined });
  notes.sort((a, b) => (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return pagesOf(notes).map((page) => page.map((note) => note.id));
}

export function toChunk(notes: readonly Note[], format: ExportFormat, next: string | null): ExportChunk {
  return { body: exportBody(notes, format), notes: notes.length, pages: pagesOf(notes).length, next };
}

/** One chunk of an export: of everything after the cursor `after`, or of the listed `ids` (a filtered export). */
export async function readExportChunk(
  db: NotesDatabase,
  request: { format: ExportFormat; after?: string | null; ids?: readonly string[] },
  size = EXPORT_CHUNK_NOTES,
): Promise<ExportChunk> {
  if (request.ids) return toChunk(await readNotesById(db, request.ids), request.format, null);
  const { notes, next } = await readPagesAfter(db, request.after ?? null, size);
  return toChunk(notes, request.format, next);
}
