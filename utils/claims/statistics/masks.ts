import type { Span } from '../spans';

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?';
const STREET = '(?:Street|St\\.|Avenue|Ave\\.?|Road|Rd\\.?|Boulevard|Blvd\\.?|Lane|Ln\\.?|Drive|Dr\\.|Way|Place|Pl\\.|Court|Ct\\.|Square|Terrace|Parkway|Pkwy\\.?|Highway|Hwy\\.?|Close|Crescent|Row|Plaza)';
const NAMED = '(?:Title|Section|Article|Proposition|Prop\\.|Chapter|Route|Highway|Interstate|Flight|Apollo|Boeing|Airbus|Windows|Channel|No\\.|Nos\\.|Number|Room|Suite|Page|Vol\\.|Volume|Episode|Season|Game|Week|District|Amendment|Rule|Level|Phase|Category|Stage|Gate|Platform|Terminal|Pier|Ward|Precinct|Grade|Form|Model|Version|Series|Super Bowl|Resolution|Bus|Lot|Box|Zone|Region|Division|Battalion|Regiment|Brigade|Fleet|Station|Building|Block|Floor|Tower|Exit|iPhone|Galaxy|Pixel|Xbox|PlayStation|Formula|Class|Unit|Area|Camp|Act|Ch\\.|Sec\\.|Art\\.|Highway|Hwy\\.|Rte\\.|Sustainable Development Goal)';

/**
 * Text where a number is never a statistic: links, addresses, handles, phone numbers, times, dates, street
 * addresses, numbered names ("Title 42", "Boeing 737"), page furniture. One alternation, one pass, linear.
 */
const MASK = new RegExp(
  [
    'https?:\\/\\/\\S{1,500}',
    '\\bwww\\.\\S{1,500}',
    '\\bpic\\.twitter\\.com\\/\\S{1,100}',
    '\\b[\\w-]{1,60}\\.(?:com|org|net|gov|edu|co\\.uk|io)\\/\\S{0,500}',
    '\\b[\\w.+-]{1,64}@[\\w-]{1,100}(?:\\.[\\w-]{1,60}){1,5}',
    '@\\w{1,30}',
    '#\\w{1,60}',
    '(?:\\+\\d{1,3}[\\s.-]?)?\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b',
    '\\b0\\d{2,4}\\s\\d{3,4}\\s\\d{3,4}\\b',
    '\\b\\d{1,2}(?::\\d{2}){1,2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?',
    '\\b\\d{1,2}\\s?[AaPp]\\.?[Mm]\\b\\.?',
    "\\b\\d{1,2}\\s?o['’]clock",
    '\\b\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]{2,12}Z?)?',
    '\\b\\d{1,2}\\/\\d{1,2}(?:\\/\\d{2,4})?\\b',
    `\\b${DAY},?\\s${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4})?`,
    `\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2})?(?:,?\\s(?:18|19|20)\\d\\d)?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?(?:\\s?[-–]\\s?\\d{1,2})?\\s(?:of\\s)?${MONTH}(?:,?\\s(?:18|19|20)\\d\\d)?`,
    `\\b${MONTH}\\s(?:of\\s)?(?:18|19|20)\\d\\d\\b`,
    `\\b\\d{1,5}[A-Za-z]?\\s(?:[NSEW]\\.?\\s)?(?:[A-Z][\\w'’.-]{0,20}\\s){1,3}${STREET}`,
    `\\b${NAMED}\\s?[#-]?\\s?\\d{1,5}[A-Za-z]?\\b`,
    '\\b\\d[\\d,.]{0,10}[kKmM]?\\s(?:comments?|shares?|retweets?|likes|views|min(?:ute)?s?\\sread|replies)\\b',
    '\\b(?:18|19|20)\\d0s\\b',
    "['’]\\d0s\\b",
    '\\b\\d+(?:st|nd|rd|th)\\b',
    '\\b[A-Za-z]{1,12}-\\d{1,5}\\b',
  ].join('|'),
  'g',
);

/** The masked spans of one block, in order and not overlapping. */
export function maskedSpans(text: string, from: number, to: number): Span[] {
  const spans: Span[] = [];
  const blockText = text.slice(from, to);
  MASK.lastIndex = 0;
  for (let match = MASK.exec(blockText); match; match = MASK.exec(blockText)) {
    if (match[0].length === 0) {
      MASK.lastIndex++;
      continue;
    }
    spans.push({ start: from + match.index, end: from + match.index + match[0].length });
  }
  return spans;
}
