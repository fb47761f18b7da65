import type { ClaimKind, ImportReport, Note, NotePage, NotePatch, NoteQuery, Verdict } from '../../../utils/notes/note-types';
import type { Facets, NotesSource } from '../../../components/notes/notes-source';

let counter = 0;

export interface NoteSeed {
  id?: string;
  quote?: string;
  text?: string;
  tags?: string[];
  verdict?: Verdict | null;
  kind?: ClaimKind;
  pageUrl?: string;
  pageTitle?: string | null;
  site?: string | null;
  start?: number;
  created?: number;
}

/** A stored note as the background returns it; realistic defaults, every field overridable. */
export function makeNote(seed: NoteSeed = {}): Note {
  counter += 1;
  const quote = seed.quote ?? `"We will not back down," the mayor said (${counter}).`;
  const start = seed.start ?? counter * 100;
  const pageUrl = seed.pageUrl ?? 'https://www.harborcourier.example/news/2026/port-budget';
  const created = seed.created ?? Date.UTC(2026, 10, 1, 12) + counter * 60_000;
  return {
    id: seed.id ?? `note-${counter}`,
    pageKey: pageUrl.replace(/^https?:\/\//, '').replace(/[?#].*$/, ''),
    pageUrl,
    pageTitle: seed.pageTitle === undefined ? 'Port budget passes after long night' : seed.pageTitle,
    site: seed.site === undefined ? 'The Harbor City Courier' : seed.site,
    kind: seed.kind ?? 'quote',
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote, prefix: 'At the council meeting, ', suffix: ' The vote was 5-2.' },
      position: { type: 'TextPositionSelector', start, end: start + quote.length },
    },
    text: seed.text ?? 'Check the council minutes.',
    tags: seed.tags ?? [],
    verdict: seed.verdict === undefined ? null : seed.verdict,
    created,
    updated: created,
  };
}

/**
 * An in-memory store with the same contract as the background's notes service, recording every call so tests can
 * check what the UI asked for.
 */
export class FakeNotesSource implements NotesSource {
  readonly notes = new Map<string, Note>();
  readonly queries: NoteQuery[] = [];
  readonly exports: { format: string; query?: NoteQuery }[] = [];
  importResult: ImportReport | Error = { added: 0, unchanged: 0 };
  imported: string[] = [];
  failNextSearch: Error | null = null;
  /** While set, searches wait for it: a test can let a slow answer arrive after the reader moved on. */
  searchGate: Promise<void> | null = null;
  /** While set, an export reports its progress and waits for it. */
  exportGate: Promise<void> | null = null;
  facetsFail = false;

  constructor(notes: Note[] = []) {
    for (const note of notes) this.notes.set(note.id, note);
  }

  /**
   * Like the background's searchNotePage (utils/notes/note-search.ts): newest `updated` first, then ascending id;
   * `limit` notes after `after`; `total` counted when the query has at most one filter and no words (the store
   * counts one index range), else only when the first page holds every match.
   */
  async searchPage(query: NoteQuery): Promise<NotePage> {
    this.queries.push(query);
    if (this.failNextSearch) {
      const failure = this.failNextSearch;
      this.failNextSearch = null;
      throw failure;
    }
    if (this.searchGate) await this.searchGate;
    const found = this.matching(query);
    const after = query.after;
    const rest = after ? found.filter((note) => note.updated < after.updated || (note.updated === after.updated && note.id > after.id)) : found;
    const limit = query.limit ?? rest.length;
    const more = rest.length > limit;
    const words = (query.text ?? '').split(/\s+/).filter(Boolean);
    const filters = (query.tags?.length ?? 0) + (query.verdict ? 1 : 0) + (query.kind ? 1 : 0) + (query.site ? 1 : 0);
    const counted = words.length === 0 && filters <= 1;
    return { notes: rest.slice(0, limit), more, total: counted ? found.length : !after && !more ? rest.length : null };
  }

  /** Every note the query matches, in the store's order. Dates bound `updated`, as in the store. */
  private matching(query: NoteQuery): Note[] {
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const found = [...this.notes.values()].filter((note) => {
      const haystack = [note.text, note.selectors.quote.exact, note.pageTitle ?? '', ...note.tags].join(' ').toLowerCase();
      if (!words.every((word) => haystack.includes(word))) return false;
      if (query.tags && !query.tags.every((tag) => note.tags.includes(tag))) return false;
      if (query.verdict && note.verdict !== query.verdict) return false;
      if (query.kind && note.kind !== query.kind) return false;
      if (query.site && note.site !== query.site) return false;
      if (query.from !== undefined && note.updated < query.from) return false;
      if (query.to !== undefined && note.updated > query.to) return false;
      return true;
    });
    return found.sort((a, b) => b.updated - a.updated || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  async update(patch: NotePatch): Promise<Note> {
    const existing = this.notes.get(patch.id);
    if (!existing) throw new Error(`No note with id ${patch.id}: it may have been deleted.`);
    const note: Note = {
      ...existing,
      ...(patch.text !== undefined ? { text: patch.text } : {}),
      ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
      ...(patch.verdict !== undefined ? { verdict: patch.verdict } : {}),
      // As in the store, an edit makes the note the newest (the seeded notes may be dated after the clock).
      updated: Math.max(Date.now(), ...[...this.notes.values()].map((stored) => stored.updated + 1)),
    };
    this.notes.set(note.id, note);
    return note;
  }

  async restore(note: Note): Promise<Note> {
    this.notes.set(note.id, note);
    return note;
  }

  async facets(): Promise<Facets> {
    if (this.facetsFail) throw new Error('listTags is not known');
    const notes = [...this.notes.values()];
    return {
      tags: [...new Set(notes.flatMap((note) => note.tags))].sort(),
      sites: [...new Set(notes.map((note) => note.site ?? ''))].filter(Boolean).sort(),
    };
  }

  async remove(id: string): Promise<Note | null> {
    const note = this.notes.get(id) ?? null;
    this.notes.delete(id);
    return note;
  }

  async exportNotes(format: 'jsonld' | 'markdown' | 'csv', query?: NoteQuery, onProgress?: (notes: number) => void): Promise<Blob> {
    this.exports.push({ format, query });
    const notes = query ? this.matching(query) : [...this.notes.values()];
    // Half written, then held until the test lets the export finish.
    onProgress?.(Math.ceil(notes.length / 2));
    if (this.exportGate) await this.exportGate;
    return new Blob([JSON.stringify({ format, ids: notes.map((note) => note.id) })]);
  }

  async importNotes(fileText: string): Promise<ImportReport> {
    this.imported.push(fileText);
    if (this.importResult instanceof Error) throw this.importResult;
    return this.importResult;
  }
}
