import type { ImportProgress } from '../../utils/notes/import/import-in-batches';
import type { ExportFormat, ImportReport, Note, NotePatch, NoteQuery } from '../../utils/notes/note-types';

/** Tag and site choices for the library's filter menus. */
export interface Facets {
  tags: string[];
  sites: string[];
}

/**
 * What the notes UI needs from the store. The library receives it as a prop, so unit tests hand it a fake and
 * only the entrypoint wires the real messenger.
 */
export interface NotesSource {
  search(query: NoteQuery): Promise<Note[]>;
  update(patch: NotePatch): Promise<Note>;
  remove(id: string): Promise<Note | null>;
  /** Puts a deleted note back as it was, created date included (undo). */
  restore(note: Note): Promise<Note>;
  /** Every tag and site in use, for the filter menus. */
  facets(): Promise<Facets>;
  /** The export file as parts for a Blob: a large export is never one string. */
  exportNotes(format: ExportFormat, query?: NoteQuery): Promise<string[]>;
  /** Imports a Newsmark JSON-LD file, all or nothing; a large one reports its progress as it goes. */
  importNotes(fileText: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
}
