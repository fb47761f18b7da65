import type { ExportFormat, Note } from '../note-types';
import { CSV_COLUMNS, csvRow } from './csv';
import { markdownHeader, markdownNote, markdownPageHead } from './markdown';
import type { FilePiece } from './file-piece';
import { Utf8Sink } from './utf8-sink';
import { ANNOTATION_CONTEXT, noteToAnnotation } from './web-annotation';

/**
 * Writes an export file from notes given in any order (the store reads them fastest by id, from several
 * cursors at once) and puts it together in the export's order at the end: pages by key, a page's notes by
 * id (Markdown: in reading order, by where the quote starts). The file is byte for byte what `exportNotes`
 * writes for the same notes in that order, and pieces of UTF-8 views, never one giant string.
 */

/** One note, serialised with what goes before it in the file, so the file is the entries laid end to end. */
interface Entry {
  id: string;
  /** Markdown's reading order; 0 in the other formats. */
  place: number;
  bytes: Uint8Array<ArrayBuffer>;
}

interface PageEntries {
  entries: Entry[];
  /** Markdown: the page's heading, from its note with the lowest id (as `exportNotes` takes its first). */
  head: { id: string; bytes: Uint8Array<ArrayBuffer> } | null;
}

const byId = (a: Entry, b: Entry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byPlaceThenId = (a: Entry, b: Entry) => a.place - b.place || byId(a, b);

function jsonLdHead(notes: number, exportedAt: number): string {
  // The collection's own keys, in the order `toAnnotationCollection` writes them, up to the opening of `items`.
  const envelope = JSON.stringify({
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Newsmark notes',
    'newsmark:exported': new Date(exportedAt).toISOString(),
    total: notes,
    first: { type: 'AnnotationPage', startIndex: 0, items: [] },
  });
  return envelope.slice(0, -']}}'.length);
}

export class ExportWriter {
  private readonly pages = new Map<string, PageEntries>();
  private readonly sink = new Utf8Sink();
  private count = 0;

  constructor(private readonly format: ExportFormat) {}

  get notes(): number {
    return this.count;
  }

  add(note: Note): void {
    this.count += 1;
    let page = this.pages.get(note.pageKey);
    if (!page) {
      page = { entries: [], head: null };
      this.pages.set(note.pageKey, page);
    }
    if (this.format === 'markdown' && (!page.head || note.id < page.head.id)) {
      page.head = { id: note.id, bytes: this.sink.write(`\n\n${markdownPageHead(note)}`) };
    }
    page.entries.push({ id: note.id, place: this.format === 'markdown' ? note.selectors.position.start : 0, bytes: this.sink.write(this.serialise(note)) });
  }

  /** The file's pieces in order, each text or UTF-8 bytes. Takes the writer's buffers: add nothing after. */
  pieces(exportedAt: number): FilePiece[] {
    const keys = [...this.pages.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const parts: FilePiece[] = [];
    if (this.format === 'jsonld') parts.push(jsonLdHead(this.count, exportedAt));
    if (this.format === 'markdown') parts.push(markdownHeader(this.count, keys.length, exportedAt));
    if (this.format === 'csv') parts.push(`${CSV_COLUMNS.join(',')}\r\n`);
    for (const key of keys) {
      const page = this.pages.get(key)!;
      if (page.head) parts.push(page.head.bytes);
      for (const entry of page.entries.sort(this.format === 'markdown' ? byPlaceThenId : byId)) parts.push(entry.bytes);
    }
    if (this.format === 'jsonld') {
      // Every annotation comes after a comma; the first one's is not wanted.
      const first = parts[1];
      if (first instanceof Uint8Array) parts[1] = first.subarray(1);
      parts.push(']}}');
    }
    if (this.format === 'markdown') parts.push('\n');
    return parts;
  }

  private serialise(note: Note): string {
    switch (this.format) {
      case 'jsonld':
        return `,${JSON.stringify(noteToAnnotation(note))}`;
      case 'markdown':
        return `\n\n${markdownNote(note)}`;
      case 'csv':
        return `${csvRow(note)}\r\n`;
    }
  }
}
