import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusPage {
  id: string;
  url: string;
  truth: string;
  htmlPath: string;
}

export const ARTICLES_DEV = join(import.meta.dirname, '..', '..', 'shared', 'corpora', 'articles-dev');

/** The labelled pages, or null when the corpus is not on this machine (a user's clone has none). */
export function loadArticlesCorpus(dir = ARTICLES_DEV): CorpusPage[] | null {
  const truthFile = join(dir, 'ground-truth.json');
  if (!existsSync(truthFile)) return null;
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string; url: string }>;
  return Object.keys(truth)
    .sort()
    .map((id) => ({ id, url: truth[id]!.url, truth: truth[id]!.articleBody, htmlPath: join(dir, 'pages', `${id}.html`) }));
}

/** About one page in six, chosen by position in id order, kept aside to check the detector on pages not tuned on. */
export function isHeldOut(index: number): boolean {
  return index % 6 === 5;
}
