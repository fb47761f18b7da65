/**
 * `npm run bench:store`: the notes store at scale. 100,000 notes on 10,000 pages in Dexie over fake-indexeddb
 * under Node (not a browser's IndexedDB: real browsers are usually faster at index lookups, slower to write),
 * timing what the popup and the library do: list one page's notes, search as you type, filter, export all.
 * The database size is estimated from the serialised rows plus their index entries (fake-indexeddb keeps
 * everything in memory and has no on-disk size).
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { NotesDatabase, type NoteRecord, type PageRecord } from '../utils/notes/database';
import { describeRange } from '../utils/notes/anchoring/describe-range';
import { exportNotes } from '../utils/notes/export/export-notes';
import { CLAIM_KINDS, VERDICTS, type ExportFormat, type NoteQuery } from '../utils/notes/note-types';
import { listPageNotes, saveNote, toRecord } from '../utils/notes/note-store';
import { searchNotes } from '../utils/notes/note-search';
import { normalizeUrl } from '../utils/notes/page-identity';

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const NOTES_PER_PAGE = 10;
const TARGETS = { list: 20, search: 150, exportAll: 5000 };

/** Deterministic pseudo-random numbers, so every run measures the same data. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(20261128);
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

/** News-like words: the seed article's vocabulary (committed as a test fixture) and a long tail of names. */
function vocabulary(): { common: string[]; rare: string[] } {
  let text = 'the council said more than percent of residents according to officials report budget water plant vote';
  try {
    text = readFileSync(new URL('../tests/fixtures/seed-article.txt', import.meta.url), 'utf8');
  } catch {
    // The fixture is part of the repository; the fallback only keeps a partial checkout working.
  }
  const common = [...new Set(text.split(/\s+/).filter((w) => /^[A-Za-z][\w'-]*[.,]?$/.test(w)))];
  const syllables = ['ka', 'lo', 'mer', 'din', 'sa', 'vel', 'tor', 'ri', 'an', 'bel', 'cor', 'ush', 'pe', 'nix', 'ga'];
  const rare = Array.from({ length: 8000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(syllables)).join(''));
  return { common, rare };
}

const words = vocabulary();
const sentence = (count: number) =>
  Array.from({ length: count }, () => (random() < 0.8 ? pick(words.common) : pick(words.rare))).join(' ');
const TAGS = Array.from({ length: 60 }, (_, i) => `tag-${i}`);
const SITES = Array.from({ length: 250 }, (_, i) => `www.news-site-${i}.example`);

function generate(now: number): { pages: PageRecord[]; notes: NoteRecord[] } {
  const pages: PageRecord[] = [];
  const notes: NoteRecord[] = [];
  for (let p = 0; p < PAGES; p++) {
    const host = pick(SITES);
    const url = `https://${host}/news/2026/story-${p}`;
    const key = normalizeUrl(url);
    const title = sentence(8);
    const site = host.replace(/^www\./, '');
    const firstSeen = now - Math.floor(random() * 3e10);
    pages.push({ key, url, canonicalUrl: url, title, siteName: site, site, origin: null, firstSeen, lastSeen: firstSeen + 1000, aliases: [key] });
    const article = sentence(600);
    for (let n = 0; n < NOTES_PER_PAGE; n++) {
      const start = Math.floor(random() * (article.length - 200));
      const created = firstSeen + n * 60_000;
      notes.push(
        toRecord({
          id: crypto.randomUUID(),
          kind: pick(CLAIM_KINDS),
          selectors: describeRange(article, start, start + 40 + Math.floor(random() * 120)),
          text: sentence(5 + Math.floor(random() * 25)),
          tags: random() < 0.6 ? [pick(TAGS), ...(random() < 0.3 ? [pick(TAGS)] : [])] : [],
          verdict: random() < 0.5 ? pick(VERDICTS) : null,
          pageKey: key,
          pageUrl: url,
          pageTitle: title,
          site,
          created,
          updated: created + Math.floor(random() * 1e6),
        }),
      );
    }
  }
  return { pages, notes };
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const began = performance.now();
  const result = await run();
  return { ms: performance.now() - began, result };
}

async function repeat(label: string, runs: number, run: (i: number) => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) ms.push((await time(() => run(i))).ms);
  ms.sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)]!;
  const p95 = ms[Math.min(ms.length - 1, Math.floor(ms.length * 0.95))]!;
  return { label, median, p95 };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(7);
const verdict = (ms: number, target: number) => (ms <= target ? `ok (target <= ${target} ms)` : `OVER target of ${target} ms`);

function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Rows as stored plus one entry per index key (the key and the primary key it points to). */
function estimateSize(pages: PageRecord[], notes: NoteRecord[]): { rows: number; indexes: number } {
  let rows = 0;
  let indexes = 0;
  for (const page of pages) {
    rows += utf8Bytes(JSON.stringify(page));
    const keyBytes = utf8Bytes(page.key);
    indexes += (keyBytes + 8) + (utf8Bytes(page.site) + keyBytes) + page.aliases.reduce((n, alias) => n + utf8Bytes(alias) + keyBytes, 0);
  }
  for (const note of notes) {
    rows += utf8Bytes(JSON.stringify(note));
    const id = 36;
    const keys = [note.pageKey, note.kind, note.site ?? '', note.verdict ?? '', ...note.tags, ...note.words];
    indexes += keys.reduce((n, key) => n + utf8Bytes(key) + id, 0) + 2 * (8 + id);
  }
  return { rows, indexes };
}

async function main() {
  const now = Date.UTC(2026, 10, 28);
  const db = new NotesDatabase('bench-store');
  await db.delete();
  await db.open();

  const generated = await time(async () => generate(now));
  const { pages, notes } = generated.result;
  const load = await time(async () => {
    await db.pages.bulkPut(pages);
    for (let i = 0; i < notes.length; i += 5000) await db.notes.bulkPut(notes.slice(i, i + 5000));
  });
  const wordEntries = notes.reduce((n, note) => n + note.words.length, 0);
  console.log(`bench:store: ${notes.length.toLocaleString('en')} notes on ${pages.length.toLocaleString('en')} pages, Dexie 4 over fake-indexeddb 6 in Node ${process.version}`);
  console.log(`  generated in ${(generated.ms / 1000).toFixed(1)} s, loaded in ${(load.ms / 1000).toFixed(1)} s (${wordEntries.toLocaleString('en')} word-index entries)`);

  const results: { label: string; median: number; p95: number; target?: number }[] = [];
  const samplePage = (i: number) => pages[(i * 7919) % pages.length]!;

  results.push({ ...(await repeat("list one page's notes (popup)", 50, (i) => listPageNotes(db, { url: `${samplePage(i).url}?utm_source=x#top` }))), target: TARGETS.list });

  const common = words.common.filter((w) => w.length > 4).slice(0, 20).map((w) => w.replace(/[^\w]/g, '').toLowerCase());
  const rare = words.rare.slice(0, 20);
  const searches: [string, (i: number) => NoteQuery][] = [
    ['search: a common word, first 50', (i) => ({ text: common[i % common.length]!, limit: 50 })],
    ['search: a rare word, first 50', (i) => ({ text: rare[i % rare.length]!, limit: 50 })],
    ['search: two words, first 50', (i) => ({ text: `${common[i % common.length]} ${common[(i + 3) % common.length]}`, limit: 50 })],
    ['search: 3 typed letters, first 50', (i) => ({ text: common[i % common.length]!.slice(0, 3), limit: 50 })],
    ['search: a common word, every match', (i) => ({ text: common[i % common.length]! })],
    ['filter: tag, first 50', (i) => ({ tags: [TAGS[i % TAGS.length]!], limit: 50 })],
    ['filter: site + verdict, first 50', (i) => ({ site: SITES[i % SITES.length]!.slice(4), verdict: 'misleading', limit: 50 })],
    ['library opens: newest 50', () => ({ limit: 50 })],
  ];
  for (const [label, query] of searches) {
    results.push({ ...(await repeat(label, 20, (i) => searchNotes(db, query(i)))), target: TARGETS.search });
  }
  const hits = (await searchNotes(db, { text: common[0]! })).length;

  results.push({
    ...(await repeat('save one note (commit acknowledged)', 30, (i) =>
      saveNote(db, {
        id: crypto.randomUUID(),
        page: { url: samplePage(i).url, title: samplePage(i).title },
        kind: 'selection',
        selectors: describeRange('some article text for a note', 5, 12),
        text: sentence(12),
        tags: ['bench'],
        verdict: null,
      }),
    )),
  });

  for (const format of ['jsonld', 'csv', 'markdown'] as ExportFormat[]) {
    const run = await time(async () => exportNotes(await searchNotes(db, {}), format));
    results.push({ label: `export everything as ${format} (${(utf8Bytes(run.result) / 1e6).toFixed(1)} MB)`, median: run.ms, p95: run.ms, target: TARGETS.exportAll });
  }

  console.log('');
  console.log(`  ${'measure'.padEnd(48)} ${'median'.padStart(7)} ${'p95'.padStart(7)}  ms`);
  for (const r of results) {
    console.log(`  ${r.label.padEnd(48)} ${fmt(r.median)} ${fmt(r.p95)}  ${r.target ? verdict(r.p95, r.target) : ''}`);
  }
  console.log(`  (a common word, "${common[0]}", is in ${hits.toLocaleString('en')} notes)`);

  const size = estimateSize(pages, notes);
  const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
  console.log('');
  console.log(
    `  database size, estimated: ${mb(size.rows + size.indexes)} = rows ${mb(size.rows)} (UTF-8 JSON of each stored row) + ` +
      `index entries ${mb(size.indexes)} (each key plus the primary key it points to); ` +
      `a browser's IndexedDB stores structured clones with compression (Chromium) or without (Firefox), so the real figure differs.`,
  );
  db.close();
  await db.delete();
}

await main();
