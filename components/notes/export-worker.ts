/// <reference lib="webworker" />
import { NotesDatabase } from '../../utils/notes/database';
import { exportStore } from '../../utils/notes/export/export-store';
import { errorMessage } from './error-message';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';

/**
 * The library's export, off its main thread: reads the notes database of the extension's origin directly (it
 * only reads; every write goes through the background) and posts the file back as a Blob, which crosses to
 * the page by reference, not by copy. One export per worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = (message: ExportWorkerMessage) => scope.postMessage(message);

scope.onmessage = async ({ data }: MessageEvent<ExportWorkerRequest>) => {
  const db = new NotesDatabase(data.database);
  try {
    const file = await exportStore(db, data.format, { query: data.query, exportedAt: data.exportedAt, onProgress: (progress) => answer({ progress }) });
    answer({ file });
  } catch (failure) {
    answer({ error: errorMessage(failure) });
  } finally {
    db.close();
  }
};
