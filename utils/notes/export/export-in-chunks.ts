import type { ExportFormat, NoteQuery } from '../note-types';
import { EXPORT_CHUNK_NOTES, ExportAssembler, type ExportChunk } from './export-parts';

/**
 * The library's side of a streamed export: asks the background for one serialised chunk after another and
 * returns the file as parts for a Blob, never as one string (a large export is about 100 MB).
 */

export interface ExportChunkRequest {
  format: ExportFormat;
  /** The cursor of an export of everything: the last note id already sent (null or absent: from the start). */
  after?: string | null;
  /** The notes of one chunk of a filtered export, from `noteIds`. */
  ids?: string[];
}

export interface ChunkedExportTransport {
  chunk(request: ExportChunkRequest): Promise<ExportChunk>;
  /** The ids of the notes a query matches, in id order. */
  noteIds(query: NoteQuery): Promise<string[]>;
}

export function chunksOf<T>(items: readonly T[], size = EXPORT_CHUNK_NOTES): T[][] {
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export async function exportInChunks(
  transport: ChunkedExportTransport,
  format: ExportFormat,
  query?: NoteQuery,
  options: { exportedAt?: number; chunkSize?: number; onProgress?: (notes: number) => void } = {},
): Promise<string[]> {
  const assembler = new ExportAssembler();
  const add = (chunk: ExportChunk) => {
    assembler.add(chunk);
    options.onProgress?.(assembler.notes);
  };
  if (query) {
    for (const ids of chunksOf(await transport.noteIds(query), options.chunkSize)) add(await transport.chunk({ format, ids }));
  } else {
    let after: string | null = null;
    do {
      const chunk: ExportChunk = await transport.chunk({ format, after });
      add(chunk);
      after = chunk.next;
    } while (after !== null);
  }
  return assembler.parts(format, options.exportedAt ?? Date.now());
}
