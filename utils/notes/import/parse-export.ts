import * as v from 'valibot';
import { describeIssues } from '../../messaging/schemas';
import type { Note } from '../note-types';
import { normalizeTags } from '../note-store';
import { cleanUrl, normalizeUrl, siteOf } from '../page-identity';
import { noteIdFromIri } from '../export/web-annotation';
import { AnnotationSliceSchema, ExportEnvelopeSchema, type ImportedAnnotation } from './annotation-schema';

/**
 * The library's side of an import: reads a Newsmark JSON-LD export into notes, or says plainly what is wrong
 * with the file, checking a slice of annotations at a time and pausing between slices so the page keeps
 * answering. The notes it returns are sent to the background in batches (import-in-batches.ts), which checks
 * them again and writes them in one transaction (import-staging.ts).
 */

/** The largest file the library reads: the text, its parsed JSON and the notes are all in memory at once. */
export const MAX_IMPORT_FILE_BYTES = 160 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Throws when a file is too big for the library to read; called with File.size before reading the file. */
export function checkImportFileSize(bytes: number): void {
  if (bytes > MAX_IMPORT_FILE_BYTES) {
    throw new Error(
      `This file is ${megabytes(bytes)}, too large to import (the limit is ${megabytes(MAX_IMPORT_FILE_BYTES)}). ` +
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

function parseJson(fileText: string): unknown {
  try {
    return JSON.parse(fileText);
  } catch (error) {
    throw new Error(`This file is not JSON, so it is not a Newsmark export (${(error as Error).message}).`);
  }
}

function checkUniqueIds(notes: readonly Note[]): void {
  const seen = new Map<string, number>();
  notes.forEach((note, index) => {
    const earlier = seen.get(note.id);
    if (earlier !== undefined) {
      throw new Error(`This file holds note ${note.id} twice (items ${earlier} and ${index}). Nothing was imported.`);
    }
    seen.set(note.id, index);
  });
}

const invalidFile = (why: string) => new Error(`This file is not a valid Newsmark JSON-LD export: ${why}. Nothing was imported.`);

const SLICE = 1000;

/** Issues of a slice, with paths counted from the start of the file's items ("at first.items.1042.target…"). */
function describeSliceIssues(issues: readonly v.BaseIssue<unknown>[], offset: number): string {
  const lines = issues.slice(0, 5).map((issue) => {
    const [index, ...rest] = (v.getDotPath(issue) ?? '').split('.');
    const at = index ? ['first', 'items', Number(index) + offset, ...rest].join('.') : '';
    return at ? `at ${at}: ${issue.message}` : issue.message;
  });
  if (issues.length > 5) lines.push(`and ${issues.length - 5} more`);
  return lines.join('; ');
}
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function parseExportInSlices(fileText: string, onProgress?: (checked: number, total: number) => void): Promise<Note[]> {
  checkImportFileSize(fileText.length);
  const envelope = v.safeParse(ExportEnvelopeSchema, parseJson(fileText));
  if (!envelope.success) throw invalidFile(describeIssues(envelope.issues));
  const items = envelope.output.first.items;
  const notes: Note[] = [];
  for (let start = 0; start < items.length; start += SLICE) {
    const slice = v.safeParse(AnnotationSliceSchema, items.slice(start, start + SLICE));
    if (!slice.success) throw invalidFile(describeSliceIssues(slice.issues, start));
    for (const annotation of slice.output) notes.push(toNote(annotation));
    onProgress?.(notes.length, items.length);
    await nextTask();
  }
  checkUniqueIds(notes);
  return notes;
}
