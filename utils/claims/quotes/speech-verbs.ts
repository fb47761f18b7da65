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

export const SPEECH_VERB = `(?:${STEMS.join('|')})`;

/** The first speech verb as a whole word; used with a bounded window so the search stays linear. */
export const SPEECH_VERB_WORD = new RegExp(`\\b${SPEECH_VERB}\\b`, 'g');

export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we']);
