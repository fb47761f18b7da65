import type { NotesDatabase } from '../../../utils/notes/database';
import { importInBatches, type StagedImportTransport } from '../../../utils/notes/import/import-in-batches';
import { ImportStaging } from '../../../utils/notes/import/import-staging';
import type { ImportReport } from '../../../utils/notes/note-types';

/**
 * The import the library runs (check the file in slices, send batches, commit once), with the background's
 * staging in the same process instead of behind runtime messaging: for tests about what an import stores.
 */

function inProcessStaging(db: NotesDatabase): StagedImportTransport {
  const staging = new ImportStaging();
  return {
    begin: async () => staging.begin(),
    // A message hands the background a copy, never the page's own objects.
    stage: async (importId, notes) => staging.add(importId, structuredClone(notes)),
    commit: (importId) => staging.commit(db, importId),
    abort: async (importId) => staging.abort(importId),
  };
}

export function importThroughStaging(db: NotesDatabase, fileText: string, batchSize?: number): Promise<ImportReport> {
  return importInBatches(inProcessStaging(db), fileText, undefined, batchSize);
}
