/// <reference lib="webworker" />
import { writePieces, type FilePiece } from '../../utils/notes/export/file-piece';

/**
 * Export files written to the extension's origin private file system, for the browser's downloads to read.
 * In Chromium a 100 MB Blob cost 0.3 to 0.9 s to make, and its browser process went on storing it while the
 * next export read the database; written here through a sync access handle the same file took 0.13 to 0.3 s,
 * and exports in a row were about a second faster each. A writable stream, which a page could use too, took
 * 2 s for the same file. Only a dedicated worker can open a sync access handle: the export worker does all
 * of this.
 *
 * A file stays after its export, since a download may still be reading it. Once older than
 * `KEEP_EXPORT_FILES_MS` it is removed by the library if still open, else by a later export or by the library
 * some seconds after it next opens. Each is emptied through a sync access handle before it is removed:
 * Chromium 156 counts the bytes of a file written that way out of the origin's usage a second time at its
 * next start if the file was just removed, and the usage it reports then wraps round to about 4 GB
 * (measured, and not when the file is emptied first).
 */

const FILE_PREFIX = 'newsmark-export-';
/** Long enough for a download that waits on a "Save as" dialog to have read its file. */
export const KEEP_EXPORT_FILES_MS = 10 * 60_000;

/** Whether this context can write export files (not in Firefox's private windows, nor outside a worker). */
function canWrite(): boolean {
  return typeof navigator !== 'undefined' && typeof navigator.storage?.getDirectory === 'function' && typeof FileSystemFileHandle !== 'undefined' && 'createSyncAccessHandle' in FileSystemFileHandle.prototype;
}

/** The export file, written whole, or a failure that leaves no file behind (a full disk: QuotaExceededError). */
export async function writeExportFile(pieces: readonly FilePiece[]): Promise<File> {
  if (!canWrite()) throw new Error('This browser context has no private file system to write an export to.');
  const root = await navigator.storage.getDirectory();
  await removeOldExportFiles(root);
  const name = `${FILE_PREFIX}${crypto.randomUUID()}`;
  const handle = await root.getFileHandle(name, { create: true });
  const access = await handle.createSyncAccessHandle();
  try {
    writePieces(pieces, (bytes, at) => {
      const written = access.write(bytes, { at });
      if (written !== bytes.length) throw new DOMException(`The disk took ${written} of ${bytes.length} bytes.`, 'QuotaExceededError');
    });
    access.flush();
  } catch (failure) {
    // The write's own failure is the one to report: emptying and closing are best effort, but the handle is
    // always closed, or the file could not be removed now nor by a later cleanup.
    try {
      access.truncate(0);
    } catch {
      // A full disk can refuse even this; removing the file below frees it anyway.
    } finally {
      access.close();
    }
    await root.removeEntry(name).catch(() => undefined);
    throw failure;
  }
  access.close();
  return handle.getFile();
}

/** The export files written more than `keepMs` ago (one still being written cannot be read, and is not one). */
async function oldExportFiles(root: FileSystemDirectoryHandle, now: number, keepMs: number): Promise<FileSystemFileHandle[]> {
  const old: FileSystemFileHandle[] = [];
  for await (const entry of root.values()) {
    if (entry.kind !== 'file' || !entry.name.startsWith(FILE_PREFIX)) continue;
    const file = await (entry as FileSystemFileHandle).getFile().catch(() => null);
    if (file && now - file.lastModified >= keepMs) old.push(entry as FileSystemFileHandle);
  }
  return old;
}

/** Whether there are export files to remove; answers anywhere, a page too. */
export async function hasOldExportFiles(now = Date.now(), keepMs = KEEP_EXPORT_FILES_MS): Promise<boolean> {
  return (await oldExportFiles(await navigator.storage.getDirectory(), now, keepMs)).length > 0;
}

/** Empties and removes the old export files; only in a worker. Answers how many it removed. */
export async function removeOldExportFiles(root?: FileSystemDirectoryHandle, now = Date.now(), keepMs = KEEP_EXPORT_FILES_MS): Promise<number> {
  const directory = root ?? (await navigator.storage.getDirectory());
  let removed = 0;
  for (const file of await oldExportFiles(directory, now, keepMs)) {
    try {
      const access = await file.createSyncAccessHandle();
      try {
        access.truncate(0);
      } finally {
        access.close();
      }
      await directory.removeEntry(file.name);
      removed += 1;
    } catch {
      // Another export worker has it open: a later cleanup will see it again.
    }
  }
  return removed;
}
