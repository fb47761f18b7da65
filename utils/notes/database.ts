import { Dexie, type Table, type Transaction } from 'dexie';
import type { Note } from './note-types';
import { noteTerms, noteWords, type TermKey } from './note-terms';

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

/** A note as stored: the note plus the terms it is found by (note-terms.ts). */
export interface NoteRecord extends Note {
  terms: TermKey[];
}

/** A note as version 2 stored it; version 3 replaced both fields by `terms`. */
interface Version2NoteRecord extends Note {
  words?: string[];
  tagKeys?: string[];
}

/**
 * Schema history. Never edit a shipped version: add one, with an upgrade that brings old rows along.
 * v1: pages by key, notes by page, tag, kind and date.
 * v2: full-text `words`, case-folded `tagKeys`, verdict, site and created indexes on notes; site and URL
 *     aliases on pages.
 * v3: one `terms` index of [term, -updated] (words, tags, site, verdict, kind and "#all") replaces `words`,
 *     `tagKeys`, `kind`, `verdict` and `created`: every search and filter reads its newest matches first and
 *     stops after a page (note-search.ts).
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
      await tx.table<Version2NoteRecord & Partial<NoteRecord>, string>('notes').toCollection().modify((note) => {
        note.terms = noteTerms(note);
        delete note.words;
        delete note.tagKeys;
      });
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
  notes!: Table<NoteRecord, string>;

  /** `upTo` opens an older schema: only the upgrade tests need it, to write a database as old code did. */
  constructor(name = NOTES_DATABASE_NAME, upTo: number = LATEST_SCHEMA_VERSION) {
    // A note is acknowledged once written to disk, not only handed to the OS (Chromium's default is relaxed).
    super(name, { chromeTransactionDurability: 'strict' });
    for (const step of SCHEMA_VERSIONS) {
      if (step.version > upTo) break;
      const version = this.version(step.version).stores(step.stores);
      if ('upgrade' in step) version.upgrade(step.upgrade);
    }
  }
}

/** A stored note without its index-only fields, as callers see it. */
export function toNote(record: NoteRecord): Note {
  const { terms: _terms, ...note } = record;
  return note;
}
