import { notesMessenger } from '../../utils/messaging/protocol';
import { exportInChunks } from '../../utils/notes/export/export-in-chunks';
import { importInBatches } from '../../utils/notes/import/import-in-batches';
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
    exportNotes: (format, query) =>
      exportInChunks(
        {
          chunk: (request) => notesMessenger.sendMessage('exportChunk', request),
          noteIds: (filter) => notesMessenger.sendMessage('exportNoteIds', filter),
        },
        format,
        query,
      ),
    importNotes: (fileText) =>
      importInBatches(
        {
          begin: () => notesMessenger.sendMessage('beginImport', undefined),
          stage: (importId, notes) => notesMessenger.sendMessage('stageImport', { importId, notes }),
          commit: (importId) => notesMessenger.sendMessage('commitImport', importId),
          abort: (importId) => notesMessenger.sendMessage('abortImport', importId),
        },
        fileText,
      ),
  };
}
