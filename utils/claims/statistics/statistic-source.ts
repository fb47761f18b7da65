import { splitRole } from '../quotes/split-role';
import type { Span } from '../spans';

// "according to the DHS", "according to a new report by the Census Bureau".
// "according to the country's disaster agency, AFAD": a description, then the name in apposition (group 2).
const ACCORDING_TO = /\b[Aa]ccording to\s{1,3}(?:(?:the|a|an|new|recent|latest|preliminary|official)\s{1,3}){0,3}([^,;.()—–]{2,90}?)(?:\s{0,2}\([A-Z][A-Za-z&]{1,9}\))?\s*(?:,\s(?:the\s)?([A-Z][\w&'’.-]{1,30}(?:\s[A-Z][\w&'’.-]{1,30}){0,4})(?=\s*[,;.]|$))?(?=[,;.()—–]|$)/g;
// "the Department of Homeland Security announced", "DHS data show", "the Census Bureau estimated".
const ORG = "([A-Z][\\w&.'’-]{0,30}(?:\\s(?:[A-Z][\\w&.'’-]{0,30}|of|for|and|on|the|&)){0,8})";
// Groups that report numbers without a capital letter: "police data show", "organizers estimated".
const GROUP = '((?:(?:state|health|county|city|federal|local|school|election|hospital|company|government|U\\.S\\.)\\s)?(?:police|officials|authorities|organi[sz]ers|researchers|scientists|analysts|economists|experts|prosecutors|investigators|regulators|doctors|firefighters|rescuers|unions|the\\s(?:agency|department|ministry|company|firm|utility|airline|retailer|bank|government|council|state|city|county|hospital|school district|district|university|report|study|survey|census|data)))(?:\\s(?:data|figures|records|estimates))?';
const ORG_SAID = new RegExp(`(?:^|[^\\w])(?:the\\s)?(?:${ORG}|${GROUP})(?:\\s\\([A-Z][A-Za-z&]{1,9}\\))?(?:['’]s?)?\\s(?:data|figures|statistics|numbers|estimates|records|report|survey|study|poll|analysis|census)?\\s?(?:said|says|announced|reported|reports|estimated|estimates|found|finds|showed|shows|show|revealed|reveals|counted|recorded|calculated|projected|projects|noted|puts?\\s(?:it|the\\s(?:figure|number|toll|total|count|crowd|cost|tally))\\sat)\\b`, 'g');
const DATA_FROM = new RegExp(`\\b(?:data|figures|statistics|numbers|estimates|records|a\\s(?:report|survey|study|poll|analysis|review|census))\\s(?:from|by|of|released by|published by|compiled by)\\s(?:the\\s)?${ORG}`, 'g');
const NAMED_STUDY = new RegExp(`\\b(?:a|an|the|new|latest)\\s${ORG}\\s(?:report|survey|study|poll|analysis|estimate|census|tally|count)\\b`, 'g');

// ", said Greg Holt, president of …": the inverted attribution that closes a sentence names a person (or a group).
const SAID_NAME = /,\s(?:said|says)\s((?:[A-Z][\w.'’-]{0,30}\s){0,4}[A-Z][\w.'’-]{0,30})(?=[,.;]|\s(?:on|in|at|during|who)\b|$)/g;

// "…, she said." after a number: the pronoun stands for the person named last before it.
const PRONOUN_SAID = /(?:^|,\s|\.\s)(?:[Hh]e|[Ss]he)\s(?:said|says|added|adds|estimated|estimates)\b/g;
// A person introduced as a speaker, the pronoun's antecedent: "said Amy Tran", "Amy Tran said", "Amy Tran, 45,",
// "Amy Tran, an economist". A place or a room ("in the Cabinet Room, he said") is none of these.
const NAME_RUN = /\b[A-Z][\p{L}-]+(?:\s(?:[A-Z]\.\s)?[A-Z][\p{L}-]+){1,3}\b/gu;
const SAID_BEFORE_NAME = /\b(?:said|says|told|added)\s$/;
const SPEAKER_AFTER_NAME = /^(?:\s(?:said|says|told|added)\b|,\s(?:\d|an?\s|the\s|who\s))/;
// How far back the pronoun's antecedent may be: about the paragraph before.
const PRONOUN_REACH = 400;
// A trade written before a company's name as if a title ("Chipmaker Veridian Semiconductor"): not part of the name.
const TRADE_BEFORE_NAME = /^(?:Chipmaker|Carmaker|Automaker|Drugmaker|Retailer|Airline|Carrier|Lender|Insurer|Utility|Regulator|Manufacturer|Startup|Publisher|Broadcaster|Grocer|Supermarket|Developer|Miner|Producer|Operator|Landlord|Brewer|Streamer|Platform)\s(?=[A-Z])/;

const CLOSING_QUOTE = /[”’"»]/;

// Cheap tests that a sentence can match a pattern at all: the long patterns run only where these words occur.
const HAS_SOURCE_VERB = /\b(?:said|says|announced|reported|reports|estimated|estimates|found|finds|showed|shows|show|revealed|reveals|counted|recorded|calculated|projected|projects|noted|put|puts)\b/;
const HAS_DATA_WORD = /\b(?:data|figures|statistics|numbers|estimates|records|report|survey|study|poll|analysis|review|census|estimate|tally|count)\b/;
const PATTERNS: [RegExp, RegExp | null][] = [
  [ACCORDING_TO, /[Aa]ccording to/],
  [SAID_NAME, /,\s(?:said|says)\s[A-Z]/],
  [ORG_SAID, HAS_SOURCE_VERB],
  [DATA_FROM, HAS_DATA_WORD],
  [NAMED_STUDY, HAS_DATA_WORD],
  [PRONOUN_SAID, /\b(?:[Hh]e|[Ss]he)\s(?:said|says|added|adds|estimated|estimates)\b/],
];

/** A name stated in a sentence, and where. */
export interface Naming {
  at: number;
  name: string;
}

/** Every source a sentence names ("according to the DHS", "the Census Bureau reported"), in no particular order. */
export function sourcesInSentence(text: string, sentence: Span): Naming[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const found: Naming[] = [];
  // Patterns that share a cheap test follow each other: test the sentence once for both.
  let tested: RegExp | null = null;
  let passed = true;
  for (const [pattern, worthTrying] of PATTERNS) {
    if (worthTrying && worthTrying !== tested) {
      tested = worthTrying;
      passed = worthTrying.test(sentenceText);
    }
    if (worthTrying && !passed) continue;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentenceText); match; match = pattern.exec(sentenceText)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      // '“…,” Kessel said at a news conference after the Fed held its rate at 5.5%': a verb of saying right after a
      // quotation attributes the quotation, not the reporter's numbers around it.
      if (pattern === ORG_SAID && CLOSING_QUOTE.test(sentenceText.slice(Math.max(0, match.index - 2), match.index + 1))) continue;
      if (pattern === PRONOUN_SAID) {
        const person = personNamedBefore(text, sentence.start + match.index);
        if (person) found.push({ at: sentence.start + match.index, name: person });
        continue;
      }
      const described = pattern === ACCORDING_TO && match[2] && /^[a-z]/.test(match[1]!);
      const name = tidySource((described ? match[2] : match[1] ?? match[2]) ?? '');
      if (!name) continue;
      found.push({ at: sentence.start + match.index, name });
    }
  }
  return found;
}

/** The naming nearest to a position: a statistic's source, or the time it refers to. */
export function nearest(namings: readonly Naming[], position: number): string | null {
  let best: Naming | null = null;
  for (const naming of namings) {
    if (!best || Math.abs(naming.at - position) < Math.abs(best.at - position)) best = naming;
  }
  return best?.name ?? null;
}

function tidySource(raw: string): string | null {
  let name = raw
    .replace(/^(?:the|The|of|for|and|on)\s+/, '')
    .replace(/\s+(?:of|for|and|on|the)$/, '')
    .replace(/\s+(?:on|in|last|this|earlier)\s.*$/, '')
    .trim();
  // "its most recent annual report": a document of someone named elsewhere, not a name.
  if (/^(?:its|his|her|their|our|my|your)\s/i.test(name)) return null;
  // "figures released Monday by the Department of Education", "by the listing site Apartmently": the source is who
  // released them, after any lower-case description of what it is.
  const by = /\b(?:by|from)\s(?:the\s)?(?:[a-z][a-z-]*\s){0,4}([A-Z][^]*)$/.exec(name);
  if (by) name = by[1]!;
  // A sentence's full stop after the name ("…, AFAD."), not an abbreviation's ("U.S.").
  name = name.replace(/(?<=[A-Za-z]{2})\.$/, '');
  // "an analysis by Ember published Wednesday": when it came out is not who made it.
  name = name.replace(/\s(?:published|released|issued|compiled|updated)\b.*$/, '');
  name = name.replace(TRADE_BEFORE_NAME, '');
  // "the utility Entergy", "city finance director Alan Voss": a description, then the name.
  const described = /^[a-z][a-z\s-]*\s([A-Z][^]*)$/.exec(name);
  if (described) name = described[1]!;
  if (name.length < 2 || /^(?:It|He|She|They|We|I|This|That|These|Those|There|But|And|In|On|At|As|A|An|The|Official|Officials|New|Recent|Latest|Data|Figures|Preliminary|Earlier|Other|Some|Many|Most)$/.test(name)) return null;
  if (/^\d/.test(name)) return null;
  return name;
}

/** The person named last in the text shortly before `at` ("said Amy Tran, an economist. … she said" → Amy Tran). */
function personNamedBefore(text: string, at: number): string | null {
  const window = text.slice(Math.max(0, at - PRONOUN_REACH), at);
  let person: string | null = null;
  NAME_RUN.lastIndex = 0;
  for (let match = NAME_RUN.exec(window); match; match = NAME_RUN.exec(window)) {
    const end = match.index + match[0].length;
    const introduced = SAID_BEFORE_NAME.test(window.slice(Math.max(0, match.index - 8), match.index)) || SPEAKER_AFTER_NAME.test(window.slice(end, end + 8));
    if (!introduced) continue;
    const phrase = splitRole(match[0]);
    if (phrase.kind === 'person' && phrase.name.includes(' ')) person = phrase.name;
  }
  return person;
}
