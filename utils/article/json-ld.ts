/**
 * The page's schema.org JSON-LD, reduced to what describes the article: the one object whose type is an Article
 * kind (NewsArticle, ReportageNewsArticle, BlogPosting...), found inside arrays, @graph lists and mainEntity.
 */
export type JsonObject = Record<string, unknown>;

const ARTICLE_TYPE = /(?:^|:)(?:\w*Article|BlogPosting|LiveBlogPosting|Report|Review|OpinionNewsArticle)$/;
const LISTING_TYPE = /(?:^|:)(?:ItemList|CollectionPage|SearchResultsPage|WebSite|ProfilePage)$/;

export interface JsonLdSummary {
  /** The article object, when the page declares exactly one (or one that is the page's main entity). */
  article: JsonObject | null;
  /** How many article objects the page declares: a section front lists many. */
  articleCount: number;
  /** The page declares itself a listing (ItemList, CollectionPage, SearchResultsPage) and no single article. */
  listing: boolean;
}

function typesOf(value: JsonObject): string[] {
  const t = value['@type'];
  if (typeof t === 'string') return [t];
  return Array.isArray(t) ? t.filter((x): x is string => typeof x === 'string') : [];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Some CMSs leave raw control characters or trailing commas in their JSON-LD.
function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      // eslint-disable-next-line no-control-regex -- raw control characters are exactly what breaks such JSON
      return JSON.parse(raw.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

export function readJsonLd(doc: Document): JsonLdSummary {
  const articles: JsonObject[] = [];
  let mainArticle: JsonObject | null = null;
  let listing = false;
  const scripts = doc.getElementsByTagName('script');
  for (let s = 0; s < scripts.length; s++) {
    const script = scripts[s]!;
    if (script.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    const raw = script.textContent;
    if (!raw || raw.length > 2_000_000) continue;
    const queue: unknown[] = [parseLenient(raw)];
    // Breadth-first over top-level objects, @graph and mainEntity only: nested "hasPart"/"itemListElement"
    // articles belong to listings, not to this page.
    for (let i = 0; i < queue.length && i < 500; i++) {
      const value = queue[i];
      if (Array.isArray(value)) {
        queue.push(...value);
        continue;
      }
      if (!isObject(value)) continue;
      const types = typesOf(value);
      if (types.some((t) => ARTICLE_TYPE.test(t))) {
        articles.push(value);
        if (isObject(value['mainEntityOfPage']) || typeof value['mainEntityOfPage'] === 'string') mainArticle ??= value;
      } else if (types.some((t) => LISTING_TYPE.test(t) && t !== 'WebSite' && t !== 'ProfilePage')) {
        listing = true;
      }
      if (value['@graph'] !== undefined) queue.push(value['@graph']);
      if (value['mainEntity'] !== undefined && !types.some((t) => LISTING_TYPE.test(t))) queue.push(value['mainEntity']);
    }
  }
  const article = mainArticle ?? (articles.length === 1 ? articles[0]! : articles.length > 1 ? longestBody(articles) : null);
  return { article, articleCount: articles.length, listing: listing && articles.length !== 1 };
}

function longestBody(articles: JsonObject[]): JsonObject | null {
  let best: JsonObject | null = null;
  let bestLength = 0;
  for (const a of articles) {
    const body = a['articleBody'];
    const length = typeof body === 'string' ? body.length : 0;
    if (length > bestLength) {
      best = a;
      bestLength = length;
    }
  }
  return best;
}

/** A person or organisation as JSON-LD gives it: a string, {name}, or a list of either. */
export function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (isObject(value)) {
    const name = value['name'];
    if (typeof name === 'string' && name.trim()) return [name.trim()];
    if (Array.isArray(name)) return namesOf(name);
    const legal = value['legalName'];
    if (typeof legal === 'string' && legal.trim()) return [legal.trim()];
  }
  return [];
}

/** A creative work or URL reference ("isBasedOn"): its URL, else its name. */
export function referenceOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length > 0 ? referenceOf(value[0]) : null;
  if (isObject(value)) {
    for (const key of ['url', '@id', 'name', 'headline']) {
      const v = value[key];
      if (typeof v === 'string' && v.trim()) return v.trim();
    }
  }
  return null;
}

export function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length > 0 ? stringOf(value[0]) : null;
  return null;
}
