import type { SourcingSummary, SyndicationNotice } from '../analysis/types';

/** Where a saved note was found on the page this visit. */
export type AnchorStatus = 'exact' | 'approximate' | 'orphan';

/** What the content script tells the popup about the page in its tab. */
export interface PageState {
  url: string;
  canonicalUrl: string | null;
  title: string | null;
  siteName: string | null;
  isArticle: boolean;
  counts: { quotes: number; speakers: number; statistics: number; unsourcedStatistics: number; notices: number };
  /** The publisher that made the story, when it is not this site. */
  origin: string | null;
  syndication: SyndicationNotice[];
  sourcing: SourcingSummary;
  /** The one-line summary shown in the page panel and the popup. */
  summary: string;
  anchors: { noteId: string; status: AnchorStatus }[];
  /** Set when the reader turned Newsmark off for this page's site: the host to turn it back on for (nothing ran). */
  disabledOn?: string;
  /** Newsmark's own main-thread time on this page (its accounting, see utils/page/task-clock.ts); for `bench:page`. */
  perf?: { marksDoneMs: number | null; busyMs: number; longestTaskMs: number; analysisMs?: number; longestPageTaskMs?: number; longestTaskWhat?: string | null; marks: number };
}
