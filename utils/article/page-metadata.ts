import type { ArticleMetadata, StructuredPublishers } from '../analysis/types';
import { namesOf, referenceOf, stringOf, type JsonObject } from './json-ld';

/** The page's own statements about the article: JSON-LD first, then OpenGraph and meta tags, then visible text. */
export function readMetadata(doc: Document, article: JsonObject | null, root: Element | null, url: string | null): ArticleMetadata {
  const meta = metaReader(doc);
  const ld = article ?? {};
  const title =
    clean(stringOf(ld['headline'])) ??
    meta('og:title') ??
    meta('twitter:title') ??
    clean(doc.querySelector('h1')?.textContent) ??
    clean(stripSiteSuffix(doc.title));
  return {
    title,
    byline: bylineOf(doc, ld, meta, root),
    published: isoDate(
      stringOf(ld['datePublished']) ??
        meta('article:published_time') ??
        doc.querySelector('[itemprop="datePublished" i]')?.getAttribute('content') ??
        doc.querySelector('[itemprop="datePublished" i]')?.getAttribute('datetime') ??
        meta('pubdate') ??
        meta('publish-date') ??
        meta('parsely-pub-date') ??
        meta('sailthru.date') ??
        meta('dc.date') ??
        meta('dc.date.issued') ??
        meta('date') ??
        (root ?? doc).querySelector('time[datetime]')?.getAttribute('datetime') ??
        null,
    ),
    siteName:
      meta('og:site_name') ??
      namesOf(ld['publisher'])[0] ??
      meta('application-name') ??
      siteSuffix(doc.title),
    canonicalUrl: absolute(doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? meta('og:url'), url),
    language: clean(
      doc.documentElement?.getAttribute('lang') ??
        doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ??
        stringOf(ld['inLanguage']) ??
        meta('og:locale'),
    ),
    structured: structuredPublishers(doc, ld),
  };
}

type MetaReader = (name: string) => string | null;

function metaReader(doc: Document): MetaReader {
  const byName = new Map<string, string>();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').trim().toLowerCase();
    const content = m.getAttribute('content')?.trim();
    if (key && content && !byName.has(key)) byName.set(key, content);
  }
  return (name) => byName.get(name) ?? null;
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

function bylineOf(doc: Document, ld: JsonObject, meta: MetaReader, root: Element | null): string | null {
  const authors = namesOf(ld['author']).filter((n) => !/^https?:/.test(n));
  if (authors.length > 0) return joinNames(authors);
  const metaAuthor = meta('author') ?? meta('article:author') ?? meta('parsely-author') ?? meta('sailthru.author');
  if (metaAuthor && !/^https?:/.test(metaAuthor)) return metaAuthor;
  const scope = root?.closest('article') ?? doc;
  const visible =
    scope.querySelector('[itemprop~="author" i] [itemprop="name" i]') ??
    scope.querySelector('[rel~="author"]') ??
    scope.querySelector('[itemprop~="author" i]') ??
    scope.querySelector('.byline, .author, [class*="byline" i]');
  const text = clean(visible?.textContent)?.replace(/^by\s+/i, '') ?? null;
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

function structuredPublishers(doc: Document, ld: JsonObject): StructuredPublishers {
  const microdata = (prop: string): string | null => {
    const el = doc.querySelector(`[itemprop~="${prop}"]`);
    if (!el) return null;
    const name = el.querySelector('[itemprop~="name"]');
    return clean(name?.getAttribute('content') ?? name?.textContent ?? el.getAttribute('content') ?? null);
  };
  return {
    publisher: namesOf(ld['publisher'])[0] ?? microdata('publisher'),
    provider: namesOf(ld['provider'])[0] ?? microdata('provider'),
    sourceOrganization: namesOf(ld['sourceOrganization'])[0] ?? microdata('sourceOrganization'),
    copyrightHolder: namesOf(ld['copyrightHolder'])[0] ?? microdata('copyrightHolder'),
    isBasedOn: referenceOf(ld['isBasedOn']) ?? referenceOf(ld['isBasedOnUrl']),
  };
}
