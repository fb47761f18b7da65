import { notesMessenger } from '../../utils/messaging/protocol';
import type { NotesSource } from './notes-source';

/** The real store: the background's notes service, reached by typed messages. */
export function createMessengerNotesSource(): NotesSource {
  return {
    search: (query) => notesMessenger.sendMessage('searchNotes', query),
    update: (patch) => notesMessenger.sendMessage('updateNote', patch),
    remove: (id) => notesMessenger.sendMessage('deleteNote', id),
    restore: (note) => notesMessenger.sendMessage('restoreNote', note),
    async facets() {
      const [tags, sites] = await Promise.all([
        notesMessenger.sendMessage('listTags', undefined),
        notesMessenger.sendMessage('listSites', undefined),
      ]);
      return { tags, sites };
    },
    exportNotes: (format, query) => notesMessenger.sendMessage('exportNotes', { format, query }),
    importNotes: (fileText) => notesMessenger.sendMessage('importNotes', fileText),
  };
}
