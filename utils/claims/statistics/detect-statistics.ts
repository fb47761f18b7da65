import type { ArticleText, Statistic, SyndicationNotice } from '../../analysis/types';
import { sentencesOf } from '../sentences';
import { spanContaining, type Span } from '../spans';
import { countedNoun } from './counted-noun';
import { isExcludedNumber } from './exclusions';
import { maskedEnd } from './masks';
import { parseNumberAt, type NumberReading } from './parse-number';
import { readQualifier } from './qualifiers';
import { nearest, sourcesInSentence, type Naming } from './statistic-source';
import { timesInSentence } from './statistic-time';
import { SourceNames } from './source-names';

// Where a number may start. Case is spelt out ([Tt]wo) rather than flagged: a case-insensitive alternation is
// several times slower, and this scans the whole article.
const NUMBER_START =
  /(?:US\$|C\$|A\$|NZ\$|HK\$|[$£€¥₹])\s?\d|\d|\b(?:[Aa]n?\s(?=(?:dozen|third|quarter|half|hundred|thousand|million|billion|trillion)\b)|(?:[Oo]ne[\s-]half|[Hh]alf|[Zz]ero|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety|[Dd]ozen|[Dd]oubled|[Tt]ripled|[Tt]rebled|[Qq]uadrupled|[Hh]alved|[Dd]ouble|[Tt]wice|[Tt]riple))\b/g;
// A block with more numbers than this is a table or a data dump, not prose making claims: stop reading it there.
const MAX_NUMBERS_PER_BLOCK = 300;
const RANGE_JOIN = /^(?:\s?[-–]\s?|\s(?:to|and)\s)/;
// "half" is a quantity only when it is half of something: "half of voters", "nearly half the budget".
const HALF_OF = /^\s(?:of|the|a|an|all|their|its|his|her|our|those|these)\b/i;

/**
 * Numbers that make a claim, with value, unit, hedge, time and source. Numbers inside related-story promos are not
 * the article's; numbers inside an embedded post take the post's author as their source.
 */
export function detectStatistics(article: ArticleText, promos: readonly Span[], posts: readonly SyndicationNotice[]): Statistic[] {
  const { text } = article;
  const names = new SourceNames(text);
  const postSpans = posts.filter((post) => post.start !== undefined) as (SyndicationNotice & Span)[];
  const statistics: Statistic[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'heading' || block.kind === 'preformatted') continue;
    const sentences = new SentenceFacts(text, block);
    const blockText = text.slice(block.start, block.end);
    NUMBER_START.lastIndex = 0;
    let numbersRead = 0;
    for (let match = NUMBER_START.exec(blockText); match && numbersRead < MAX_NUMBERS_PER_BLOCK; match = NUMBER_START.exec(blockText)) {
      const at = block.start + match.index;
      if (/\d/.test(text[at]!)) {
        const masked = maskedEnd(text, at, block.start, block.end);
        if (masked >= 0) {
          NUMBER_START.lastIndex = masked - block.start;
          continue;
        }
      }
      const reading = parseNumberAt(text, at);
      if (!reading || reading.end > block.end) {
        NUMBER_START.lastIndex = skipToken(blockText, match.index);
        continue;
      }
      NUMBER_START.lastIndex = reading.end - block.start;
      numbersRead++;
      if (spanContaining(promos, at)) continue;
      if (reading.form === 'fraction' && /^(?:an?|one)[\s-]|^half$/i.test(text.slice(reading.start, reading.end)) && !isFractionOfSomething(text, reading, block)) continue;
      const statistic = buildStatistic(text, block, reading, names, postSpans, sentences);
      if (statistic) {
        statistics.push(statistic);
        NUMBER_START.lastIndex = Math.max(NUMBER_START.lastIndex, statistic.end - block.start);
      }
    }
  }
  return statistics;
}

function buildStatistic(
  text: string,
  block: Span,
  first: NumberReading,
  names: SourceNames,
  posts: readonly (SyndicationNotice & Span)[],
  sentences: SentenceFacts,
): Statistic | null {
  let reading = first;
  const hedge = readQualifier(text, reading.start, reading.end, block.start);
  const qualified = hedge.qualifier !== '=' || hedge.start !== reading.start;
  if (isExcludedNumber(text, reading, block.start, qualified, hedge.start)) return null;
  reading = joinRange(text, reading, block);
  const start = Math.min(hedge.start, reading.start);
  const end = Math.max(hedge.end, reading.end);
  const facts = sentences.at(reading.start);
  const post = spanContaining(posts, reading.start) as (SyndicationNotice & Span) | undefined;
  const stated = post ? post.origin : nearest(facts.sources, reading.start);
  return {
    start,
    end,
    text: text.slice(start, end),
    value: Number.isFinite(reading.value) ? reading.value : null,
    unit: reading.unit ?? countedNoun(text, end),
    qualifier: hedge.qualifier,
    source: stated ? names.canonical(stated, reading.start) : null,
    time: nearest(facts.times, reading.start),
  };
}

/** "10-20%", "10 to 20 percent", "between 10 and 20 million": one statistic whose value is the lower bound. */
function joinRange(text: string, reading: NumberReading, block: Span): NumberReading {
  if (reading.unit && reading.unit !== 'USD' && reading.unit !== 'GBP' && reading.unit !== 'EUR') return reading;
  const join = RANGE_JOIN.exec(text.slice(reading.end, reading.end + 6));
  if (!join) return reading;
  const isBetween = /\bbetween\s$/i.test(text.slice(Math.max(block.start, reading.start - 9), reading.start));
  if (join[0].includes('and') && !isBetween) return reading;
  const second = parseNumberAt(text, reading.end + join[0].length);
  if (!second || second.end > block.end || second.form !== reading.form) return reading;
  if (!second.unit && !isBetween) return reading;
  const scale = !reading.marked && second.marked && second.value / reading.value > 100 ? second.value / Number(text.slice(second.start, second.end).replace(/[^\d.]/g, '') || 1) : 1;
  return { ...reading, end: second.end, value: reading.value * (Number.isFinite(scale) && scale > 1 ? scale : 1), unit: second.unit ?? reading.unit, marked: true };
}

/**
 * Sources and times stated in each sentence of a block, read once however many numbers the sentence holds. The block
 * is split into sentences only when a statistic first asks: most blocks hold none.
 */
class SentenceFacts {
  private readonly cache = new Map<number, { sources: Naming[]; times: Naming[] }>();
  private sentences: Span[] | null = null;

  constructor(
    private readonly text: string,
    private readonly block: Span,
  ) {}

  at(position: number): { sources: Naming[]; times: Naming[] } {
    this.sentences ??= sentencesOf(this.text, this.block);
    const sentence = spanContaining(this.sentences, position) ?? { start: position, end: position };
    let facts = this.cache.get(sentence.start);
    if (!facts) {
      facts = { sources: sourcesInSentence(this.text, sentence), times: timesInSentence(this.text, sentence) };
      this.cache.set(sentence.start, facts);
    }
    return facts;
  }
}

/**
 * "half of voters", "roughly a third": a fraction of something. "a third straight defeat" is an ordinal and "the
 * second half" a part of a game: neither counts.
 */
function isFractionOfSomething(text: string, reading: NumberReading, block: Span): boolean {
  const after = text.slice(reading.end, reading.end + 8);
  // "the top half", "the second half": a part of something named, not a quantity.
  if (/\bthe(?:\s[a-z]+)?\s$/i.test(text.slice(Math.max(block.start, reading.start - 16), reading.start))) return false;
  if (HALF_OF.test(after) || /^(?:\s?[,.;:)]|$)/.test(after)) return true;
  const hedge = readQualifier(text, reading.start, reading.end, block.start);
  return hedge.start !== reading.start;
}

function skipToken(blockText: string, index: number): number {
  let end = index + 1;
  while (end < blockText.length && /[\w,.$£€]/.test(blockText[end]!)) end++;
  return end;
}
