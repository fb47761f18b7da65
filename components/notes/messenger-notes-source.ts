import { notesMessenger } from '../../utils/messaging/protocol';
import { importInBatches, type StagedImportTransport } from '../../utils/notes/import/import-in-batches';
import type { NotesSource } from './notes-source';
import { exportInWorker } from './worker-export';

/** A staged import over the notes service's messages. */
export const messengerImportTransport: StagedImportTransport = {
  begin: () => notesMessenger.sendMessage('beginImport', undefined),
  stage: (importId, notes) => notesMessenger.sendMessage('stageImport', { importId, notes }),
  commit: (importId) => notesMessenger.sendMessage('commitImport', importId),
  abort: (importId) => notesMessenger.sendMessage('abortImport', importId),
};

/**
 * The real store: the background's notes service, reached by typed messages; an export reads the database
 * itself, in a worker (see export-worker.ts).
 */
export function createMessengerNotesSource(): NotesSource {
  return {
    searchPage: (query) => notesMessenger.sendMessage('searchNotePage', query),
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
    exportNotes: (format, query, onProgress) => exportInWorker(format, query, onProgress),
    importNotes: (fileText, onProgress) => importInBatches(messengerImportTransport, fileText, onProgress),
  };
}
