import type { Note } from '../note-types';

/**
 * Notes as CSV (RFC 4180) for spreadsheets. A cell that starts like a formula (= + - @, or a tab or carriage
 * return that some spreadsheets skip) gets a leading apostrophe, so opening the file never runs a formula
 * that a page or a note smuggled in.
 */

export const CSV_COLUMNS = [
  'id', 'page_url', 'page_title', 'site', 'kind', 'quote', 'note', 'tags', 'verdict', 'created', 'updated',
  'position_start', 'position_end',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  let text = value === null ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function row(note: Note): (string | number | null)[] {
  return [
    note.id,
    note.pageUrl,
    note.pageTitle,
    note.site,
    note.kind,
    note.selectors.quote.exact,
    note.text,
    note.tags.join('; '),
    note.verdict,
    new Date(note.created).toISOString(),
    new Date(note.updated).toISOString(),
    note.selectors.position.start,
    note.selectors.position.end,
  ];
}

/** One note as a CSV line, without its line break. */
export function csvRow(note: Note): string {
  return row(note).map(csvCell).join(',');
}

export function exportCsv(notes: readonly Note[]): string {
  const lines = [CSV_COLUMNS.join(','), ...notes.map(csvRow)];
  return lines.join('\r\n') + '\r\n';
}
