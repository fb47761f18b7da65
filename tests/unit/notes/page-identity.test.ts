import { describe, expect, it } from 'vitest';
import {
  candidateKeys,
  cleanUrl,
  isSameSite,
  normalizeUrl,
  pageIdentity,
  registrableDomain,
} from '../../../utils/notes/page-identity';

const STORY = 'https://www.example-news.com/politics/2026/03/council-votes-to-close-plant';

describe('normalizeUrl', () => {
  it('drops the fragment', () => {
    expect(normalizeUrl(`${STORY}#comments`)).toBe(STORY);
  });

  it.each([
    'utm_source=twitter&utm_medium=social&utm_campaign=spring',
    'fbclid=IwAR2x',
    'gclid=Cj0KCQ',
    'dclid=abc',
    'msclkid=123abc',
    'mc_cid=4f2&mc_eid=9a1',
    'igshid=MzRlODBiNWFlZA==',
    '_ga=2.1234.5678',
    'ref_src=twsrc%5Etfw',
    'ref=hp',
    'UTM_Source=Newsletter',
    'smid=tw-share',
  ])('drops tracking parameters: %s', (query) => {
    expect(normalizeUrl(`${STORY}?${query}`)).toBe(STORY);
  });

  it('keeps parameters that select content, sorted, while dropping the tracking ones among them', () => {
    expect(normalizeUrl('https://news.example.org/view.php?story=991&utm_source=x&id=12&page=2')).toBe(
      'https://news.example.org/view.php?id=12&page=2&story=991',
    );
    expect(normalizeUrl('https://video.example.org/watch?v=dQw&fbclid=zz')).toBe('https://video.example.org/watch?v=dQw');
    expect(normalizeUrl('https://forum.example.org/index.php?p=4&article=7')).toBe('https://forum.example.org/index.php?article=7&p=4');
  });

  it('keeps a ref parameter that carries a path rather than a referral label', () => {
    expect(normalizeUrl('https://cms.example.org/preview?ref=/news/2026/plant')).toContain('ref=');
  });

  it('gives the same key to the same article reached in different ways', () => {
    const variants = [
      STORY,
      `${STORY}/`,
      `${STORY}?utm_source=newsletter#section-2`,
      'HTTPS://WWW.Example-News.COM:443/politics/2026/03/council-votes-to-close-plant',
      'http://www.example-news.com:80/politics/2026/03/council-votes-to-close-plant?fbclid=1',
    ];
    expect(new Set(variants.map((url) => normalizeUrl(url))).size).toBe(1);
  });

  it('keeps the root slash, a non-default port and the path case', () => {
    expect(normalizeUrl('https://example.org')).toBe('https://example.org/');
    expect(normalizeUrl('https://example.org:8443/News/Story/')).toBe('https://example.org:8443/News/Story');
  });

  it('tells different articles apart', () => {
    expect(normalizeUrl('https://example.org/view?id=1')).not.toBe(normalizeUrl('https://example.org/view?id=2'));
    expect(normalizeUrl('https://a.example.org/story')).not.toBe(normalizeUrl('https://b.example.org/story'));
  });

  it('refuses what is not a URL with a clear error', () => {
    expect(() => normalizeUrl('not a url')).toThrow(/Not a URL/);
  });
});

describe('cleanUrl', () => {
  it('removes tracking but keeps the address as the site wrote it (order, trailing slash)', () => {
    expect(cleanUrl('https://example.org/a/?z=1&utm_medium=x&b=2#top')).toBe('https://example.org/a/?z=1&b=2');
  });
});

describe('registrableDomain and isSameSite', () => {
  it('knows two-label public suffixes', () => {
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('amp.theguardian.com')).toBe('theguardian.com');
    expect(registrableDomain('localhost')).toBe('localhost');
  });

  it('treats AMP and mobile hosts as the same site, another publisher as another site', () => {
    expect(isSameSite('https://amp.example-news.com/x', 'https://www.example-news.com/y')).toBe(true);
    expect(isSameSite('https://www.bbc.co.uk/x', 'https://www.itv.co.uk/x')).toBe(false);
    expect(isSameSite('https://news.yahoo.com/x', 'https://apnews.com/x')).toBe(false);
  });
});

describe('pageIdentity', () => {
  it('prefers a same-site canonical link', () => {
    const identity = pageIdentity({
      url: 'https://amp.example-news.com/politics/council-vote.amp?utm_source=google',
      canonicalUrl: 'https://www.example-news.com/politics/council-vote',
      title: '  Council votes to close plant ',
      siteName: 'Example News',
    });
    expect(identity).toMatchObject({
      key: 'https://www.example-news.com/politics/council-vote',
      url: 'https://www.example-news.com/politics/council-vote',
      canonicalUrl: 'https://www.example-news.com/politics/council-vote',
      site: 'example-news.com',
      title: 'Council votes to close plant',
      siteName: 'Example News',
      origin: null,
    });
  });

  it('resolves a relative canonical link against the page', () => {
    const identity = pageIdentity({ url: 'https://example.org/print/story-1', canonicalUrl: '/news/story-1' });
    expect(identity.key).toBe('https://example.org/news/story-1');
  });

  it('never follows a cross-site canonical link: it records it as the syndication origin', () => {
    const identity = pageIdentity({
      url: 'https://news.portal.example/wire/council-votes-123.html?ncid=rss',
      canonicalUrl: 'https://www.wire-service.example/article/council-votes',
    });
    expect(identity.key).toBe('https://news.portal.example/wire/council-votes-123.html');
    expect(identity.canonicalUrl).toBeNull();
    expect(identity.origin).toBe('wire-service.example');
  });

  it('keeps the origin the page states over the canonical guess, and ignores a broken canonical link', () => {
    expect(pageIdentity({ url: STORY, canonicalUrl: 'https://other.example/x', origin: 'The Wire' }).origin).toBe('The Wire');
    expect(pageIdentity({ url: STORY, canonicalUrl: 'http://[broken' }).key).toBe(STORY);
  });

  it('lists both the canonical key and the visited key when they differ', () => {
    expect(candidateKeys({ url: `${STORY}?utm_source=x` })).toEqual([STORY]);
    expect(candidateKeys({ url: 'https://amp.example-news.com/s', canonicalUrl: 'https://www.example-news.com/s' })).toEqual([
      'https://www.example-news.com/s',
      'https://amp.example-news.com/s',
    ]);
  });
});
