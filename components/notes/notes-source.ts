import type { ExportFormat, ImportReport, Note, NoteDraft, NoteQuery } from '../../utils/notes/note-types';

/**
 * What the notes UI needs from the store. The library and popup receive it as a prop, so unit tests hand them a
 * fake and only the entrypoints wire the real messenger.
 */
export interface NotesSource {
  search(query: NoteQuery): Promise<Note[]>;
  save(draft: NoteDraft): Promise<Note>;
  remove(id: string): Promise<Note | null>;
  exportNotes(format: ExportFormat, query?: NoteQuery): Promise<string>;
  importNotes(fileText: string): Promise<ImportReport>;
}

/** The draft that saves a stored note again: used by edit and by undo after a delete. */
export function noteToDraft(note: Note, changes: Partial<Pick<Note, 'text' | 'tags' | 'verdict'>> = {}): NoteDraft {
  return {
    id: note.id,
    page: { url: note.pageUrl, title: note.pageTitle, siteName: note.site },
    kind: note.kind,
    selectors: note.selectors,
    text: changes.text ?? note.text,
    tags: changes.tags ?? note.tags,
    verdict: changes.verdict === undefined ? note.verdict : changes.verdict,
  };
}
