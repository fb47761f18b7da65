import { notesMessenger } from '../../utils/messaging/protocol';
import { exportInChunks, type ChunkedExportTransport } from '../../utils/notes/export/export-in-chunks';
import { importInBatches, type StagedImportTransport } from '../../utils/notes/import/import-in-batches';
import type { NotesSource } from './notes-source';

/** A streamed export over the notes service's messages. */
export const messengerExportTransport: ChunkedExportTransport = {
  chunk: (request) => notesMessenger.sendMessage('exportChunk', request),
  noteIds: (query) => notesMessenger.sendMessage('exportNoteIds', query),
};

/** A staged import over the notes service's messages. */
export const messengerImportTransport: StagedImportTransport = {
  begin: () => notesMessenger.sendMessage('beginImport', undefined),
  stage: (importId, notes) => notesMessenger.sendMessage('stageImport', { importId, notes }),
  commit: (importId) => notesMessenger.sendMessage('commitImport', importId),
  abort: (importId) => notesMessenger.sendMessage('abortImport', importId),
};

/** The real store: the background's notes service, reached by typed messages. */
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
    exportNotes: (format, query) => exportInChunks(messengerExportTransport, format, query),
    importNotes: (fileText, onProgress) => importInBatches(messengerImportTransport, fileText, onProgress),
  };
}
