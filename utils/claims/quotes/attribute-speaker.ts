import type { Span } from '../spans';
import { isSentenceEnd } from '../sentences';
import { speechVerbsIn } from './speech-verbs';

/** The words of an attribution that name the speaker, as written ("DHS Acting Secretary Chad Wolf", "he"). */
export interface Attribution {
  phrase: string;
  /** Where the attribution sits relative to the quote; "according to" is weaker than a verb of saying. */
  how: 'after' | 'before' | 'according-to';
  /** An attribution after a quote that closed its sentence ("….” She said the …): it may belong to the next quote. */
  nextSentence?: boolean;
  /** A name that opens a lead-in with no verb of saying ("Adamski again:"): to be trusted only for someone known. */
  leadIn?: boolean;
}

// How far from a quote its attribution may sit.
const WINDOW = 220;

const ACCORDING_TO = /^[\s,—–-]{0,4}according to\s{1,3}([^,;.()]{2,120}?(?:\s?\([A-Z]{2,10}\))?)\s*(?:[,;.()]|$)/;
// "According to Bernard Oyelaran, an aviation analyst at Calder Securities, "…"": an apposition may follow the name.
const ACCORDING_BEFORE = /\b[Aa]ccording to\s{1,3}([^,;.()]{2,120}?(?:,\s{1,3}(?:an?|the|his|her|its|their)\s[^,;.()]{2,100}?)?)\s*,\s{0,3}$/;
// "was, in the words of its sponsor, "the least bad deal"": attribution as "according to" gives it.
const IN_THE_WORDS_OF = /\bin the words of\s{1,3}([^,;.()“”"]{2,100}?)\s*,\s{0,3}$/i;
// Words after an inverted verb that are not a speaker: "said Wednesday", "said in a statement".
const NOT_A_SPEAKER = /^(?:on|in|at|during|to|via|from|after|before|while|when|that|this|last|earlier|later|then|yesterday|today|tonight|on\s\w+|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|of|about|with|as|but|and|so|it\s+was|it\s+is)\b/;
const DAY_OR_TIME = /\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight|last\s+\w+|this\s+\w+|earlier|later)\b.*$/;

/** The attribution after a quote: ", Smith said" / ", said Smith, the mayor" / ", according to the DHS". */
export function attributionAfter(text: string, quote: Span, limit: number): Attribution | null {
  const window = sentencePrefix(text, quote.end, Math.min(limit, quote.end + WINDOW));
  const verbs = speechVerbsIn(window);
  const first = verbs[0];
  const lead = first ? window.slice(0, first.index) : '';
  if (first && /^[\s,—–-]{0,4}$/.test(lead)) {
    const rest = window.slice(first.end).replace(/^\s{1,3}/, '');
    if (NOT_A_SPEAKER.test(rest)) return null;
    // "said its general secretary, Maeve Collins" and "said Smith, the mayor": the role split finds the name.
    const phrase = rest.replace(/\s*(?:\bin an?\b|\bon\b|\bat\b|\bduring\b|\bwho\b|\bwhich\b|\bwhose\b|\badding\b|;)[^]*$/, '');
    if (!phrase.trim()) return null;
    return { phrase, how: 'after' };
  }
  if (first) {
    const subject = lead.replace(/^[\s,—–-]+/, '').trimEnd();
    if (subject && subject.split(/\s+/).length <= 16 && !/[“”"«»]/.test(subject)) {
      const nextSentence = /[.!?]['’"”»]?$/.test(text.slice(Math.max(0, quote.end - 2), quote.end)) && /^\s*[A-Z]/.test(lead);
      return { phrase: withoutAdverbs(subject.replace(DAY_OR_TIME, '')), how: 'after', nextSentence };
    }
  }
  const according = ACCORDING_TO.exec(window);
  if (according) return { phrase: according[1]!, how: 'according-to' };
  return null;
}

/** The attribution before a quote: "Smith said:" / "He told reporters," / "Smith said the plan was …". */
export function attributionBefore(text: string, quote: Span, floor: number): Attribution | null {
  const from = sentenceStartBefore(text, quote.start, Math.max(floor, quote.start - WINDOW));
  const window = text.slice(from, quote.start);
  const according = ACCORDING_BEFORE.exec(window) ?? IN_THE_WORDS_OF.exec(window);
  if (according) return { phrase: according[1]!, how: 'according-to' };
  const last = speechVerbsIn(window).pop();
  if (!last) return colonLeadIn(window);
  const subject = window.slice(0, last.index).trimEnd();
  if (!subject) return null;
  return { phrase: withoutAdverbs(subjectOfClause(subject)), how: 'before' };
}

// A lead-in that names its speaker with no verb of saying: "Adamski again:", "Jones put it this way:".
const LEAD_IN = /^\s*((?:[A-Z][\p{L}.'’-]*\s){0,4}[A-Z][\p{L}.'’-]*|[Hh]e|[Ss]he|[Tt]hey)\s(?:[^“”"«».!?]{0,60}\s)?[a-z][\p{L}’']*\s*:\s*$|^\s*((?:[A-Z][\p{L}.'’-]*\s){0,4}[A-Z][\p{L}.'’-]*)\s*:\s*$/u;
// Capitalised words that open a sentence without naming anyone.
const NOT_A_NAME = /^(?:The|A|An|This|That|These|Those|It|Its|His|Her|Our|Their|Here|There|In|On|At|For|But|And|So|Asked|Update|Note|Editor|Q|A\.|Question|Answer|Watch|Read|Listen|Related|Breaking)\b/;

/**
 * The speaker a sentence ending in a colon introduces: its verb of saying's subject ("Smith said:"), or failing a
 * verb, the name that opens it ("Adamski again:", "Jones put it this way:"). `sentence` is the text up to the colon.
 */
export function colonLeadIn(sentence: string): Attribution | null {
  if (!/:\s*$/.test(sentence) || sentence.length > 200) return null;
  const last = speechVerbsIn(sentence).pop();
  if (last) {
    const subject = sentence.slice(0, last.index).trimEnd();
    return subject ? { phrase: withoutAdverbs(subjectOfClause(subject)), how: 'before' } : null;
  }
  const match = LEAD_IN.exec(sentence);
  const name = match?.[1] ?? match?.[2];
  if (!name || NOT_A_NAME.test(name)) return null;
  return { phrase: name, how: 'before', leadIn: true };
}

/** The last sentence of a block, when the block ends by introducing what follows with a colon. */
export function blockLeadIn(text: string, start: number, end: number): Attribution | null {
  const tail = text.slice(start, end).trimEnd();
  if (!tail.endsWith(':')) return null;
  const from = sentenceStartBefore(text, start + tail.length, Math.max(start, start + tail.length - 200));
  return colonLeadIn(text.slice(from, start + tail.length));
}

// Adverbs between a speaker and the verb ("Pryce later told the BBC"): not part of the name.
const TRAILING_ADVERBS = /(?:\s+(?:later|also|then|again|once|earlier|too|still|often|previously|recently|further|separately|simply|publicly|privately|bluntly|flatly|angrily|quietly|finally|initially|repeatedly|firmly|frankly|openly|candidly|briefly|immediately|quickly|loudly|tearfully))+$/;

function withoutAdverbs(phrase: string): string {
  return phrase.replace(TRAILING_ADVERBS, '');
}

/**
 * The speaker at the end of the text before a verb. Clauses split at commas; an apposition ("John Smith, the mayor
 * of Springfield,") keeps the name and its role together.
 */
function subjectOfClause(before: string): string {
  const segments = before.split(/\s*[,;:—–]\s*/);
  while (segments.length && !segments[segments.length - 1]!.trim()) segments.pop();
  const last = segments[segments.length - 1] ?? '';
  // "Outside the courthouse he said": a pronoun right before the verb is the subject, whatever leads up to it.
  const pronoun = /(?:^|\s)(he|she|they|we|I|it)$/i.exec(last);
  if (pronoun) return pronoun[1]!;
  // "a result that officials called": the speaker is the relative clause's subject.
  const relative = /^.*\b(?:that|which|whom)\s+/.exec(last);
  if (relative) return lastWords(last.slice(relative[0].length).replace(LEADING_CONJUNCTION, ''), 12);
  const previous = segments[segments.length - 2];
  // "Maria Lopez, who runs the shelter, said": the relative clause describes the subject before it.
  if (previous && /^(?:who|whose)\s/.test(last)) return lastWords(previous, 8);
  if (previous && /^(?:the|a|an|his|her|their)\s/.test(last) && /[A-Z][a-z]+\s*$/.test(previous)) {
    return `${lastWords(previous, 8)}, ${last}`;
  }
  return lastWords(last.replace(LEADING_CONJUNCTION, ''), 12);
}

const LEADING_CONJUNCTION = /^(?:and|but|so|then|while|as|when|after|before|later|in|at|on)\b\s*/i;

function lastWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.slice(-count).join(' ');
}

/** Text from `from` up to the first sentence end (or `to`), whichever comes first. */
function sentencePrefix(text: string, from: number, to: number): string {
  for (let index = from; index < to; index++) {
    const ch = text[index];
    if ((ch === '.' || ch === '!' || ch === '?') && isSentenceEnd(text, index)) return text.slice(from, index);
    if (ch === '\n') return text.slice(from, index);
  }
  return text.slice(from, to);
}

/** Where the sentence holding `position` begins, not before `floor`. */
function sentenceStartBefore(text: string, position: number, floor: number): number {
  for (let index = position - 1; index >= floor; index--) {
    const ch = text[index];
    if (ch === '\n') return index + 1;
    if ((ch === '.' || ch === '!' || ch === '?') && /\s/.test(text[index + 1] ?? '') && isSentenceEnd(text, index)) {
      return index + 1;
    }
  }
  return floor;
}
