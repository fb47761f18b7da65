import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExportWorkerMessage, ExportWorkerRequest } from '../../../components/notes/export-worker-protocol';
import { exportInWorker, removeOldExportFilesInWorker } from '../../../components/notes/worker-export';

/** A stand-in for the export worker: answers each request with the messages the test scripts. */
function installFakeWorker(answers: (request: ExportWorkerRequest) => (ExportWorkerMessage | 'crash')[]) {
  const made: { request: ExportWorkerRequest | null; terminated: boolean }[] = [];
  class FakeWorker {
    onmessage: ((event: MessageEvent<ExportWorkerMessage>) => void) | null = null;
    onerror: ((event: ErrorEvent) => void) | null = null;
    private readonly record = { request: null as ExportWorkerRequest | null, terminated: false };
    constructor() {
      made.push(this.record);
    }
    postMessage(request: ExportWorkerRequest) {
      this.record.request = request;
      queueMicrotask(() => {
        for (const answer of answers(request)) {
          if (answer === 'crash') this.onerror?.(Object.assign(new Event('error', { cancelable: true }), { message: 'Uncaught SyntaxError: nope' }) as ErrorEvent);
          else this.onmessage?.({ data: answer } as MessageEvent<ExportWorkerMessage>);
        }
      });
    }
    terminate() {
      this.record.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return made;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('exportInWorker', () => {
  it('asks for the format and query, reports progress and hands back the file, then ends the worker', async () => {
    const file = new Blob(['{"total":2}']);
    const made = installFakeWorker(() => [{ progress: 1 }, { progress: 2 }, { file }]);
    const progress: number[] = [];
    await expect(exportInWorker('csv', { tags: ['water'] }, (n) => progress.push(n))).resolves.toBe(file);
    expect(made).toHaveLength(1);
    expect(made[0]!.request).toMatchObject({ format: 'csv', query: { tags: ['water'] } });
    expect(progress).toEqual([1, 2]);
    expect(made[0]!.terminated).toBe(true);
  });

  it("rejects with the worker's own words when the export fails", async () => {
    const made = installFakeWorker(() => [{ error: 'The database could not be opened: QuotaExceededError' }]);
    await expect(exportInWorker('jsonld')).rejects.toThrow('The database could not be opened: QuotaExceededError');
    expect(made[0]!.terminated).toBe(true);
  });

  it('rejects, instead of waiting for ever, when the worker itself fails', async () => {
    const made = installFakeWorker(() => ['crash']);
    await expect(exportInWorker('markdown')).rejects.toThrow('Uncaught SyntaxError: nope');
    expect(made[0]!.terminated).toBe(true);
  });
});

describe('removeOldExportFilesInWorker', () => {
  /** A private file system holding one export file, last written `ageMs` ago. */
  const storageWithExportFileOfAge = (ageMs: number) => ({
    storage: {
      getDirectory: async () => ({
        async *values() {
          yield { kind: 'file', name: 'newsmark-export-1', getFile: async () => ({ lastModified: Date.now() - ageMs }) };
        },
      }),
    },
  });

  it('starts no worker when no export file is old enough', async () => {
    vi.stubGlobal('navigator', storageWithExportFileOfAge(60_000));
    const made = installFakeWorker(() => [{ removed: 1 }]);
    await expect(removeOldExportFilesInWorker()).resolves.toBe(0);
    expect(made).toHaveLength(0);
  });

  it('asks a worker to remove the old files (only a worker can empty them first), then ends it', async () => {
    vi.stubGlobal('navigator', storageWithExportFileOfAge(11 * 60_000));
    const made = installFakeWorker(() => [{ removed: 1 }]);
    await expect(removeOldExportFilesInWorker()).resolves.toBe(1);
    expect(made).toHaveLength(1);
    expect(made[0]!.request).toEqual({ removeFilesOlderThanMs: 10 * 60_000 });
    expect(made[0]!.terminated).toBe(true);
  });
});
