import type { ExportFormat, NoteQuery } from '../../utils/notes/note-types';

/** What the library asks its export worker for. */
export interface ExportWorkerRequest {
  format: ExportFormat;
  query?: NoteQuery;
  exportedAt: number;
  /** The notes database's name: the extension's own unless told (`npm run bench:store` exports its own). */
  database?: string;
}

/** What the worker answers: progress now and then, then the file or why there is none. */
export type ExportWorkerMessage = { progress: number } | { file: Blob } | { error: string };
