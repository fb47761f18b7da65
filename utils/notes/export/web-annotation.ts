import type { ClaimKind, Note, Verdict } from '../note-types';

/**
 * Notes as W3C Web Annotations (https://www.w3.org/TR/annotation-model/), JSON-LD. Any annotation tool reads
 * the standard part (target, selectors, bodies); the `newsmark:` terms keep what only Newsmark knows, so an
 * export imported back gives the same notes.
 */

export const NEWSMARK_NAMESPACE = 'https://newsmark.invalid/ns#';
export const ANNOTATION_CONTEXT = ['http://www.w3.org/ns/anno.jsonld', { newsmark: NEWSMARK_NAMESPACE }] as const;

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'assessing';
  value: string;
  format?: 'text/plain';
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting' | 'highlighting';
  created: string;
  modified: string;
  body: TextualBody[];
  target: {
    source: string;
    selector: [Note['selectors']['quote'], Note['selectors']['position']];
  };
  'newsmark:kind': ClaimKind;
  'newsmark:pageTitle': string | null;
  'newsmark:site': string | null;
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  'newsmark:exported': string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NOTE_IRI_PREFIX = 'urn:newsmark:note:';

/** An IRI for the note: a urn:uuid for the ids the note card makes, a Newsmark urn for any other. */
export function noteIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id}` : `${NOTE_IRI_PREFIX}${id}`;
}

/** The note id inside an annotation IRI of ours; null for an IRI we did not make. */
export function noteIdFromIri(iri: string): string | null {
  if (iri.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri.startsWith(NOTE_IRI_PREFIX)) return iri.slice(NOTE_IRI_PREFIX.length);
  return null;
}

function bodies(note: Note): TextualBody[] {
  const body: TextualBody[] = [];
  if (note.text) body.push({ type: 'TextualBody', purpose: 'commenting', value: note.text, format: 'text/plain' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (note.verdict) body.push({ type: 'TextualBody', purpose: 'assessing', value: note.verdict satisfies Verdict });
  return body;
}

export function noteToAnnotation(note: Note): WebAnnotation {
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: note.text ? 'commenting' : 'highlighting',
    created: new Date(note.created).toISOString(),
    modified: new Date(note.updated).toISOString(),
    body: bodies(note),
    target: { source: note.pageUrl, selector: [note.selectors.quote, note.selectors.position] },
    'newsmark:kind': note.kind,
    'newsmark:pageTitle': note.pageTitle,
    'newsmark:site': note.site,
  };
}

export function toAnnotationCollection(notes: readonly Note[], exportedAt: number): AnnotationCollection {
  return {
    '@context': ANNOTATION_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Newsmark notes',
    'newsmark:exported': new Date(exportedAt).toISOString(),
    total: notes.length,
    first: { type: 'AnnotationPage', startIndex: 0, items: notes.map(noteToAnnotation) },
  };
}

/** Compact JSON: a large export is a third smaller than indented, and tools indent it for reading. */
export function exportWebAnnotations(notes: readonly Note[], exportedAt = Date.now()): string {
  return JSON.stringify(toAnnotationCollection(notes, exportedAt));
}
