import { COMPARED_AFTER } from './number-words';
import type { NumberReading } from './parse-number';

// Spelled-out numbers below ten are incidental counts in news style ("two men were arrested"), not claims.
const SMALL_WORD_LIMIT = 10;
const AGE_AFTER = /^(?:-|\s)(?:years?|yrs?)(?:-|\s)old\b|^-year-old|^\s(?:years?\sof\sage)\b/i;
const AGED_BEFORE = /\b(?:[Aa]ged|[Aa]ges?)\s$/;
const AGE_BEFORE = /(?:\b(?:aged?|ages)\s|[A-Z][\p{L}'’.-]+,\s)$/u;
const DURATION_AFTER = /^\s(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\s(?:ago|later|earlier|before|after|old)\b/i;
const LIST_NUMBER = /^[.)]\s/;
// "for 31 years", "in 18 months", "over 48 hours": a span of time the sentence happens in, not a measured quantity.
// ("spent almost 20 minutes in the water" and "waited 18 weeks" stay: there the duration is what is measured.)
const PERIOD_BEFORE = /\b(?:for|in|within|over|during|after|the\s(?:past|last|next|first)|past|last|next|first|took(?:\s(?:me|him|her|them|us|you|it))?)\s$/i;
// "checked it about ten times": how often something happened, not a quantity; "four times the target" is a ratio.
const FREQUENCY_AFTER = new RegExp(`^\\s(?:times|occasions)\\b(?!${COMPARED_AFTER})`, 'i');
// "the 10-year Treasury", "a 30-day supply": a span of time made into an adjective names a kind of thing.
const DURATION_ADJECTIVE_AFTER = /^-(?:second|minute|hour|day|week|month|year|decade)\b(?!-old)/i;
const TIME_UNIT_AFTER = /^\s(?:straight\s|consecutive\s|more\s)?(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|quarters?|seasons?)\b/i;

/** Reasons a number is not a statistic: a year, an age, a list number, a small spelled count, a code. */
export function isExcludedNumber(text: string, reading: NumberReading, blockStart: number, qualified: boolean, hedgeStart = reading.start): boolean {
  const before = text.slice(Math.max(blockStart, reading.start - 40), reading.start);
  const after = text.slice(reading.end, reading.end + 24);
  const written = text.slice(reading.start, reading.end);
  const nextChar = text[reading.end] ?? '';
  const previousChar = reading.start > blockStart ? text[reading.start - 1]! : '';
  // A number glued to letters or to a hyphenated word is part of a name or code ("F-35", "A380", "3rd").
  if (/[\p{L}_]/u.test(previousChar) || (/[\p{L}\d]/u.test(nextChar) && !reading.marked)) return true;
  if ((previousChar === '-' || previousChar === '/') && /[\p{L}\d]/u.test(text[reading.start - 2] ?? '')) return true;
  if (previousChar === '#' || previousChar === '.' && /\d/.test(text[reading.start - 2] ?? '')) return true;
  if (reading.form === 'digits' && !reading.marked) {
    // A four-digit number in the range of years is a year ("in 2019"), unless a qualifier makes it a count.
    if (/^(?:1[89]|20)\d\d$/.test(written) && !qualified) return true;
    if (reading.start === blockStart && LIST_NUMBER.test(after)) return true;
    if (/^-\d/.test(after) && !/^-\d[\d,.]*\s?(?:%|percent|per cent)/.test(after)) return true; // a score or an ID
  }
  if (AGE_AFTER.test(after)) return true;
  if (/^,/.test(after) && reading.value > 0 && reading.value < 120 && !reading.marked && AGE_BEFORE.test(before)) return true;
  // "aged 45 and living alone", "adults age 65 and older": after "aged" a number is an age whatever follows.
  if (!reading.marked && reading.value < 120 && AGED_BEFORE.test(before)) return true;
  if (DURATION_AFTER.test(after) || FREQUENCY_AFTER.test(after)) return true;
  if (!reading.marked && DURATION_ADJECTIVE_AFTER.test(after)) return true;
  if (TIME_UNIT_AFTER.test(after)) {
    // The hedge itself may be the period's preposition: "over 48 hours".
    const beforeHedge = text.slice(Math.max(blockStart, hedgeStart - 16), hedgeStart);
    if (PERIOD_BEFORE.test(beforeHedge) || PERIOD_BEFORE.test(before)) return true;
  }
  if (reading.form === 'words' && !reading.marked && !qualified && reading.value < SMALL_WORD_LIMIT) return true;
  if (reading.form === 'words' && /^one$/i.test(written.trim()) && !reading.marked) return true;
  return false;
}
