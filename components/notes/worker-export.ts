import type { ExportFormat, NoteQuery } from '../../utils/notes/note-types';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';

/** Runs one export in a worker of its own and hands back the file; the worker ends with it. */
export function exportInWorker(format: ExportFormat, query?: NoteQuery, onProgress?: (notes: number) => void, database?: string): Promise<Blob> {
  const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportWorkerMessage>) => {
      if ('progress' in data) return onProgress?.(data.progress);
      if ('file' in data) resolve(data.file);
      else reject(new Error(data.error));
    };
    // A worker that fails to load or throws outside the export never answers: this does.
    worker.onerror = (event) => {
      event.preventDefault();
      reject(new Error(event.message || 'the export worker failed to start'));
    };
    const request: ExportWorkerRequest = { format, query, exportedAt: Date.now(), database };
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}
