import type { ImportProgress } from '../../utils/notes/import/import-in-batches';
import type { ExportFormat, ImportReport, Note, NotePage, NotePatch, NoteQuery } from '../../utils/notes/note-types';

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
  /**
   * One page of a search, newest first: `query.limit` notes after `query.after`, whether more match, and how many
   * match in all when the store can tell without reading them.
   */
  searchPage(query: NoteQuery): Promise<NotePage>;
  update(patch: NotePatch): Promise<Note>;
  remove(id: string): Promise<Note | null>;
  /** Puts a deleted note back as it was, created date included (undo). */
  restore(note: Note): Promise<Note>;
  /** Every tag and site in use, for the filter menus. */
  facets(): Promise<Facets>;
  /** The export file (every note, or those the query matches): a Blob, as a large export is about 100 MB. */
  exportNotes(format: ExportFormat, query?: NoteQuery, onProgress?: (notes: number) => void): Promise<Blob>;
  /** Imports a Newsmark JSON-LD file, all or nothing; a large one reports its progress as it goes. */
  importNotes(fileText: string, onProgress?: (progress: ImportProgress) => void): Promise<ImportReport>;
}
