import type { Note } from '../../utils/notes/note-types';
import { safePageUrl } from './page-link';

export interface PageGroup {
  pageKey: string;
  url: string;
  title: string | null;
  notes: Note[];
  /** The newest update among the page's notes: pages are ordered by it. */
  latest: number;
}

export interface SiteGroup {
  site: string;
  pages: PageGroup[];
  latest: number;
}

/** The name a note's site is listed under: its stored site name, else the page's host. */
export function siteOf(note: Note): string {
  if (note.site && note.site.trim()) return note.site.trim();
  return safePageUrl(note.pageUrl)?.hostname ?? 'Other pages';
}

/**
 * Notes grouped by site, then page; sites and pages with the most recent activity first, and notes in page
 * order (where they sit in the article), so a page's notes read top to bottom like the article.
 */
export function groupNotes(notes: readonly Note[]): SiteGroup[] {
  const sites = new Map<string, Map<string, PageGroup>>();
  for (const note of notes) {
    const site = siteOf(note);
    let pages = sites.get(site);
    if (!pages) sites.set(site, (pages = new Map()));
    let page = pages.get(note.pageKey);
    if (!page) {
      page = { pageKey: note.pageKey, url: note.pageUrl, title: note.pageTitle, notes: [], latest: 0 };
      pages.set(note.pageKey, page);
    }
    page.notes.push(note);
    page.latest = Math.max(page.latest, note.updated);
    if (!page.title && note.pageTitle) page.title = note.pageTitle;
  }
  const groups: SiteGroup[] = [];
  for (const [site, pages] of sites) {
    const pageList = [...pages.values()].sort((a, b) => b.latest - a.latest);
    for (const page of pageList) page.notes.sort(byPosition);
    groups.push({ site, pages: pageList, latest: pageList[0]?.latest ?? 0 });
  }
  return groups.sort((a, b) => b.latest - a.latest || a.site.localeCompare(b.site));
}

function byPosition(a: Note, b: Note): number {
  return a.selectors.position.start - b.selectors.position.start || a.created - b.created;
}

export function countPages(groups: readonly SiteGroup[]): number {
  return groups.reduce((sum, group) => sum + group.pages.length, 0);
}
