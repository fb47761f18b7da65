import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchExtensionBrowser, type ExtensionBrowser, type TestPage } from './harness/extension-browser';
import { captureExports, capturedExports, chooseFile, selectOption, sendToBackground, until } from './library-helpers';
import { exportNotes } from '../../utils/notes/export/export-notes';
import { CLAIM_KINDS, VERDICTS, type ExportFormat, type Note, type NotesStats } from '../../utils/notes/note-types';

/**
 * A collection larger than one import batch, through the library's own buttons: a JSON-LD file of 6,000 notes
 * is imported (in batches, committed at once), then exported in every format (by the library's export worker,
 * which reads the store in slices at once) and compared, byte for
 * byte, with what the one-shot export writes for the same notes. Also the hostile files of issue 6: 100 MB of
 * junk and a file over the size limit, each refused with a clear message and nothing lost.
 */

const NOTE_COUNT = 6000;
/** One page holds 2,600 notes, spread over every slice the store is read in: it must still come out whole. */
const BIG_PAGE_NOTES = 2600;

function generatedNotes(): Note[] {
  return Array.from({ length: NOTE_COUNT }, (_, i) => {
    const page = i < BIG_PAGE_NOTES ? 0 : 1 + (i % 340);
    const url = `https://news-${page % 7}.example/story/${page}`;
    const exact = `Quote ${i}: the council said <b>"${i % 13} percent"</b> & more`;
    const created = Date.UTC(2026, 0, 1) + i * 61_000;
    return {
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      kind: CLAIM_KINDS[i % CLAIM_KINDS.length]!,
      selectors: {
        quote: { type: 'TextQuoteSelector', exact, prefix: 'Before it, ', suffix: ' and after.' },
        position: { type: 'TextPositionSelector', start: i * 7, end: i * 7 + exact.length },
      },
      text: i % 5 === 0 ? '' : `Note ${i} <script>alert(${i})</script>, "=SUM(A1)"\nsecond line`,
      tags: i % 3 === 0 ? ['budget', `tag-${i % 11}`] : [],
      verdict: i % 4 === 0 ? null : VERDICTS[i % VERDICTS.length]!,
      pageKey: url,
      pageUrl: url,
      pageTitle: page % 9 === 0 ? null : `Story ${page} [council] *budget*`,
      site: `news-${page % 7}.example`,
      created,
      updated: created + (i % 17) * 1000,
    };
  });
}

const exportOrder = (notes: Note[]) => [...notes].sort((a, b) => (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : a.id < b.id ? -1 : 1));

describe.each(BROWSERS)('%s: export and import at scale', (name) => {
  let browser: ExtensionBrowser;
  let library: TestPage;
  const files = mkdtempSync(join(tmpdir(), 'newsmark-scale-'));
  const notes = generatedNotes();

  beforeAll(async () => {
    browser = await launchExtensionBrowser(name);
    library = await browser.openLibrary();
    await library.waitFor('.nm-empty');
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(files, { recursive: true, force: true });
  });

  const outcome = () => library.texts('.nm-transfer__outcome');
  const stats = () => sendToBackground<NotesStats>(library, 'getStats', undefined);

  it('imports a 6,000-note export in one go, then exports it again byte for byte in every format', async () => {
    const file = join(files, 'big.jsonld');
    writeFileSync(file, exportNotes(notes, 'jsonld', Date.UTC(2026, 5, 1)));
    await chooseFile(name, library, 'input[type="file"]', file);
    await until(outcome, (texts) => texts[0] === `Imported ${NOTE_COUNT} new notes from "big.jsonld".`, 120_000);
    expect(await stats()).toEqual({ notes: NOTE_COUNT, pages: 341 });

    await captureExports(library);
    const formats: ExportFormat[] = ['jsonld', 'markdown', 'csv'];
    for (const format of formats) {
      await selectOption(name, library, 'select[name="export-format"]', format);
      await library.click('.nm-export-all');
      await until(() => capturedExports(library), (texts) => texts.length === formats.indexOf(format) + 1, 120_000);
    }
    const [jsonld, markdown, csv] = await capturedExports(library);
    const exportedAt = Date.parse((JSON.parse(jsonld!) as { 'newsmark:exported': string })['newsmark:exported']);
    const ordered = exportOrder(notes);
    expect(jsonld).toBe(exportNotes(ordered, 'jsonld', exportedAt));
    expect(markdown).toBe(exportNotes(ordered, 'markdown', exportedAt));
    expect(csv).toBe(exportNotes(ordered, 'csv', exportedAt));

    // The same file again adds nothing.
    await chooseFile(name, library, 'input[type="file"]', file);
    await until(outcome, (texts) => texts[0] === `Imported 0 new notes from "big.jsonld"; ${NOTE_COUNT} notes already in your library.`, 120_000);
  }, 300_000);

  it('refuses 100 MB of junk with a clear message, and loses nothing', async () => {
    const file = join(files, 'junk.jsonld');
    writeFileSync(file, Buffer.alloc(100 * 1024 * 1024, 'not json at all <script>alert(1)</script> '));
    await chooseFile(name, library, 'input[type="file"]', file);
    const [message] = await until(() => library.texts('.nm-transfer__outcome .nm-error'), (texts) => texts.length === 1, 120_000);
    expect(message).toMatch(/^Import of "junk.jsonld" failed: This file is not JSON, so it is not a Newsmark export .+ Nothing was imported\.$/);
    expect(await stats()).toEqual({ notes: NOTE_COUNT, pages: 341 });
  }, 180_000);

  it('refuses a file over the size limit before reading it', async () => {
    const file = join(files, 'huge.jsonld');
    writeFileSync(file, Buffer.alloc(170 * 1024 * 1024, ' '));
    await chooseFile(name, library, 'input[type="file"]', file);
    const [message] = await until(() => library.texts('.nm-transfer__outcome .nm-error'), (texts) => texts.some((text) => text.includes('huge.jsonld')), 120_000);
    expect(message).toMatch(/^Import of "huge.jsonld" failed: This file is 170\.0 MB, too large to import \(the limit is 160\.0 MB\)\..+Nothing was imported\.$/);
    expect(await stats()).toEqual({ notes: NOTE_COUNT, pages: 341 });
  }, 180_000);
});
