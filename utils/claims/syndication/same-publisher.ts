import type { PageContext } from '../../analysis/types';
import { hostOf, normalisePublisher, publisherKey } from './publisher-names';

// Words a publisher adds to its own name for an edition, a section or a company form: "The Conversation US",
// "CNN Business", "Bloomberg Opinion", "Harborview Times Digital", "Fox News Network". Stripped from the end of a key.
const EDITION_SUFFIX =
  /(?:news|us|usa|uk|au|australia|africa|canada|ca|india|europe|eu|asia|international|intl|global|online|digital|media|business|politics|opinion|sports?|world|tech|money|wire|newsroom|tv|radio|press|publishing|publications|communications|enterprises|newspapers|broadcasting|network|company|group|holdings)$/;

const EDITION_WORD = new RegExp(`^(?:${EDITION_SUFFIX.source.slice(0, -1)})+$`);

/** "cnnbusiness" and "cnn": one key is the other and edition words, however short the brand ("CNN Business"). */
function isEditionOf(longer: string, shorter: string): boolean {
  return shorter.length >= 2 && longer.length > shorter.length && longer.startsWith(shorter) && EDITION_WORD.test(longer.slice(shorter.length));
}

// Words that make a name a company that may own the site rather than the site itself ("Lakeshore Media Group").
const PARENT_WORDS =
  /\b(?:media|group|publishing|publications|communications|holdings|enterprises|company|co|corp|corporation|inc|llc|ltd|plc|newspapers|broadcasting|network)\b\.?/gi;

// Too common to tell a parent company from any other ("News Corp" is not newsday.com's parent by its letters).
// Nor is a paper's common word ("Herald Media" is not every herald's parent).
const GENERIC_KEYS = new Set([
  'news', 'daily', 'times', 'post', 'press', 'media', 'the', 'public', 'national', 'local', 'city', 'state', 'herald',
  'tribune', 'journal', 'gazette', 'star', 'sun', 'globe', 'chronicle', 'courier', 'observer', 'examiner', 'register',
  'record', 'ledger', 'telegraph', 'guardian', 'mirror', 'express', 'independent', 'standard', 'sentinel', 'review',
]);

/** A key without "the" in front (hosts keep it: "theguardian.com") and without edition or company words at the end. */
function coreKey(key: string): string {
  let core = key.startsWith('the') && key.length >= 7 ? key.slice(3) : key;
  for (let strip = EDITION_SUFFIX.exec(core); strip && core.length - strip[0].length >= 4; strip = EDITION_SUFFIX.exec(core)) {
    core = core.slice(0, core.length - strip[0].length);
  }
  return core;
}

/** Initials of every word but the last, then the last word: "Los Angeles Times" → "latimes"; company forms dropped. */
function abbreviatedKey(name: string): string {
  const words = name.replace(/^the\s+/i, '').replace(PARENT_WORDS, ' ').split(/[^A-Za-z0-9]+/).filter(Boolean);
  if (words.length < 2) return publisherKey(name);
  const last = words[words.length - 1]!;
  return (words.slice(0, -1).map((word) => word[0]).join('') + last).toLowerCase();
}

/** "Lakeshore Media Group" → "lakeshore", "Clarion Newspapers Ltd" → "clarion": the distinctive part of a company's name, or '' when it names no company. */
function parentKey(name: string): string {
  PARENT_WORDS.lastIndex = 0;
  if (!PARENT_WORDS.test(name)) return '';
  const key = publisherKey(name.replace(PARENT_WORDS, ' '));
  return key.length >= 5 && !GENERIC_KEYS.has(key) ? key : '';
}

/** The keys under which the site showing the page may name itself: its host, its site name, its declared publisher. */
export function siteKeys(context: PageContext): Set<string> {
  const keys = new Set<string>();
  const host = hostOf(context.url);
  if (host) keys.add(publisherKey(host));
  if (context.siteName) keys.add(publisherKey(context.siteName));
  const publisher = context.metadata?.structured.publisher;
  if (publisher) keys.add(publisherKey(publisher));
  keys.delete('');
  return keys;
}

/**
 * True when `name` is the site showing the page, so a notice naming it is the site's own: the same letters once
 * "the", company forms and edition words are set aside ("The Conversation Africa, Inc." on theconversation.com,
 * "FOX News Network, LLC" on foxnews.com), the initials of its first words ("Los Angeles Times" on latimes.com), or a
 * company whose distinctive name is part of the site's ("Lakeshore Media Group" on lakeshoreledger.com, "Clarion
 * Newspapers Ltd" on dailyclarion.com).
 */
export function isOwnPublisher(name: string, context: PageContext): boolean {
  const keys = siteKeys(context);
  if (keys.size === 0) return false;
  const candidates = new Set([publisherKey(name), publisherKey(normalisePublisher(name)), abbreviatedKey(name)]);
  candidates.delete('');
  const cores = new Set([...candidates].map(coreKey));
  const parent = parentKey(name);
  for (const site of keys) {
    const siteCore = coreKey(site);
    const siteAlias = coreKey(publisherKey(normalisePublisher(site)));
    for (const candidate of candidates) {
      if (candidate === site || isEditionOf(candidate, site) || isEditionOf(site, candidate)) return true;
    }
    for (const core of cores) {
      if (core === siteCore || core === siteAlias) return true;
    }
    if (parent && site.includes(parent)) return true;
  }
  return false;
}
