/**
 * Notes as the store keeps them. Selectors follow the W3C Web Annotation data model, so a note can be
 * re-anchored on a changed page and exported as standard JSON-LD.
 */

export type ClaimKind = 'quote' | 'statistic' | 'syndication' | 'promo' | 'social' | 'selection';

export const CLAIM_KINDS = ['quote', 'statistic', 'syndication', 'promo', 'social', 'selection'] as const satisfies readonly ClaimKind[];

export const VERDICTS = ['verify', 'confirmed', 'misleading', 'needs context'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** https://www.w3.org/TR/annotation-model/#text-quote-selector */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** https://www.w3.org/TR/annotation-model/#text-position-selector, over the article text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export interface NoteSelectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** What a page tells the store about itself when notes are saved or looked up. */
export interface PageIdentityInput {
  url: string;
  canonicalUrl?: string | null;
  title?: string | null;
  siteName?: string | null;
  /** The publisher that made the story when it is syndicated. */
  origin?: string | null;
}

export interface NoteDraft {
  /** Made by the sender (crypto.randomUUID), so that retrying a save never duplicates it. */
  id: string;
  page: PageIdentityInput;
  kind: ClaimKind;
  selectors: NoteSelectors;
  /** The reader's note. */
  text: string;
  tags: string[];
  verdict: Verdict | null;
}

export interface Note extends Omit<NoteDraft, 'page'> {
  /** The normalised page key the note belongs to. */
  pageKey: string;
  pageUrl: string;
  pageTitle: string | null;
  site: string | null;
  created: number;
  updated: number;
}

export interface NoteQuery {
  text?: string;
  tags?: string[];
  verdict?: Verdict;
  kind?: ClaimKind;
  site?: string;
  /** Epoch milliseconds, inclusive. */
  from?: number;
  to?: number;
  limit?: number;
  /** The last note of the previous page: the answer starts after it (newest first). */
  after?: { updated: number; id: string };
}

/** A page of search results. */
export interface NotePage {
  notes: Note[];
  /** More notes match after these. */
  more: boolean;
  /** How many notes match in all, when that is known without reading them (else null: "more than shown"). */
  total: number | null;
}

export type ExportFormat = 'jsonld' | 'markdown' | 'csv';

export interface ImportReport {
  added: number;
  unchanged: number;
  /** Notes already stored under the same id that the file had a newer version of. */
  updated?: number;
}

/** An edit of a stored note's own fields (the library edits notes without a page to describe). */
export interface NotePatch {
  id: string;
  text?: string;
  tags?: string[];
  verdict?: Verdict | null;
}

export interface NotesStats {
  notes: number;
  pages: number;
}
