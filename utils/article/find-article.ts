import type { ArticleMetadata } from '../analysis/types';
import { buildTextMap, type TextMap } from '../dom/text-map';
import { chooseRoot } from './choose-root';
import { collectBlocks } from './collect-blocks';
import { measureElements } from './element-stats';
import { judgeIsArticle } from './is-article';
import { readJsonLd, type JsonObject } from './json-ld';
import { metaContent, readMetadata } from './page-metadata';

/** The article found in a live document: where it is, its text mapped back to the DOM, and what the page says of it. */
export interface FoundArticle {
  isArticle: boolean;
  root: Element | null;
  map: TextMap;
  metadata: ArticleMetadata;
}

export interface FindArticleOptions {
  url?: string | null;
  /**
   * In a browser: a cheap computed-visibility test (e.g. `el.checkVisibility()`), asked only of candidate blocks.
   * Without it only markup hides (hidden, aria-hidden, inline display:none), which keeps Node fast.
   */
  isRendered?: (el: Element) => boolean;
}

/**
 * Finds the article in a live document without changing it: the body's blocks in reading order, whether the page
 * is an article at all, and its metadata. Cost is a few linear walks of the page.
 */
export function findArticle(doc: Document, options: FindArticleOptions = {}): FoundArticle {
  const url = options.url ?? null;
  const jsonLd = readJsonLd(doc);
  const body = doc.body;
  if (!body) return nothingFound(doc, jsonLd.article, url);

  const { stats, landmarks } = measureElements(body);
  const { root } = chooseRoot(body, stats);
  const collected = collectBlocks(root, stats, { isRendered: options.isRendered });
  const metadata = readMetadata(doc, { article: jsonLd.article, root, landmarks }, url);
  const ogType = metaContent(doc, 'og:type')?.toLowerCase() ?? null;
  const isArticle = judgeIsArticle({
    jsonLd,
    ogType,
    hasPublishedTime: metadata.published !== null,
    url,
    proseChars: collected.proseChars,
    strongParagraphs: collected.strongParagraphs,
    rootLinkedHeadings: stats.get(root)?.linkedHeadings ?? 0,
    pageLinkedHeadings: stats.get(body)?.linkedHeadings ?? 0,
  });
  return { isArticle, root, map: buildTextMap(collected.sources, collected.skip), metadata };
}

function nothingFound(doc: Document, article: JsonObject | null, url: string | null): FoundArticle {
  return {
    isArticle: false,
    root: null,
    map: buildTextMap([]),
    metadata: readMetadata(doc, { article, root: null, landmarks: null }, url),
  };
}
