import { afterEach, describe, expect, it, vi } from 'vitest';
import { KEEP_EXPORT_FILES_MS } from '../../../components/notes/private-export-file';

const worker = vi.hoisted(() => ({
  exportInWorker: vi.fn(async () => new Blob(['a,b\r\n'])),
  removeOldExportFilesInWorker: vi.fn(async () => 1),
}));
vi.mock('../../../components/notes/worker-export', () => worker);

const { createMessengerNotesSource } = await import('../../../components/notes/messenger-notes-source');

afterEach(() => {
  vi.useRealTimers();
  vi.clearAllMocks();
});

describe("the library's export", () => {
  it("hands back the worker's file, and removes it once it is old if the library is still open", async () => {
    vi.useFakeTimers();
    const file = await createMessengerNotesSource().exportNotes('csv', { tags: ['water'] }, undefined);
    expect(await file.text()).toBe('a,b\r\n');
    expect(worker.exportInWorker).toHaveBeenCalledWith('csv', { tags: ['water'] }, undefined);
    vi.advanceTimersByTime(KEEP_EXPORT_FILES_MS);
    expect(worker.removeOldExportFilesInWorker).not.toHaveBeenCalled();
    vi.advanceTimersByTime(5_000);
    expect(worker.removeOldExportFilesInWorker).toHaveBeenCalledTimes(1);
  });

  it('schedules nothing when the export fails', async () => {
    vi.useFakeTimers();
    worker.exportInWorker.mockRejectedValueOnce(new Error('The database could not be opened'));
    await expect(createMessengerNotesSource().exportNotes('jsonld', undefined, undefined)).rejects.toThrow('The database could not be opened');
    vi.advanceTimersByTime(KEEP_EXPORT_FILES_MS + 5_000);
    expect(worker.removeOldExportFilesInWorker).not.toHaveBeenCalled();
  });
});
