// Verbs of saying as news copy uses them for attribution, in every tense it uses ("says", "said", "adds"…).
const STEMS = [
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'wrote', 'writes', 'tweeted', 'tweets', 'posted', 'posts',
  'asked', 'asks', 'explained', 'explains', 'argued', 'argues', 'warned', 'warns', 'noted', 'notes', 'continued',
  'continues', 'stated', 'states', 'insisted', 'insists', 'claimed', 'claims', 'recalled', 'recalls', 'remarked',
  'replied', 'replies', 'responded', 'responds', 'answered', 'testified', 'declared', 'declares', 'announced',
  'acknowledged', 'admitted', 'admits', 'conceded', 'cautioned', 'urged', 'concluded', 'observed', 'emphasized',
  'emphasised', 'stressed', 'maintained', 'complained', 'countered', 'quipped', 'joked', 'shouted', 'yelled',
  'whispered', 'wondered', 'suggested', 'suggests', 'predicted', 'predicts', 'vowed', 'promised', 'confirmed',
  'reiterated', 'agreed', 'alleged', 'commented', 'contended', 'exclaimed', 'lamented', 'mused', 'protested',
  'boasted', 'texted', 'emailed', 'pleaded', 'demanded', 'described', 'recounted', 'pointed out', 'went on',
  'called',
];

const SINGLE_WORD = new Set(STEMS.filter((stem) => !stem.includes(' ')));
const WORD = /[A-Za-z]+/g;
// Words shorter or longer than every verb's first word ("the", "a", "administration") need no lookup.
const FIRST_WORD_LENGTHS = STEMS.map((stem) => stem.split(' ')[0]!.length);
const SHORTEST = Math.min(...FIRST_WORD_LENGTHS);
const LONGEST = Math.max(...FIRST_WORD_LENGTHS);

/** A verb of saying found in a window: where it starts and ends. */
export interface VerbAt {
  index: number;
  end: number;
}

/**
 * The verbs of saying in a window, in order. Looking each word up in a set is much cheaper than trying a hundred
 * alternatives at every position, and this runs around every quote.
 */
export function speechVerbsIn(window: string): VerbAt[] {
  const found: VerbAt[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(window); match; match = WORD.exec(window)) {
    if (match[0].length < SHORTEST || match[0].length > LONGEST) continue;
    const word = match[0].toLowerCase();
    const end = match.index + match[0].length;
    if (SINGLE_WORD.has(word)) found.push({ index: match.index, end });
    else if ((word === 'pointed' && /^ out\b/.test(window.slice(end, end + 5))) || (word === 'went' && /^ on\b/.test(window.slice(end, end + 4)))) {
      found.push({ index: match.index, end: end + (word === 'went' ? 3 : 4) });
    }
  }
  return found;
}

// "You" is the interviewee in a Q&A's questions ("You once called the board …").
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you']);
