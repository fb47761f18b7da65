import type { ExportFormat, Note } from '../note-types';
import { exportCsv } from './csv';
import { exportMarkdown } from './markdown';
import { exportWebAnnotations } from './web-annotation';

export function exportNotes(notes: readonly Note[], format: ExportFormat, exportedAt = Date.now()): string {
  switch (format) {
    case 'jsonld':
      return exportWebAnnotations(notes, exportedAt);
    case 'markdown':
      return exportMarkdown(notes, exportedAt);
    case 'csv':
      return exportCsv(notes);
  }
}
