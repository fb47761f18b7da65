import type { SyndicationKind } from '../../analysis/types';

const MONTH_OR_DAY =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';

/** "Oct. 3, 2026", "March 3", "3 October 2026", "2026-10-03": the date a notice may give before the publisher. */
const DATE = `(?:${MONTH_OR_DAY}\\.?\\s{1,2}\\d{1,2}(?:,\\s{0,2}\\d{4})?|\\d{1,2}\\s${MONTH_OR_DAY}(?:\\s\\d{4})?|\\d{4}-\\d\\d-\\d\\d)`;

const LANGUAGE =
  '(?:English|Spanish|French|German|Portuguese|Italian|Arabic|Chinese|Mandarin|Cantonese|Japanese|Korean|Russian|Ukrainian|Hindi|Urdu|Bengali|Dutch|Polish|Turkish|Vietnamese|Hebrew|Persian|Farsi|Swedish|Norwegian|Danish|Greek|Indonesian|Tagalog|Somali|Haitian Creole)';

// A name never starts with a date or a language, and a joiner ("on", "in") followed by one ends the name:
// "X on March 3, 2026"; "originally published in Spanish" names no publisher.
const NOT_DATE = `(?!${MONTH_OR_DAY}\\b|${LANGUAGE}\\b|\\d)`;

/**
 * A publisher's name as notices write it: capitalised words with short joiners ("The Daily Caller News Foundation",
 * "Agence France-Presse", "Consortiumnews.com"), or a host or link ("www.npr.org", "https://example.org/story").
 * Bounded so that it stays linear.
 */
const publisherPattern = (joiners: string) =>
  `((?:[Tt]he\\s)?${NOT_DATE}(?:[A-Z0-9][\\w.&'’-]{0,40})(?:\\s(?:(?:${joiners})\\s${NOT_DATE}){0,2}[A-Z0-9][\\w.&'’-]{0,40}){0,7}` +
  '|(?:https?://)?(?:www\\.)?[a-z0-9-]{2,40}(?:\\.[a-z0-9-]{2,40}){0,3}\\.[a-z]{2,10}\\b(?:/[^\\s)]{0,200})?)';
const PUBLISHER = publisherPattern('of|for|and|&|de|on|the|in');
// Where a notice lists two publishers ("between X and Y"), "and" separates them rather than joining one name.
const ONE_OF_TWO_PUBLISHERS = publisherPattern('of|for|de|on|the|in');

const WIRES =
  '((?:[Tt]he\\s)?(?:Associated Press|AP|Reuters|AFP|Agence France-Presse|Bloomberg(?: News)?|UPI|United Press International|CNN Wire|Canadian Press|PA Media|PA|Press Association|dpa|Xinhua|Tribune News Service|McClatchy(?: Washington Bureau)?|States Newsroom|Kyodo|ANI|PTI|IANS|Press Trust of India|TASS|EFE|ANSA))';

// A person's name: two or three capitalised words with no newsroom word ("Jane Roe", "Dana K. Whitfield").
const PERSON = /^(?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,2}$/;
const NEWSROOM_WORD = /\b(?:News|Press|Times|Post|Tribune|Journal|Herald|Gazette|Chronicle|Daily|Wire|Bureau|Newsroom|Network|Media|Radio|Magazine|Report|Review|Ledger|Sentinel|Project|Watch|Monitor)\b/;

/** True when `name` reads as a person's, not a publisher's: authorship lines ("This story was written by Jane Roe") are bylines. */
export function looksLikePerson(name: string): boolean {
  return !NEWSROOM_WORD.test(name) && name.replace(/[.,;:]+$/, '').split(/,\s|\sand\s/).every((part) => PERSON.test(part.trim()));
}

export interface NoticePattern {
  kind: SyndicationKind;
  pattern: RegExp;
  /** Where in a block the notice may be: anywhere, only at its start, or only at its end (then `pattern` is tried on the block's last characters). */
  at: 'anywhere' | 'block-start' | 'block-end';
  /** Only in a block no longer than this: such notices are paragraphs of their own. */
  maxBlock?: number;
  /**
   * Words every match holds, tested first: a block without them skips the long pattern, which V8 then never has to
   * compile (a pattern holding PUBLISHER costs milliseconds to compile on a page's first run).
   */
  needs?: RegExp;
  /**
   * For a block-start pattern: every character a match may begin with once the block's leading whitespace is skipped.
   * A block opening with any other character skips the pattern without running a regex.
   */
  lead?: string;
  /** The capture group holding the publisher; absent when the notice names none. */
  originGroup?: number;
  /** A second publisher the notice names ("a collaboration between X and Y"): the origin when the first is the site. */
  alternateGroup?: number;
  /** The origin group lists contributors, people or newsrooms: only a newsroom makes the line a notice. */
  contributors?: boolean;
  /** The named publisher must not read as a person ("written by Jane Roe" is a byline). */
  notPerson?: boolean;
  /** The publisher the convention implies when the text does not name it. */
  impliedOrigin?: string;
}

const YEARS = '(?:19|20)\\d\\d(?:\\s?[-–]\\s?(?:19|20)\\d\\d)?';

const SUBJECT =
  '(?:[Tt]his|[Tt]he following|[Aa] version of this|[Aa]n earlier version of this|[Pp]arts of this|[Pp]ortions of this|[Tt]he original version of this)\\s' +
  '(?:article|story|piece|post|report|column|essay|op-ed|commentary|interview|content|item|investigation|analysis|feature|reporting|project)';

const PERMISSION = '(?:with|by)\\s(?:the\\s)?(?:kind\\s|express\\s)?permission';

// Where a "first/originally" notice says the story ran: "in The Bay Ledger", "on Oct. 3, 2026, by X",
// "in the Sunday edition of X".
const RAN_IN = `(?:\\s(?:on\\s)?${DATE},?)?(?:\\sin\\s${LANGUAGE},?)?\\s(?:in|on|by|at|with|for)\\s(?:the\\s[^\\n]{0,40}?\\s(?:edition|issue|newsletter) of\\s)?${PUBLISHER}`;

const NEWSROOM_ADJECTIVE =
  "(?:independent|nonprofit|non-profit|not-for-profit|nonpartisan|non-partisan|Pulitzer Prize-winning|award-winning|global|national|local|regional|statewide|investigative|digital|online|reader-supported|member-supported|community|public-interest|public|collaborative|bilingual|student-run|free|501\\(c\\)\\(3\\)|[A-Z][a-z]{2,20}-based)";
const NEWSROOM_NOUN =
  '(?:newsroom|news organi[sz]ation|news outlet|news site|news website|news service|news network|news nonprofit|news startup|news agency|media outlet|media organi[sz]ation|journalism organi[sz]ation|journalism nonprofit|reporting project)';

const HAS_SUBJECT = new RegExp(SUBJECT);
const CAPITALS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// The characters PUBLISHER can begin with: a capital or a digit ("The", "Agence…") or a host ("www.npr.org", "https://…").
const PUBLISHER_LEAD = `${CAPITALS}abcdefghijklmnopqrstuvwxyz0123456789-`;
const HAS_NEWSROOM_NOUN = new RegExp(NEWSROOM_NOUN);

export const NOTICE_PATTERNS: NoticePattern[] = [
  // Licence notices.
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: /Content created by /,
    pattern: new RegExp(`Content created by ${PUBLISHER} is available without charge`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: /[Rr]ep(?:ublished|rinted|roduced|osted)|[Ss]yndicated/,
    pattern: new RegExp(`(?:[Rr]epublished|[Rr]eprinted|[Rr]eproduced|[Rr]eposted|[Ss]yndicated)\\s(?:here\\s)?(?:${PERMISSION}\\s)?(?:from|of|courtesy of|by|via|through)\\s${PUBLISHER}`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: /permission/,
    pattern: new RegExp(`(?:[Pp]ublished|[Uu]sed|[Ss]hared|[Pp]osted)\\s(?:here\\s)?${PERMISSION}\\s(?:from|of|by)\\s${PUBLISHER}`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: /courtesy of/,
    pattern: new RegExp(`(?:^\\s{0,3}|[Rr]eprinted\\s|[Rr]epublished\\s|[Uu]sed\\s|${SUBJECT}\\s(?:is\\s)?)(?:[Aa]rticle\\s|[Ss]tory\\s|[Cc]ontent\\s|[Cc]olumn\\s)?courtesy of\\s${PUBLISHER}`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: HAS_SUBJECT,
    pattern: new RegExp(`${SUBJECT}\\s(?:also\\s)?(?:ran|appeared) (?:on|in) ${PUBLISHER}\\.\\s{0,3}It (?:can|may) be republished`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: HAS_SUBJECT,
    pattern: new RegExp(`${SUBJECT}\\s(?:is|was)\\s(?:published|shared|distributed)\\s(?:by|from)\\s${PUBLISHER}\\s(?:under|via)\\s(?:a\\s)?Creative Commons`) },
  // Originally published elsewhere.
  { kind: 'originally-published', at: 'anywhere', originGroup: 1,
    needs: HAS_SUBJECT,
    pattern: new RegExp(`${SUBJECT}[^.\\n]{0,40}?\\b(?:was\\s|is\\s|has been\\s)?(?:originally\\s(?:published|appeared|ran|posted|written|reported|produced)|first\\s(?:published|appeared|ran|posted|produced))${RAN_IN}`) },
  // The same in the active voice: "The Bay Ledger originally published this story."
  { kind: 'originally-published', at: 'block-start', maxBlock: 300, originGroup: 1, lead: `([${PUBLISHER_LEAD}`,
    needs: /\s(?:originally|first)\s(?:published|ran)\s/,
    pattern: new RegExp(`^\\s{0,3}[(\\[]?${PUBLISHER}\\s(?:originally|first)\\s(?:published|ran)\\s(?:this|a version of this)\\s(?:article|story|piece|report|column|essay)`) },
  { kind: 'originally-published', at: 'block-start', maxBlock: 300, originGroup: 1,
    lead: '([PRC',
    needs: /^\s{0,3}[([]?(?:Published|Produced|Reported|Co-published)\s/,
    pattern: new RegExp(`^\\s{0,3}[(\\[]?(?:Published|Produced|Reported|Co-published)\\s(?:in (?:partnership|collaboration) with|with)\\s${PUBLISHER}`) },
  { kind: 'originally-published', at: 'anywhere', originGroup: 1,
    needs: HAS_SUBJECT,
    pattern: new RegExp(`${SUBJECT}\\s(?:(?:comes|came)\\s(?:to us\\s)?|is\\s|was\\s)from\\s${PUBLISHER}`) },
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: /agreement|partnership|arrangement/,
    pattern: new RegExp(`(?:content[- ]sharing|news[- ]sharing|syndication|republishing)\\s(?:agreement|partnership|arrangement)\\s(?:with|between)\\s${PUBLISHER}`) },
  { kind: 'originally-published', at: 'block-start', originGroup: 1,
    lead: '([*_OF',
    needs: /^\s{0,3}[([*_]?(?:Originally|First) /,
    pattern: new RegExp(`^\\s{0,3}[(\\[*_]?(?:Originally|First) (?:published|appeared|posted|ran)${RAN_IN}`) },
  { kind: 'originally-published', at: 'anywhere', originGroup: 1, alternateGroup: 2,
    needs: HAS_SUBJECT,
    pattern: new RegExp(`${SUBJECT}\\s(?:is|was)\\s(?:part of\\s)?an?\\s(?:joint\\s)?(?:collaboration|partnership|co-production|reporting partnership)\\s(?:between|with)\\s${ONE_OF_TWO_PUBLISHERS}(?:,?\\s(?:and|with)\\s${ONE_OF_TWO_PUBLISHERS})?`) },
  { kind: 'originally-published', at: 'anywhere', originGroup: 1, notPerson: true,
    needs: HAS_SUBJECT,
    pattern: new RegExp(`${SUBJECT}\\s(?:was|is)\\s(?:posted|hosted|syndicated|produced|co-produced|created|reported|written|published|co-published)\\s(?:by|on|from|for|with|in partnership with|in collaboration with)\\s${PUBLISHER}`) },
  { kind: 'originally-published', at: 'block-start', maxBlock: 300, originGroup: 1,
    lead: '([TtAaPpR',
    needs: /Read /,
    pattern: new RegExp(`^\\s{0,3}[(\\[]?(?:${SUBJECT}\\sis hosted on an external website\\.\\s{0,3})?Read (?:this|the original|the full|the whole|the complete)?\\s?(?:article|story|content|piece)?\\s?(?:on|at) ${PUBLISHER}`) },
  { kind: 'originally-published', at: 'block-start', maxBlock: 300, lead: '([',
    pattern: /^\s{0,3}[([]Read the (?:whole|full|entire|complete|rest of the) (?:story|article) (?:HERE|here|at the link)\.?[)\]]/ },
  // A newsroom's own tagline, which republishers keep; on the newsroom's own site it is not a notice.
  { kind: 'originally-published', at: 'block-start', maxBlock: 600, originGroup: 1, lead: PUBLISHER_LEAD,
    needs: HAS_NEWSROOM_NOUN,
    pattern: new RegExp(`^\\s{0,3}${PUBLISHER},?\\s(?:is\\san?\\s(?:${NEWSROOM_ADJECTIVE},?\\s(?:and\\s)?){1,4}${NEWSROOM_NOUN}|is part of\\s(?:[Tt]he\\s)?[A-Z][\\w-]{0,30}(?:\\s[A-Z][\\w-]{0,30}){0,3},\\san?\\s(?:${NEWSROOM_ADJECTIVE},?\\s){0,3}${NEWSROOM_NOUN})`) },
  // Wire credits.
  { kind: 'wire-credit', at: 'anywhere', impliedOrigin: 'Reuters',
    pattern: /\(?\b(?:[Rr]eporting|[Ww]riting|[Cc]ompiled)\s[Bb]y [^;()\n]{2,200};\s{0,3}(?:[^;()\n]{2,200};\s{0,3}){0,3}(?:[Ee]diting|[Ww]riting)\s[Bb]y [^()\n]{2,200}\)?/ },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1, contributors: true,
    pattern: /(?:^\s{0,3}|[.!?]["”]?\s{1,3})([A-Z][^.!?\n]{1,160}?)\s(?:also\s)?contributed\s(?:reporting|to this)/ },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1, contributors: true,
    needs: / used/,
    pattern: new RegExp(`\\b(?:[Ii]nformation|[Mm]aterial|[Rr]eporting) from ${PUBLISHER} (?:was|were) used`) },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1, contributors: true,
    needs: /includes |contains /,
    pattern: new RegExp(`(?:report|story|article) (?:includes|contains) (?:information|material|reporting) from ${PUBLISHER}`) },
  // "updated with additional reporting from The Associated Press"; "according to reporting by X" is attribution.
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1, contributors: true,
    needs: /reporting\s(?:from|by)\s/,
    pattern: new RegExp(`\\b(?:[Ww]ith|[Ii]ncluding)\\s(?:additional\\s)?reporting\\s(?:from|by)\\s${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 200, originGroup: 1, contributors: true,
    lead: '([—–-WwAaFf',
    needs: /(?:[Ww]ith (?:files|inputs|additional reporting|reporting)|[Aa]dditional reporting|[Ff]urther reporting) (?:from|by) /,
    pattern: new RegExp(`^\\s{0,3}[(\\[—–-]{0,2}\\s?(?:[Ww]ith (?:files|inputs|additional reporting|reporting)|[Aa]dditional reporting|[Ff]urther reporting) (?:from|by) ${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 80, lead: '([—–-FfCcWwSsaA',
    pattern: /^\s{0,3}[([—–-]{0,2}\s?(?:[Ff]rom |[Cc]ompiled from |[Ww]ith (?:inputs |files |reporting )?(?:from |by )?|(?:[Aa]dditional|[Ff]urther) reporting (?:by|from) )?(?:[Ss]taff and |[Ss]taff, )?(?:[Ww]ire (?:reports|services)|agencies|[Aa]gency reports)[.)\]]?\s*$/ },
  { kind: 'wire-credit', at: 'anywhere', impliedOrigin: 'The Associated Press',
    pattern: /\bAP is solely responsible for all content/ },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 200, originGroup: 1,
    lead: 'Vv',
    needs: /^\s{0,3}[Vv]ia /,
    pattern: new RegExp(`^\\s{0,3}[Vv]ia ${WIRES}(?:\\s(?:news\\s)?wire)?`) },
  // Bylines of a wire ("By The Associated Press", "By Reuters Staff") and USA Today's "Contributing:" line.
  { kind: 'wire-credit', at: 'block-start', maxBlock: 60, originGroup: 1,
    lead: 'B',
    needs: /^\s{0,3}(?:By|BY)\s/,
    pattern: new RegExp(`^\\s{0,3}(?:By|BY)\\s${WIRES}(?:\\s[Ss]taff)?\\s*$`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 300, originGroup: 1, contributors: true, lead: 'C',
    pattern: /^\s{0,3}Contributing:\s([^\n]{2,280})/ },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 60, originGroup: 1,
    lead: 'S',
    needs: /^\s{0,3}Source:\s/,
    pattern: new RegExp(`^\\s{0,3}Source:\\s${WIRES}\\.?\\s*$`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 200, originGroup: 1,
    lead: 'B',
    needs: /^\s{0,3}By /,
    // "By Jane Roe, PA Political Correspondent", "By JANE ROE, AP Business Writer".
    pattern: new RegExp(`^\\s{0,3}By [^\\n,|]{2,80}(?:[,|]|\\s[—–-])\\s{0,3}${WIRES}(?:\\s(?:[A-Z][a-z]+\\s){0,3}(?:Correspondent|Writer|Reporter|Editor))?\\s*$`) },
  // The AP's sign-off on stories members run: "More AP sports: https://apnews.com/hub/sports".
  { kind: 'wire-credit', at: 'block-start', maxBlock: 200, impliedOrigin: 'The Associated Press',
    lead: 'M',
    needs: /^\s{0,3}More AP /,
    pattern: /^\s{0,3}More AP [^:\n]{1,40}:\s/ },
  // A wire's sign-off closing the story: "— Reuters", "-AFP".
  { kind: 'wire-credit', at: 'block-end', originGroup: 1,
    needs: /[—–-]/,
    pattern: new RegExp(`(?:^|[.!?”"]\\s{1,3})\\s{0,3}[—–-]{1,2}\\s{0,2}${WIRES}\\.?\\s*$`) },
  { kind: 'copyright-line', at: 'anywhere', originGroup: 1,
    needs: /Provided by /,
    pattern: new RegExp(`©\\s{0,3}Provided by ${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'anywhere', originGroup: 1,
    needs: / provided /,
    pattern: new RegExp(`(?:content|story|article|report) (?:is|was) provided (?:to [^.\\n]{1,40} )?by ${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 300, originGroup: 1,
    lead: 'F',
    needs: /^\s{0,3}Follow /,
    pattern: new RegExp(`^\\s{0,3}Follow ${WIRES}['’]s? [^\\n]{0,60}coverage`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 300, originGroup: 1,
    lead: 'M',
    needs: /More stories like this are available on /,
    pattern: new RegExp(`^\\s{0,3}More stories like this are available on ${PUBLISHER}`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 600, originGroup: 1,
    lead: 'TtARBUCPdXMSKIE',
    needs: / is an?\s/,
    pattern: new RegExp(`^\\s{0,3}${WIRES} is an?\\s(?:(?:independent|global|international|not-for-profit|nonprofit|news),?\\s){0,4}(?:news organi[sz]ation|news agency|news cooperative|news service)`) },
  { kind: 'wire-credit', at: 'block-start', maxBlock: 160, originGroup: 1, lead: CAPITALS,
    needs: /Bureau|Service|Newswire/,
    pattern: /^\s{0,3}[A-Z][^,\n]{2,80}, ((?:[A-Z][\w.'’-]{0,30}\s){0,4}(?:Bureau|News Service|Wire Service|Newswire))\s*$/ },
  // A short credit line naming where the story came from: "Via The Harbor Dispatch".
  { kind: 'originally-published', at: 'block-start', maxBlock: 120, originGroup: 1, contributors: true,
    lead: '([Vv',
    needs: /^\s{0,3}[([]?[Vv]ia /,
    pattern: new RegExp(`^\\s{0,3}[(\\[]?[Vv]ia ${PUBLISHER}[.)\\]]?\\s*$`) },
  // Another publisher's copyright line, and agency distribution credits.
  { kind: 'copyright-line', at: 'anywhere', originGroup: 1,
    // "Copyright" alone is a word ("the U.S. Copyright Office"); a copyright line has © or a year after it, and
    // "(c)" is a list item ("(c) The board shall…") unless a year follows.
    needs: /©|\([Cc]\)|Copyright|COPYRIGHT/,
    pattern: new RegExp(`(?:^|[.!?]\\s{1,3})(?:(?:[Aa]ll\\s)?(?:[Aa]rticle|[Ss]tory|[Cc]ontents?|[Tt]ext)(?:\\sis)?\\s)?(?:©\\s{0,3}(?:[Cc]opyright\\s{1,3})?(?:${YEARS},?\\s{0,3})?|\\([Cc]\\)\\s{0,3}${YEARS},?\\s{1,3}|(?:Copyright|COPYRIGHT)\\s{1,3}(?:(?:©|\\([Cc]\\))\\s{0,3}(?:${YEARS},?\\s{0,3})?|${YEARS},?\\s{1,3}))(?:by\\s)?${PUBLISHER}`) },
  { kind: 'copyright-line', at: 'anywhere', originGroup: 1,
    needs: /All [Rr]ights [Rr]eserved/,
    pattern: new RegExp(`(?:^|[.!?]\\s{1,3})(?:Copyright|COPYRIGHT)\\s{1,3}${PUBLISHER}\\.?\\s{1,3}All [Rr]ights [Rr]eserved`) },
  // A distributor's line on its own: the distributor is whom the site has the story from.
  { kind: 'licence-notice', at: 'anywhere', originGroup: 1,
    needs: /[Dd]istributed by /,
    pattern: new RegExp(`(?:^\\s{0,3}|[.!?]\\s{1,3})[Dd]istributed by ${PUBLISHER}`) },
];

export { PUBLISHER, WIRES };
