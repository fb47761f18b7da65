import type { JsonLdSummary } from './json-ld';

export interface ArticleEvidence {
  jsonLd: JsonLdSummary;
  ogType: string | null;
  hasPublishedTime: boolean;
  url: string | null;
  /** Prose characters (non-space, outside links) and strong paragraphs in the body found. */
  proseChars: number;
  strongParagraphs: number;
  /** Linked headings (teasers) inside the chosen root, and in the whole page. */
  rootLinkedHeadings: number;
  pageLinkedHeadings: number;
}

// Paths of home pages, section fronts, tag, author and search pages.
const LISTING_PATH = /^\/?(?:$|(?:index|default|home)\.\w+$|(?:tags?|topics?|category|categories|section|sections|search|author|authors|archive|archives)(?:\/|$))/i;

/**
 * Is this page one article? Declarations (JSON-LD, OpenGraph) and the shape of the text vote; a page needs a
 * body of real prose whatever it declares, since home pages also carry article markup for their teasers.
 */
export function judgeIsArticle(e: ArticleEvidence): boolean {
  if (e.proseChars < 250 || e.strongParagraphs === 0) return false;
  let votes = 0;
  if (e.jsonLd.article) votes += 2;
  if (e.jsonLd.listing) votes -= 3;
  if (e.jsonLd.articleCount > 3) votes -= 1;
  if (e.ogType === 'article') votes += 1;
  else if (e.ogType === 'website') votes -= 1;
  if (e.hasPublishedTime) votes += 1;
  if (e.url && isListingUrl(e.url)) votes -= 2;
  if (e.rootLinkedHeadings >= 3) votes -= 3;
  if (e.pageLinkedHeadings >= 12 && e.strongParagraphs < 6) votes -= 1;
  if (e.strongParagraphs >= 3) votes += 2;
  else if (e.strongParagraphs >= 2) votes += 1;
  if (e.proseChars >= 300) votes += 1;
  if (e.proseChars >= 1200) votes += 1;
  return votes >= 1;
}

function isListingUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.searchParams.has('q') || u.searchParams.has('s') || u.searchParams.has('query')) return true;
    return LISTING_PATH.test(u.pathname);
  } catch {
    return false;
  }
}
