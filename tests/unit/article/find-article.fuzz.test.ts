import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findArticle, type FoundArticle } from '../../../utils/article/find-article';
import { parseHTML } from 'linkedom';
import { pageFromHtml, ROOT } from './load-page';

// jsdom's own parser and insertion steps are quadratic in nesting depth (minutes for 10,000 levels), so the huge
// pages are built with linkedom: what is under test is findArticle's walk, not a DOM library's parser.
const hugePage = (html: string) => parseHTML(`<!DOCTYPE html><html>${html}</html>`).document as unknown as Document;

// "Bounded" here means the run completes: speed is the benchmark's business, not a timed assertion's.

function expectWellFormed(found: FoundArticle): void {
  const { text, blocks } = found.map.article;
  expect(typeof found.isArticle).toBe('boolean');
  let last = -1;
  for (const b of blocks) {
    expect(b.start).toBeGreaterThan(last);
    expect(b.end).toBeGreaterThan(b.start);
    expect(b.end).toBeLessThanOrEqual(text.length);
    last = b.end;
  }
  for (const run of found.map.runs) expect(run.textStart + run.length).toBeLessThanOrEqual(text.length);
}

const TAGS = ['div', 'p', 'span', 'a', 'article', 'main', 'nav', 'aside', 'footer', 'header', 'section', 'ul', 'li', 'h1', 'h2',
  'blockquote', 'table', 'tr', 'td', 'figure', 'figcaption', 'time', 'br', 'img', 'script', 'style', 'template', 'svg',
  'iframe', 'form', 'button', 'frameset', 'frame', 'noscript', 'pre', 'b', 'em'];
const ATTRS = ['class="article-body"', 'class="related"', 'class="twitter-tweet"', 'hidden', 'aria-hidden="true"',
  'style="display:none"', 'role="main"', 'role="navigation"', 'itemprop="articleBody"', 'id="comments"', 'class="share"', ''];
const WORDS = ['The', 'council', 'said,', '“We', 'will”', '40%', 'according', 'to', 'DHS.', '&amp;', '&nbsp;', '<', '>', '\u00a0', '🙂', 'ملف', '中文。'];

const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' ')),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRS), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, attr, children, close]) => `<${tag} ${attr}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

const demo = readFileSync(join(ROOT, 'demo', 'article.html'), 'utf8');

describe('findArticle on random and broken pages', () => {
  it('random markup never throws and stays well formed', () => {
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 8 }), (parts) => {
        expectWellFormed(findArticle(pageFromHtml(`<!DOCTYPE html><html><body>${parts.join('')}</body></html>`)));
      }),
      { numRuns: 60 },
    );
  });

  it('a real-shaped page cut, spliced and duplicated at random never throws', () => {
    fc.assert(
      fc.property(fc.nat(demo.length), fc.nat(demo.length), fc.nat(demo.length), fragment, (a, b, c, inserted) => {
        const [from, to] = a < b ? [a, b] : [b, a];
        const mutated = demo.slice(0, from) + inserted + demo.slice(to, to + (c % 2000)) + demo.slice(from);
        expectWellFormed(findArticle(pageFromHtml(mutated), { url: 'http://127.0.0.1/x' }));
      }),
      { numRuns: 25 },
    );
  });

  it('empty body, no body, framesets and garbage give isArticle false', () => {
    for (const html of ['', '<html></html>', '<body></body>', '<frameset><frame src="a.html"><frame src="b.html"></frameset>',
      '\u0000\u0001binary', '<<<>>>', '<html><body><p></p><p> </p></body></html>']) {
      const found = findArticle(pageFromHtml(html));
      expect(found.isArticle).toBe(false);
      expectWellFormed(found);
    }
  });

  it('a document with no documentElement at all', () => {
    const doc = pageFromHtml('<p>x</p>');
    doc.removeChild(doc.documentElement);
    expect(findArticle(doc).isArticle).toBe(false);
  });

  it('50,000 elements complete', () => {
    const para = '<p>The council said on Tuesday that the new rules would take effect in May, after a long and bitter debate.</p>';
    const html = `<body><nav>${'<a href="/x">Link</a>'.repeat(5000)}</nav><article>${para.repeat(20_000)}</article>${'<div><span>x</span></div>'.repeat(12_000)}</body>`;
    const found = findArticle(hugePage(html));
    expect(found.isArticle).toBe(true);
    expect(found.map.article.blocks).toHaveLength(20_000);
  }, 120_000);

  it('nesting 10,000 deep completes and finds the text at the bottom', () => {
    const depth = 10_000;
    const text = 'Deep in the page, the only paragraph says what the council decided, and why it took so long.';
    const html = `<body>${'<div>'.repeat(depth)}<p>${text}</p><p>${text}</p>${'</div>'.repeat(depth)}</body>`;
    const found = findArticle(hugePage(html));
    expect(found.map.article.text).toBe(`${text}\n\n${text}`);
  }, 120_000);
});
