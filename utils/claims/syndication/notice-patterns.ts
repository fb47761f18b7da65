import type { SyndicationKind } from '../../analysis/types';

/**
 * A publisher's name as notices write it: capitalised words with short joiners ("The Daily Caller News Foundation",
 * "Agence France-Presse", "Consortiumnews.com"), or a bare domain ("www.npr.org"). Bounded so that it stays linear.
 */
const PUBLISHER =
  '((?:[Tt]he\\s)?(?:[A-Z0-9][\\w.&\'’-]{0,40})(?:\\s(?:(?:of|for|and|&|de|on|the|in)\\s){0,2}[A-Z0-9][\\w.&\'’-]{0,40}){0,7}' +
  '|(?:www\\.)?[a-z0-9-]{2,40}\\.(?:com|org|net|news|co\\.uk|org\\.uk|io|info)\\b)';

const WIRES =
  '((?:[Tt]he\\s)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|UPI|United Press International|CNN Wire|Canadian Press|PA Media|Press Association|dpa|Xinhua|Tribune News Service|McClatchy(?: Washington Bureau)?|States Newsroom|Kyodo|ANI|PTI|Press Trust of India|TASS|EFE|ANSA))';

export interface NoticePattern {
  kind: SyndicationKind;
  pattern: RegExp;
  /** Where in a block the notice may begin: anywhere, or only at its start. */
  at: 'anywhere' | 'block-start';
  /** Only in a block no longer than this: such notices are paragraphs of their own. */
  maxBlock?: number;
  /** The capture group holding the publisher; absent when the notice names none. */
  originGroup?: number;
  /** The publisher the convention implies when the text does not name it. */
  impliedOrigin?: string;
}

const YEARS = '(?:19|20)\\d\\d(?:\\s?[-–]\\s?(?:19|20)\\d\\d)?';

const SUBJECT = '(?:[Tt]his|[Tt]he|[Aa] version of this|[Aa]n earlier version of this)\\s(?:article|story|piece|post|report|column|essay|op-ed|commentary|interview|content|item|investigation|analysis|feature)';

export const NOTICE_PATTERNS: NoticePattern[] = [
  // Licence notices.
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`Content created by ${PUBLISHER} is available without charge`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`(?:[Rr]epublished|[Rr]eprinted|[Rr]eproduced|[Rr]eposted)\\s(?:here\\s)?(?:with\\s(?:the\\s)?(?:kind\\s)?permission\\s)?(?:from|of|courtesy of|by)\\s${PUBLISHER}`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`${SUBJECT}\\s(?:also\\s)?(?:ran|appeared) (?:on|in) ${PUBLISHER}\\.\\s{0,3}It (?:can|may) be republished`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`${SUBJECT}\\s(?:is|was)\\s(?:published|shared|distributed)\\s(?:by|from)\\s${PUBLISHER}\\s(?:under|via)\\s(?:a\\s)?Creative Commons`) },
  // Originally published elsewhere.
  { kind: 'originally-published', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`${SUBJECT}[^.\\n]{0,40}?\\b(?:was\\s|is\\s|has been\\s)?(?:originally|first)\\s(?:published|appeared|ran|posted|written|aired|reported|produced)\\s(?:in|on|by|at|with|for)\\s${PUBLISHER}`) },
  { kind: 'originally-published', at: 'block-start', originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}[(\\[]?(?:Originally|First) (?:published|appeared|posted|ran)\\s(?:in|on|by|at)\\s${PUBLISHER}`) },
  { kind: 'originally-published', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`${SUBJECT}\\s(?:was|is)\\s(?:posted|hosted|syndicated|produced|reported|written|published)\\s(?:by|on|from|in partnership with|in collaboration with)\\s${PUBLISHER}`) },
  { kind: 'originally-published', at: 'block-start', maxBlock: 300, originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}[(\\[]?(?:${SUBJECT}\\sis hosted on an external website\\.\\s{0,3})?Read (?:this|the original|the full|the whole|the complete)?\\s?(?:article|story|content|piece|report)?\\s?(?:on|at) ${PUBLISHER}`) },
  { kind: 'originally-published', at: 'block-start', maxBlock: 300,
    pattern: /^\s{0,3}[([]Read the (?:whole|full|entire|complete|rest of the) (?:story|article) (?:HERE|here|at the link)\.?[)\]]/ },
  // A newsroom's own tagline, which republishers keep; on the newsroom's own site it is not a notice.
  { kind: 'originally-published', at: 'block-start', maxBlock: 600, originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}${PUBLISHER},?\\sis\\san?\\s(?:(?:independent|nonprofit|non-profit|not-for-profit|nonpartisan|Pulitzer Prize-winning|award-winning|global|national|local|investigative),?\\s){1,4}(?:newsroom|news organi[sz]ation|news outlet|news site|news service|journalism organi[sz]ation)`) },
  // Wire credits.
  { kind: 'wire-credit', at: 'anywhere', impliedOrigin: 'Reuters',
    pattern: /\(?\b[Rr]eporting by [^;()\n]{2,200};\s{0,3}(?:[Aa]dditional reporting by [^;()\n]{2,200};\s{0,3})?(?:[Ee]diting|[Ww]riting) by [^()\n]{2,200}\)?/ },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`\\b${WIRES}\\s(?:also\\s)?contributed to this (?:report|story|article)`) },
  { kind: 'wire-credit', at: 'anywhere',
    pattern: /\b[Ww]ire services? contributed to this (?:report|story|article)/ },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 200, originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}[Vv]ia ${WIRES}(?:\\s(?:news\\s)?wire)?`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 200, originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}By [^\\n,|]{2,80}[,|]\\s{0,3}${WIRES}\\s*$`) },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`©\\s{0,3}Provided by ${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`(?:content|story|article|report) (?:is|was) provided (?:to [^.\\n]{1,40} )?by ${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 300, originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}Follow ${WIRES}['’]s? [^\\n]{0,60}coverage`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 600, originGroup: 1,
    pattern: new RegExp(`^\\s{0,3}${WIRES} is an?\\s(?:(?:independent|global|international|not-for-profit|nonprofit|news),?\\s){0,4}(?:news organi[sz]ation|news agency|news cooperative|news service)`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 160, originGroup: 1,
    pattern: /^\s{0,3}[A-Z][^,\n]{2,80}, ((?:[A-Z][\w.'’-]{0,30}\s){0,4}(?:Bureau|News Service|Wire Service|Newswire))\s*$/ },
  // Another publisher's copyright line, and agency distribution credits.
  { kind: 'copyright-line', at: 'anywhere', originGroup: 1,
    // "Copyright" alone is a word ("the U.S. Copyright Office"); a copyright line has © or a year after it.
    pattern: new RegExp(`(?:^|[.!?]\\s{1,3})(?:(?:©|\\([Cc]\\))\\s{0,3}(?:${YEARS},?\\s{0,3})?|(?:Copyright|COPYRIGHT)\\s{1,3}(?:©\\s{0,3}(?:${YEARS},?\\s{0,3})?|${YEARS},?\\s{1,3}))(?:by\\s)?${PUBLISHER}`) },
  { kind: 'copyright-line', at: 'anywhere', originGroup: 1,
    pattern: new RegExp(`\\b[Dd]istributed by ${PUBLISHER}`) },
];

export { PUBLISHER, WIRES };
