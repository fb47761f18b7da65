import { describe, expect, it } from 'vitest';
import { findArticle } from '../../../utils/article/find-article';
import { loadPage } from './load-page';

const paragraphs = (doc: Document, url?: string) => {
  const found = findArticle(doc, { url: url ?? null });
  return { found, blocks: found.map.article.text.split('\n\n') };
};

describe('findArticle on fixture pages modelled on real layouts', () => {
  it('JSON-LD articleBody page: body divs in, byline, ad label, share row and rail out; metadata from the graph', () => {
    const doc = loadPage('tests/fixtures/pages/jsonld-article-body.html');
    const { found, blocks } = paragraphs(doc);
    expect(found.isArticle).toBe(true);
    expect(blocks).toEqual([
      'Growers across the valley spent Monday night lighting smudge pots as temperatures fell below freezing, hoping to save blossoms on thousands of acres of stone fruit.',
      'The frost arrived two weeks after most apricot trees had bloomed, the worst timing in a decade, according to the county farm bureau.',
      'Crop insurers said claims could not be judged until the fruit sets in May, when growers will know how many flowers survived the cold.',
    ]);
    expect(found.metadata).toMatchObject({
      title: 'Valley orchards brace for a late frost',
      byline: 'Priya Raman and Tom Ellery',
      published: '2024-04-09T06:30:00Z',
      siteName: 'Riverbend Daily',
      canonicalUrl: 'https://riverbend-daily.example/farms/2024/04/orchards-late-frost',
      language: 'en',
      structured: { publisher: 'Riverbend Daily', provider: 'Valley Wire', copyrightHolder: 'Valley Wire', sourceOrganization: null, isBasedOn: null },
    });
  });

  it('<article> holding a share bar, a caption, a related list and a byline keeps only the story, in kinds', () => {
    const doc = loadPage('tests/fixtures/pages/article-with-related.html');
    const { found, blocks } = paragraphs(doc);
    expect(found.isArticle).toBe(true);
    expect(blocks).toEqual([
      'Northfield Library has started lending thermal cameras and small heat pump demonstrators to residents who want to find out where their homes lose heat.',
      'Borrowers can keep a kit for a week. The first twenty loans were booked within an hour of the scheme opening on Monday.',
      'How to borrow a kit',
      'Bring a library card and proof of address to the front desk.',
      'Kits must be returned to the same branch.',
      'We wanted people to see the problem before anyone tries to sell them a solution.',
      'The scheme is funded by a council grant until March.',
    ]);
    expect(found.map.article.blocks.map((b) => b.kind)).toEqual([
      'paragraph', 'paragraph', 'heading', 'list-item', 'list-item', 'blockquote', 'paragraph',
    ]);
    expect(found.metadata.byline).toBe('Owen Castell');
    expect(found.metadata.published).toBe('2024-11-02T09:00:00+00:00');
  });

  it('a table layout with no semantic tags: the prose cell, its <br> breaks kept as line breaks', () => {
    const doc = loadPage('tests/fixtures/pages/no-semantic-tags.html');
    const { found } = paragraphs(doc);
    expect(found.isArticle).toBe(true);
    expect(found.map.article.text).toBe(
      'The island ferry company will raise fares for cars and foot passengers from the first sailing in April, its board said on Thursday.\n' +
        'A return ticket for a car and driver will go up by four dollars. Islanders with a resident card keep their discount, the company said.\n' +
        'Residents at the monthly meeting asked the board to publish its fuel costs before the change takes effect, and the board agreed to do so.',
    );
  });

  it('a paginated article: this page’s text and subheading, without the pager or the entry meta line', () => {
    const doc = loadPage('tests/fixtures/pages/paginated.html');
    const { found, blocks } = paragraphs(doc);
    expect(found.isArticle).toBe(true);
    expect(blocks).toHaveLength(4);
    expect(blocks[0]).toMatch(/^By the second winter the steel had arrived/);
    expect(blocks[2]).toBe('A second vote');
    expect(blocks[3]).toMatch(/It passed by a single vote\.$/);
    expect(found.map.article.text).not.toMatch(/Previous|Next|Page 2 of 3/);
    expect(found.metadata.published).toBe('2024-06-14');
  });

  it('a live blog: entries with their headings and the embedded post, no bare timestamps, no load-more button', () => {
    const doc = loadPage('tests/fixtures/pages/live-blog.html');
    const { found } = paragraphs(doc);
    expect(found.isArticle).toBe(true);
    const { text, blocks } = found.map.article;
    expect(text).toContain('Police closed the causeway in both directions');
    expect(text).toContain('The centre of the storm crossed the coast');
    expect(text).not.toMatch(/\d:\d\d a\.m\./);
    expect(text).not.toContain('Load more');
    const embed = blocks.find((b) => b.kind === 'embed');
    expect(embed?.social).toBe('twitter');
    expect(text.slice(embed!.start, embed!.end)).toBe(
      'Crews are staged and ready. We will restore power as soon as it is safe to climb.\n— Bayside Power (@BaysidePower) October 20, 2024',
    );
    expect(found.metadata.byline).toBe('Bayside Tribune staff');
  });

  it('a home page of teasers is not an article', () => {
    const doc = loadPage('tests/fixtures/pages/home-page.html', 'http://127.0.0.1:4173/');
    expect(findArticle(doc, { url: 'http://127.0.0.1:4173/' }).isArticle).toBe(false);
  });

  it('a search results page is not an article', () => {
    const url = 'https://island-post.example/search?q=ferry';
    expect(findArticle(loadPage('tests/fixtures/pages/search-results.html', url), { url }).isArticle).toBe(false);
  });

  it('never changes the page it reads', () => {
    const doc = loadPage('tests/fixtures/pages/article-with-related.html');
    const before = doc.documentElement.outerHTML;
    findArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves out elements hidden by markup', () => {
    const doc = loadPage('tests/fixtures/pages/article-with-related.html');
    const paragraph = Array.from(doc.querySelectorAll('article p')).find((p) => p.textContent!.startsWith('Borrowers'))!;
    paragraph.setAttribute('style', 'display: none');
    doc.querySelector('article li')!.setAttribute('hidden', '');
    const text = findArticle(doc).map.article.text;
    expect(text).not.toContain('Borrowers can keep a kit');
    expect(text).not.toContain('Bring a library card');
    expect(text).toContain('Kits must be returned');
  });
});
