import type { PageContext } from '../../analysis/types';

// Wires and big publishers are named many ways; each alias maps to one display name.
const ALIASES: Record<string, string> = {
  ap: 'The Associated Press',
  associatedpress: 'The Associated Press',
  apnews: 'The Associated Press',
  reuters: 'Reuters',
  thomsonreuters: 'Reuters',
  afp: 'Agence France-Presse',
  agencefrancepresse: 'Agence France-Presse',
  upi: 'United Press International',
  unitedpressinternational: 'United Press International',
  pa: 'PA Media',
  pamedia: 'PA Media',
  cp: 'The Canadian Press',
  canadianpress: 'The Canadian Press',
  bloomberg: 'Bloomberg',
  bloomberglp: 'Bloomberg',
  dpa: 'dpa',
  ani: 'ANI',
  pti: 'Press Trust of India',
  presstrustofindia: 'Press Trust of India',
  xinhua: 'Xinhua',
  tass: 'TASS',
};

// Company-form words that do not tell publishers apart ("FOX News Network, LLC" is foxnews.com).
const CORPORATE_WORDS = /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|lp|l\.p|corp|corporation|co|company|network|gmbh|sa|ag|group|holdings)\b\.?/gi;

/** A publisher's name tidied for display: no company suffix, no trailing punctuation, wires spelt one way. */
export function normalisePublisher(name: string): string {
  let tidy = name
    .replace(/^\s*(?:by|from|via)\s+/i, '')
    // A notice's next sentence is not part of the name: "AP News. Read More", "Bloomberg L.P. Visit bloomberg.com".
    .replace(/\.\s+(?:Visit|Read|All|This|For|Follow|Sign|Click|More|Distributed|Reprinted|Copyright|It|The)\b[^]*$/, '')
    .replace(/\s*,?\s*\b(?:inc|llc|ltd|plc|l\.p|lp|corp)\b\.?\s*$/i, '')
    .replace(/[\s.,;:!-]+$/, '')
    .replace(/^[\s"“'‘]+|[\s"”'’]+$/g, '')
    .replace(/\s+/g, ' ');
  if (/^www\./i.test(tidy)) tidy = tidy.slice(4);
  const alias = ALIASES[publisherKey(tidy)];
  return alias ?? tidy;
}

/** A comparison key: lower case letters and digits only, without "the", company forms or a web suffix. */
export function publisherKey(name: string): string {
  const lower = name.trim().toLowerCase();
  // A bare host names its site by its registrable label: "coastlinereport.example" → "coastlinereport".
  const host = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\/.*)?$/.exec(lower);
  if (host) return registrableLabel(host[1]!).replace(/[^a-z0-9]+/g, '');
  const key = lower
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|co\.uk|org\.uk|co|news|us|ca|com\.au|info|io|de|fr)(?:\/.*)?$/, '')
    .replace(/^the\s+/, '')
    .replace(CORPORATE_WORDS, '')
    .replace(/[^a-z0-9]+/g, '');
  return key;
}

/** The host of a URL without "www.", or null when it is not a URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  const match = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** "edition.cnn.com" → "cnn"; "bbc.co.uk" → "bbc". */
function registrableLabel(host: string): string {
  const labels = host.split('.');
  if (labels.length >= 3 && /^(?:co|com|org|net|ac|gov)$/.test(labels[labels.length - 2]!)) return labels[labels.length - 3]!;
  return labels[labels.length - 2] ?? labels[0]!;
}

/** The keys under which the site showing the page may name itself. */
export function siteKeys(context: PageContext): Set<string> {
  const keys = new Set<string>();
  const host = hostOf(context.url);
  if (host) {
    keys.add(publisherKey(host));
  }
  if (context.siteName) keys.add(publisherKey(context.siteName));
  const publisher = context.metadata?.structured.publisher;
  if (publisher) keys.add(publisherKey(publisher));
  keys.delete('');
  return keys;
}

/** Initials of every word but the last, then the last word: "Los Angeles Times" → "latimes". */
function abbreviatedKey(name: string): string {
  const words = name.replace(/^the\s+/i, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length < 2) return publisherKey(name);
  const last = words[words.length - 1]!;
  return (words.slice(0, -1).map((word) => word[0]).join('') + last).toLowerCase();
}

/** True when `name` is the site showing the page, so a notice naming it is the site's own. */
export function isOwnPublisher(name: string, context: PageContext): boolean {
  const keys = siteKeys(context);
  if (keys.size === 0) return false;
  const key = publisherKey(name);
  const canonical = publisherKey(normalisePublisher(name));
  const candidates = [key, canonical, abbreviatedKey(name)];
  for (const site of keys) {
    const siteCanonical = publisherKey(normalisePublisher(site));
    for (const candidate of candidates) {
      if (!candidate) continue;
      if (candidate === site || candidate === siteCanonical) return true;
      // "Canada Free Press" on "canadafreepress.com": same letters; "bloomberg" in "bloomberg.com" as well.
      if (site.length >= 4 && candidate.length >= 4 && (site === candidate.replace(/news$/, '') || candidate === site.replace(/news$/, ''))) return true;
    }
  }
  return false;
}
