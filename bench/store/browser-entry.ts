/** The store benchmark inside a Chromium page, on the browser's own IndexedDB. Driven by bench/store/in-chromium.ts. */
import { exportInWorker, removeOldExportFilesInWorker } from '../../components/notes/worker-export';
import { formatResult, runStoreBench } from './bench-core';

declare global {
  interface Window {
    runStoreBench(pages: number, vocabularyText: string, settleMs: number, importFile: boolean, keepDatabase: boolean): Promise<string>;
  }
}

window.runStoreBench = async (pages, vocabularyText, settleMs, importFile, keepDatabase) => {
  const result = await runStoreBench({
    pages,
    vocabularyText,
    settleMs,
    importFile,
    keepDatabase,
    // The library's own export: a worker per export, reading the database itself.
    exportFile: (database, format, query) => exportInWorker(format, query, undefined, database),
    log: (line) => console.log(line),
  });
  // The exports' files, a few hundred MB, would stay in a kept profile and count in its next size.
  await removeOldExportFilesInWorker(0);
  return formatResult(`in headless Chromium (${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}), real IndexedDB`, result);
};
