import type { Note, NoteDraft } from '../notes/note-types';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'quota';

export interface NoteSaverOptions {
  send: (draft: NoteDraft) => Promise<Note>;
  onStatus: (status: SaveStatus, error?: string) => void;
  onSaved?: (note: Note) => void;
  debounceMs?: number;
  retryMs?: number;
  maxRetryMs?: number;
}

function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text);
}

/**
 * Saves a note as the reader types: debounced, flushed on demand, acknowledged only when the background answers
 * (after its transaction commits), retried with backoff until it is. A newer edit made during a save is saved next.
 */
export class NoteSaver {
  private draft: NoteDraft | null = null;
  private version = 0;
  private savedVersion = 0;
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  private stopped = false;

  constructor(private readonly options: NoteSaverOptions) {}

  get dirty(): boolean {
    return this.version > this.savedVersion;
  }

  update(draft: NoteDraft): void {
    this.draft = draft;
    this.version++;
    this.options.onStatus('pending');
    this.schedule(this.options.debounceMs ?? 400);
  }

  /** Sends what is unsaved now; resolves when the background acknowledged it or the attempt failed. */
  async flush(): Promise<void> {
    this.clearTimer();
    if (this.inFlight) await this.inFlight;
    if (this.dirty) await this.saveNow();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
  }

  private schedule(ms: number): void {
    this.clearTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.saveNow();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private saveNow(): Promise<void> {
    if (this.inFlight || !this.draft || !this.dirty) return this.inFlight ?? Promise.resolve();
    const draft = this.draft;
    const version = this.version;
    this.options.onStatus('saving');
    this.inFlight = this.options
      .send(draft)
      .then(
        (note) => {
          this.failures = 0;
          this.savedVersion = Math.max(this.savedVersion, version);
          this.options.onSaved?.(note);
          if (!this.dirty) this.options.onStatus('saved');
        },
        (error: unknown) => {
          this.failures++;
          const quota = isQuotaError(error);
          this.options.onStatus(quota ? 'quota' : 'retrying', error instanceof Error ? error.message : String(error));
          if (this.stopped) return;
          const base = this.options.retryMs ?? 1000;
          this.schedule(Math.min(base * 2 ** (this.failures - 1), this.options.maxRetryMs ?? 15_000));
        },
      )
      .finally(() => {
        this.inFlight = null;
        if (this.dirty && this.failures === 0 && !this.stopped && this.timer === null) this.schedule(0);
      });
    return this.inFlight;
  }
}
