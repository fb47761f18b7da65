import type { ExportFormat, Note } from '../note-types';
import { CSV_COLUMNS, csvRow } from './csv';
import { markdownHeader, markdownPage } from './markdown';
import { ANNOTATION_CONTEXT, noteToAnnotation } from './web-annotation';

/**
 * An export cut into parts, so a large collection never becomes one giant string or one giant message: the
 * background serialises the notes a chunk at a time (`exportBody`), and the library puts the head, the bodies
 * and the tail into a Blob (`assembleExport`). Joined, the parts are byte for byte what `exportNotes` writes
 * for the same notes in the same order; a chunk must hold whole pages (Markdown groups by page).
 */

/** About this many notes per chunk: about 2 MB of JSON-LD, far under the 64 MiB a message may carry. */
export const EXPORT_CHUNK_NOTES = 2500;

export interface ExportChunk {
  /** The chunk serialised (see `exportBody`); empty when no note was left. */
  body: string;
  notes: number;
  pages: number;
  /** The cursor to ask for the next chunk with; null after the last one. */
  next: string | null;
}

export interface ExportTotals {
  notes: number;
  pages: number;
}

/** The notes of one chunk, serialised. Empty for an empty chunk. */
export function exportBody(notes: readonly Note[], format: ExportFormat): string {
  switch (format) {
    case 'jsonld':
      return notes.map((note) => JSON.stringify(noteToAnnotation(note))).join(',');
    case 'markdown':
      return pagesOf(notes).map((page) => `\n\n${markdownPage(page)}`).join('');
    case 'csv':
      return notes.map((note) => `${csvRow(note)}\r\n`).join('');
  }
}

/** The notes grouped by page, pages in order of first appearance (as `exportMarkdown` groups them). */
export function pagesOf(notes: readonly Note[]): Note[][] {
  const pages = new Map<string, Note[]>();
  for (const note of notes) {
    const page = pages.get(note.pageKey);
    if (page) page.push(note);
    else pages.set(note.pageKey, [note]);
  }
  return [...pages.values()];
}

function jsonLdHead(totals: ExportTotals, exportedAt: number): string {
  // The collection's own keys, in the order `toAnnotationCollection` writes them, up to the opening of `items`.
  const envelope = JSON.stringify({
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Newsmark notes',
    'newsmark:exported': new Date(exportedAt).toISOString(),
    total: totals.notes,
    first: { type: 'AnnotationPage', startIndex: 0, items: [] },
  });
  return envelope.slice(0, -']}}'.length);
}

/** Head, bodies and tail as the parts of one file; the bodies are what `exportBody` returned, chunk by chunk. */
export function assembleExport(format: ExportFormat, bodies: readonly string[], totals: ExportTotals, exportedAt: number): string[] {
  const filled = bodies.filter((body) => body.length > 0);
  switch (format) {
    case 'jsonld':
      return [jsonLdHead(totals, exportedAt), ...filled.flatMap((body, i) => (i === 0 ? [body] : [',', body])), ']}}'];
    case 'markdown':
      return [markdownHeader(totals.notes, totals.pages, exportedAt), ...filled, '\n'];
    case 'csv':
      return [`${CSV_COLUMNS.join(',')}\r\n`, ...filled];
  }
}
