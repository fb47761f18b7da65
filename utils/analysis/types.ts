/**
 * The shapes that flow through the analysis pipeline:
 * page → article (text + blocks + metadata) → claims (quotes, statistics, syndication) → summary.
 *
 * Everything here is plain data: the same values come out of the content script and the `analyze` command.
 * Offsets are UTF-16 indices into `ArticleText.text`, end exclusive.
 */

/** What a body block is; detectors use it (a heading holds no quote, an embed is someone else's post). */
export type BlockKind = 'paragraph' | 'heading' | 'list-item' | 'blockquote' | 'embed' | 'preformatted';

export interface TextBlock {
  start: number;
  end: number;
  kind: BlockKind;
  /** Set when the block is (or holds) an embedded social post, e.g. "twitter", "instagram". */
  social?: string;
}

/** The article as text: paragraphs joined by "\n\n", with where each block lies in it. */
export interface ArticleText {
  text: string;
  blocks: TextBlock[];
}

/** Publishers named in machine-readable data (JSON-LD, microdata) of the page. */
export interface StructuredPublishers {
  publisher: string | null;
  provider: string | null;
  sourceOrganization: string | null;
  copyrightHolder: string | null;
  isBasedOn: string | null;
}

export interface ArticleMetadata {
  title: string | null;
  byline: string | null;
  /** ISO 8601 when the page states it. */
  published: string | null;
  siteName: string | null;
  canonicalUrl: string | null;
  language: string | null;
  structured: StructuredPublishers;
}

/** What the claim detectors know about the page besides its text. */
export interface PageContext {
  url: string | null;
  siteName: string | null;
  metadata?: ArticleMetadata;
}

export interface Quote {
  start: number;
  end: number;
  /** The quotation including its quotation marks. */
  text: string;
  speaker: string | null;
  /** Title or role split from the speaker ("DHS Acting Secretary"). */
  role?: string | null;
}

export type Qualifier = '=' | '~' | '>' | '<' | '>=' | '<=';

export interface Statistic {
  start: number;
  end: number;
  text: string;
  value: number | null;
  unit: string | null;
  qualifier: Qualifier | null;
  source: string | null;
  /** The time the number refers to, when stated ("2019"). */
  time?: string | null;
}

export type SyndicationKind =
  | 'licence-notice'
  | 'originally-published'
  | 'wire-credit'
  | 'copyright-line'
  | 'related-promo'
  | 'embedded-social'
  | 'metadata';

export interface SyndicationNotice {
  kind: SyndicationKind;
  text: string;
  /** The publisher that made the story, normalised ("The Daily Caller News Foundation"). */
  origin: string | null;
  /** Where the notice lies in the article text; absent for `metadata` notices. */
  start?: number;
  end?: number;
}

export interface SourcingSummary {
  speakers: { name: string; quotes: number }[];
  sources: { name: string; statistics: number }[];
  unsourcedStatistics: number;
}

export interface Claims {
  quotes: Quote[];
  statistics: Statistic[];
  syndication: SyndicationNotice[];
  sourcing: SourcingSummary;
}

/** The `analyze` command's result for one page (see README, "The analyze command"). */
export interface AnalysisResult {
  id?: string;
  url: string | null;
  isArticle: boolean;
  article: {
    title: string | null;
    byline: string | null;
    published: string | null;
    siteName: string | null;
    text: string;
  };
  quotes: Quote[];
  statistics: Statistic[];
  syndication: SyndicationNotice[];
  sourcing: SourcingSummary;
  ms: number;
}
