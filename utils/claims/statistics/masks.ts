import { MONTH } from '../month-names';

const STREET = '(?:Street|St\\.|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.|Way|Place|Pl\\.|Court|Ct\\.|Square|Terrace|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Close|Crescent|Row|Plaza)';

/**
 * Things that start with the number itself and are never statistics: phone numbers, times, dates written with
 * digits, "7 October", street addresses, page furniture ("12 comments"), decades, ordinals. Tried only where a
 * number starts (sticky), so the cost follows the numbers, not the length of the text.
 */
const NUMBER_LED = new RegExp(
  [
    '(?:\\d{1,3}[\\s.-])?\\(?\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b',
    '0\\d{2,4}\\s\\d{3,4}\\s\\d{3,4}\\b',
    '\\d{1,2}(?::\\d{2}){1,2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?',
    '\\d{1,2}\\s?[AaPp]\\.?[Mm]\\b\\.?',
    "\\d{1,2}\\s?o['’]clock",
    '\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]{2,12}Z?)?',
    '\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\b',
    `\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2})?\\s(?:of\\s)?${MONTH}(?:,?\\s(?:18|19|20)\\d\\d)?`,
    `\\d{1,5}[A-Za-z]?\\s(?:[NSEW]\\.?\\s)?(?:[A-Z][\\w'’.-]{0,20}\\s){1,3}${STREET}`,
    '\\d[\\d,.]{0,10}[kKmM]?\\s(?:comments?|shares?|retweets?|likes|views|min(?:ute)?s?\\sread|replies)\\b',
    '(?:18|19|20)\\d0s\\b',
    '\\d+(?:st|nd|rd|th)\\b',
  ].join('|'),
  'y',
);

// Words after which a number is a day of the month or part of a name ("Oct. 3", "Title 42", "Boeing 737", "No. 14").
const WORD_BEFORE = new Set([
  'jan', 'january', 'feb', 'february', 'mar', 'march', 'apr', 'april', 'may', 'jun', 'june', 'jul', 'july', 'aug',
  'august', 'sep', 'sept', 'september', 'oct', 'october', 'nov', 'november', 'dec', 'december',
  'title', 'section', 'article', 'proposition', 'prop', 'chapter', 'route', 'highway', 'interstate', 'flight', 'apollo',
  'boeing', 'airbus', 'windows', 'channel', 'no', 'nos', 'number', 'room', 'suite', 'page', 'vol', 'volume',
  'episode', 'season', 'game', 'week', 'district', 'amendment', 'rule', 'level', 'phase', 'category', 'stage', 'gate',
  'platform', 'terminal', 'pier', 'ward', 'precinct', 'grade', 'form', 'model', 'version', 'series', 'bowl',
  'resolution', 'bus', 'lot', 'box', 'zone', 'region', 'division', 'battalion', 'regiment', 'brigade', 'fleet',
  'station', 'building', 'block', 'floor', 'tower', 'exit', 'iphone', 'galaxy', 'pixel', 'xbox', 'playstation',
  'formula', 'class', 'unit', 'area', 'camp', 'act', 'ch', 'sec', 'art', 'hwy', 'rte', 'goal', 'magnitude',
]);
// Month names and numbered names are capitalised; "may 5" or "page 3" in lower case are ordinary words.
const CAPITALISED_ONLY = new Set(['may', 'march', 'no', 'number', 'act', 'form', 'page', 'game', 'week', 'class', 'unit', 'level', 'stage']);

const LINKISH = /[/@#]|www\.|\.(?:com|org|net|gov|edu|io|co\.uk)\b/;

/**
 * If the number starting at `at` is part of something that is never a statistic, where that thing ends (so the
 * scan can skip it); otherwise -1.
 */
export function maskedEnd(text: string, at: number, blockStart: number, blockEnd: number): number {
  for (const start of [at, at - 1]) {
    if (start < blockStart || (start === at - 1 && text[start] !== '(' && text[start] !== '+')) continue;
    NUMBER_LED.lastIndex = start;
    const match = NUMBER_LED.exec(text);
    if (match && start + match[0].length <= blockEnd) return start + match[0].length;
  }
  const tokenEnd = linkTokenEnd(text, at, blockStart, blockEnd);
  if (tokenEnd >= 0) return tokenEnd;
  if (!isAfterNamingWord(text, at, blockStart)) return -1;
  let end = at;
  while (end < blockEnd && /[\d,.]/.test(text[end]!) && !(/[,.]/.test(text[end]!) && !/\d/.test(text[end + 1] ?? ''))) end++;
  return end;
}

/** A number inside a link, an address, a handle or a hashtag: the whole token is skipped. */
function linkTokenEnd(text: string, at: number, blockStart: number, blockEnd: number): number {
  let start = at;
  while (start > blockStart && at - start < 200 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < blockEnd && end - at < 500 && !isSpace(text.charCodeAt(end))) end++;
  return LINKISH.test(text.slice(start, end)) && !/^[$£€]/.test(text.slice(start, at + 1)) ? end : -1;
}

function isAfterNamingWord(text: string, at: number, blockStart: number): boolean {
  if (isAfterIndexName(text, at, blockStart)) return true;
  let end = at;
  // Separators between the word and the number: a space, "#", "-", "No. ".
  while (end > blockStart && at - end < 3 && (text[end - 1] === ' ' || text[end - 1] === '#' || text[end - 1] === '-')) end--;
  if (end === at) return false;
  if (text[end - 1] === '.') end--;
  let start = end;
  while (start > blockStart && end - start < 14 && isLatinLetter(text.charCodeAt(start - 1))) start--;
  if (start === end) return false;
  const word = text.slice(start, end);
  const key = word.toLowerCase();
  if (!WORD_BEFORE.has(key)) return false;
  return !CAPITALISED_ONLY.has(key) || /^[A-Z]/.test(word);
}

/**
 * "S&P 500", "FTSE 100": a number right after an acronym (at most six capitals, "&" allowed) names an index
 * or a model. A comma or any other word between them ("DHS, 95", "DHS said 95") leaves the number alone.
 */
function isAfterIndexName(text: string, at: number, blockStart: number): boolean {
  if (at - 2 < blockStart || text[at - 1] !== ' ') return false;
  let start = at - 1;
  while (start > blockStart && at - 1 - start < 7 && /[A-Z&]/.test(text[start - 1]!)) start--;
  const word = text.slice(start, at - 1);
  // "the UK 2.5 million", "EU 40%": a quantity with its scale or percent sign is a quantity wherever it stands.
  if (/^[\d,.]*\s?(?:%|per\s?cent|percent|hundred|thousand|million|billion|trillion|bn\b)/.test(text.slice(at, at + 24))) return false;
  // Three capitals are as often a currency code ("USD 200") or a shouted word ("ALL 5") as an index: only an
  // ampersand or four or more capitals ("FTSE 100") name one.
  return (word.includes('&') ? word.length >= 3 : word.length >= 4) && word.length <= 6 && !/[\p{L}\d]/u.test(text[start - 1] ?? ' ');
}

/** What a regex's \s matches, by char code: these scans run around every number. */
function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

function isLatinLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}
