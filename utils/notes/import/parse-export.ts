import * as v from 'valibot';
import { describeIssues } from '../../messaging/schemas';
import type { Note } from '../note-types';
import { normalizeTags } from '../note-store';
import { cleanUrl, normalizeUrl, siteOf } from '../page-identity';
import { noteIdFromIri } from '../export/web-annotation';
import { AnnotationCollectionSchema, type ImportedAnnotation } from './annotation-schema';

/**
 * Reads a Newsmark JSON-LD export into notes, or says plainly what is wrong with the file. Pure: the store
 * writes the result in one transaction (import-notes.ts).
 */

/**
 * Larger files are refused before parsing: parsing and validating a file holds several copies of it in the
 * background's memory, and a message between extension pages must stay well under the browsers' 64 MB limit.
 * About 20,000 notes fit; bigger collections export and import in parts (filtered by site or date).
 */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Throws when a file is too big to import; the UI calls it with File.size before reading the file. */
export function checkImportSize(bytes: number): void {
  if (bytes > MAX_IMPORT_BYTES) {
    throw new Error(
      `This file is ${megabytes(bytes)}, too large to import (the limit is ${megabytes(MAX_IMPORT_BYTES)}). ` +
        'Export fewer notes at a time (filter by site or date) and import them one file at a time.',
    );
  }
}

function toNote(annotation: ImportedAnnotation): Note {
  const bodies = annotation.body;
  const quote = annotation.target.selector.find((s) => s.type === 'TextQuoteSelector')!;
  const position = annotation.target.selector.find((s) => s.type === 'TextPositionSelector')!;
  const verdicts = bodies.filter((b) => b.purpose === 'assessing');
  const created = Date.parse(annotation.created);
  const source = annotation.target.source;
  return {
    id: noteIdFromIri(annotation.id)!,
    kind: annotation['newsmark:kind'],
    selectors: {
      quote: { type: 'TextQuoteSelector', exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { type: 'TextPositionSelector', start: position.start, end: position.end },
    },
    text: bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value).join('\n\n'),
    tags: normalizeTags(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)),
    verdict: verdicts.length ? verdicts[verdicts.length - 1]!.value : null,
    pageKey: normalizeUrl(source),
    pageUrl: cleanUrl(source),
    pageTitle: annotation['newsmark:pageTitle'],
    site: annotation['newsmark:site'] ?? siteOf(source),
    created,
    updated: annotation.modified ? Date.parse(annotation.modified) : created,
  };
}

export function parseExport(fileText: string): Note[] {
  checkImportSize(fileText.length);
  let data: unknown;
  try {
    data = JSON.parse(fileText);
  } catch (error) {
    throw new Error(`This file is not JSON, so it is not a Newsmark export (${(error as Error).message}).`);
  }
  const result = v.safeParse(AnnotationCollectionSchema, data);
  if (!result.success) {
    throw new Error(`This file is not a valid Newsmark JSON-LD export: ${describeIssues(result.issues)}. Nothing was imported.`);
  }
  const notes = result.output.first.items.map(toNote);
  const seen = new Map<string, number>();
  notes.forEach((note, index) => {
    const earlier = seen.get(note.id);
    if (earlier !== undefined) {
      throw new Error(`This file holds note ${note.id} twice (items ${earlier} and ${index}). Nothing was imported.`);
    }
    seen.set(note.id, index);
  });
  return notes;
}
