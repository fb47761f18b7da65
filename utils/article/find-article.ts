import type { ArticleMetadata } from '../analysis/types';
import { buildTextMap, type TextMap } from '../dom/text-map';

/** The article found in a live document: where it is, its text mapped back to the DOM, and what the page says of it. */
export interface FoundArticle {
  isArticle: boolean;
  root: Element | null;
  map: TextMap;
  metadata: ArticleMetadata;
}

export interface FindArticleOptions {
  url?: string | null;
}

// Placeholder until the article-detection issue lands: every <p> of the first <article> (or <body>).
export function findArticle(doc: Document, _options: FindArticleOptions = {}): FoundArticle {
  const root = doc.querySelector('article') ?? doc.body;
  const paragraphs = root ? Array.from(root.querySelectorAll('p')) : [];
  return {
    isArticle: paragraphs.length > 0,
    root,
    map: buildTextMap(paragraphs.map((element) => ({ element, kind: 'paragraph' as const }))),
    metadata: {
      title: doc.title || null,
      byline: null,
      published: null,
      siteName: null,
      canonicalUrl: null,
      language: doc.documentElement?.getAttribute('lang') ?? null,
      structured: { publisher: null, provider: null, sourceOrganization: null, copyrightHolder: null, isBasedOn: null },
    },
  };
}
