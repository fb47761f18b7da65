/// <reference lib="webworker" />
import { NotesDatabase } from '../../utils/notes/database';
import { exportStore } from '../../utils/notes/export/export-store';
import { errorMessage } from './error-message';
import type { ExportRequest, ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';
import { removeOldExportFiles, writeExportFile } from './private-export-file';

/**
 * The library's export, off its main thread: reads the notes database of the extension's origin directly (it
 * only reads; every write goes through the background) and posts the file back, which crosses to the page
 * by reference, not by copy: a file in the extension's private file system where the browser lets it write
 * one, else a Blob in memory. One request per worker.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const answer = (message: ExportWorkerMessage) => scope.postMessage(message);

async function exportFile(request: ExportRequest): Promise<Blob> {
  const db = new NotesDatabase(request.database);
  try {
    return await exportStore(db, request.format, {
      query: request.query,
      exportedAt: request.exportedAt,
      onProgress: (progress) => answer({ progress }),
      // The same pieces make the Blob when no file could be written (a private window, a full disk).
      assemble: (pieces) => writeExportFile(pieces).catch(() => new Blob(pieces)),
    });
  } finally {
    db.close();
  }
}

scope.onmessage = async ({ data }: MessageEvent<ExportWorkerRequest>) => {
  try {
    if ('removeFilesOlderThanMs' in data) answer({ removed: await removeOldExportFiles(undefined, Date.now(), data.removeFilesOlderThanMs) });
    else answer({ file: await exportFile(data) });
  } catch (failure) {
    answer({ error: errorMessage(failure) });
  }
};
