import type { ExportFormat, NoteQuery } from '../note-types';
import { assembleExport, EXPORT_CHUNK_NOTES, type ExportChunk } from './export-parts';

/**
 * The library's side of a streamed export: asks the background for one serialised chunk after another and
 * returns the file as parts for a Blob, never as one string (a large export is about 100 MB).
 */

export interface ExportChunkRequest {
  format: ExportFormat;
  /** The cursor of an export of everything: the last page key already sent (null or absent: from the start). */
  after?: string | null;
  /** The notes of one chunk of a filtered export, whole pages, from `noteIds`. */
  ids?: string[];
}

export interface ChunkedExportTransport {
  chunk(request: ExportChunkRequest): Promise<ExportChunk>;
  /** The ids of the notes a query matches, grouped by page, in export order. */
  noteIds(query: NoteQuery): Promise<string[][]>;
}

/** Whole pages of ids, about `size` notes to a chunk (a page larger than that is a chunk of its own). */
export function chunkPages(pages: readonly string[][], size = EXPORT_CHUNK_NOTES): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  for (const page of pages) {
    if (current.length > 0 && current.length + page.length > size) {
      chunks.push(current);
      current = [];
    }
    current.push(...page);
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export async function exportInChunks(
  transport: ChunkedExportTransport,
  format: ExportFormat,
  query?: NoteQuery,
  options: { exportedAt?: number; chunkSize?: number; onProgress?: (notes: number) => void } = {},
): Promise<string[]> {
  const exportedAt = options.exportedAt ?? Date.now();
  const bodies: string[] = [];
  const totals = { notes: 0, pages: 0 };
  const add = (chunk: ExportChunk) => {
    bodies.push(chunk.body);
    totals.notes += chunk.notes;
    totals.pages += chunk.pages;
    options.onProgress?.(totals.notes);
  };
  if (query) {
    for (const ids of chunkPages(await transport.noteIds(query), options.chunkSize)) add(await transport.chunk({ format, ids }));
  } else {
    let after: string | null = null;
    do {
      const chunk: ExportChunk = await transport.chunk({ format, after });
      add(chunk);
      after = chunk.next;
    } while (after !== null);
  }
  return assembleExport(format, bodies, totals, exportedAt);
}
