/** What a reader is told when the browser refuses to store more: shown on the note card, never swallowed. */
export const STORAGE_FULL_MESSAGE =
  'Newsmark could not save: the browser has no storage space left for it. ' +
  'Free some disk space or delete old notes, then save again. Nothing was changed.';

export class StorageFullError extends Error {
  override name = 'StorageFullError';
  /** `cause` is a plain string: this error crosses the message channel, and Dexie's errors do not serialise. */
  constructor(cause?: string) {
    super(STORAGE_FULL_MESSAGE, cause ? { cause } : undefined);
  }
}

/** True for IndexedDB's quota error, raw or as Dexie wraps it (Dexie.QuotaExceededError, or inside an AbortError). */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const name = (current as { name?: unknown }).name;
    if (name === 'QuotaExceededError' || name === 'StorageFullError') return true;
    current = (current as { inner?: unknown; cause?: unknown }).inner ?? (current as { cause?: unknown }).cause;
  }
  return false;
}

/** Runs a store write; a quota error comes back as a StorageFullError with a message a reader understands. */
export async function withQuotaMessage<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof StorageFullError) throw error;
    if (isQuotaError(error)) throw new StorageFullError(String(error));
    throw error;
  }
}
