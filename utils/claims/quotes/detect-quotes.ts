import type { ArticleText, Quote } from '../../analysis/types';
import { spanContaining, type Span } from '../spans';
import { attributionAfter, attributionBefore, blockLeadIn, type Attribution } from './attribute-speaker';
import { findQuotations, type Quotation } from './find-quotations';
import { judgeQuotation } from './is-quotation';
import { findPersonMentions } from './person-mentions';
import { NameRegistry, type KnownPerson } from './resolve-names';
import { splitRole, type SpeakerPhrase } from './split-role';

// More quotations than this in one article is not prose (a transcript dump, a pathological page): stop there.
const MAX_QUOTATIONS = 2000;

interface Attributed {
  parts: Quotation[];
  person: KnownPerson | null;
}

/**
 * Quotes with their speakers. Quotations inside `excluded` spans (promos, embedded posts) are not the article's own.
 * Text is read in order, so that names mentioned before a quote can resolve a later surname or pronoun.
 */
export function detectQuotes(article: ArticleText, excluded: readonly Span[]): Quote[] {
  const { text, blocks } = article;
  const registry = new NameRegistry(text);
  const quotations = findQuotations(article).filter((q) => !spanContaining(excluded, q.start) && !spanContaining(excluded, q.end - 1));
  const runs = groupRuns(quotations).slice(0, MAX_QUOTATIONS);
  const results: Attributed[] = [];
  let mentionedUpTo = -1;
  // Each phrase split once an article: capitalised runs recur, and so do attributions ("she said", "Okafor added").
  const splitRuns = new Map<string, SpeakerPhrase>();
  const lede = blocks.findIndex((block) => block.kind === 'paragraph');
  for (let index = 0; index < runs.length; index++) {
    const parts = runs[index]!;
    const first = parts[0]!;
    while (mentionedUpTo < first.block) {
      mentionedUpTo++;
      const block = blocks[mentionedUpTo]!;
      for (const mention of findPersonMentions(text, block.start, block.end, splitRuns)) registry.mention(mention.name, mention.role, mention.at);
    }
    const verdict = judgeQuotation(text, first, parts.map((part) => part.inner).join(' '));
    if (verdict === 'not-a-quote') continue;
    const previousRun = runs[index - 1];
    const nextRun = runs[index + 1];
    let attribution = findAttribution(text, article, parts, previousRun?.[previousRun.length - 1], nextRun?.[0]);
    // "Jones put it this way:" closing the paragraph before a paragraph that opens with the quote.
    if (!attribution && first.block > 0 && isBlockOpening(text, blocks[first.block]!.start, first.start)) {
      const before = blocks[first.block - 1]!;
      attribution = blockLeadIn(text, before.start, before.end);
    }
    let person: KnownPerson | null = null;
    if (attribution?.leadIn && !registry.knows(splitOnce(attribution.phrase, splitRuns))) attribution = null;
    if (attribution) person = registry.resolve(splitOnce(attribution.phrase, splitRuns), first.start);
    if (person && first.block === lede && /^(?:an?|its|his|her|their)\s/i.test(person.name)) {
      person = namedNext(text, blocks, first.block, splitRuns) ?? person;
    }
    if (!attribution) {
      person = continuedSpeaker(results, first);
      // A short quote is kept without an attribution only as a whole sentence in its speaker's paragraph ("Pauses end.").
      if (verdict === 'needs-attribution' && !(person && isSentenceInSameBlock(results, first, parts))) continue;
    }
    results.push({ parts, person });
  }
  return results.flatMap(({ parts, person }) =>
    parts.map((part) => ({
      start: part.start,
      end: part.end,
      text: text.slice(part.start, part.end),
      speaker: person?.name ?? null,
      role: person?.role ?? null,
    })),
  );
}

function splitOnce(phrase: string, split: Map<string, SpeakerPhrase>): SpeakerPhrase {
  let speaker = split.get(phrase);
  if (!speaker) {
    speaker = splitRole(phrase);
    split.set(phrase, speaker);
  }
  return speaker;
}

/**
 * Delayed identification, a news lede's habit: "A cleaner who scooped £4.2million says she 'loves the people'" or
 * "in the words of its sponsor", and the next paragraph names her ("Janet Holloway, 58, from Rotherham, …"). The
 * first person it names is the speaker.
 */
function namedNext(text: string, blocks: ArticleText['blocks'], block: number, splitRuns: Map<string, SpeakerPhrase>): KnownPerson | null {
  const next = blocks[block + 1];
  if (!next) return null;
  const [mention] = findPersonMentions(text, next.start, next.end, splitRuns);
  return mention ? { name: mention.name, role: mention.role } : null;
}

function groupRuns(quotations: readonly Quotation[]): Quotation[][] {
  const runs: Quotation[][] = [];
  for (const quotation of quotations) {
    const last = runs[runs.length - 1];
    if (last && last[0]!.run === quotation.run) last.push(quotation);
    else runs.push([quotation]);
  }
  return runs;
}

/** The attribution of a quotation, searched around each of its parts; a verb of saying beats "according to". */
function findAttribution(
  text: string,
  article: ArticleText,
  parts: readonly Quotation[],
  previous: Quotation | undefined,
  next: Quotation | undefined,
): Attribution | null {
  let fallback: Attribution | null = null;
  for (let index = parts.length - 1; index >= 0; index--) {
    const part = parts[index]!;
    const block = article.blocks[part.block]!;
    const afterLimit = index === parts.length - 1 && next && next.block === part.block ? next.start : block.end;
    const beforeFloor = index === 0 && previous && previous.block === part.block ? previous.end : block.start;
    const after = attributionAfter(text, part, afterLimit);
    if (after && after.how === 'after' && !after.nextSentence) return after;
    const before = attributionBefore(text, part, beforeFloor);
    if (before && before.how === 'before') return before;
    if (after && after.how === 'after') return after;
    fallback ??= after ?? before;
  }
  return fallback;
}

function isBlockOpening(text: string, blockStart: number, at: number): boolean {
  return at - blockStart < 4 && !/\S/.test(text.slice(blockStart, at));
}

function isSentenceInSameBlock(results: readonly Attributed[], first: Quotation, parts: readonly Quotation[]): boolean {
  const previous = results[results.length - 1];
  if (!previous || previous.parts[previous.parts.length - 1]!.block !== first.block) return false;
  const inner = parts.map((part) => part.inner).join(' ').trim();
  return /^[A-Z]/.test(inner) && /[.!?]$/.test(inner);
}

/** An unattributed quote that follows the same speaker's quote in its paragraph or the one before continues it. */
function continuedSpeaker(results: readonly Attributed[], quotation: Quotation): KnownPerson | null {
  const previous = results[results.length - 1];
  if (!previous || !previous.person) return null;
  const previousBlock = previous.parts[previous.parts.length - 1]!.block;
  return quotation.block - previousBlock <= 1 ? previous.person : null;
}
