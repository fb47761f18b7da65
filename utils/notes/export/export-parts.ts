import type { ExportFormat, Note } from '../note-types';
import { CSV_COLUMNS, csvRow } from './csv';
import { markdownHeader, markdownNote, markdownPageHead } from './markdown';
import { ANNOTATION_CONTEXT, noteToAnnotation } from './web-annotation';

/**
 * An export cut into parts, so a large collection never becomes one giant string or one giant message. The
 * background reads the notes in the store's fastest order (by id: one forward sweep, no index lookups) and
 * serialises them a chunk at a time, each note filed under its page (`exportSections`); the library gathers
 * the chunks by page and puts the file together in export order (`ExportAssembler`): pages by key, a page's
 * notes by id (Markdown: in reading order). Joined, the parts are byte for byte what `exportNotes` writes for
 * the same notes in that order.
 */

/**
 * Notes per chunk: about 10 MB of JSON-LD, far under the 64 MiB a message may carry. Each chunk opens a cursor
 * that Chromium has to warm up again: reading 100,000 notes on disk took 5.0 s in chunks of 2,500 and 3.1 s in
 * chunks of 10,000.
 */
export const EXPORT_CHUNK_NOTES = 10_000;

/** A note serialised, and where it goes among its page's notes: Markdown lists them in reading order. */
export type ExportEntry = [place: number, text: string];

export interface ExportPageSection {
  key: string;
  /** Markdown: the page's heading, from its note with the lowest id, as a one-shot export has it. Else empty. */
  head: string;
  /** In id order. */
  entries: ExportEntry[];
}

export interface ExportChunk {
  sections: ExportPageSection[];
  notes: number;
  /** The cursor to ask for the next chunk with; null after the last one. */
  next: string | null;
}

function serialiseNote(note: Note, format: ExportFormat): string {
  switch (format) {
    case 'jsonld':
      return JSON.stringify(noteToAnnotation(note));
    case 'markdown':
      return markdownNote(note);
    case 'csv':
      return `${csvRow(note)}\r\n`;
  }
}

/** The notes of one chunk, in id order, serialised and filed by page. */
export function exportSections(notes: readonly Note[], format: ExportFormat): ExportPageSection[] {
  const pages = new Map<string, ExportPageSection>();
  for (const note of notes) {
    let section = pages.get(note.pageKey);
    if (!section) {
      section = { key: note.pageKey, head: format === 'markdown' ? markdownPageHead(note) : '', entries: [] };
      pages.set(note.pageKey, section);
    }
    section.entries.push([format === 'markdown' ? note.selectors.position.start : 0, serialiseNote(note, format)]);
  }
  return [...pages.values()];
}

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

/**
 * Gathers chunks, which must come in id order (an export of everything) or in whole pages (a filtered one),
 * and writes the file as the parts of a Blob.
 */
export class ExportAssembler {
  private readonly pages = new Map<string, { head: string; entries: ExportEntry[] }>();
  notes = 0;

  add(chunk: ExportChunk): void {
    this.notes += chunk.notes;
    for (const section of chunk.sections) {
      const page = this.pages.get(section.key);
      if (page) page.entries.push(...section.entries);
      else this.pages.set(section.key, { head: section.head, entries: [...section.entries] });
    }
  }

  parts(format: ExportFormat, exportedAt: number): string[] {
    const keys = [...this.pages.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const pages = keys.map((key) => {
      const page = this.pages.get(key)!;
      // A stable sort: notes at the same place keep their id order. Other formats have every place at 0.
      const texts = (format === 'markdown' ? [...page.entries].sort((a, b) => a[0] - b[0]) : page.entries).map(([, text]) => text);
      return { head: page.head, texts };
    });
    switch (format) {
      case 'jsonld':
        return [jsonLdHead(this.notes, exportedAt), pages.map(({ texts }) => texts.join(',')).join(','), ']}}'];
      case 'markdown':
        return [
          markdownHeader(this.notes, pages.length, exportedAt),
          ...pages.map(({ head, texts }) => `\n\n${head}${texts.map((text) => `\n\n${text}`).join('')}`),
          '\n',
        ];
      case 'csv':
        return [`${CSV_COLUMNS.join(',')}\r\n`, ...pages.flatMap(({ texts }) => texts)];
    }
  }
}
