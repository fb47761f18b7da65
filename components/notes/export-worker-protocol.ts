import type { ExportFormat, NoteQuery } from '../../utils/notes/note-types';

/** What the library asks its export worker for: an export. */
export interface ExportRequest {
  format: ExportFormat;
  query?: NoteQuery;
  exportedAt: number;
  /** The notes database's name: the extension's own unless told (`npm run bench:store` exports its own). */
  database?: string;
}

/** Or the removal of files earlier exports left (see private-export-file.ts). */
export interface RemoveExportFilesRequest {
  removeFilesOlderThanMs: number;
}

export type ExportWorkerRequest = ExportRequest | RemoveExportFilesRequest;

/** The worker's last word when it did what it was asked: the export's file, or how many files it removed. */
export type ExportWorkerAnswer = { file: Blob } | { removed: number };

/** What the worker says: progress now and then, then its answer or why there is none. */
export type ExportWorkerMessage = { progress: number } | ExportWorkerAnswer | { error: string };
