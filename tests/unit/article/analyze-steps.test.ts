import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeDocumentSteps, type AnalyzeOptions, type DocumentAnalysis } from '../../../utils/analysis/analyze-document';
import { loadPage, ROOT } from './load-page';

const PAGES = [
  'demo/article.html',
  ...readdirSync(join(ROOT, 'tests', 'fixtures', 'pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => `tests/fixtures/pages/${name}`),
];

interface Run {
  analysis: DocumentAnalysis;
  phases: unknown[];
  pauses: number;
}

/** Drives the stepped pipeline by hand; `between(pause, phase)` runs at each pause, where the page could change. */
function runStepped(doc: Document, options: AnalyzeOptions, between?: (pause: number, phase: string) => void): Run {
  const steps = analyzeDocumentSteps(doc, options);
  const phases: unknown[] = [];
  let phase = 'start';
  let pauses = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return { analysis: next.value, phases, pauses };
    pauses++;
    if (typeof next.value === 'string') {
      phases.push(next.value);
      phase = next.value;
    }
    between?.(pauses, phase);
  }
}

/** What a run found, with the time taken left out and DOM nodes compared by identity. */
function comparable({ result, found, claims }: DocumentAnalysis) {
  const { ms: _ms, ...rest } = result;
  return { result: rest, claims, isArticle: found.isArticle, root: found.root, map: found.map, metadata: found.metadata };
}

/** Every run of the map lies on a live Text node and reads there what the article text says (spaces collapsed). */
function expectMapTrueToPage(analysis: DocumentAnalysis): void {
  const { map } = analysis.found;
  for (const run of map.runs) {
    expect(run.node.isConnected).toBe(true);
    const inPage = run.node.data.slice(run.nodeOffset, run.nodeOffset + run.length).replace(/\s/g, ' ');
    const inText = map.article.text.slice(run.textStart, run.textStart + run.length).replace(/\s/g, ' ');
    expect(inPage).toBe(inText);
  }
}

describe('the analysis in steps', () => {
  it.each(PAGES)('%s: pausing after every element finds exactly what one pass finds', (path) => {
    const url = 'http://127.0.0.1:4173/page.html';
    const doc = loadPage(path, url);
    const stepped = runStepped(doc, { url, stepSize: 1 });
    const whole = runStepped(doc, { url, stepSize: Infinity });
    expect(comparable(stepped.analysis)).toEqual(comparable(whole.analysis));
    expect(comparable(analyzeDocument(doc, { url }))).toEqual(comparable(whole.analysis));
    // The phases come in order; the walks pause far more often than at phase changes alone.
    expect(whole.phases).toEqual(['measure', 'root', 'blocks', 'text', 'claims']);
    expect(stepped.phases).toEqual(whole.phases);
    expect(whole.pauses).toBe(5);
    expect(stepped.pauses).toBeGreaterThan(doc.body.getElementsByTagName('*').length);
  });

  it('the demo article pauses every 100 elements by default, and finds its quotes', () => {
    const doc = loadPage('demo/article.html');
    const run = runStepped(doc, {});
    const elements = doc.body.getElementsByTagName('*').length;
    expect(run.pauses).toBeGreaterThanOrEqual(5 + Math.floor(elements / 100));
    expect(run.analysis.result.quotes.length).toBeGreaterThan(0);
  });

  describe('when the page changes while the analysis is paused', () => {
    const url = 'http://127.0.0.1:4173/demo/article.html';
    const pausesInAll = runStepped(loadPage('demo/article.html', url), { url, stepSize: 1 }).pauses;
    const at = (share: number) => Math.max(1, Math.floor(pausesInAll * share));

    it.each([0.01, 0.3, 0.6, 0.9])('the story moved elsewhere %f of the way through: the result is the fresh page’s', (share) => {
      const doc = loadPage('demo/article.html', url);
      let moved = false;
      const run = runStepped(doc, { url, stepSize: 1 }, (pause, phase) => {
        if (pause !== at(share) || phase === 'claims') return;
        moved = true;
        // A single-page app re-renders its story: the old article leaves, a new copy is added at the end.
        const article = doc.querySelector('article')!;
        const copy = article.cloneNode(true) as Element;
        copy.querySelector('.article-body p')!.textContent = '“We moved the story,” the editor said on Tuesday.';
        article.remove();
        doc.body.append(copy);
      });
      expect(moved).toBe(true);
      expect(run.analysis.found.root?.isConnected).toBe(true);
      expectMapTrueToPage(run.analysis);
      expect(comparable(run.analysis).result).toEqual(comparable(analyzeDocument(doc, { url })).result);
      expect(run.analysis.result.article.text).toContain('We moved the story');
    });

    it.each([0.05, 0.5, 0.95])('paragraphs added and text changed %f of the way through: the text and its map still agree with the page', (share) => {
      const doc = loadPage('demo/article.html', url);
      let changed = false;
      const run = runStepped(doc, { url, stepSize: 1 }, (pause, phase) => {
        // Once the text is taken (the claims phase) the page may move on; marking copes with that, not this.
        if (pause !== at(share) || phase === 'claims') return;
        changed = true;
        const paragraphs = doc.querySelectorAll('.article-body p');
        const added = doc.createElement('p');
        added.textContent = 'A paragraph that loaded late, with “a late quote,” a reader said.';
        paragraphs[2]!.after(added);
        paragraphs[1]!.firstChild!.textContent = 'Rewritten while the analysis waited.';
      });
      expect(changed).toBe(true);
      expect(run.analysis.found.root?.isConnected).toBe(true);
      expectMapTrueToPage(run.analysis);
    });
  });
});
