import type { PageIdentityInput } from './note-types';

/**
 * Which page a note belongs to. The same article is reached under many URLs (campaign tags, share-button
 * click ids, #fragments, AMP or mobile hosts); notes must follow the article, not the address bar.
 * Pure: no browser API, so the content script, the background and the tests share it.
 */

/** Parameters that only say how the reader got here, never what the page shows. Lower case. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id',
  'mc_cid', 'mc_eid', 'igshid', 'igsh', '_ga', '_gl', 'mkt_tok', '_hsenc', '_hsmi', '__hstc', '__hssc', '__hsfp',
  'oly_anon_id', 'oly_enc_id', 'vero_id', 'vero_conv', 'wt_mc', 'wt.mc_id', 's_cid', 'cmpid', 'cmp', 'intcmp',
  'int_cmp', 'ncid', 'ocid', 'smid', 'smtyp', 'sr_share', 'share', 'ref_src', 'ref_url', 'referrer', 'spm',
  'fb_action_ids', 'fb_action_types', 'fb_source', 'fb_ref', 'action_object_map', 'action_type_map',
  'action_ref_map', 'guce_referrer', 'guce_referrer_sig', 'guccounter', 'xtor', 'at_medium', 'at_campaign',
  'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4', 'cid_source',
]);

const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hsa_', 'stm_'];

/** `ref=twitter` is a referral label; `ref=/news/2024/story` on some CMSs selects content. */
const REFERRAL_LABEL = /^[a-z0-9_.-]{1,40}$/i;

/** Two-label public suffixes common among news sites, so bbc.co.uk is a site and co.uk is not. */
const TWO_LABEL_SUFFIXES = new Set([
  'co.uk', 'org.uk', 'ac.uk', 'gov.uk', 'com.au', 'net.au', 'org.au', 'co.nz', 'co.jp', 'ne.jp', 'or.jp',
  'com.br', 'com.ar', 'com.mx', 'co.za', 'co.in', 'com.sg', 'com.hk', 'com.tr', 'co.kr', 'com.cn', 'com.tw',
  'co.il', 'com.ng', 'co.ke', 'com.pk', 'com.ph', 'com.my', 'com.ua',
]);

export interface PageIdentity {
  /** The normalised URL: the store's key for the page. */
  key: string;
  /** The address to open the page at: the preferred URL without fragment and tracking parameters. */
  url: string;
  /** The page's own canonical link when it points to the same site, cleaned; null otherwise. */
  canonicalUrl: string | null;
  /** The host the page is on, without `www.`, used to group and filter notes by site. */
  site: string;
  siteName: string | null;
  title: string | null;
  /** The publisher of a syndicated story: given by the page, or the host of a cross-site canonical link. */
  origin: string | null;
}

function isTrackingParam(name: string, value: string): boolean {
  const lower = name.toLowerCase();
  if (TRACKING_PARAMS.has(lower)) return true;
  if (TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix))) return true;
  return lower === 'ref' && REFERRAL_LABEL.test(value);
}

function parseUrl(raw: string, base?: string): URL {
  try {
    return new URL(raw.trim(), base);
  } catch {
    throw new Error(`Not a URL: ${JSON.stringify(raw.slice(0, 200))}`);
  }
}

function isWeb(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** The URL without its fragment and tracking parameters; everything else as the site wrote it. */
export function cleanUrl(raw: string, base?: string): string {
  const url = parseUrl(raw, base);
  url.hash = '';
  if (!isWeb(url)) return url.href;
  const kept = [...url.searchParams].filter(([name, value]) => !isTrackingParam(name, value));
  url.search = new URLSearchParams(kept).toString();
  return url.href;
}

/**
 * The store key of a URL: cleaned, scheme folded to https, host lower case, default port dropped,
 * parameters sorted, a trailing slash dropped from any path but the root.
 */
export function normalizeUrl(raw: string, base?: string): string {
  const url = parseUrl(cleanUrl(raw, base));
  if (!isWeb(url)) return url.href;
  // http and https show the same article; the port goes when it was the default of either.
  if (url.protocol === 'http:' && url.port === '80') url.port = '';
  url.protocol = 'https:';
  const params = [...url.searchParams].sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  url.search = new URLSearchParams(params).toString();
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return url.href;
}

/** The host without `www.`: what a reader calls the site. */
export function siteOf(raw: string): string {
  const host = parseUrl(raw).hostname.toLowerCase();
  return host.startsWith('www.') ? host.slice(4) : host;
}

/** The registrable domain (bbc.co.uk, theguardian.com), from a short list of suffixes: enough to tell sites apart. */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2 || /^\d+$/.test(labels[labels.length - 1]!)) return labels.join('.');
  const lastTwo = labels.slice(-2).join('.');
  return TWO_LABEL_SUFFIXES.has(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

export function isSameSite(a: string, b: string): boolean {
  const urlA = parseUrl(a);
  const urlB = parseUrl(b);
  return isWeb(urlA) && isWeb(urlB) && registrableDomain(urlA.hostname) === registrableDomain(urlB.hostname);
}

function nonEmpty(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/**
 * Who the page is. A same-site canonical link wins (it names the article behind AMP, print and mobile
 * variants); a cross-site one is syndication (a wire story republished here) and must not merge this page's
 * notes with the publisher's own page, so it only tells where the story came from.
 */
export function pageIdentity(input: PageIdentityInput): PageIdentity {
  const pageUrl = cleanUrl(input.url);
  const canonicalRaw = nonEmpty(input.canonicalUrl);
  let canonical: string | null = null;
  let canonicalOrigin: string | null = null;
  if (canonicalRaw) {
    try {
      const resolved = cleanUrl(canonicalRaw, pageUrl);
      if (isSameSite(resolved, pageUrl)) canonical = resolved;
      else if (isWeb(parseUrl(resolved))) canonicalOrigin = siteOf(resolved);
    } catch {
      // A broken canonical link is the page's mistake; the page's own URL still identifies it.
    }
  }
  const preferred = canonical ?? pageUrl;
  return {
    key: normalizeUrl(preferred),
    url: preferred,
    canonicalUrl: canonical,
    site: siteOf(preferred),
    siteName: nonEmpty(input.siteName),
    title: nonEmpty(input.title),
    origin: nonEmpty(input.origin) ?? canonicalOrigin,
  };
}

/** Every key a page may have been saved under: its preferred key and the key of the URL it was reached at. */
export function candidateKeys(input: PageIdentityInput): string[] {
  const identity = pageIdentity(input);
  const own = normalizeUrl(input.url);
  return identity.key === own ? [own] : [identity.key, own];
}
