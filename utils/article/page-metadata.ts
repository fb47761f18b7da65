import type { ArticleMetadata, StructuredPublishers } from '../analysis/types';
import type { Landmarks } from './element-stats';
import { namesOf, referenceOf, stringOf, type JsonObject } from './json-ld';

export interface MetadataSources {
  article: JsonObject | null;
  root: Element | null;
  /** Elements noted while measuring the body; null when the page has no body. */
  landmarks: Landmarks | null;
}

/** The page's own statements about the article: JSON-LD first, then OpenGraph and meta tags, then visible text. */
export function readMetadata(doc: Document, sources: MetadataSources, url: string | null): ArticleMetadata {
  const meta = metaReader(doc);
  const ld = sources.article ?? {};
  const marks = sources.landmarks ?? { itemprops: [], bylines: [], times: [], h1s: [] };
  const itemprop = (name: string): Element | undefined => marks.itemprops.find((el) => hasToken(el.getAttribute('itemprop'), name));
  const title =
    clean(stringOf(ld['headline'])) ??
    meta('og:title') ??
    meta('twitter:title') ??
    clean(marks.h1s[0]?.textContent) ??
    clean(stripSiteSuffix(doc.title));
  const datePublished = itemprop('datePublished');
  const timeInRoot = marks.times.find((t) => t.hasAttribute('datetime') && (!sources.root || sources.root.contains(t)));
  return {
    title,
    byline: bylineOf(ld, meta, marks, itemprop),
    published: isoDate(
      stringOf(ld['datePublished']) ??
        meta('article:published_time') ??
        datePublished?.getAttribute('content') ??
        datePublished?.getAttribute('datetime') ??
        meta('datepublished') ??
        meta('pubdate') ??
        meta('publish-date') ??
        meta('parsely-pub-date') ??
        meta('sailthru.date') ??
        meta('dc.date') ??
        meta('dc.date.issued') ??
        meta('date') ??
        timeInRoot?.getAttribute('datetime') ??
        marks.times.find((t) => t.hasAttribute('datetime'))?.getAttribute('datetime') ??
        null,
    ),
    siteName: meta('og:site_name') ?? namesOf(ld['publisher'])[0] ?? meta('application-name') ?? siteSuffix(doc.title),
    canonicalUrl: absolute(linkHref(doc, 'canonical') ?? meta('og:url'), url),
    language: clean(
      doc.documentElement?.getAttribute('lang') ?? meta('content-language') ?? stringOf(ld['inLanguage']) ?? meta('og:locale'),
    ),
    structured: structuredPublishers(ld, itemprop),
  };
}

type MetaReader = (name: string) => string | null;

function metaReader(doc: Document): MetaReader {
  const byName = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i]!;
    const content = m.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr)?.trim().toLowerCase();
      if (key && !byName.has(key)) byName.set(key, content);
    }
  }
  return (name) => byName.get(name) ?? null;
}

/** The content of a <meta> by name or property, e.g. "og:type". */
export function metaContent(doc: Document, name: string): string | null {
  return metaReader(doc)(name);
}

function linkHref(doc: Document, rel: string): string | null {
  const links = doc.getElementsByTagName('link');
  for (let i = 0; i < links.length; i++) {
    const link = links[i]!;
    if (hasToken(link.getAttribute('rel')?.toLowerCase() ?? null, rel)) return link.getAttribute('href');
  }
  return null;
}

function hasToken(list: string | null, token: string): boolean {
  return list !== null && list.split(/\s+/).includes(token);
}

function clean(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.replace(/\s+/g, ' ').trim();
  return text.length > 0 ? text : null;
}

const SITE_SEPARATOR = /\s+[|–—·:-]\s+/;

function stripSiteSuffix(title: string): string {
  const parts = title.split(SITE_SEPARATOR);
  return parts.length > 1 ? parts.slice(0, -1).join(' - ') : title;
}

function siteSuffix(title: string): string | null {
  const parts = title.split(SITE_SEPARATOR);
  return parts.length > 1 ? clean(parts[parts.length - 1]) : null;
}

function bylineOf(ld: JsonObject, meta: MetaReader, marks: Landmarks, itemprop: (name: string) => Element | undefined): string | null {
  const authors = namesOf(ld['author']).filter((n) => !/^https?:/.test(n));
  if (authors.length > 0) return joinNames(authors);
  const metaAuthor = meta('author') ?? meta('article:author') ?? meta('parsely-author') ?? meta('sailthru.author');
  if (metaAuthor && !/^https?:/.test(metaAuthor)) return metaAuthor;
  const author = itemprop('author');
  const visible = author?.querySelector('[itemprop~="name"]') ?? author ?? marks.bylines[0];
  const text = clean(visible?.getAttribute('content') ?? visible?.textContent)?.replace(/^by\s+/i, '') ?? null;
  return text && text.length <= 120 ? text : null;
}

function joinNames(names: string[]): string {
  const unique = [...new Set(names)];
  if (unique.length <= 2) return unique.join(' and ');
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** ISO 8601 as the page states it (keeping its offset), or converted when the page uses another format. */
function isoDate(value: string | null): string | null {
  const text = clean(value);
  if (!text) return null;
  if (ISO_DATE.test(text)) return text.replace(' ', 'T');
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  const h = clean(href);
  if (!h) return null;
  try {
    return new URL(h, base ?? undefined).href;
  } catch {
    return h;
  }
}

function structuredPublishers(ld: JsonObject, itemprop: (name: string) => Element | undefined): StructuredPublishers {
  const microdata = (prop: string): string | null => {
    const el = itemprop(prop);
    if (!el) return null;
    const name = el.querySelector('[itemprop~="name"]');
    return clean(name?.getAttribute('content') ?? name?.textContent ?? el.getAttribute('content') ?? el.textContent);
  };
  return {
    publisher: namesOf(ld['publisher'])[0] ?? microdata('publisher'),
    provider: namesOf(ld['provider'])[0] ?? microdata('provider'),
    sourceOrganization: namesOf(ld['sourceOrganization'])[0] ?? microdata('sourceOrganization'),
    copyrightHolder: namesOf(ld['copyrightHolder'])[0] ?? microdata('copyrightHolder'),
    isBasedOn: referenceOf(ld['isBasedOn']) ?? referenceOf(ld['isBasedOnUrl']),
  };
}
