import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { messengerImportTransport } from '../../../components/notes/messenger-notes-source';
import { registerNotesService } from '../../../utils/background/notes-service';
import { notesMessenger } from '../../../utils/messaging/protocol';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportStore } from '../../../utils/notes/export/export-store';
import { importInBatches, type StagedImportTransport } from '../../../utils/notes/import/import-in-batches';
import { ImportStaging } from '../../../utils/notes/import/import-staging';
import { checkImportFileSize, MAX_IMPORT_FILE_BYTES, parseExportInSlices } from '../../../utils/notes/import/parse-export';
import type { Note } from '../../../utils/notes/note-types';
import { saveNote } from '../../../utils/notes/note-store';
import { searchNotes } from '../../../utils/notes/note-search';
import { ARTICLE_TEXT, makeDraft } from './note-factory';

/**
 * Imports too large for one message, end to end in Node: the library's side (parse, check, batches) talks to
 * the background's notes service through the (fake) runtime messaging, as in the extension.
 */

let db: NotesDatabase;
let unregister: () => void;
let dbCount = 0;

beforeEach(() => {
  db = new NotesDatabase(`staged-import-${++dbCount}`);
  unregister = registerNotesService(db);
});

afterEach(async () => {
  unregister();
  vi.useRealTimers();
  db.close();
  await db.delete();
});

const QUOTES = ['voted 6-3', 'more than $41 million', 'Nobody has shown us the numbers', 'Eastside water treatment plant'];

/** `count` notes on `count / 4` pages, saved as the note card saves them. */
async function fillStore(count: number): Promise<Note[]> {
  for (let i = 0; i < count; i++) {
    const page = Math.floor(i / 4);
    await saveNote(
      db,
      makeDraft({ quote: QUOTES[i % 4], text: `Note ${i} <script>alert(${i})</script>`, page: { url: `https://www.example-news.com/story-${page}?utm_source=x`, title: `Story ${page}` } }),
      Date.UTC(2026, 5, 1) + i * 1000,
    );
  }
  return byId(await searchNotes(db, {}));
}

const byId = (notes: Note[]) => [...notes].sort((a, b) => (a.id < b.id ? -1 : 1));

async function exportFile(): Promise<string> {
  return (await exportStore(db, 'jsonld')).text();
}

async function wipe() {
  await db.notes.clear();
  await db.pages.clear();
}

describe('staged import through the notes service', () => {
  it('gives back the same notes after export, wipe and import in many batches, and is idempotent', async () => {
    const before = await fillStore(23);
    const file = await exportFile();
    await wipe();
    const stage = vi.spyOn(messengerImportTransport, 'stage');
    expect(await importInBatches(messengerImportTransport, file, undefined, 5)).toEqual({ added: 23, unchanged: 0, updated: 0 });
    expect(stage).toHaveBeenCalledTimes(5);
    expect(byId(await searchNotes(db, {}))).toEqual(before);
    expect(await importInBatches(messengerImportTransport, file, undefined, 5)).toEqual({ added: 0, unchanged: 23, updated: 0 });
    expect(await db.notes.count()).toBe(23);
  });

  it('stores nothing when a later batch is refused by the background', async () => {
    await fillStore(12);
    const file = await exportFile();
    await wipe();
    let batches = 0;
    let importId = '';
    const transport: StagedImportTransport = {
      ...messengerImportTransport,
      begin: async () => (importId = await messengerImportTransport.begin()),
      stage: (id, notes) => {
        batches += 1;
        // A sender that skips the library's checks: the third batch carries a script URL.
        const sent = batches === 3 ? notes.map((note, i) => (i === 1 ? { ...note, pageUrl: 'javascript:alert(1)' } : note)) : notes;
        return messengerImportTransport.stage(id, sent);
      },
    };
    await expect(importInBatches(transport, file, undefined, 4)).rejects.toThrow(/Invalid stageImport message: at notes\.1\.pageUrl: must be an http\(s\) URL/);
    expect(batches).toBe(3);
    expect(await db.notes.count()).toBe(0);
    // The staged import was dropped: committing it now stores nothing.
    await expect(notesMessenger.sendMessage('commitImport', importId)).rejects.toThrow(/no longer open/);
    expect(await db.notes.count()).toBe(0);
  });

  it('stores nothing when the library page goes away before committing (abort, or the import expires)', async () => {
    await fillStore(6);
    const notes = await parseExportInSlices(await exportFile());
    await wipe();
    const closed = await messengerImportTransport.begin();
    expect(await messengerImportTransport.stage(closed, notes.slice(0, 3))).toBe(3);
    expect(await messengerImportTransport.abort(closed)).toBe(true);
    await expect(messengerImportTransport.commit(closed)).rejects.toThrow(/no longer open/);

    vi.useFakeTimers();
    const staging = new ImportStaging(60_000);
    const forgotten = staging.begin();
    staging.add(forgotten, notes);
    vi.advanceTimersByTime(30_000);
    staging.add(forgotten, []); // still open: each batch restarts the clock
    vi.advanceTimersByTime(60_001);
    expect(staging.openImports).toBe(0);
    await expect(staging.commit(db, forgotten)).rejects.toThrow(/no longer open/);
    expect(await db.notes.count()).toBe(0);
  });

  it('refuses a note id sent twice across batches, and stores nothing', async () => {
    await fillStore(4);
    const notes = await parseExportInSlices(await exportFile());
    await wipe();
    const importId = await messengerImportTransport.begin();
    await messengerImportTransport.stage(importId, notes.slice(0, 3));
    await expect(messengerImportTransport.stage(importId, notes.slice(2))).rejects.toThrow(new RegExp(`holds note ${notes[2]!.id} twice`));
    await expect(messengerImportTransport.commit(importId)).rejects.toThrow(/no longer open/);
    expect(await db.notes.count()).toBe(0);
  });
});

describe('checking a large file in the library', () => {
  it('names the item and field that is wrong, counted from the start of the file', async () => {
    await fillStore(1);
    const data = JSON.parse(await exportFile());
    const item = data.first.items[0];
    data.first.items = Array.from({ length: 2500 }, (_, i) => ({ ...item, id: `urn:newsmark:note:n${i}` }));
    data.first.items[2042] = { ...item, id: 'urn:newsmark:note:bad', target: { ...item.target, source: 42 } };
    await expect(parseExportInSlices(JSON.stringify(data))).rejects.toThrow(
      /not a valid Newsmark JSON-LD export: at first\.items\.2042\.target\.source: Invalid type: Expected string but received 42\. Nothing was imported/,
    );
  });

  it('says plainly when a file is not JSON, not a collection, or too large', async () => {
    await expect(parseExportInSlices('<html><script>alert(1)</script>')).rejects.toThrow(/This file is not JSON, so it is not a Newsmark export/);
    await expect(parseExportInSlices('{"type":"AnnotationPage","first":{"items":[]}}')).rejects.toThrow(/at type: must be "AnnotationCollection"/);
    await expect(parseExportInSlices('{"type":"AnnotationCollection","first":{"items":{}}}')).rejects.toThrow(/at first\.items: /);
    expect(() => checkImportFileSize(MAX_IMPORT_FILE_BYTES + 1)).toThrow(/too large to import \(the limit is 160\.0 MB\)/);
    expect(() => checkImportFileSize(100 * 1024 * 1024)).not.toThrow();
  });

  it('keeps markup in every field as text', async () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(document.cookie)</script>';
    await saveNote(db, makeDraft({ text: hostile, tags: [hostile], verdict: null, page: { url: 'https://evil.example/a?q=<script>', title: hostile } }), 1000);
    const file = await exportFile();
    await wipe();
    await importInBatches(messengerImportTransport, file);
    const [note] = await searchNotes(db, {});
    expect(note).toMatchObject({ text: hostile, tags: [hostile], pageTitle: hostile });
    expect(ARTICLE_TEXT).toContain(note!.selectors.quote.exact);
  });
});
