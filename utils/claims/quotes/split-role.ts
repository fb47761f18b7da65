import { PRONOUNS } from './speech-verbs';

/** Who an attribution names: a person (with the role written before the name), a pronoun, or an organisation. */
export interface SpeakerPhrase {
  kind: 'person' | 'pronoun' | 'other';
  name: string;
  role: string | null;
}

// Titles that sit before a name in news copy ("DHS Acting Secretary Chad Wolf", "state Sen. Jane Roe").
const TITLES = new Set([
  'secretary', 'acting', 'director', 'president', 'vice', 'senator', 'sen.', 'rep.', 'representative', 'gov.',
  'governor', 'mayor', 'chief', 'officer', 'minister', 'prime', 'official', 'senior', 'spokesperson', 'spokesman',
  'spokeswoman', 'commissioner', 'ceo', 'cfo', 'chairman', 'chairwoman', 'chair', 'judge', 'justice', 'attorney',
  'general', 'dr.', 'dr', 'professor', 'prof.', 'mr.', 'mrs.', 'ms.', 'mr', 'mrs', 'ms', 'miss', 'lt.', 'col.',
  'gen.', 'capt.', 'sgt.', 'det.', 'detective', 'inspector', 'superintendent', 'supt.', 'deputy', 'assistant',
  'executive', 'manager', 'coach', 'pastor', 'rev.', 'father', 'bishop', 'pope', 'king', 'queen', 'prince',
  'princess', 'lord', 'lady', 'sir', 'dame', 'chancellor', 'speaker', 'leader', 'whip', 'ambassador', 'councilman',
  'councilwoman', 'councillor', 'councilor', 'alderman', 'sheriff', 'constable', 'trooper', 'agent', 'founder',
  'co-founder', 'editor', 'correspondent', 'analyst', 'economist', 'researcher', 'scientist', 'lawyer', 'doctor',
  'nurse', 'teacher', 'principal', 'dean', 'commander', 'admiral', 'adm.', 'captain', 'sergeant', 'lieutenant',
  'colonel', 'corporal', 'marshal', 'clerk', 'treasurer', 'comptroller', 'auditor', 'administrator', 'head',
  'member', 'mp', 'mep', 'msp', 'former', 'interim', 'incoming', 'outgoing', 'press', 'adviser', 'advisor',
  'counsel', 'prosecutor', 'solicitor', 'barrister', 'physician', 'surgeon', 'epidemiologist',
  'chairperson', 'trustee', 'delegate', 'congressman', 'congresswoman', 'assemblyman', 'assemblywoman', 'rabbi',
  'imam', 'cardinal', 'archbishop', 'reverend', 'pres.', 'atty.', 'owner', 'partner', 'director-general',
  'secretary-general', 'attorney-general', 'then', 'then-president', 'state', 'federal', 'u.s.',
  // Descriptions news copy puts before a name like a title ("Neighbor Curtis Dale", "Striker Kofi Mensah").
  'neighbor', 'neighbour', 'farmer', 'resident', 'student', 'shopper', 'driver', 'witness', 'veteran', 'activist',
  'fan', 'voter', 'worker', 'parent', 'mother', 'defender', 'goalkeeper', 'midfielder', 'winger', 'striker',
  'forward', 'quarterback', 'pitcher', 'singer', 'actor', 'actress', 'author', 'novelist', 'rapper', 'comedian',
  'chef', 'artist', 'photographer', 'historian', 'blogger', 'entrepreneur', 'investor', 'businessman',
  'businesswoman', 'billionaire', 'star', 'presenter', 'host', 'broadcaster', 'journalist', 'reporter', 'columnist',
  'landlord', 'tenant', 'homeowner', 'patient', 'survivor', 'victim', 'organizer', 'organiser', 'protester',
  'candidate', 'nominee', 'challenger', 'incumbent', 'strategist', 'pollster', 'consultant',
]);

// Occupations by their endings and a few more written as titles ("Volcanologist Jean-Baptiste Ferrand",
// "Headteacher Simon Grealish"): no first name ends this way.
const OCCUPATION = /^(?:[A-Z][a-z]{2,}(?:ologist|iatrist|ician|ographer)|Headteacher|Headmaster|Headmistress|Pharmacist|Dentist|Engineer|Architect|Firefighter|Paramedic|Pilot|Midwife|Therapist|Chemist|Physicist|Vet|Referee|Umpire|Caretaker|Shopkeeper|Landlady|Campaigner|Lecturer)$/;

// Words that make a capitalised run an organisation ("National Weather Service"), not a person.
const ORGANISATION_WORDS = new Set([
  'service', 'department', 'ministry', 'agency', 'office', 'council', 'committee', 'commission', 'police', 'association',
  'institute', 'university', 'college', 'school', 'company', 'corporation', 'inc', 'inc.', 'group', 'bureau',
  'administration', 'court', 'board', 'authority', 'foundation', 'party', 'campaign', 'house', 'senate', 'congress',
  'government', 'embassy', 'hospital', 'center', 'centre', 'organization', 'organisation', 'union', 'fund', 'bank',
  'network', 'news', 'times', 'post', 'press', 'media', 'reuters', 'club', 'team', 'society', 'trust',
  'church', 'airlines', 'stores', 'systems', 'technologies', 'partners', 'capital', 'securities', 'holdings',
  'federation', 'league', 'alliance', 'coalition', 'project', 'program', 'programme', 'county', 'city', 'state',
  'republic', 'kingdom', 'states', 'nations', 'industries', 'motors', 'energy', 'health', 'labs', 'laboratory',
]);

const NAME_PARTICLES = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'bin', 'al', 'del', 'dos', 'ter']);
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'to', 'at', 'on', '&']);

// Plain (non-Unicode) classes: Latin letters with the Latin-1 accented ones, which is what names in English copy use.
const CAPITALISED_NAME = /^(?:[A-ZÀ-Þ][a-zß-ÿ]|[A-Z]['’][A-Z]|Mc[A-Z]|O['’][A-Z])[A-Za-zÀ-ÿ'’.-]*$/;
const CAPITALISED_WORD = /^[A-ZÀ-Þ][A-Za-zÀ-ÿ'’.&-]*$/;

function isNameToken(token: string): boolean {
  if (/^[A-Z]\.$/.test(token)) return true; // an initial
  if (/^(?:Jr\.?|Sr\.?|II|III|IV)$/.test(token)) return true;
  if (TITLES.has(token.toLowerCase()) || OCCUPATION.test(token)) return false;
  // Capitalised, not all capitals (an acronym such as DHS is an organisation, not a name), letters and joiners.
  return CAPITALISED_NAME.test(token);
}

function isRoleToken(token: string): boolean {
  if (TITLES.has(token.toLowerCase()) || OCCUPATION.test(token)) return true;
  if (CAPITALISED_WORD.test(token)) return true; // capitalised words and acronyms: "DHS", "ICE", "Homeland"
  return CONNECTORS.has(token.toLowerCase());
}

/** Splits "DHS Acting Secretary Chad Wolf" into the name "Chad Wolf" and the role "DHS Acting Secretary". */
export function splitRole(phrase: string): SpeakerPhrase {
  const clean = phrase
    .replace(/\s*\([^()]{0,40}\)\s*/g, ' ') // "(D-Mass.)", "(DHS)"
    .replace(NICKNAME, ' ') // Terry 'Tezza' Walsh
    .replace(POST_NOMINALS, '') // "Rupert Ellsworth QC"
    .replace(/,\s*\d{1,3}\s*,?\s*$/, '') // an age: "Smith, 45,"
    .replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '')
    .replace(/\s+/g, ' ');
  if (!clean) return { kind: 'other', name: '', role: null };
  if (PRONOUNS.has(clean.toLowerCase())) return { kind: 'pronoun', name: clean.toLowerCase(), role: null };
  const segments = clean.split(/\s*,\s*/).filter(Boolean);
  // Apposition: "John Smith, the mayor of Springfield" or "the mayor, John Smith".
  if (segments.length >= 2) {
    for (let index = 0; index < segments.length; index++) {
      const candidate = splitSegment(segments[index]!);
      if (candidate.kind === 'person') {
        const others = segments.filter((_, other) => other !== index).join(', ');
        return { kind: 'person', name: candidate.name, role: joinRole(candidate.role, others) };
      }
    }
  }
  const last = segments[segments.length - 1] ?? clean;
  return withAffiliation(last) ?? splitSegment(last);
}

// A quoted nickname between the parts of a name is no part of it.
const NICKNAME = /\s['‘“"][A-Z][A-Za-z-]{1,20}['’”"](?=\s[A-Z])/g;
// Honours and professional letters after a name.
const POST_NOMINALS = /(?:\s(?:QC|KC|MP|MSP|MEP|MLA|OBE|MBE|CBE|KBE|DBE|PhD|MD|RN|Esq\.?))+(?=$|,)/g;
// Where a person's affiliation follows the name: "Commander Tomasz Adamski of the coastguard", "Sofia Lindqvist of Norland".
const AFFILIATION = /\s(?:of|from|at|with)\s/g;

/**
 * "Foreign Minister Sofia Lindqvist of Norland": the person is the head before "of", when that head is a titled or
 * full name on its own; "Department of Homeland Security" and "Bank of England" have no person as the head.
 */
function withAffiliation(segment: string): SpeakerPhrase | null {
  AFFILIATION.lastIndex = 0;
  const match = AFFILIATION.exec(segment);
  if (!match) return null;
  const head = splitSegment(segment.slice(0, match.index));
  if (head.kind !== 'person' || (!head.name.includes(' ') && !head.role)) return null;
  if (!segment.slice(0, match.index).endsWith(head.name)) return null;
  return { kind: 'person', name: head.name, role: [head.role, segment.slice(match.index + 1)].filter(Boolean).join(' ') };
}

function splitSegment(segment: string): SpeakerPhrase {
  const tokens = segment.split(' ');
  if (tokens.length === 1 && PRONOUNS.has(tokens[0]!.toLowerCase())) {
    return { kind: 'pronoun', name: tokens[0]!.toLowerCase(), role: null };
  }
  let nameStart = tokens.length;
  while (nameStart > 0) {
    const token = tokens[nameStart - 1]!;
    const particle = NAME_PARTICLES.has(token) && nameStart < tokens.length;
    if (!isNameToken(token) && !particle) break;
    nameStart--;
  }
  const nameTokens = tokens.slice(nameStart);
  while (nameTokens.length && NAME_PARTICLES.has(nameTokens[0]!)) {
    nameTokens.shift();
    nameStart++;
  }
  const before = tokens[nameStart - 1]?.toLowerCase();
  // "Deputy Mayor for Housing Li Wen": after a title and its portfolio, the last two capitalised words are the name.
  if (before !== undefined && CONNECTORS.has(before) && nameTokens.length >= 3 && hasTitle(tokens.slice(0, nameStart - 1))) {
    const split = nameTokens.length - 2;
    if (!nameTokens.slice(split).some((token) => ORGANISATION_WORDS.has(token.toLowerCase()))) {
      nameStart += split;
      nameTokens.splice(0, split);
      return { kind: 'person', name: nameTokens.join(' '), role: tokens.slice(0, nameStart).join(' ') };
    }
  }
  // "Department of Homeland Security": a capitalised run after "of" is an organisation's name, not a person's.
  const organisation = before !== undefined && CONNECTORS.has(before);
  const organisationName = nameTokens.some((token) => ORGANISATION_WORDS.has(token.toLowerCase()));
  if (nameTokens.length === 0 || nameTokens.length > 5 || organisation || organisationName || nameTokens.every((t) => /^[A-Z]\.$/.test(t))) {
    return { kind: 'other', name: tidyDescription(segment), role: null };
  }
  let roleStart = nameStart;
  while (roleStart > 0 && isRoleToken(tokens[roleStart - 1]!)) roleStart--;
  while (roleStart < nameStart && CONNECTORS.has(tokens[roleStart]!.toLowerCase())) roleStart++;
  const role = tokens.slice(roleStart, nameStart).join(' ');
  return { kind: 'person', name: nameTokens.join(' '), role: role || null };
}

function hasTitle(tokens: readonly string[]): boolean {
  return tokens.some((token) => TITLES.has(token.toLowerCase()) && /^[A-Z]/.test(token));
}

function joinRole(a: string | null, b: string): string | null {
  const parts = [a, b].filter((part): part is string => Boolean(part && part.trim()));
  return parts.length ? parts.join(', ') : null;
}

// "A statement from the Riverbend Police Department said": the statement speaks for whoever issued it.
const STATEMENT_FROM = /^(?:an?|the|in\s+an?)\s+(?:[a-z]+\s+)?(?:statement|letter|release|post|email|note|message|filing|notice)\s+(?:from|by|issued\s+by|on\s+behalf\s+of)\s+/i;

/** An organisation or description as the speaker: without a leading "the" or a lead-in clause. */
function tidyDescription(segment: string): string {
  return segment.replace(STATEMENT_FROM, '').replace(/^(?:the|The)\s+/, '').trim();
}
