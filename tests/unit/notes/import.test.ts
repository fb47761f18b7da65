import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportWebAnnotations } from '../../../utils/notes/export/web-annotation';
import { checkImportFileSize, MAX_IMPORT_FILE_BYTES, parseExportInSlices } from '../../../utils/notes/import/parse-export';
import { saveNote } from '../../../utils/notes/note-store';
import { searchNotes } from '../../../utils/notes/note-search';
import { importThroughStaging } from './import-through-staging';
import { makeDraft } from './note-factory';

let db: NotesDatabase;
let dbCount = 0;

beforeEach(async () => {
  db = new NotesDatabase(`import-test-${++dbCount}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function exportAll(): Promise<string> {
  return exportWebAnnotations(await searchNotes(db, {}));
}

describe('import through staging, as the library runs it', () => {
  it('is idempotent: importing the same file twice adds nothing the second time', async () => {
    await saveNote(db, makeDraft(), 1000);
    await saveNote(db, makeDraft({ quote: 'voted 6-3' }), 2000);
    const file = await exportAll();
    await db.notes.clear();
    await db.pages.clear();
    expect(await importThroughStaging(db, file, 1)).toEqual({ added: 2, unchanged: 0, updated: 0 });
    expect(await importThroughStaging(db, file, 1)).toEqual({ added: 0, unchanged: 2, updated: 0 });
    expect(await db.notes.count()).toBe(2);
    expect(await db.pages.count()).toBe(1);
  });

  it('takes a newer edit of a stored note from the file and leaves an older one alone', async () => {
    const draft = makeDraft();
    await saveNote(db, draft, 1000);
    const old = await exportAll();
    await saveNote(db, { ...draft, text: 'Edited later' }, 5000);
    const newer = await exportAll();
    expect(await importThroughStaging(db, old)).toEqual({ added: 0, unchanged: 1, updated: 0 });
    expect((await db.notes.get(draft.id))?.text).toBe('Edited later');
    await db.notes.update(draft.id, { text: 'Stale', updated: 2000 });
    expect(await importThroughStaging(db, newer)).toEqual({ added: 0, unchanged: 0, updated: 1 });
    expect((await db.notes.get(draft.id))?.text).toBe('Edited later');
  });

  it('imports all or nothing: one broken annotation leaves the store untouched', async () => {
    await saveNote(db, makeDraft(), 1000);
    await saveNote(db, makeDraft({ quote: 'voted 6-3' }), 2000);
    const data = JSON.parse(await exportAll());
    await db.notes.clear();
    data.first.items[1].target.selector[1].start = 'twelve';
    // Batches of one: the good first note is not sent either, as the whole file is checked before any batch.
    await expect(importThroughStaging(db, JSON.stringify(data), 1)).rejects.toThrow(
      /not a valid Newsmark JSON-LD export: at first\.items\.1\.target\.selector\.1\.start: .*Nothing was imported/,
    );
    expect(await db.notes.count()).toBe(0);
  });

  it('takes an annotation without a body (a bare highlight, as the Web Annotation model allows) as a note without text', async () => {
    await saveNote(db, makeDraft({ text: '', tags: [] }), 1000);
    const data = JSON.parse(await exportAll());
    delete data.first.items[0].body;
    await db.notes.clear();
    expect(await importThroughStaging(db, JSON.stringify(data))).toMatchObject({ added: 1 });
    const [stored] = await db.notes.toArray();
    expect(stored).toMatchObject({ text: '', tags: [], verdict: null });
  });

  it('stores markup and script in every field as plain text', async () => {
    const hostile = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';
    await saveNote(db, makeDraft({ text: hostile, tags: [hostile], quote: 'voted 6-3', page: { url: 'https://evil.example/<script>', title: hostile } }), 1000);
    const data = JSON.parse(await exportAll());
    const annotation = data.first.items[0];
    annotation.target.selector[0].exact = hostile;
    annotation.target.selector[0].prefix = hostile;
    annotation['newsmark:site'] = hostile;
    await db.notes.clear();
    await importThroughStaging(db, JSON.stringify(data));
    const [stored] = await db.notes.toArray();
    expect(stored).toMatchObject({ text: hostile, tags: [hostile], pageTitle: hostile, site: hostile });
    expect(stored!.selectors.quote).toMatchObject({ exact: hostile, prefix: hostile });
    expect(stored!.pageUrl).toBe('https://evil.example/%3Cscript%3E');
  });
});

describe('parseExportInSlices: clear messages for broken and hostile files', () => {
  it('says when the file is not JSON', async () => {
    await expect(parseExportInSlices('<html><body>not an export</body></html>')).rejects.toThrow(/^This file is not JSON/);
    await expect(parseExportInSlices('')).rejects.toThrow(/not JSON/);
  });

  it('says when the JSON is not a Newsmark export, and where', async () => {
    await expect(parseExportInSlices('[1, 2, 3]')).rejects.toThrow(/not a valid Newsmark JSON-LD export/);
    await expect(parseExportInSlices('{"type": "Playlist"}')).rejects.toThrow(/at type: must be "AnnotationCollection"/);
    const wrong = { type: 'AnnotationCollection', first: { items: [{ id: 'urn:uuid:1', type: 'Annotation', created: 'yesterday', target: { source: 'ftp://x', selector: [] } }] } };
    const message = await parseExportInSlices(JSON.stringify(wrong)).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(message).toMatch(/at first\.items\.0\.created: must be a date/);
    expect(message).toMatch(/at first\.items\.0\.target\.source: must be an http\(s\) URL/);
    expect(message).toMatch(/at first\.items\.0\.target\.selector: needs a TextQuoteSelector and a TextPositionSelector/);
  });

  it('refuses a 200 MB file before parsing it, naming its size and the limit', async () => {
    expect(() => checkImportFileSize(MAX_IMPORT_FILE_BYTES)).not.toThrow();
    // Not valid JSON at all, yet the size is what is reported: nothing was parsed.
    await expect(parseExportInSlices('x'.repeat(200 * 1024 * 1024))).rejects.toThrow(
      /^This file is 200\.0 MB, too large to import \(the limit is 160\.0 MB\)/,
    );
  });

  it('refuses a file that holds the same note twice', async () => {
    await saveNote(db, makeDraft(), 1000);
    const data = JSON.parse(await exportAll());
    data.first.items.push(data.first.items[0]);
    await expect(parseExportInSlices(JSON.stringify(data))).rejects.toThrow(/holds note .* twice \(items 0 and 1\)/);
  });

  it('refuses an annotation id that is not one of ours and a verdict Newsmark does not have', async () => {
    const base = { type: 'AnnotationCollection', first: { items: [] as unknown[] } };
    const annotation = {
      id: 'javascript:alert(1)',
      type: 'Annotation',
      created: '2026-03-14T09:30:00.000Z',
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'pants on fire' }],
      target: { source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
    };
    base.first.items.push(annotation);
    await expect(parseExportInSlices(JSON.stringify(base))).rejects.toThrow(/at first\.items\.0\.id: must be a Newsmark note id/);
    await expect(parseExportInSlices(JSON.stringify(base))).rejects.toThrow(/at first\.items\.0\.body\.0\.value/);
  });
});
