/**
 * The store benchmark itself, the same code under Node (fake-indexeddb) and in Chromium (real IndexedDB):
 * it fills a notes database with generated notes and times what the popup and the library do.
 * No Node or browser API here beyond `indexedDB`, `performance`, `crypto` and `TextEncoder`.
 */
import { NotesDatabase, type PageRecord } from '../../utils/notes/database';
import { describeRange } from '../../utils/notes/anchoring/describe-range';
import { exportStore } from '../../utils/notes/export/export-store';
import { importInBatches } from '../../utils/notes/import/import-in-batches';
import { ImportStaging } from '../../utils/notes/import/import-staging';
import { CLAIM_KINDS, VERDICTS, type ExportFormat, type Note, type NoteQuery } from '../../utils/notes/note-types';
import { listPageNotes, saveNote } from '../../utils/notes/note-store';
import { notePairs, noteTerms } from '../../utils/notes/note-terms';
import { getStats, listSites, listTags, searchNotePage, searchNotes } from '../../utils/notes/note-search';
import { normalizeUrl } from '../../utils/notes/page-identity';

export const NOTES_PER_PAGE = 10;
export const TARGETS = { list: 20, search: 150, exportAll: 5000 };
/** Each export format is timed this many times. */
const EXPORT_ROUNDS = 3;
/** Each search is timed this many times: with 20, the 95th percentile was the slowest run. */
const SEARCH_RUNS = 40;

export interface Measure {
  label: string;
  median: number;
  p95: number;
  target?: number;
}

export interface StoreBenchResult {
  notes: number;
  pages: number;
  loadMs: number;
  wordEntries: number;
  measures: Measure[];
  commonWord: string;
  commonWordHits: number;
  estimatedBytes: { rows: number; indexes: number };
  /** navigator.storage.estimate() after loading, where the platform has it (browsers). */
  reportedUsageBytes: number | null;
}

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'din', 'sa', 'vel', 'tor', 'ri', 'an', 'bel', 'cor', 'ush', 'pe', 'nix', 'ga'];
const TAGS = Array.from({ length: 60 }, (_, i) => `tag-${i}`);
const SITES = Array.from({ length: 250 }, (_, i) => `www.news-site-${i}.example`);

const utf8 = new TextEncoder();
const bytes = (text: string) => utf8.encode(text).length;

class NoteGenerator {
  private random = mulberry32(20261128);
  readonly common: string[];
  readonly rare: string[];

  /** `vocabularyText`: news prose whose words make the common vocabulary; a long tail of made-up names is added. */
  constructor(vocabularyText: string) {
    this.common = [...new Set(vocabularyText.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? ['council'])];
    this.rare = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(this.random() * 3) }, () => this.pick(SYLLABLES)).join(''));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  sentence(count: number): string {
    return Array.from({ length: count }, () => (this.random() < 0.8 ? this.pick(this.common) : this.pick(this.rare))).join(' ');
  }

  page(p: number, now: number): { page: PageRecord; notes: Note[] } {
    const host = this.pick(SITES);
    const url = `https://${host}/news/2026/story-${p}`;
    const key = normalizeUrl(url);
    const title = this.sentence(8);
    const site = host.replace(/^www\./, '');
    const firstSeen = now - Math.floor(this.random() * 3e10);
    const article = this.sentence(600);
    const notes: Note[] = [];
    for (let n = 0; n < NOTES_PER_PAGE; n++) {
      const start = Math.floor(this.random() * (article.length - 200));
      const created = firstSeen + n * 60_000;
      notes.push({
        id: crypto.randomUUID(),
        kind: this.pick(CLAIM_KINDS),
        selectors: describeRange(article, start, start + 40 + Math.floor(this.random() * 120)),
        text: this.sentence(5 + Math.floor(this.random() * 25)),
        tags: this.random() < 0.6 ? [this.pick(TAGS), ...(this.random() < 0.3 ? [this.pick(TAGS)] : [])] : [],
        verdict: this.random() < 0.5 ? this.pick(VERDICTS) : null,
        pageKey: key,
        pageUrl: url,
        pageTitle: title,
        site,
        created,
        updated: created + Math.floor(this.random() * 1e6),
      });
    }
    const page = { key, url, canonicalUrl: url, title, siteName: site, site, origin: null, firstSeen, lastSeen: firstSeen + 1000, aliases: [key] };
    return { page, notes };
  }
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const began = performance.now();
  const result = await run();
  return { ms: performance.now() - began, result };
}

/** The median and the 95th percentile by nearest rank: of 40 runs the 38th fastest, of 20 the 19th, of 10 or fewer the slowest. */
function summarise(label: string, times: number[], target?: number): Measure {
  const ms = [...times].sort((a, b) => a - b);
  return { label, median: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.ceil(ms.length * 0.95) - 1]!, target };
}

async function repeat(label: string, runs: number, run: (i: number) => Promise<unknown>, target?: number): Promise<Measure> {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push((await time(() => run(i))).ms);
  return summarise(label, ms, target);
}

/** Rows as stored plus one entry per index key (the key and the primary key it points to). */
function estimateSize(pages: PageRecord[], notes: Note[]): { rows: number; indexes: number } {
  let rows = 0;
  let indexes = 0;
  for (const page of pages) {
    rows += bytes(JSON.stringify(page));
    const key = bytes(page.key);
    indexes += 2 * key + 8 + bytes(page.site) + page.aliases.reduce((n, alias) => n + bytes(alias) + key, 0);
  }
  for (const note of notes) {
    rows += bytes(JSON.stringify(note));
    const id = bytes(note.id);
    const keys = [note.pageKey, note.site ?? '', ...note.tags];
    // Each [term, -updated] key: the term, a number, the note's id.
    const terms = [...noteTerms(note), ...notePairs(note)];
    // The terms and pairs records (each its id and terms), and each [term, -updated] index key with the id it points to.
    rows += bytes(JSON.stringify({ id: note.id, terms })) + bytes(note.id) + 10;
    indexes += keys.reduce((n, key) => n + bytes(key) + id, 0) + terms.reduce((n, [term]) => n + bytes(term) + 8 + id, 0) + (8 + id);
  }
  return { rows, indexes };
}

/**
 * Imports the JSON-LD export into an empty database, as the library and the background do it: the file read
 * and checked a slice at a time, the notes staged in batches, all committed in one transaction.
 */
async function measureImport(db: NotesDatabase, jsonLd: Blob): Promise<Measure> {
  const importDb = new NotesDatabase('bench-store-import');
  await importDb.delete();
  await importDb.open();
  const staging = new ImportStaging();
  const fileText = await jsonLd.text();
  const imported = await time(() =>
    importInBatches(
      {
        begin: async () => staging.begin(),
        stage: async (id, batch) => staging.add(id, structuredClone(batch)),
        commit: (id) => staging.commit(importDb, id),
        abort: async (id) => staging.abort(id),
      },
      fileText,
    ),
  );
  const stored = await db.notes.count();
  if (imported.result.added !== stored) throw new Error(`import added ${imported.result.added} of ${stored} notes`);
  importDb.close();
  await importDb.delete();
  return { label: `import that ${(jsonLd.size / 1e6).toFixed(0)} MB JSON-LD file into an empty store`, median: imported.ms, p95: imported.ms };
}

export interface StoreBenchOptions {
  pages: number;
  vocabularyText: string;
  /** Wait this long after loading before measuring (see bench/store.ts). */
  settleMs?: number;
  /** false: skip the import, which takes many minutes on disk at full size. */
  importFile?: boolean;
  /** Keep the database after the run, and measure one left by an earlier run of the same size instead of loading again. */
  keepDatabase?: boolean;
  /**
   * How an export runs, given the database's name: in a browser, in a fresh worker as the library runs it (a
   * first export pays for the worker's new heap, which one more export in the same thread would not). Without
   * it, in this thread.
   */
  exportFile?: (database: string, format: ExportFormat, query?: NoteQuery) => Promise<Blob>;
  log: (line: string) => void;
}

export async function runStoreBench(options: StoreBenchOptions): Promise<StoreBenchResult> {
  const { log } = options;
  const now = Date.UTC(2026, 10, 28);
  const db = new NotesDatabase('bench-store');
  await db.open();
  const kept = options.keepDatabase === true && (await getStats(db)).notes >= options.pages * NOTES_PER_PAGE;
  if (!kept) {
    db.close();
    await db.delete();
    await db.open();
  }
  const generator = new NoteGenerator(options.vocabularyText);

  const pages: PageRecord[] = [];
  const notes: Note[] = [];
  const load = await time(async () => {
    const BATCH_PAGES = 500;
    for (let p = 0; p < options.pages; p += BATCH_PAGES) {
      const batch = Array.from({ length: Math.min(BATCH_PAGES, options.pages - p) }, (_, i) => generator.page(p + i, now));
      if (!kept) {
        await db.transaction('rw', db.pages, db.notes, async () => {
          await db.pages.bulkPut(batch.map((b) => b.page));
          await db.notes.bulkPut(batch.flatMap((b) => b.notes));
        });
      }
      for (const b of batch) {
        pages.push(b.page);
        notes.push(...b.notes);
      }
      if (!kept && (p / BATCH_PAGES) % 4 === 3) log(`  loaded ${notes.length.toLocaleString('en')} notes`);
    }
  });
  const reportedUsageBytes = (await globalThis.navigator?.storage?.estimate?.())?.usage ?? null;
  if (kept) log('  measuring the database an earlier run left (BENCH_PROFILE): nothing loaded');
  else if (options.settleMs) {
    log(`  waiting ${options.settleMs / 1000} s for the engine to settle after loading`);
    await new Promise((resolve) => setTimeout(resolve, options.settleMs));
  }

  const measures: Measure[] = [];
  // The engine's unit cost on this machine (every query below pays it per note read): scale by it to compare.
  measures.push(await repeat('read 1,000 whole notes in one getAll', 5, () => db.notes.limit(1000).toArray()));
  const samplePage = (i: number) => pages[(i * 7919) % pages.length]!;
  measures.push(await repeat("list one page's notes (popup)", 50, (i) => listPageNotes(db, { url: `${samplePage(i).url}?utm_source=x#top` }), TARGETS.list));

  // A different word in each run, so no run answers from what the one before it brought into memory.
  const common = generator.common.filter((w) => w.length > 5).slice(0, SEARCH_RUNS);
  const rare = generator.rare.slice(0, SEARCH_RUNS);
  const searches: [string, (i: number) => NoteQuery][] = [
    ['search: a common word, first 50', (i) => ({ text: common[i % common.length]!, limit: 50 })],
    ['search: a rare word, first 50', (i) => ({ text: rare[i % rare.length]!, limit: 50 })],
    ['search: two common words, first 50', (i) => ({ text: `${common[i % common.length]} ${common[(i + 3) % common.length]}`, limit: 50 })],
    ['search: 3 typed letters, first 50', (i) => ({ text: common[i % common.length]!.slice(0, 3), limit: 50 })],
    ['filter: tag, first 50', (i) => ({ tags: [TAGS[i % TAGS.length]!], limit: 50 })],
    ['filter: site + verdict, first 50', (i) => ({ site: SITES[i % SITES.length]!.slice(4), verdict: 'misleading', limit: 50 })],
    ['library opens: newest 50', () => ({ limit: 50 })],
    ['search: a common word and a tag, first 50', (i) => ({ text: common[i % common.length]!, tags: [TAGS[i % TAGS.length]!], limit: 50 })],
    ['search: a rare word and a common word', (i) => ({ text: `${rare[i % rare.length]} ${common[i % common.length]}`, limit: 50 })],
    ['search: 1 typed letter, first 50', (i) => ({ text: common[i % common.length]!.slice(0, 1), limit: 50 })],
    ['filter: kind + a 30-day window, first 50', (i) => ({ kind: CLAIM_KINDS[i % CLAIM_KINDS.length], from: now - (i + 2) * 30 * 864e5, to: now - (i + 1) * 30 * 864e5, limit: 50 })],
    ['filter: verdict + tag, first 50', (i) => ({ verdict: 'misleading', tags: [TAGS[i % TAGS.length]!], limit: 50 })],
  ];
  for (const [label, query] of searches) measures.push(await repeat(label, SEARCH_RUNS, (i) => searchNotes(db, query(i)), TARGETS.search));
  // No limit: every note holding a made-up name or a word it begins (100 to 4,800 of them), which nothing in the
  // popup or the library asks for (they read 50 at a time): what reading notes by the hundred costs.
  measures.push(await repeat('every match of a made-up name, no limit', 20, (i) => searchNotes(db, { text: rare[i % rare.length]! })));
  measures.push(await repeat('library opens: every tag, site and the counts', 10, () => Promise.all([listTags(db), listSites(db), getStats(db)]), TARGETS.search));
  const commonWordHits = (await searchNotes(db, { text: common[0]! })).length;
  // "Show more" twice: each page starts after the last note shown. Timed: the third page alone, what the
  // reader waits for after the second click (the first two are read before the clock starts).
  const thirdPages: number[] = [];
  for (let i = 0; i < 10; i++) {
    const text = common[i % common.length]!;
    let page = await searchNotePage(db, { text, limit: 50 });
    for (let shown = 1; shown < 3 && page.more; shown++) {
      const last = page.notes[page.notes.length - 1]!;
      const after = { updated: last.updated, id: last.id };
      if (shown === 2) thirdPages.push((await time(() => searchNotePage(db, { text, limit: 50, after }))).ms);
      else page = await searchNotePage(db, { text, limit: 50, after });
    }
  }
  measures.push(summarise('search: a common word, 3rd page (Show more)', thirdPages, TARGETS.search));

  measures.push(
    await repeat('save one note (answered after commit)', 30, (i) =>
      saveNote(db, {
        id: crypto.randomUUID(),
        page: { url: samplePage(i).url, title: samplePage(i).title },
        kind: 'selection',
        selectors: describeRange('some article text for a note', 5, 12),
        text: generator.sentence(12),
        tags: ['bench'],
        verdict: null,
      }),
    ),
  );

  const exportFile = options.exportFile ?? ((_: string, format: ExportFormat, query?: NoteQuery) => exportStore(db, format, { query }));
  // A few rounds of the three formats in turn: one export is seconds long, and on a small machine another
  // process's few seconds of work can move it by a third. The p95 column shows the slowest round.
  const formats: ExportFormat[] = ['jsonld', 'csv', 'markdown'];
  const exportTimes = new Map<ExportFormat, number[]>(formats.map((format) => [format, []]));
  const exportSizes = new Map<ExportFormat, number>();
  let jsonLd: Blob | null = null;
  for (let round = 0; round < EXPORT_ROUNDS; round++) {
    for (const format of formats) {
      const run = await time(() => exportFile(db.name, format));
      if (format === 'jsonld') jsonLd = run.result;
      exportTimes.get(format)!.push(run.ms);
      exportSizes.set(format, run.result.size);
    }
  }
  for (const format of formats) {
    const label = `export all ${notes.length.toLocaleString('en')} as ${format} (${(exportSizes.get(format)! / 1e6).toFixed(0)} MB)`;
    measures.push(summarise(label, exportTimes.get(format)!, TARGETS.exportAll));
  }
  const filtered = await time(() => exportFile(db.name, 'jsonld', { tags: [TAGS[0]!] }));
  measures.push({ label: `export one tag's notes as jsonld (${(filtered.result.size / 1e6).toFixed(1)} MB)`, median: filtered.ms, p95: filtered.ms });

  if (options.importFile !== false) measures.push(await measureImport(db, jsonLd!));

  db.close();
  if (!options.keepDatabase) await db.delete();
  return {
    notes: notes.length,
    pages: pages.length,
    loadMs: load.ms,
    wordEntries: notes.reduce((n, note) => n + noteTerms(note).length + notePairs(note).length, 0),
    measures,
    commonWord: common[0]!,
    commonWordHits,
    estimatedBytes: estimateSize(pages, notes),
    reportedUsageBytes,
  };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7);
const mb = (n: number) => `${(n / 1e6).toFixed(0)} MB`;

export function formatResult(title: string, result: StoreBenchResult): string {
  const lines = [
    title,
    `  ${result.notes.toLocaleString('en')} notes on ${result.pages.toLocaleString('en')} pages loaded in ${(result.loadMs / 1000).toFixed(1)} s ` +
      `(${result.wordEntries.toLocaleString('en')} term-index entries)`,
    `  ${'measure'.padEnd(46)} ${'median'.padStart(7)} ${'p95'.padStart(7)}  ms`,
  ];
  for (const m of result.measures) {
    const verdict = m.target === undefined ? '' : m.p95 <= m.target ? `ok (target <= ${m.target} ms)` : `OVER the ${m.target} ms target`;
    lines.push(`  ${m.label.padEnd(46)} ${fmt(m.median)} ${fmt(m.p95)}  ${verdict}`);
  }
  lines.push(`  (the common word "${result.commonWord}" is in ${result.commonWordHits.toLocaleString('en')} notes)`);
  const { rows, indexes } = result.estimatedBytes;
  lines.push(`  database size, estimated from the rows: ${mb(rows + indexes)} (${mb(rows)} of rows as UTF-8 JSON + ${mb(indexes)} of index entries, each key plus its primary key)`);
  if (result.reportedUsageBytes !== null) lines.push(`  database size, as navigator.storage.estimate() reports the origin's usage: ${mb(result.reportedUsageBytes)}`);
  return lines.join('\n');
}
