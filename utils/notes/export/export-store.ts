import type { NotesDatabase } from '../database';
import { NOTES_TABLE } from '../note-terms-middleware';
import { searchNoteIds } from '../note-search';
import type { ExportFormat, Note, NoteQuery } from '../note-types';
import { ExportWriter } from './export-writer';
import type { FilePiece } from './file-piece';
import { readEveryNote } from './read-every-note';

/**
 * An export file straight from the store: every note, or those a search or filter matches. It runs where
 * the file is wanted (the library's export worker), reading IndexedDB directly: handing 100 MB through the
 * extension's messages cost more than reading it (20,000 notes took 3.1 to 4.0 s to come through as
 * messages from the background; read by the page itself, 0.7 s).
 */

export interface ExportOptions {
  query?: NoteQuery;
  exportedAt?: number;
  /** The file's MIME type. */
  type?: string;
  /** Notes written so far, now and then. */
  onProgress?: (notes: number) => void;
  /** Makes the file of its pieces; a Blob in memory unless told (the library's worker writes a file). */
  assemble?: (pieces: FilePiece[]) => Promise<Blob>;
}

const PROGRESS_EVERY = 5000;
/** Notes of a filtered export read per transaction. */
const MATCH_BATCH = 2000;

export async function exportStore(db: NotesDatabase, format: ExportFormat, options: ExportOptions = {}): Promise<Blob> {
  const writer = new ExportWriter(format);
  const add = (note: Note) => {
    writer.add(note);
    if (writer.notes % PROGRESS_EVERY === 0) options.onProgress?.(writer.notes);
  };
  if (options.query) {
    const ids = await searchNoteIds(db, options.query);
    for (let i = 0; i < ids.length; i += MATCH_BATCH) {
      // Notes deleted since the search are skipped.
      for (const note of await db.notes.bulkGet(ids.slice(i, i + MATCH_BATCH))) if (note) add(note);
    }
  } else {
    if (!db.isOpen()) await db.open();
    await readEveryNote(db.backendDB(), NOTES_TABLE, add);
  }
  options.onProgress?.(writer.notes);
  const pieces = writer.pieces(options.exportedAt ?? Date.now());
  return options.assemble ? options.assemble(pieces) : new Blob(pieces, { type: options.type ?? '' });
}
