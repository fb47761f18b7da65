import type { ClaimKind, Note, NoteQuery, Verdict } from '../../utils/notes/note-types';
import { siteOf } from './group-notes';
import type { Facets } from './notes-source';

/** The library's filter controls as the form holds them (empty string = no filter). */
export interface LibraryFilters {
  tag: string;
  verdict: Verdict | '';
  kind: ClaimKind | '';
  site: string;
  /** `YYYY-MM-DD` from a date input, in the reader's time zone. */
  from: string;
  to: string;
}

export const NO_FILTERS: LibraryFilters = { tag: '', verdict: '', kind: '', site: '', from: '', to: '' };

export function hasFilters(filters: LibraryFilters): boolean {
  return Object.values(filters).some((value) => value !== '');
}

/** The store query for a search text and filters; dates cover whole local days. */
export function toNoteQuery(text: string, filters: LibraryFilters, limit?: number): NoteQuery {
  const query: NoteQuery = {};
  const trimmed = text.trim();
  if (trimmed) query.text = trimmed;
  if (filters.tag) query.tags = [filters.tag];
  if (filters.verdict) query.verdict = filters.verdict;
  if (filters.kind) query.kind = filters.kind;
  if (filters.site) query.site = filters.site;
  const from = localDayStart(filters.from);
  if (from !== null) query.from = from;
  const to = localDayStart(filters.to);
  if (to !== null) query.to = to + DAY_MS - 1;
  if (limit !== undefined) query.limit = limit;
  return query;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function localDayStart(day: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  return new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
}

/**
 * Tag and site choices for the filter menus: what the store lists, plus what the loaded notes hold (should the
 * store's lists fail), merged into what was already known so a choice never vanishes mid-session.
 */
export function mergeFacets(known: Facets, notes: readonly Note[], fromStore?: Facets): Facets {
  const tags = new Set([...known.tags, ...(fromStore?.tags ?? [])]);
  const sites = new Set([...known.sites, ...(fromStore?.sites ?? [])]);
  for (const note of notes) {
    for (const tag of note.tags) tags.add(tag);
    sites.add(siteOf(note));
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base' });
  return { tags: [...tags].sort(collator.compare), sites: [...sites].sort(collator.compare) };
}

/** Tags typed as "a, b, a" become ["a", "b"]. */
export function parseTags(input: string): string[] {
  const seen = new Set<string>();
  for (const raw of input.split(',')) {
    const tag = raw.trim();
    if (tag) seen.add(tag);
  }
  return [...seen];
}
