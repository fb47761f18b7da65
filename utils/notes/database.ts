import { Dexie, type Table, type Transaction } from 'dexie';
import type { Note } from './note-types';
import { noteTerms, noteWords, pairsOfTerms, type TermKey } from './note-terms';
import { countTerms, NOTE_PAIRS_TABLE, NOTE_TERMS_TABLE, noteTermsMiddleware, TERM_COUNTS_TABLE, termsRecord, type NoteTermsRecord, type TermCountRecord } from './note-terms-middleware';

/**
 * The notes database. Only the background (and extension pages) open it: IndexedDB opened from a content
 * script would belong to the web page's origin, readable by the page.
 */

export const NOTES_DATABASE_NAME = 'newsmark-notes';

export interface PageRecord {
  /** The normalised URL (see page-identity.ts). */
  key: string;
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  siteName: string | null;
  site: string;
  /** The publisher of a syndicated story. */
  origin: string | null;
  firstSeen: number;
  lastSeen: number;
  /** Every normalised URL the page was reached at, so a note saved under one variant is found from another. */
  aliases: string[];
}

/** A note as version 3 stored it: the note plus its terms, which version 4 moved to `noteTerms`. */
interface Version3NoteRecord extends Note {
  terms?: TermKey[];
}

/** A note as version 2 stored it; version 3 replaced both fields by `terms`. */
interface Version2NoteRecord extends Version3NoteRecord {
  words?: string[];
  tagKeys?: string[];
}

/** Rows moved per step of an upgrade, so upgrading 100,000 notes never holds them all in memory. */
const UPGRADE_BATCH = 2000;

/** Every row of a table, a batch at a time in id order (rows `visit` rewrites are not read again). */
async function inBatches<Row extends { id: string }>(table: Table<Row, string>, visit: (batch: Row[]) => Promise<void>): Promise<void> {
  let after: string | null = null;
  for (;;) {
    const batch: Row[] = await (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(UPGRADE_BATCH).toArray();
    if (batch.length === 0) return;
    await visit(batch);
    after = batch[batch.length - 1]!.id;
  }
}

/** Terms counted by an upgrade, for terms no count held before. */
function addCounts(tx: Transaction, counts: Map<string, number>): Promise<unknown> {
  return tx.table<TermCountRecord, string>(TERM_COUNTS_TABLE).bulkPut([...counts].map(([term, count]) => ({ term, count })));
}

/**
 * Schema history. Never edit a shipped version: add one, with an upgrade that brings old rows along.
 * v1: pages by key, notes by page, tag, kind and date.
 * v2: full-text `words`, case-folded `tagKeys`, verdict, site and created indexes on notes; site and URL
 *     aliases on pages.
 * v3: one `terms` index of [term, -updated] (words, tags, site, verdict, kind and "#all") replaces `words`,
 *     `tagKeys`, `kind`, `verdict` and `created`: every search and filter reads its newest matches first and
 *     stops after a page (note-search.ts).
 * v4: the terms move to a `noteTerms` table of their own, and `termCounts` counts each term's notes, both kept
 *     in step by note-terms-middleware.ts: a note record is less than half the size, so reading whole notes (a
 *     page's notes, an export) costs that much less, and search plans from stored counts.
 * v5: each pair of a note's facets (tag, site, verdict, kind) is a term too, in a `notePairs` table shaped as
 *     `noteTerms` (note-terms.ts), so a filter on two of them reads one range. A table of its own, because
 *     rewriting every terms record to add them took more than 15 minutes at 100,000 notes.
 */
const SCHEMA_VERSIONS = [
  {
    version: 1,
    stores: {
      pages: 'key, lastSeen',
      notes: 'id, pageKey, updated, *tags, kind',
    },
  },
  {
    version: 2,
    stores: {
      pages: 'key, lastSeen, site, *aliases',
      notes: 'id, pageKey, updated, created, *tags, *tagKeys, kind, verdict, site, *words',
    },
    upgrade: async (tx: Transaction) => {
      await tx.table<PageRecord, string>('pages').toCollection().modify((page) => {
        page.aliases ??= [page.key];
        page.site ??= hostOf(page.url) ?? '';
      });
      const pages = new Map<string, PageRecord>();
      await tx.table<PageRecord, string>('pages').each((page) => void pages.set(page.key, page));
      await tx.table<Version2NoteRecord, string>('notes').toCollection().modify((note) => {
        const page = pages.get(note.pageKey);
        note.site ??= page?.site ?? hostOf(note.pageUrl);
        note.pageTitle ??= page?.title ?? null;
        note.words = noteWords(note);
        note.tagKeys = tagKeys(note.tags);
      });
    },
  },
  {
    version: 3,
    stores: {
      pages: 'key, lastSeen, site, *aliases',
      notes: 'id, pageKey, updated, *tags, site, *terms',
    },
    upgrade: async (tx: Transaction) => {
      await tx.table<Version2NoteRecord, string>('notes').toCollection().modify((note) => {
        note.terms = noteTerms(note);
        delete note.words;
        delete note.tagKeys;
      });
    },
  },
  {
    version: 4,
    stores: {
      pages: 'key, lastSeen, site, *aliases',
      notes: 'id, pageKey, updated, *tags, site',
      [NOTE_TERMS_TABLE]: 'id, *terms',
      [TERM_COUNTS_TABLE]: 'term',
    },
    upgrade: async (tx: Transaction) => {
      const notes = tx.table<Version3NoteRecord, string>('notes');
      const terms = tx.table<NoteTermsRecord, string>(NOTE_TERMS_TABLE);
      const counts = new Map<string, number>();
      await inBatches(notes, async (batch) => {
        const records = batch.map((note) => (note.terms ? { id: note.id, terms: note.terms } : termsRecord(note)));
        countTerms(counts, records, 1);
        await terms.bulkPut(records);
        await notes.bulkPut(batch.map(({ terms: _terms, ...note }) => note));
      });
      await addCounts(tx, counts);
    },
  },
  {
    version: 5,
    stores: {
      pages: 'key, lastSeen, site, *aliases',
      notes: 'id, pageKey, updated, *tags, site',
      [NOTE_TERMS_TABLE]: 'id, *terms',
      [NOTE_PAIRS_TABLE]: 'id, *terms',
      [TERM_COUNTS_TABLE]: 'term',
    },
    upgrade: async (tx: Transaction) => {
      // The pairs come from the facet terms each terms record holds: no note is read or tokenised again.
      const terms = tx.table<NoteTermsRecord, string>(NOTE_TERMS_TABLE);
      const pairs = tx.table<NoteTermsRecord, string>(NOTE_PAIRS_TABLE);
      const counts = new Map<string, number>();
      await inBatches(terms, async (batch) => {
        const records = batch.map((record) => ({ id: record.id, terms: pairsOfTerms(record.terms) }));
        countTerms(counts, records, 1);
        await pairs.bulkPut(records);
      });
      await addCounts(tx, counts);
    },
  },
] as const;

export const LATEST_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Tags folded to lower case, as version 2 indexed them. */
function tagKeys(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.toLowerCase()))];
}

export class NotesDatabase extends Dexie {
  pages!: Table<PageRecord, string>;
  notes!: Table<Note, string>;
  /** Written only by note-terms-middleware.ts, with every note write; read by search. */
  noteTerms!: Table<NoteTermsRecord, string>;
  notePairs!: Table<NoteTermsRecord, string>;
  termCounts!: Table<TermCountRecord, string>;
  /** Grows with every write to the notes or pages (as it starts): what was read at an equal count is still current. */
  writeCount = 0;

  /** `upTo` opens an older schema: only the upgrade tests need it, to write a database as old code did. */
  constructor(name = NOTES_DATABASE_NAME, upTo: number = LATEST_SCHEMA_VERSION) {
    // A note is acknowledged once written to disk, not only handed to the OS (Chromium's default is relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if ('upgrade' in step) version.upgrade(step.upgrade);
    }
    if (upTo >= 4) this.use(noteTermsMiddleware(() => void this.writeCount++));
  }
}
