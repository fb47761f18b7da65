import { afterEach, describe, expect, it, vi } from 'vitest';
import { hasOldExportFiles, KEEP_EXPORT_FILES_MS, removeOldExportFiles, writeExportFile } from '../../../components/notes/private-export-file';

const NOW = Date.UTC(2026, 10, 29, 12);
const MINUTE = 60_000;

/**
 * A directory of the private file system, in memory: file name to its last change (null: a sync access
 * handle holds it, so it can be neither read nor opened). Records what is done to its files, in order.
 */
function directoryOf(files: Record<string, number | null>) {
  const done: string[] = [];
  const handle = (name: string, lastModified: number | null) => ({
    kind: 'file' as const,
    name,
    getFile: async () => {
      if (lastModified === null) throw new DOMException('A sync access handle holds it.', 'NoModificationAllowedError');
      return { lastModified };
    },
    createSyncAccessHandle: async () => {
      if (lastModified === null) throw new DOMException('A sync access handle holds it.', 'NoModificationAllowedError');
      return { truncate: (size: number) => done.push(`truncate ${name} to ${size}`), close: () => done.push(`close ${name}`) };
    },
  });
  return {
    done,
    async *values() {
      for (const [name, lastModified] of Object.entries(files)) yield handle(name, lastModified);
      yield { kind: 'directory' as const, name: 'newsmark-export-folder' };
    },
    async removeEntry(name: string) {
      done.push(`remove ${name}`);
    },
  };
}

const asDirectory = (directory: ReturnType<typeof directoryOf>) => directory as unknown as FileSystemDirectoryHandle;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('removeOldExportFiles', () => {
  it('empties, then removes, the export files older than ten minutes, and nothing else', async () => {
    const directory = directoryOf({
      'newsmark-export-old': NOW - 11 * MINUTE,
      'newsmark-export-recent': NOW - 9 * MINUTE,
      'newsmark-export-being-written': null,
      'someone-elses-file': NOW - 60 * MINUTE,
    });
    expect(await removeOldExportFiles(asDirectory(directory), NOW)).toBe(1);
    expect(directory.done).toEqual(['truncate newsmark-export-old to 0', 'close newsmark-export-old', 'remove newsmark-export-old']);
  });

  it('removes every export file when told to keep none', async () => {
    const directory = directoryOf({ 'newsmark-export-a': NOW, 'newsmark-export-b': NOW - MINUTE });
    expect(await removeOldExportFiles(asDirectory(directory), NOW, 0)).toBe(2);
    expect(directory.done.filter((step) => step.startsWith('remove'))).toEqual(['remove newsmark-export-a', 'remove newsmark-export-b']);
  });
});

describe('hasOldExportFiles', () => {
  it('tells whether a cleanup has anything to do', async () => {
    const fresh = directoryOf({ 'newsmark-export-a': NOW - MINUTE });
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => fresh } });
    expect(await hasOldExportFiles(NOW)).toBe(false);
    expect(await hasOldExportFiles(NOW + KEEP_EXPORT_FILES_MS)).toBe(true);
    expect(fresh.done).toEqual([]);
  });
});

describe('writeExportFile', () => {
  it('says so where there is no private file system to write to (the worker then makes a Blob)', async () => {
    await expect(writeExportFile(['text'])).rejects.toThrow('This browser context has no private file system to write an export to.');
  });
});

describe('writeExportFile on a full disk', () => {
  /** A private file system whose disk takes `room` bytes of each write, and whose truncate fails when told. */
  function fullDisk(room: number, truncateFails: boolean) {
    const done: string[] = [];
    const access = {
      write: (bytes: Uint8Array) => Math.min(room, bytes.length),
      flush: () => done.push('flush'),
      truncate: () => {
        if (truncateFails) throw new DOMException('No room to change the file.', 'QuotaExceededError');
        done.push('truncate');
      },
      close: () => done.push('close'),
    };
    const root = {
      values: async function* () {},
      getFileHandle: async (name: string) => {
        done.push(`create ${name.replace(/[0-9a-f-]{36}$/, '<id>')}`);
        return { createSyncAccessHandle: async () => access };
      },
      removeEntry: async (name: string) => done.push(`remove ${name.replace(/[0-9a-f-]{36}$/, '<id>')}`),
    };
    vi.stubGlobal('navigator', { storage: { getDirectory: async () => root } });
    vi.stubGlobal('FileSystemFileHandle', class { createSyncAccessHandle() {} });
    return done;
  }

  it('reports the short write, and closes and removes its file', async () => {
    const done = fullDisk(2, false);
    await expect(writeExportFile(['a longer text than the disk takes'])).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(done).toEqual(['create newsmark-export-<id>', 'truncate', 'close', 'remove newsmark-export-<id>']);
  });

  it('still closes and removes the file when emptying it fails too, and reports the write', async () => {
    const done = fullDisk(2, true);
    await expect(writeExportFile(['a longer text than the disk takes'])).rejects.toThrow(/The disk took 2 of \d+ bytes/);
    expect(done).toEqual(['create newsmark-export-<id>', 'close', 'remove newsmark-export-<id>']);
  });
});
