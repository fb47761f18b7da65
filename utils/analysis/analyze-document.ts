import { findArticleSteps, type ArticlePhase } from '../article/find-article';
import { runToEnd, type Steps } from '../article/steps';
import { detectClaims } from '../claims/detect-claims';
import { assembleAnalysis, claimsRequestOf, type DocumentAnalysis } from './assemble-analysis';
import type { AnalysisResult, ArticleText } from './types';

export type { DocumentAnalysis } from './assemble-analysis';

export interface AnalyzeOptions {
  url?: string | null;
  siteName?: string | null;
  /** For the stepped pipeline: elements walked between pauses (see findArticleSteps). */
  stepSize?: number;
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
  const { article, context } = claimsRequestOf(found, url, options.siteName);
  return assembleAnalysis(found, detectClaims(article, context), context, began);
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
