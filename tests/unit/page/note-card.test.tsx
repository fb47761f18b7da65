// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteCard, type NoteCardStore } from '../../../components/page/NoteCard';
import type { Note, NoteDraft } from '../../../utils/notes/note-types';
import type { CardSubject } from '../../../utils/page/card-protocol';

const subject: CardSubject = {
  noteId: 'n1',
  kind: 'statistic',
  details: { kind: 'statistic', text: 'More than 95%', source: 'DHS', qualifier: '>' },
  selectors: {
    quote: { type: 'TextQuoteSelector', exact: 'More than 95%', prefix: 'DHS). ', suffix: ' of the illegal' },
    position: { type: 'TextPositionSelector', start: 10, end: 23 },
  },
  page: { url: 'https://example.com/story' },
};

function toNote(d: NoteDraft): Note {
  const { page, ...rest } = d;
  return { ...rest, pageKey: page.url, pageUrl: page.url, pageTitle: null, site: null, created: 5, updated: 6 };
}

function fakeStore(existing: Note | null = null) {
  const saved: NoteDraft[] = [];
  const store: NoteCardStore & { saved: NoteDraft[] } = {
    saved,
    load: vi.fn(async () => existing),
    save: vi.fn(async (d: NoteDraft) => {
      saved.push(d);
      return toNote(d);
    }),
    remove: vi.fn(async () => existing ?? (saved.length ? toNote(saved.at(-1)!) : null)),
    restore: vi.fn(async (n: Note) => n),
  };
  return store;
}

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(async () => {
  // Unmount inside act and let Preact's after-paint work finish before jsdom goes away.
  await act(async () => render(null, host));
  await new Promise((r) => setTimeout(r, 50));
  host.remove();
});

async function mount(store: NoteCardStore, extra: Partial<CardSubject> = {}) {
  const events = { onSaved: vi.fn(), onDeleted: vi.fn(), onClose: vi.fn() };
  await act(async () => {
    render(<NoteCard subject={{ ...subject, ...extra }} store={store} {...events} />, host);
  });
  await vi.waitFor(() => expect(host.querySelector('textarea')!.disabled).toBe(false));
  return events;
}

async function typeInto(field: HTMLTextAreaElement | HTMLInputElement, value: string) {
  await act(async () => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const status = () => host.querySelector('[role="status"]')?.textContent;
const button = (name: string) => Array.from(host.querySelectorAll('button')).find((b) => b.textContent?.trim() === name || b.getAttribute('aria-label') === name)!;

describe('NoteCard', () => {
  it('shows the claim with its source and qualifier, and focuses the note field', async () => {
    await mount(fakeStore());
    expect(host.querySelector('.claim')!.textContent).toBe('More than 95%');
    expect(host.querySelector('.facts')!.textContent).toContain('DHS');
    expect(host.querySelector('.facts')!.textContent).toContain('more than');
    await vi.waitFor(() => expect(document.activeElement).toBe(host.querySelector('textarea')));
  });

  it('saves as the reader types and says Saved only once the store answered', async () => {
    const store = fakeStore();
    const events = await mount(store);
    await typeInto(host.querySelector('textarea')!, 'Which year does this cover?');
    expect(store.save).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(status()).toBe('Saved'), { timeout: 2000 });
    expect(store.saved.at(-1)).toMatchObject({ id: 'n1', kind: 'statistic', text: 'Which year does this cover?', selectors: subject.selectors });
    expect(events.onSaved).toHaveBeenCalledWith('n1');
  });

  it('sends the last keystrokes at once when closed with Escape', async () => {
    const store = fakeStore();
    const events = await mount(store);
    const field = host.querySelector('textarea')!;
    await typeInto(field, 'typed just before closing');
    await act(async () => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await vi.waitFor(() => expect(events.onClose).toHaveBeenCalled());
    expect(store.saved.at(-1)!.text).toBe('typed just before closing');
  });

  it('makes no note when the card is closed untouched', async () => {
    const store = fakeStore();
    const events = await mount(store);
    await act(async () => button('Close note').click());
    await vi.waitFor(() => expect(events.onClose).toHaveBeenCalled());
    expect(store.save).not.toHaveBeenCalled();
  });

  it('loads an existing note, saves verdicts and own tags', async () => {
    const existing = toNote({ id: 'n1', page: subject.page, kind: 'statistic', selectors: subject.selectors, text: 'old note', tags: ['transit'], verdict: null });
    const store = fakeStore(existing);
    await mount(store);
    expect(host.querySelector('textarea')!.value).toBe('old note');
    await act(async () => button('needs context').click());
    expect(button('needs context').getAttribute('aria-pressed')).toBe('true');
    const tagField = host.querySelector('input[aria-label="Add a tag"]') as HTMLInputElement;
    await typeInto(tagField, 'budget');
    await act(async () => {
      tagField.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await vi.waitFor(() => expect(store.saved.at(-1)).toMatchObject({ verdict: 'needs context', tags: ['transit', 'budget'], text: 'old note' }), { timeout: 2000 });
  });

  it('deletes a note and puts it back with Undo', async () => {
    const existing = toNote({ id: 'n1', page: subject.page, kind: 'statistic', selectors: subject.selectors, text: 'keep me', tags: [], verdict: 'verify' });
    const store = fakeStore(existing);
    const events = await mount(store);
    await act(async () => button('Delete note').click());
    await vi.waitFor(() => expect(events.onDeleted).toHaveBeenCalledWith('n1'));
    expect(host.textContent).toContain('Note deleted.');
    await act(async () => button('Undo').click());
    await vi.waitFor(() => expect(store.restore).toHaveBeenCalledWith(existing));
    expect(events.onSaved).toHaveBeenLastCalledWith('n1');
    expect(host.querySelector('textarea')).not.toBeNull();
  });

  it('says when a note was placed approximately, with the words it was written on', async () => {
    await mount(fakeStore(), { approximate: { originalQuote: 'More than 96%' } });
    expect(host.querySelector('.approximate')!.textContent).toContain('More than 96%');
  });
});
