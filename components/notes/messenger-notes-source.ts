import { notesMessenger } from '../../utils/messaging/protocol';
import { importInBatches, type StagedImportTransport } from '../../utils/notes/import/import-in-batches';
import type { NotesSource } from './notes-source';
import { KEEP_EXPORT_FILES_MS } from './private-export-file';
import { exportInWorker, removeOldExportFilesInWorker } from './worker-export';

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
    async exportNotes(format, query, onProgress) {
      const file = await exportInWorker(format, query, onProgress);
      // The file stays for its download (private-export-file.ts); if the library is still open once it is
      // old, it goes then, not at the next export or the next time the library opens.
      setTimeout(() => void removeOldExportFilesInWorker().catch(() => undefined), KEEP_EXPORT_FILES_MS + 5_000);
      return file;
    },
    importNotes: (fileText, onProgress) => importInBatches(messengerImportTransport, fileText, onProgress),
  };
}
