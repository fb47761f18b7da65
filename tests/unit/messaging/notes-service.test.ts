import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { messengerImportTransport } from '../../../components/notes/messenger-notes-source';
import { notesMessenger } from '../../../utils/messaging/protocol';
import { registerNotesService } from '../../../utils/background/notes-service';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportStore } from '../../../utils/notes/export/export-store';
import { importInBatches } from '../../../utils/notes/import/import-in-batches';
import { STORAGE_FULL_MESSAGE } from '../../../utils/notes/storage-errors';
import { makeDraft } from '../notes/note-factory';

let db: NotesDatabase;
let unregister: () => void;
let dbCount = 0;

beforeEach(() => {
  db = new NotesDatabase(`service-test-${++dbCount}`);
  unregister = registerNotesService(db);
});

afterEach(async () => {
  unregister();
  vi.restoreAllMocks();
  db.close();
  await db.delete();
});

/** What a sender that bypasses the typed messenger gets back. */
async function rawAnswer(message: unknown): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

describe('notes service through the message channel', () => {
  it('saves a note and answers only after the transaction committed', async () => {
    const draft = makeDraft();
    const saved = await notesMessenger.sendMessage('saveNote', draft);
    expect(saved).toMatchObject({ id: draft.id, text: draft.text, pageKey: 'https://www.example-news.com/local/plant-vote' });
    // A second connection sees the note the moment the answer arrives: it is committed, not pending.
    const other = new NotesDatabase(db.name);
    expect(await other.notes.get(draft.id)).toMatchObject({ text: draft.text });
    other.close();
    expect(await notesMessenger.sendMessage('listPageNotes', { url: 'https://www.example-news.com/local/plant-vote#x' })).toEqual([saved]);
  });

  it('answers a retried save with the same note and stores it once', async () => {
    const draft = makeDraft();
    const [a, b] = await Promise.all([notesMessenger.sendMessage('saveNote', draft), notesMessenger.sendMessage('saveNote', draft)]);
    expect(a.id).toBe(b.id);
    expect(await db.notes.count()).toBe(1);
  });

  it('edits, deletes and restores, and lists sites, tags and stats', async () => {
    const saved = await notesMessenger.sendMessage('saveNote', makeDraft({ tags: ['water', 'budget'] }));
    expect(await notesMessenger.sendMessage('updateNote', { id: saved.id, verdict: 'confirmed' })).toMatchObject({ verdict: 'confirmed' });
    expect(await notesMessenger.sendMessage('listTags', undefined)).toEqual(['budget', 'water']);
    expect(await notesMessenger.sendMessage('listSites', undefined)).toEqual(['example-news.com']);
    expect(await notesMessenger.sendMessage('getStats', undefined)).toEqual({ notes: 1, pages: 1 });
    const deleted = await notesMessenger.sendMessage('deleteNote', saved.id);
    expect(deleted?.verdict).toBe('confirmed');
    expect(await notesMessenger.sendMessage('restoreNote', deleted!)).toEqual(deleted);
    expect(await notesMessenger.sendMessage('searchNotes', { text: 'utility' })).toEqual([deleted]);
  });

  it('imports through the service, idempotently, what the library exports from the store', async () => {
    await notesMessenger.sendMessage('saveNote', makeDraft());
    await notesMessenger.sendMessage('saveNote', makeDraft({ quote: 'voted 6-3' }));
    // The library's export worker reads the database itself; here, the service's.
    const file = await (await exportStore(db, 'jsonld')).text();
    expect(JSON.parse(file)).toMatchObject({ type: 'AnnotationCollection', total: 2 });
    expect(await (await exportStore(db, 'csv', { query: { text: '6' } })).text()).toMatch(/voted 6-3/);
    expect(await importInBatches(messengerImportTransport, file)).toEqual({ added: 0, unchanged: 2, updated: 0 });
    await db.notes.clear();
    expect(await importInBatches(messengerImportTransport, file)).toEqual({ added: 2, unchanged: 0, updated: 0 });
  });
});

describe('invalid and unknown messages', () => {
  it('rejects a draft with wrong or missing fields, naming the field', async () => {
    const { id: _id, ...withoutId } = makeDraft();
    await expect(notesMessenger.sendMessage('saveNote', withoutId as never)).rejects.toThrow(/Invalid saveNote message: at id: /);
    await expect(notesMessenger.sendMessage('saveNote', { ...makeDraft(), kind: 'rumour' } as never)).rejects.toThrow(/at kind: /);
    await expect(notesMessenger.sendMessage('saveNote', { ...makeDraft(), page: { url: 'javascript:alert(1)' } })).rejects.toThrow(
      /at page.url: must be an http\(s\) URL/,
    );
    await expect(notesMessenger.sendMessage('saveNote', { ...makeDraft(), text: 'x'.repeat(1_000_000) })).rejects.toThrow(/at text: /);
    await expect(notesMessenger.sendMessage('deleteNote', 42 as never)).rejects.toThrow(/Invalid deleteNote message/);
    await expect(notesMessenger.sendMessage('searchNotes', { limit: -1 })).rejects.toThrow(/at limit: /);
    await expect(notesMessenger.sendMessage('searchNotePage', { kind: 'rumour' } as never)).rejects.toThrow(/at kind: /);
    await expect(notesMessenger.sendMessage('stageImport', { not: 'a batch' } as never)).rejects.toThrow(/Invalid stageImport message/);
    expect(await db.notes.count()).toBe(0);
  });

  it('answers raw malformed and unknown messages with an error and keeps working', async () => {
    expect(await rawAnswer('hello')).toMatchObject({ err: { message: expect.stringMatching(/expected an object, got string/) } });
    expect(await rawAnswer(null)).toMatchObject({ err: { message: expect.stringMatching(/got null/) } });
    expect(await rawAnswer({ hello: 'world' })).toMatchObject({ err: { message: expect.stringMatching(/needs a string `type`/) } });
    expect(await rawAnswer({ type: 'dropAllTables', timestamp: Date.now(), data: {} })).toMatchObject({
      err: { message: expect.stringMatching(/does not know the message "dropAllTables"/) },
    });
    expect(await rawAnswer({ type: 'saveNote', timestamp: Date.now(), id: 1, data: { id: '<script>' } })).toMatchObject({
      err: { message: expect.stringMatching(/Invalid saveNote message/) },
    });
    for (const inherited of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(await rawAnswer({ type: inherited, timestamp: Date.now() })).toMatchObject({ err: { message: expect.stringMatching(/does not know/) } });
    }
    // Still alive and serving.
    expect(await notesMessenger.sendMessage('saveNote', makeDraft())).toHaveProperty('id');
  });

  it('passes a storage quota error to the sender with a message a reader understands', async () => {
    vi.spyOn(db.notes, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = notesMessenger.sendMessage('saveNote', makeDraft());
    await expect(failure).rejects.toThrow(STORAGE_FULL_MESSAGE);
    await expect(failure).rejects.toMatchObject({ name: 'StorageFullError' });
    expect(await db.notes.count()).toBe(0);
  });
});
