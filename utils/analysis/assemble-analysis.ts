import type { FoundArticle } from '../article/find-article';
import type { AnalysisResult, ArticleText, Claims, PageContext } from './types';

/**
 * The parts of the pipeline around the claim detectors: what they are asked, and how their answer becomes an
 * analysis. Kept apart from utils/claims so the content script, which has the detectors run in the background,
 * does not carry them.
 */

export interface DocumentAnalysis {
  result: AnalysisResult;
  found: FoundArticle;
  claims: Claims;
}

/** What the claim detectors are run on for a found page: its article text (none for a page that is not one). */
export interface ClaimsRequest {
  article: ArticleText;
  context: PageContext;
}

export function claimsRequestOf(found: FoundArticle, url: string | null, siteName: string | null = null): ClaimsRequest {
  return {
    article: found.isArticle ? found.map.article : { text: '', blocks: [] },
    context: { url, siteName: siteName ?? found.metadata.siteName, metadata: found.metadata },
  };
}

/** The analysis of a page from what findArticle found and the claims found in its text. */
export function assembleAnalysis(found: FoundArticle, claims: Claims, context: PageContext, began: number): DocumentAnalysis {
  const { metadata } = found;
  const result: AnalysisResult = {
    url: context.url,
    isArticle: found.isArticle,
    article: {
      title: metadata.title,
      byline: metadata.byline,
      published: metadata.published,
      siteName: context.siteName,
      text: found.isArticle ? found.map.article.text : '',
    },
    ...claims,
    ms: performance.now() - began,
  };
  return { result, found, claims };
}
