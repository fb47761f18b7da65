import { findArticleSteps, type ArticlePhase, type FoundArticle } from '../article/find-article';
import { runToEnd, type Steps } from '../article/steps';
import { detectClaims } from '../claims/detect-claims';
import type { AnalysisResult, ArticleText, Claims } from './types';

export interface AnalyzeOptions {
  url?: string | null;
  siteName?: string | null;
  /** For the stepped pipeline: elements walked between pauses (see findArticleSteps). */
  stepSize?: number;
}

export interface DocumentAnalysis {
  result: AnalysisResult;
  found: FoundArticle;
  claims: Claims;
}

/** What a stepped analysis is doing when it pauses. */
export type AnalysisPhase = ArticlePhase | 'claims';

/** The whole pipeline on a live document, at once: the `analyze` command and tests call this. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): DocumentAnalysis {
  return runToEnd(analyzeDocumentSteps(doc, options));
}

/**
 * The same pipeline, pausing between units of work (see findArticleSteps), so the content script can spread it
 * over short tasks. The claims are found in the article text taken in one step, never in the live page.
 */
export function* analyzeDocumentSteps(doc: Document, options: AnalyzeOptions = {}): Steps<DocumentAnalysis, AnalysisPhase | void> {
  const began = performance.now();
  const url = options.url ?? null;
  const found = yield* findArticleSteps(doc, { url, stepSize: options.stepSize });
  yield 'claims';
  const siteName = options.siteName ?? found.metadata.siteName;
  const claims = found.isArticle
    ? detectClaims(found.map.article, { url, siteName, metadata: found.metadata })
    : detectClaims({ text: '', blocks: [] }, { url, siteName, metadata: found.metadata });
  const { metadata } = found;
  const result: AnalysisResult = {
    url,
    isArticle: found.isArticle,
    article: {
      title: metadata.title,
      byline: metadata.byline,
      published: metadata.published,
      siteName,
      text: found.isArticle ? found.map.article.text : '',
    },
    ...claims,
    ms: performance.now() - began,
  };
  return { result, found, claims };
}

/** The pipeline on an article body given as text: paragraphs separated by blank lines. */
export function analyzeText(text: string, options: AnalyzeOptions = {}): AnalysisResult {
  const began = performance.now();
  const article = articleFromText(text);
  const url = options.url ?? null;
  const siteName = options.siteName ?? null;
  const claims = detectClaims(article, { url, siteName });
  return {
    url,
    isArticle: true,
    article: { title: null, byline: null, published: null, siteName, text },
    ...claims,
    ms: performance.now() - began,
  };
}

/** Splits a text body into paragraph blocks at blank lines, keeping the text exactly as given. */
export function articleFromText(text: string): ArticleText {
  const blocks: ArticleText['blocks'] = [];
  const separator = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = separator.exec(text); m; m = separator.exec(text)) {
    if (m.index > start) blocks.push({ start, end: m.index, kind: 'paragraph' });
    start = m.index + m[0].length;
  }
  if (start < text.length) blocks.push({ start, end: text.length, kind: 'paragraph' });
  return { text, blocks };
}
