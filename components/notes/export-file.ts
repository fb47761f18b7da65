import type { ExportFormat } from '../../utils/notes/note-types';

export interface ExportFileType {
  label: string;
  extension: string;
  mime: string;
}

export const EXPORT_TYPES: Record<ExportFormat, ExportFileType> = {
  jsonld: { label: 'JSON-LD (Web Annotation, can be imported)', extension: 'jsonld', mime: 'application/ld+json' },
  markdown: { label: 'Markdown, grouped by page', extension: 'md', mime: 'text/markdown' },
  csv: { label: 'CSV (spreadsheet)', extension: 'csv', mime: 'text/csv' },
};

/** `newsmark-notes-2026-11-28.jsonld`, or `newsmark-notes-filtered-…` for a filtered export. */
export function exportFileName(format: ExportFormat, filtered: boolean, now = new Date()): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `newsmark-notes${filtered ? '-filtered' : ''}-${day}.${EXPORT_TYPES[format].extension}`;
}

/** Hands a text file (UTF-8) to the browser's downloads through a temporary Blob URL and an `<a download>`. */
export function downloadTextFile(name: string, mime: string, file: Blob): void {
  // A Blob made of a Blob refers to its bytes, it does not copy them.
  const url = URL.createObjectURL(new Blob([file], { type: `${mime};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox reads the Blob after click() returns: revoke later, not now.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
