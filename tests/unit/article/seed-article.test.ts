import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../utils/analysis/analyze-document';
import { findArticle } from '../../../utils/article/find-article';
import { pageFromHtml, ROOT } from './load-page';

const seed = readFileSync(join(ROOT, 'tests', 'fixtures', 'seed-article.txt'), 'utf8');
const seedParagraphs = seed.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0);
const TWEET = /^DHS slams California officials/;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The seed's paragraphs set in a news page of the usual shape, the tweet as Twitter's embed code leaves it. */
function seedPage(): string {
  const body = seedParagraphs
    .map((p) => {
      if (!TWEET.test(p)) return `<p>${escape(p)}</p>`;
      const [post, credit] = p.split(' — ');
      return `<blockquote class="twitter-tweet"><p lang="en" dir="ltr">${escape(post!)}</p>&mdash; ${escape(credit!)}</blockquote>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="en"><head><title>ICE arrests illegal immigrants released under sanctuary policies</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="A Republisher">
<meta property="article:published_time" content="2020-10-07T16:00:00-04:00"></head><body>
<header class="site-header"><a href="/">A Republisher</a><nav><a href="/politics">Politics</a> <a href="/world">World</a></nav></header>
<main><article><h1>ICE arrests illegal immigrants released under sanctuary policies</h1>
<div class="byline">By Staff Writer · October 7, 2020</div>
<div class="social-share"><a href="#">Share</a> <a href="#">Tweet</a></div>
<div class="entry-content">${body}</div>
<section class="related-posts"><h2>Related posts</h2><ul><li><a href="/a">“We were never asked,” mayor says about 95% of new rules</a></li></ul></section>
</article></main><footer><p>© 2020 A Republisher</p></footer></body></html>`;
}

describe('the seed article', () => {
  it('as text: analyzeText keeps it exactly, one block a paragraph', () => {
    const result = analyzeText(seed, { siteName: 'A Republisher' });
    expect(result.isArticle).toBe(true);
    expect(result.article.text).toBe(seed);
  });

  it('as a page: every paragraph in order, the tweet as a twitter embed, no page furniture', () => {
    const found = findArticle(pageFromHtml(seedPage()));
    expect(found.isArticle).toBe(true);
    const { text, blocks } = found.map.article;
    const texts = blocks.map((b) => text.slice(b.start, b.end));
    expect(texts).toHaveLength(seedParagraphs.length);
    seedParagraphs.forEach((p, i) => {
      if (TWEET.test(p)) {
        expect(blocks[i]).toMatchObject({ kind: 'embed', social: 'twitter' });
        expect(texts[i]).toBe(p.replace(' — ', '\n— '));
      } else {
        expect(texts[i]).toBe(p);
      }
    });
    expect(text).not.toMatch(/Related posts|We were never asked|Share|© 2020|By Staff Writer/);
  });
});
