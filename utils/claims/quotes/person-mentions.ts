import { splitRole, type SpeakerPhrase } from './split-role';

/** A person named in running text, with the role written before the name or in an apposition after it. */
export interface PersonMention {
  name: string;
  role: string | null;
  at: number;
}

// A run of capitalised words (with "of", "the" between, or a quoted nickname): "City Council Transportation Chair
// Devon Pike", "Terry 'Tezza' Walsh".
// What follows decides whether it is a person: an apposition (", a nurse"), ", who", an age (", 45,") or a
// verb ("Host Becky Lane couldn't hide her delight", "Maria Lopez runs the shelter"; not a noun: "the Point Avery
// light" names no one).
const MENTION = new RegExp(
  "\\b([A-Z][A-Za-zÀ-ÿ.'’-]{0,25}(?:(?:\\s['‘“\"][A-Z][A-Za-z-]{1,20}['’”\"])?\\s(?:(?:of|the|for|and|de|van|von|al)\\s){0,2}[A-Z][A-Za-zÀ-ÿ.'’-]{0,25}){1,9})" +
    '(?:,\\s((?:a|an|the)\\s[^,.;]{2,80}?)(?=,|\\s(?:who|whose|which|that)\\b|\\.)|,\\s(?=who\\b)|,\\s\\d{1,3},' +
    '|\\s(?=(?:said|says|told|tells|wrote|writes|adds|asks|notes|argues|warns|and|is|was|has|had|have|will|would|can|could|' +
    "shall|should|may|might|must|did|does|also|later|never|still|then|[a-z]{2,}ed|[a-z]{2,}[^s\\W]s|[a-z]{1,6}n['’]t)\\b)|,\\s(?=[a-z]))",
  'g',
);
// Capitalised runs that name places, not people: "Los Angeles reported" is no person.
const PLACE_START = /^(?:Los|Las|San|Santa|New|North|South|East|West|Fort|Lake|Port|Mount|Saint|St\.?|El|La|Le|Rio|Cape|Hong|Sri|Costa|Puerto|Buenos|Abu|Kuala|Tel|Salt|Baton|Des|Palm|Long|Grand|Great|United|Royal|National|Supreme|Federal|Prime)\s/;
const SENTENCE_INSIDE = /^.*[a-z]{2}\.\s/;
const LEADING_NOISE = /^(?:(?:The|A|An|In|On|At|But|And|When|After|Before|While|Under|As|Nationally|Meanwhile|However|Still|Also|Then|Now|Last|This|That|Since|Until|For|From|With|By|Officers|Officials)\s)+/;

/** The people a block names in passing, in order. Bounded regex over at most the first 20,000 characters. */
export function findPersonMentions(text: string, from: number, to: number, known = new Map<string, SpeakerPhrase>()): PersonMention[] {
  const mentions: PersonMention[] = [];
  const blockText = text.slice(from, Math.min(to, from + 20_000));
  MENTION.lastIndex = 0;
  for (let match = MENTION.exec(blockText); match; match = MENTION.exec(blockText)) {
    // "Amazon. You’ll still …": a full stop after a word (not an initial) ends a sentence inside the run.
    const run = match[1]!.replace(SENTENCE_INSIDE, '').replace(LEADING_NOISE, '');
    if (PLACE_START.test(run)) continue;
    // The same names recur through an article: split each capitalised run once.
    let phrase = known.get(run);
    if (!phrase) {
      phrase = splitRole(run);
      known.set(run, phrase);
    }
    if (phrase.kind !== 'person' || !phrase.name.includes(' ')) continue;
    const role = match[2]?.trim() || phrase.role;
    mentions.push({ name: phrase.name, role: role ?? null, at: from + match.index });
  }
  return mentions;
}
