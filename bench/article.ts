/**
 * `npm run bench:article`: Newsmark's article detector beside @mozilla/readability 0.6.0 (Firefox Reader View) on
 * the articles-dev corpus, scored with that benchmark's metric, timed on the same DOM library with parsing excluded.
 * Flags: --skip-readability (detector only, for quick iterations), --worst N (list the N lowest-F1 pages).
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { createDom } from '../scripts/analyze/create-dom';
import { readFileSync } from 'node:fs';
import { findArticle } from '../utils/article/find-article';
import { matchPage, scorePages, type PageMatch, type Scores } from './article-metric';
import { ARTICLES_DEV, isHeldOut, loadArticlesCorpus } from './articles-corpus';
import { blockText } from './block-text';

interface Run {
  matches: PageMatch[];
  ms: number[];
}

const args = process.argv.slice(2);
const skipReadability = args.includes('--skip-readability');
const worstIndex = args.indexOf('--worst');
const worstCount = worstIndex >= 0 ? Number(args[worstIndex + 1] ?? 10) : 0;

const pages = loadArticlesCorpus();
if (!pages) {
  console.log(`bench:article: ${ARTICLES_DEV} is not on this machine; nothing to measure.`);
  process.exit(0);
}

// jsdom for both: it is the library the analyze command uses, and the one whose text matches the browsers'.
const ours: Run = { matches: [], ms: [] };
const theirs: Run = { matches: [], ms: [] };
const notArticle: string[] = [];
const perPage: { id: string; url: string; f1: number; precision: number; recall: number }[] = [];

for (const page of pages) {
  const html = readFileSync(page.htmlPath, 'utf8');
  const dom = createDom(html, page.url);
  const began = performance.now();
  const found = findArticle(dom.window.document, { url: page.url });
  ours.ms.push(performance.now() - began);
  if (!found.isArticle) notArticle.push(page.id);
  const match = matchPage(page.truth, found.isArticle ? found.map.article.text : '');
  ours.matches.push(match);
  perPage.push({ id: page.id, url: page.url, ...pageScores(match) });
  dom.window.close();

  if (skipReadability) continue;
  const copy = createDom(html, page.url);
  const started = performance.now();
  const article = new Readability(copy.window.document).parse();
  theirs.ms.push(performance.now() - started);
  const text = article?.content ? blockText(JSDOM.fragment(article.content)) : '';
  theirs.matches.push(matchPage(page.truth, text));
  copy.window.close();
}

const heldOut = (run: Run) => run.matches.filter((_, i) => isHeldOut(i));
const tuned = (run: Run) => run.matches.filter((_, i) => !isHeldOut(i));

console.log(`articles-dev: ${pages.length} pages (${pages.filter((_, i) => isHeldOut(i)).length} held out), jsdom ${'29'}, parsing not timed\n`);
printRow('newsmark  all     ', scorePages(ours.matches));
printRow('newsmark  tuned-on', scorePages(tuned(ours)));
printRow('newsmark  held-out', scorePages(heldOut(ours)));
if (!skipReadability) {
  printRow('readability all     ', scorePages(theirs.matches));
  printRow('readability tuned-on', scorePages(tuned(theirs)));
  printRow('readability held-out', scorePages(heldOut(theirs)));
}
console.log(`\nnewsmark: isArticle false on ${notArticle.length} of ${pages.length} article pages`);
console.log(`median analysis ms: newsmark ${median(ours.ms).toFixed(1)}` +
  (skipReadability ? '' : `, readability ${median(theirs.ms).toFixed(1)}, ratio ${(median(ours.ms) / median(theirs.ms)).toFixed(2)}`));
if (worstCount > 0) {
  console.log('\nlowest F1 pages:');
  for (const p of [...perPage].sort((a, b) => a.f1 - b.f1).slice(0, worstCount)) {
    console.log(`${p.f1.toFixed(3)} P ${p.precision.toFixed(3)} R ${p.recall.toFixed(3)} ${p.id.slice(0, 12)} ${p.url}`);
  }
}

function printRow(label: string, s: Scores): void {
  console.log(`${label.padEnd(22)} P ${s.precision.toFixed(3)}  R ${s.recall.toFixed(3)}  F1 ${s.f1.toFixed(3)}  (${s.pages} pages)`);
}

function pageScores(m: PageMatch): { precision: number; recall: number; f1: number } {
  const precision = m.tp + m.fp > 0 ? m.tp / (m.tp + m.fp) : 0;
  const recall = m.tp + m.fn > 0 ? m.tp / (m.tp + m.fn) : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
