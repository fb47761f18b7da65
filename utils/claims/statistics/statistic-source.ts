import type { Span } from '../spans';

// "according to the DHS", "according to a new report by the Census Bureau".
const ACCORDING_TO = /\b[Aa]ccording to\s{1,3}(?:(?:the|a|an|new|recent|latest|preliminary|official)\s{1,3}){0,3}([^,;.()—–]{2,90}?)(?:\s{0,2}\([A-Z][A-Za-z&]{1,9}\))?\s*(?=[,;.()—–]|$)/g;
// "the Department of Homeland Security announced", "DHS data show", "the Census Bureau estimated".
const ORG = "((?:[A-Z][\\w&.'’-]{0,30}|of|for|and|on|the|&)(?:\\s(?:[A-Z][\\w&.'’-]{0,30}|of|for|and|on|the|&)){0,8})";
const ORG_SAID = new RegExp(`(?:^|[^\\w])(?:the\\s)?${ORG}(?:['’]s?)?\\s(?:data|figures|statistics|numbers|estimates|records|report|survey|study|poll|analysis|census)?\\s?(?:said|says|announced|reported|reports|estimated|estimates|found|finds|showed|shows|show|revealed|reveals|counted|recorded|calculated|projected|projects|noted)\\b`, 'g');
const DATA_FROM = new RegExp(`\\b(?:data|figures|statistics|numbers|estimates|records|a\\s(?:report|survey|study|poll|analysis|review|census))\\s(?:from|by|of|released by|published by|compiled by)\\s(?:the\\s)?${ORG}`, 'g');
const NAMED_STUDY = new RegExp(`\\b(?:a|an|the|new|latest)\\s${ORG}\\s(?:report|survey|study|poll|analysis|estimate|census|tally|count)\\b`, 'g');

/** A name stated in a sentence, and where. */
export interface Naming {
  at: number;
  name: string;
}

/** Every source a sentence names ("according to the DHS", "the Census Bureau reported"), in no particular order. */
export function sourcesInSentence(text: string, sentence: Span): Naming[] {
  const sentenceText = text.slice(sentence.start, sentence.end);
  const found: Naming[] = [];
  for (const pattern of [ACCORDING_TO, ORG_SAID, DATA_FROM, NAMED_STUDY]) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(sentenceText); match; match = pattern.exec(sentenceText)) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const name = tidySource(match[1]!);
      if (!name) continue;
      if (pattern !== ACCORDING_TO && !/[A-Z]/.test(name)) continue;
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
  const name = raw
    .replace(/^(?:the|The|of|for|and|on)\s+/, '')
    .replace(/\s+(?:of|for|and|on|the)$/, '')
    .replace(/\s+(?:on|in|last|this|earlier)\s.*$/, '')
    .trim();
  if (name.length < 2 || /^(?:It|He|She|They|We|I|This|That|These|Those|There|But|And|In|On|At|As|A|An)$/.test(name)) return null;
  if (/^\d/.test(name)) return null;
  return name;
}
