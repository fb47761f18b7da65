import type { ImportReport, Note } from '../note-types';
import { MAX_STAGE_BATCH_NOTES } from './import-limits';
import { parseExportInSlices } from './parse-export';

/**
 * The library's side of a large import: check the whole file here, then hand the notes to the background in
 * batches under one import id and ask it to commit them in one transaction. A failure anywhere before the
 * commit's answer aborts the staged import, so nothing is half imported.
 */

export interface StagedImportTransport {
  begin(): Promise<string>;
  stage(importId: string, notes: Note[]): Promise<number>;
  commit(importId: string): Promise<ImportReport>;
  abort(importId: string): Promise<unknown>;
}

export type ImportProgress = { step: 'checking' | 'sending'; done: number; total: number };

export const IMPORT_BATCH_NOTES = 2500;

export async function importInBatches(
  transport: StagedImportTransport,
  fileText: string,
  onProgress?: (progress: ImportProgress) => void,
  batchSize = IMPORT_BATCH_NOTES,
): Promise<ImportReport> {
  const notes = await parseExportInSlices(fileText, (done, total) => onProgress?.({ step: 'checking', done, total }));
  const importId = await transport.begin();
  // A closed page cannot finish the import: drop it in the background now rather than when it expires.
  const abandon = () => void transport.abort(importId).catch(() => undefined);
  globalThis.addEventListener?.('pagehide', abandon);
  try {
    const batch = Math.min(batchSize, MAX_STAGE_BATCH_NOTES);
    for (let start = 0; start < notes.length; start += batch) {
      await transport.stage(importId, notes.slice(start, start + batch));
      onProgress?.({ step: 'sending', done: Math.min(notes.length, start + batch), total: notes.length });
    }
    return await transport.commit(importId);
  } catch (failure) {
    abandon();
    throw failure;
  } finally {
    globalThis.removeEventListener?.('pagehide', abandon);
  }
}
