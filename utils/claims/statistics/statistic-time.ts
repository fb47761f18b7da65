import type { Span } from '../spans';
import type { Naming } from './statistic-source';
import { MONTH } from '../month-names';

// The period a number refers to: "in 2019", "in fiscal 2020", "from Sept. 18 to Oct. 3", "last year", "in March 2020".
const TIME = new RegExp(
  [
    `\\bfrom\\s(${MONTH}\\s\\d{1,2}\\s(?:to|through|until|-|–)\\s${MONTH}\\s\\d{1,2})\\b`,
    `\\b(?:in|during|since|by|for|as of|through|throughout|between|from|until)\\s(?:(?:the\\s)?(?:fiscal|calendar|financial|school|academic)\\s(?:year\\s)?)?(${MONTH}\\s(?:18|19|20)\\d\\d|(?:FY\\s?)?(?:18|19|20)\\d\\d(?:[-–/](?:\\d\\d){1,2})?)\\b`,
    '\\b((?:last|this|next|the previous|the past)\\s(?:year|month|week|quarter|decade|fiscal year))\\b',
    '\\b(?:in|during)\\s(the\\s(?:first|second|third|fourth|last)\\s(?:quarter|half)(?:\\sof\\s(?:18|19|20)\\d\\d)?)\\b',
  ].join('|'),
  'g',
);

// Every time pattern holds a year, a month or one of these words: a cheap test before the long pattern.
const MAY_STATE_TIME = /\d\d\d\d|\b(?:last|this|next|previous|past)\s|\b(?:quarter|half)\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/;

/** The periods a sentence states, for the statistics in it to take the nearest. */
export function timesInSentence(text: string, sentence: Span): Naming[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const found: Naming[] = [];
  if (!MAY_STATE_TIME.test(sentenceText)) return found;
  TIME.lastIndex = 0;
  for (let match = TIME.exec(sentenceText); match; match = TIME.exec(sentenceText)) {
    const time = match.slice(1).find(Boolean);
    if (time) found.push({ at: sentence.start + match.index, name: time });
  }
  return found;
}
