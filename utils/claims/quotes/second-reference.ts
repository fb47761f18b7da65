import { splitRole } from './split-role';
import { speechVerbsIn } from './speech-verbs';

// Nouns news copy uses for a second reference to an organisation it has just named: "Corvane said it would appeal.
// … the company said in a statement".
const ORGANISATION_NOUNS = new Set([
  'company', 'firm', 'airline', 'carrier', 'agency', 'department', 'ministry', 'regulator', 'bank', 'lender',
  'retailer', 'utility', 'insurer', 'manufacturer', 'automaker', 'chipmaker', 'startup', 'publisher', 'network',
  'charity', 'organization', 'organisation', 'group', 'league', 'club', 'union', 'council', 'board', 'university',
  'hospital', 'school', 'district', 'party', 'campaign', 'government', 'city', 'county', 'state', 'studio', 'brand',
]);

// How far back the organisation is looked for: the paragraph before, about.
const REACH = 600;

/** True for "company", "the firm", "The airline": a noun that refers back to an organisation. */
export function isSecondReference(description: string): boolean {
  return ORGANISATION_NOUNS.has(description.replace(/^(?:the|its|their)\s+/i, '').toLowerCase());
}

/**
 * The organisation a second reference at `at` stands for: the latest capitalised name that is the subject of a verb
 * of saying shortly before. People do not count (`isPerson`), nor a plural at a sentence's start ("Officials said").
 */
export function organisationBefore(text: string, at: number, isPerson: (name: string) => boolean): string | null {
  const window = text.slice(Math.max(0, at - REACH), at);
  const verbs = speechVerbsIn(window);
  for (let index = verbs.length - 1; index >= 0; index--) {
    const before = window.slice(Math.max(0, verbs[index]!.index - 80), verbs[index]!.index);
    const run = /(?:^|[^\p{L}\p{N}])((?:[A-Z][\p{L}\p{N}&.'’-]*\s){1,5})$/u.exec(before);
    if (!run) continue;
    const name = run[1]!.trim().replace(/^The\s/, '');
    const phrase = splitRole(name);
    if (phrase.kind === 'pronoun' || (phrase.kind === 'person' && (name.includes(' ') || isPerson(name)))) continue;
    if (!name.includes(' ') && /[a-z]s$/.test(name)) continue;
    return phrase.kind === 'other' ? phrase.name : name;
  }
  return null;
}

// How far back a fuller form of the same noun is looked for, and the words that only point at it.
const FULLER_REACH = 2_000;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our', 'whose']);

/**
 * "the ministry said" after "The interior ministry said in a statement": the same noun written earlier with the words
 * that name it. The last such form within reach, or null.
 */
export function fullerReference(text: string, at: number, description: string): string | null {
  const noun = description.replace(/^(?:the|its|their)\s+/i, '').toLowerCase();
  const floor = Math.max(0, at - FULLER_REACH);
  const window = text.slice(floor, at);
  let index = window.toLowerCase().lastIndexOf(noun);
  while (index > 0) {
    const words = window.slice(Math.max(0, index - 60), index).split(/\s+/).filter(Boolean);
    const modifiers: string[] = [];
    for (let word = words.length - 1; word >= 0 && modifiers.length < 3; word--) {
      const token = words[word]!;
      if (!/^[\p{L}-]+$/u.test(token) || DETERMINERS.has(token.toLowerCase())) break;
      modifiers.unshift(token);
    }
    const last = words[words.length - modifiers.length - 1]?.toLowerCase();
    if (modifiers.length && last && DETERMINERS.has(last)) return `${modifiers.join(' ')} ${noun}`;
    index = window.toLowerCase().lastIndexOf(noun, index - 1);
  }
  return null;
}
