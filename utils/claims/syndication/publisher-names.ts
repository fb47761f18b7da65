// Wires and big publishers are named many ways; each alias maps to one display name.
const ALIASES: Record<string, string> = {
  ap: 'The Associated Press',
  associatedpress: 'The Associated Press',
  apnews: 'The Associated Press',
  reuters: 'Reuters',
  thomsonreuters: 'Reuters',
  afp: 'Agence France-Presse',
  agencefrancepresse: 'Agence France-Presse',
  upi: 'United Press International',
  unitedpressinternational: 'United Press International',
  pa: 'PA Media',
  pamedia: 'PA Media',
  cp: 'The Canadian Press',
  canadianpress: 'The Canadian Press',
  bloomberg: 'Bloomberg',
  bloomberglp: 'Bloomberg',
  dpa: 'dpa',
  ani: 'ANI',
  ians: 'IANS',
  tns: 'Tribune News Service',
  tribunenewsservice: 'Tribune News Service',
  bloombergnews: 'Bloomberg',
  pti: 'Press Trust of India',
  presstrustofindia: 'Press Trust of India',
  xinhua: 'Xinhua',
  tass: 'TASS',
};

// Company-form words that do not tell publishers apart ("FOX News Network, LLC" is foxnews.com).
export const CORPORATE_WORDS = /\b(?:inc|incorporated|llc|l\.l\.c|ltd|limited|plc|lp|l\.p|corp|corporation|co|company|network|gmbh|sa|ag|group|holdings)\b\.?/gi;

/** A publisher's name tidied for display: no company suffix, no trailing punctuation, wires spelt one way. */
export function normalisePublisher(name: string): string {
  let tidy = name
    .replace(/^\s*(?:by|from|via)\s+/i, '')
    // A notice's next sentence is not part of the name: "AP News. Read More", "Bloomberg L.P. Visit bloomberg.com".
    .replace(/\.\s+(?:Visit|Read|All|This|For|Follow|Sign|Click|More|Distributed|Reprinted|Copyright|It|The)\b[^]*$/, '')
    // So is any sentence after a full word ("NPR. To see more", "The Bay Ledger. Republished"), not after an initial
    // ("U.S. News").
    .replace(/(\b[A-Za-z]{3,}|\.com|\.org)\.\s+[A-Z][^]*$/, '$1')
    .replace(/[\s.,;:!)-]+$/, '')
    // "The Prairie Ledger's" (its newsletter), "The Example Ledger 2026" (a © line with the year after the name).
    .replace(/['’]s?$|\s+(?:19|20)\d\d$/, '')
    .replace(/\s*,?\s*\b(?:inc|llc|ltd|plc|l\.p|lp|corp)\b\.?\s*$/i, '')
    .replace(/[\s.,;:!-]+$/, '')
    .replace(/^[\s"“'‘]+|[\s"”'’]+$/g, '')
    .replace(/\s+/g, ' ');
  // A link names its site: "https://www.example.org/2026/story" → "example.org".
  const link = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\/\S*)?$/.exec(tidy);
  if (link) tidy = link[1]!;
  const alias = ALIASES[publisherKey(tidy)];
  return alias ?? tidy;
}

/** A comparison key: lower case letters and digits only, without "the", company forms or a web suffix. */
export function publisherKey(name: string): string {
  const lower = name.trim().toLowerCase();
  // A bare host names its site by its registrable label: "coastlinereport.example" → "coastlinereport".
  const host = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})(?:\/.*)?$/.exec(lower);
  if (host) return registrableLabel(host[1]!).replace(/[^a-z0-9]+/g, '');
  const key = lower
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\.(?:com|org|net|co\.uk|org\.uk|co|news|us|ca|com\.au|info|io|de|fr)(?:\/.*)?$/, '')
    .replace(/^the\s+/, '')
    .replace(CORPORATE_WORDS, '')
    .replace(/[^a-z0-9]+/g, '');
  return key;
}

/** The host of a URL without "www.", or null when it is not a URL. */
export function hostOf(url: string | null | undefined): string | null {
  if (!url) return null;
  // A protocol-relative link ("//www.example.org/story") names a host as well.
  const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:]+)/i.exec(url.trim());
  return match ? match[1]!.toLowerCase().replace(/^www\./, '') : null;
}

/** "edition.cnn.com" → "cnn"; "bbc.co.uk" → "bbc"; "theconversation.edu.au" → "theconversation". */
function registrableLabel(host: string): string {
  const labels = host.split('.');
  if (labels.length >= 3 && /^(?:co|com|org|net|ac|gov|edu|ne|or|go|gob|nic)$/.test(labels[labels.length - 2]!)) return labels[labels.length - 3]!;
  return labels[labels.length - 2] ?? labels[0]!;
}
