import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Note, NoteDraft } from '../../../utils/notes/note-types';
import { NoteSaver, type SaveStatus } from '../../../utils/page/note-saver';

function draft(text: string): NoteDraft {
  return {
    id: 'n1',
    page: { url: 'https://example.com/a' },
    kind: 'quote',
    selectors: { quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 1 } },
    text,
    tags: [],
    verdict: null,
  };
}

function asNote(d: NoteDraft): Note {
  const { page, ...rest } = d;
  return { ...rest, pageKey: page.url, pageUrl: page.url, pageTitle: null, site: null, created: 1, updated: 1 };
}

describe('NoteSaver', () => {
  let statuses: SaveStatus[];
  beforeEach(() => {
    vi.useFakeTimers();
    statuses = [];
  });
  afterEach(() => vi.useRealTimers());

  it('debounces typing into one save and reports Saved only after the answer', async () => {
    let resolve!: (n: Note) => void;
    const send = vi.fn((d: NoteDraft) => new Promise<Note>((r) => (resolve = () => r(asNote(d)))));
    const saver = new NoteSaver({ send, onStatus: (s) => statuses.push(s), debounceMs: 300 });
    saver.update(draft('a'));
    saver.update(draft('ab'));
    saver.update(draft('abc'));
    await vi.advanceTimersByTimeAsync(299);
    expect(send).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].text).toBe('abc');
    expect(statuses.at(-1)).toBe('saving');
    resolve(asNote(draft('abc')));
    await vi.advanceTimersByTimeAsync(0);
    expect(statuses.at(-1)).toBe('saved');
    expect(saver.dirty).toBe(false);
  });

  it('flush sends at once without waiting for the debounce', async () => {
    const send = vi.fn(async (d: NoteDraft) => asNote(d));
    const saver = new NoteSaver({ send, onStatus: (s) => statuses.push(s), debounceMs: 10_000 });
    saver.update(draft('last keystroke'));
    await saver.flush();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].text).toBe('last keystroke');
    expect(statuses.at(-1)).toBe('saved');
  });

  it('saves an edit made while a save was in flight, after it', async () => {
    const resolvers: (() => void)[] = [];
    const send = vi.fn((d: NoteDraft) => new Promise<Note>((r) => resolvers.push(() => r(asNote(d)))));
    const saver = new NoteSaver({ send, onStatus: (s) => statuses.push(s), debounceMs: 100 });
    saver.update(draft('one'));
    await vi.advanceTimersByTimeAsync(100);
    saver.update(draft('one two'));
    resolvers[0]!();
    await vi.advanceTimersByTimeAsync(200);
    expect(send).toHaveBeenCalledTimes(2);
    expect(send.mock.calls[1]![0].text).toBe('one two');
    resolvers[1]!();
    await vi.advanceTimersByTimeAsync(0);
    expect(saver.dirty).toBe(false);
  });

  it('retries a failed save with backoff and says so', async () => {
    let fail = 2;
    const send = vi.fn(async (d: NoteDraft) => {
      if (fail-- > 0) throw new Error('Could not establish connection. Receiving end does not exist.');
      return asNote(d);
    });
    const saver = new NoteSaver({ send, onStatus: (s) => statuses.push(s), debounceMs: 10, retryMs: 1000 });
    saver.update(draft('keep me'));
    await vi.advanceTimersByTimeAsync(10);
    expect(statuses.at(-1)).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(statuses.at(-1)).toBe('retrying');
    await vi.advanceTimersByTimeAsync(1999);
    expect(send).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(send).toHaveBeenCalledTimes(3);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('shows a quota error instead of swallowing it', async () => {
    const send = vi.fn(async () => {
      throw Object.assign(new Error('QuotaExceededError: the storage is full'), { name: 'QuotaExceededError' });
    });
    const errors: string[] = [];
    const saver = new NoteSaver({ send, onStatus: (s, e) => { statuses.push(s); if (e) errors.push(e); }, debounceMs: 10 });
    saver.update(draft('big'));
    await vi.advanceTimersByTimeAsync(10);
    expect(statuses.at(-1)).toBe('quota');
    expect(errors[0]).toMatch(/storage is full/);
    saver.stop();
  });
});
