import { analyzeDocument, analyzeText } from '../../utils/analysis/analyze-document';
import type { AnalysisResult } from '../../utils/analysis/types';
import { createDom } from './create-dom';

export interface PageInput {
  html?: string;
  text?: string;
  url?: string | null;
  siteName?: string | null;
}

/** A problem with one input: reported for that input, never fatal to a batch. */
export class InputError extends Error {}

/** Analyses HTML (through a DOM, parsing not timed) or a body given as text, with the content script's code. */
export function analyzeInput(input: PageInput): AnalysisResult {
  const options = { url: input.url ?? null, siteName: input.siteName ?? null };
  if (typeof input.text === 'string') return analyzeText(input.text, options);
  if (typeof input.html !== 'string') throw new InputError('the request has neither "html" nor "text"');
  checkLooksLikeHtml(input.html);
  const dom = createDom(input.html, options.url);
  try {
    return analyzeDocument(dom.window.document, options).result;
  } finally {
    dom.window.close();
  }
}

function checkLooksLikeHtml(html: string): void {
  if (html.trim().length === 0) throw new InputError('the input is empty');
  if (html.includes('\u0000')) throw new InputError('the input is binary, not HTML');
  if (!/<\s*(?:!doctype|html|head|body|[a-z][a-z0-9-]*[\s>/])/i.test(html)) throw new InputError('the input is not HTML (no tags found)');
}
