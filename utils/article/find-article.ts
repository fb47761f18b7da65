import type { ArticleMetadata } from '../analysis/types';
import { buildTextMap, type TextMap } from '../dom/text-map';
import { chooseRootInSteps } from './choose-root';
import { collectBlocksInSteps } from './collect-blocks';
import { WalkInterrupted } from './dom-walk';
import { measureElementsInSteps } from './element-stats';
import { judgeIsArticle } from './is-article';
import { readJsonLd, type JsonObject } from './json-ld';
import { metaContent, readMetadata } from './page-metadata';
import { runToEnd, type Steps } from './steps';

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
  /** Elements a stepped search walks between pauses (WALK_STEP unless told; tests pause after every element). */
  stepSize?: number;
}

/** What a stepped search is doing when it pauses. */
export type ArticlePhase = 'measure' | 'root' | 'blocks' | 'text';

/** Elements walked between pauses: a few milliseconds of work on a slow phone. */
export const WALK_STEP = 100;
/** Tries in steps before searching in one go, when the page keeps moving under the walk. */
const MAX_INTERRUPTED_TRIES = 3;

/**
 * Finds the article in a live document without changing it: the body's blocks in reading order, whether the page
 * is an article at all, and its metadata. Cost is a few linear walks of the page.
 */
export function findArticle(doc: Document, options: FindArticleOptions = {}): FoundArticle {
  return runToEnd(findArticleSteps(doc, options));
}

/**
 * The same search, pausing between units of work (every WALK_STEP elements of a walk). The page may change while
 * it is paused: the walks stand on the elements they measured, and the text and its map to the live DOM are built
 * in one step at the end from blocks still in the page, so they always agree with each other. When the page moved
 * the very place a walk stood, or a kept block left the page, the search starts over.
 */
export function* findArticleSteps(doc: Document, options: FindArticleOptions = {}): Steps<FoundArticle, ArticlePhase | void> {
  for (let tries = 1; tries < MAX_INTERRUPTED_TRIES; tries++) {
    try {
      return yield* findOnce(doc, options, options.stepSize ?? WALK_STEP);
    } catch (error) {
      if (!(error instanceof WalkInterrupted)) throw error;
    }
  }
  // A page that keeps moving under the walk is searched in one go: correct, if not short.
  return runToEnd(findOnce(doc, options, Infinity));
}

function* findOnce(doc: Document, options: FindArticleOptions, stepSize: number): Steps<FoundArticle, ArticlePhase | void> {
  const url = options.url ?? null;
  const jsonLd = readJsonLd(doc);
  const body = doc.body;
  if (!body) return nothingFound(doc, jsonLd.article, url);

  yield 'measure';
  const { stats, landmarks } = yield* measureElementsInSteps(body, stepSize);
  yield 'root';
  const { root } = yield* chooseRootInSteps(body, stats, stepSize);
  yield 'blocks';
  const collected = yield* collectBlocksInSteps(root, stats, { isRendered: options.isRendered }, stepSize);
  yield 'text';
  if (!root.isConnected || collected.sources.some((s) => !s.element.isConnected)) throw new WalkInterrupted();
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
