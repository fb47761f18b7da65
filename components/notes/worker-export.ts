import type { ExportFormat, NoteQuery } from '../../utils/notes/note-types';
import type { ExportWorkerAnswer, ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';
import { hasOldExportFiles, KEEP_EXPORT_FILES_MS } from './private-export-file';

/** Asks a worker of its own for one thing, and ends the worker with the answer. */
function askExportWorker(request: ExportWorkerRequest, onProgress?: (notes: number) => void): Promise<ExportWorkerAnswer> {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<ExportWorkerAnswer>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportWorkerMessage>) => {
      if ('progress' in data) return onProgress?.(data.progress);
      if ('error' in data) reject(new Error(data.error));
      else resolve(data);
    };
    // A worker that fails to load or throws outside its task never answers: this does.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the export worker failed to start'));
    };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** Runs one export in a worker and hands back the file. */
export async function exportInWorker(format: ExportFormat, query?: NoteQuery, onProgress?: (notes: number) => void, database?: string): Promise<Blob> {
  const answer = await askExportWorker({ format, query, exportedAt: Date.now(), database }, onProgress);
  if (!('file' in answer)) throw new Error('the export worker answered without a file');
  return answer.file;
}

/** Removes the files of exports older than `olderThanMs`, starting a worker only when there are some. */
export async function removeOldExportFilesInWorker(olderThanMs = KEEP_EXPORT_FILES_MS): Promise<number> {
  if (!(await hasOldExportFiles(Date.now(), olderThanMs))) return 0;
  const answer = await askExportWorker({ removeFilesOlderThanMs: olderThanMs });
  return 'removed' in answer ? answer.removed : 0;
}
