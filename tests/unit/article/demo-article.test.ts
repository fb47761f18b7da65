import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../utils/article/find-article';
import { domPieces } from '../../../utils/dom/text-map';
import { loadPage, ROOT } from './load-page';

interface Expected {
  article: {
    title: string; byline: string; published: string; siteName: string; canonicalPath: string; language: string;
    structured: Record<string, string | null>;
    blocks: { kind: string; text: string; social?: string }[];
    text: string;
  };
  mustNotMark: { outsideBody: string[] };
}

const expected = JSON.parse(readFileSync(join(ROOT, 'demo', 'article.expected.json'), 'utf8')) as Expected;
const url = 'http://127.0.0.1:4173/demo/article.html';

describe('the demo article', () => {
  const doc = loadPage('demo/article.html', url);
  const found = findArticle(doc, { url });

  it('is an article whose body text is exactly the expected blocks', () => {
    expect(found.isArticle).toBe(true);
    expect(found.map.article.text).toBe(expected.article.text);
    const { text, blocks } = found.map.article;
    expect(blocks.map((b) => ({ kind: b.kind, text: text.slice(b.start, b.end), ...(b.social ? { social: b.social } : {}) }))).toEqual(
      expected.article.blocks,
    );
  });

  it('leaves out the header, navigation, ticker, dek, share bars, caption, ad, newsletter, rail, comments, cookie banner and footer', () => {
    for (const outside of expected.mustNotMark.outsideBody) expect(found.map.article.text).not.toContain(outside);
  });

  it('reads its metadata from JSON-LD, OpenGraph and the link tags', () => {
    expect(found.metadata).toEqual({
      title: expected.article.title,
      byline: expected.article.byline,
      published: expected.article.published,
      siteName: expected.article.siteName,
      canonicalUrl: new URL(expected.article.canonicalPath, url).href,
      language: expected.article.language,
      structured: expected.article.structured,
    });
  });

  it('maps every character of the body back to the live text nodes', () => {
    const { text } = found.map.article;
    let mapped = 0;
    for (const run of found.map.runs) {
      const inNode = run.node.data.slice(run.nodeOffset, run.nodeOffset + run.length).replace(/\s/g, ' ');
      expect(text.slice(run.textStart, run.textStart + run.length)).toBe(inNode);
      mapped += run.length;
    }
    // Everything but the separators the map adds itself (block breaks, line breaks between inner blocks) is mapped.
    expect(mapped).toBe(text.replace(/\n/g, '').length);
    expect(domPieces(found.map, 0, 12).map((p) => p.node.data.slice(p.start, p.end)).join('')).toBe('HARBOR CITY ');
  });
});
