import type { ArticleText, Quote } from '../../analysis/types';
import { spanContaining, type Span } from '../spans';
import { attributionAfter, attributionBefore, type Attribution } from './attribute-speaker';
import { findQuotations, type Quotation } from './find-quotations';
import { judgeQuotation } from './is-quotation';
import { NameRegistry, type KnownPerson } from './resolve-names';
import { splitRole } from './split-role';

// Two or three capitalised words: a person named in passing, for a later surname to find.
const PERSON_MENTION = /\b[A-Z][a-z'’-]{1,20}(?:\s(?:[A-Z]\.|[A-Z][a-z'’-]{1,20})){1,2}\b/g;
const NOT_A_FIRST_NAME = /^(?:The|A|An|In|On|At|But|And|He|She|It|They|We|When|After|Before|Under|Officers|Nationally|Mr|Mrs|Ms|Dr|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|New|North|South|East|West|United|Los|San|Santa|Las|Fort|Lake|Saint|St)$/;

interface Attributed {
  quotation: Quotation;
  person: KnownPerson | null;
}

/**
 * Quotes with their speakers. Quotations inside `excluded` spans (promos, embedded posts) are not the article's own.
 */
export function detectQuotes(article: ArticleText, excluded: readonly Span[]): Quote[] {
  const { text, blocks } = article;
  const registry = new NameRegistry();
  const quotations = findQuotations(article).filter((q) => !spanContaining(excluded, q.start) && !spanContaining(excluded, q.end - 1));
  const results: Attributed[] = [];
  let mentionedUpTo = -1;
  for (let index = 0; index < quotations.length; index++) {
    const quotation = quotations[index]!;
    while (mentionedUpTo < quotation.firstBlock) {
      mentionedUpTo++;
      noteMentions(text, blocks[mentionedUpTo]!, registry);
    }
    const verdict = judgeQuotation(text, quotation);
    if (verdict === 'not-a-quote') continue;
    const lastBlock = blocks[quotation.lastBlock]!;
    const firstBlock = blocks[quotation.firstBlock]!;
    const next = quotations[index + 1];
    const previous = quotations[index - 1];
    const afterLimit = next && next.firstBlock === quotation.lastBlock ? next.start : lastBlock.end;
    const beforeFloor = previous && previous.lastBlock === quotation.firstBlock ? previous.end : firstBlock.start;
    const attribution = pickAttribution(
      attributionAfter(text, quotation, afterLimit),
      attributionBefore(text, quotation, beforeFloor),
    );
    let person: KnownPerson | null = null;
    if (attribution) person = registry.resolve(splitRole(attribution.phrase));
    if (!attribution) {
      if (verdict === 'needs-attribution') continue;
      person = continuedSpeaker(results, quotation);
    }
    results.push({ quotation, person });
  }
  return results.map(({ quotation, person }) => ({
    start: quotation.start,
    end: quotation.end,
    text: text.slice(quotation.start, quotation.end),
    speaker: person?.name ?? null,
    role: person?.role ?? null,
  }));
}

/** A verb of saying beats "according to"; after the quote beats before it. */
function pickAttribution(after: Attribution | null, before: Attribution | null): Attribution | null {
  if (after && after.how === 'after') return after;
  if (before && before.how === 'before') return before;
  return after ?? before;
}

/** An unattributed quote that follows the same speaker's quote in its paragraph or the one before continues it. */
function continuedSpeaker(results: readonly Attributed[], quotation: Quotation): KnownPerson | null {
  const previous = results[results.length - 1];
  if (!previous || !previous.person) return null;
  return quotation.firstBlock - previous.quotation.lastBlock <= 1 ? previous.person : null;
}

function noteMentions(text: string, block: { start: number; end: number }, registry: NameRegistry): void {
  const blockText = text.slice(block.start, Math.min(block.end, block.start + 5000));
  PERSON_MENTION.lastIndex = 0;
  for (let match = PERSON_MENTION.exec(blockText); match; match = PERSON_MENTION.exec(blockText)) {
    const first = match[0].split(' ')[0]!;
    if (NOT_A_FIRST_NAME.test(first)) continue;
    const phrase = splitRole(match[0]);
    if (phrase.kind === 'person' && phrase.name.includes(' ')) registry.mention(phrase.name, phrase.role);
  }
}
