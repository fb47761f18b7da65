import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { NotesDatabase } from '../../../utils/notes/database';
import { exportWebAnnotations } from '../../../utils/notes/export/web-annotation';
import { importNotes } from '../../../utils/notes/import/import-notes';
import { checkImportSize, MAX_IMPORT_BYTES, parseExport } from '../../../utils/notes/import/parse-export';
import { saveNote } from '../../../utils/notes/note-store';
import { searchNotes } from '../../../utils/notes/note-search';
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

describe('importNotes', () => {
  it('is idempotent: importing the same file twice adds nothing the second time', async () => {
    await saveNote(db, makeDraft(), 1000);
    await saveNote(db, makeDraft({ quote: 'voted 6-3' }), 2000);
    const file = await exportAll();
    await db.notes.clear();
    await db.pages.clear();
    expect(await importNotes(db, file)).toEqual({ added: 2, unchanged: 0, updated: 0 });
    expect(await importNotes(db, file)).toEqual({ added: 0, unchanged: 2, updated: 0 });
    expect(await db.notes.count()).toBe(2);
    expect(await db.pages.count()).toBe(1);
  });

  it('takes a newer edit of a stored note from the file and leaves an older one alone', async () => {
    const draft = makeDraft();
    await saveNote(db, draft, 1000);
    const old = await exportAll();
    await saveNote(db, { ...draft, text: 'Edited later' }, 5000);
    const newer = await exportAll();
    expect(await importNotes(db, old)).toEqual({ added: 0, unchanged: 1, updated: 0 });
    expect((await db.notes.get(draft.id))?.text).toBe('Edited later');
    await db.notes.update(draft.id, { text: 'Stale', updated: 2000 });
    expect(await importNotes(db, newer)).toEqual({ added: 0, unchanged: 0, updated: 1 });
    expect((await db.notes.get(draft.id))?.text).toBe('Edited later');
  });

  it('imports all or nothing: one broken annotation leaves the store untouched', async () => {
    await saveNote(db, makeDraft(), 1000);
    await saveNote(db, makeDraft({ quote: 'voted 6-3' }), 2000);
    const data = JSON.parse(await exportAll());
    await db.notes.clear();
    data.first.items[1].target.selector[1].start = 'twelve';
    await expect(importNotes(db, JSON.stringify(data))).rejects.toThrow(
      /not a valid Newsmark JSON-LD export: at first\.items\.1\.target\.selector\.1\.start: .*Nothing was imported/,
    );
    expect(await db.notes.count()).toBe(0);
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
    await importNotes(db, JSON.stringify(data));
    const [stored] = await db.notes.toArray();
    expect(stored).toMatchObject({ text: hostile, tags: [hostile], pageTitle: hostile, site: hostile });
    expect(stored!.selectors.quote).toMatchObject({ exact: hostile, prefix: hostile });
    expect(stored!.pageUrl).toBe('https://evil.example/%3Cscript%3E');
  });
});

describe('parseExport: clear messages for broken and hostile files', () => {
  it('says when the file is not JSON', () => {
    expect(() => parseExport('<html><body>not an export</body></html>')).toThrow(/^This file is not JSON/);
    expect(() => parseExport('')).toThrow(/not JSON/);
  });

  it('says when the JSON is not a Newsmark export, and where', () => {
    expect(() => parseExport('[1, 2, 3]')).toThrow(/not a valid Newsmark JSON-LD export/);
    expect(() => parseExport('{"type": "Playlist"}')).toThrow(/at type: must be "AnnotationCollection"/);
    const wrong = { type: 'AnnotationCollection', first: { items: [{ id: 'urn:uuid:1', type: 'Annotation', created: 'yesterday', target: { source: 'ftp://x', selector: [] } }] } };
    const message = (() => {
      try {
        parseExport(JSON.stringify(wrong));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    })();
    expect(message).toMatch(/at first\.items\.0\.created: must be a date/);
    expect(message).toMatch(/at first\.items\.0\.target\.source: must be an http\(s\) URL/);
    expect(message).toMatch(/at first\.items\.0\.target\.selector: needs a TextQuoteSelector and a TextPositionSelector/);
  });

  it('refuses a 100 MB file before parsing it, naming its size and the limit', () => {
    expect(() => checkImportSize(100 * 1024 * 1024)).toThrow(/This file is 100\.0 MB, too large to import \(the limit is 20\.0 MB\)/);
    expect(() => checkImportSize(MAX_IMPORT_BYTES)).not.toThrow();
    // Not valid JSON at all, yet the size is what is reported: nothing was parsed.
    expect(() => parseExport('x'.repeat(MAX_IMPORT_BYTES + 1))).toThrow(/too large to import/);
  });

  it('refuses a file that holds the same note twice', async () => {
    await saveNote(db, makeDraft(), 1000);
    const data = JSON.parse(await exportAll());
    data.first.items.push(data.first.items[0]);
    expect(() => parseExport(JSON.stringify(data))).toThrow(/holds note .* twice \(items 0 and 1\)/);
  });

  it('refuses an annotation id that is not one of ours and a verdict Newsmark does not have', () => {
    const base = { type: 'AnnotationCollection', first: { items: [] as unknown[] } };
    const annotation = {
      id: 'javascript:alert(1)',
      type: 'Annotation',
      created: '2026-03-14T09:30:00.000Z',
      body: [{ type: 'TextualBody', purpose: 'assessing', value: 'pants on fire' }],
      target: { source: 'https://example.org/a', selector: [{ type: 'TextQuoteSelector', exact: 'a' }, { type: 'TextPositionSelector', start: 0, end: 1 }] },
    };
    base.first.items.push(annotation);
    expect(() => parseExport(JSON.stringify(base))).toThrow(/at first\.items\.0\.id: must be a Newsmark note id/);
    expect(() => parseExport(JSON.stringify(base))).toThrow(/at first\.items\.0\.body\.0\.value/);
  });
});
