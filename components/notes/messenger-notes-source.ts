import { notesMessenger } from '../../utils/messaging/protocol';
import type { NotesSource } from './notes-source';

/** The real store: the background's notes service, reached by typed messages. */
export function createMessengerNotesSource(): NotesSource {
  return {
    search: (query) => notesMessenger.sendMessage('searchNotes', query),
    save: (draft) => notesMessenger.sendMessage('saveNote', draft),
    remove: (id) => notesMessenger.sendMessage('deleteNote', id),
    exportNotes: (format, query) => notesMessenger.sendMessage('exportNotes', { format, query }),
    importNotes: (fileText) => notesMessenger.sendMessage('importNotes', fileText),
  };
}
