import { genderOf, pronounGender, type Gender } from './gender';
import type { SpeakerPhrase } from './split-role';
import { fullerReference, isSecondReference, organisationBefore } from './second-reference';
import { splitRole } from './split-role';

/** A person already named in the article, for later surnames ("Pham added") and pronouns ("he said"). */
export interface KnownPerson {
  name: string;
  role: string | null;
  /** Known from a title, a role or a pronoun already resolved to them; keeps "he" from finding a woman. */
  gender?: Gender | null;
}

// Descriptions that stand for no one in particular, or for a document: kept as written, never resolved to a person.
const NOT_A_PERSON = new Set([
  'source', 'sources', 'spokesperson', 'spokesman', 'spokeswoman', 'official', 'statement', 'report', 'letter', 'study',
  'document', 'filing', 'lawsuit', 'complaint', 'memo', 'email', 'post', 'survey', 'poll', 'indictment', 'ruling',
  'order', 'website', 'notice', 'release', 'judgment', 'judgement', 'court', 'police', 'message', 'caption', 'sign',
  'audit', 'review', 'analysis', 'paper', 'note', 'video', 'recording', 'transcript', 'policy', 'family', 'couple',
  'pair', 'crowd', 'jury', 'panel', 'team', 'household', 'estate', 'prosecution', 'defence', 'defense', 'office',
  'representative', 'insider', 'aide', 'friend', 'relative', 'neighbour', 'neighbor', 'witness', 'bystander',
]);
// "the actress", "the former boxer", "the 45-year-old", "the retired teacher": lowercase, singular, a few words.
// A demonym with "-man"/"-woman" ("the Dutchwoman said") is one too.
const DESCRIPTION = /^(?:[a-z][a-z’'-]*\s|\d{1,3}-year-old\s|[A-Z][a-z]+\s(?=[a-z])){0,3}(?:[a-z][a-z’'-]*[^s\W]|[a-z][a-z’'-]*ss|\d{1,3}-year-old|[A-Z][a-z]+(?:wo)?man)$/;

// How far back a pronoun looks for the person it stands for.
const PRONOUN_REACH = 800;
// How far back, and how many times, a bare surname is looked for with the first name before it.
const SURNAME_REACH = 20_000;
const SURNAME_TRIES = 40;

const NAME_BEFORE = /((?:[A-Z][\p{L}.'’-]{0,25}\s(?:(?:of|the|for|and)\s){0,2}){1,8})$/u;

/** People named so far, in order; resolves a surname, a bare first name or a pronoun to the full name. */
export class NameRegistry {
  private readonly people: KnownPerson[] = [];
  // The latest person known by each surname and first name, for constant-time lookups.
  private readonly byPart = new Map<string, KnownPerson>();
  // Surnames already looked for in vain: a name not introduced before its first use is not introduced at all.
  private readonly notIntroduced = new Set<string>();
  private lastPerson: { person: KnownPerson; at: number } | null = null;
  private lastMention: { person: KnownPerson; at: number } | null = null;
  private lastOther: KnownPerson | null = null;

  constructor(private readonly text: string) {}

  /** Resolves the speaker an attribution at `at` names, and remembers it for later ones. */
  resolve(phrase: SpeakerPhrase, at: number): KnownPerson | null {
    if (phrase.kind === 'pronoun') return this.resolvePronoun(phrase.name, at);
    if (phrase.kind === 'other') {
      if (!phrase.name) return null;
      const described = this.describedPerson(phrase.name, at);
      if (described) return described;
      const organisation = isSecondReference(phrase.name)
        ? organisationBefore(this.text, at, (name) => this.byPart.has(name)) ?? fullerReference(this.text, at, phrase.name)
        : null;
      this.lastOther = { name: organisation ?? phrase.name, role: null };
      return this.lastOther;
    }
    const single = !phrase.name.includes(' ');
    let known = single ? this.findByPart(phrase.name) : this.people.find((p) => p.name === phrase.name);
    if (!known && single) {
      const introduced = this.introducedEarlier(phrase.name, at);
      if (introduced) {
        known = introduced;
        this.remember(known);
      }
    }
    const person = known ?? { name: phrase.name, role: phrase.role, gender: genderOf(phrase.role) };
    if (known && !known.role && phrase.role) known.role = phrase.role;
    if (known && !known.gender) known.gender = genderOf(phrase.role);
    if (!known) this.remember(person);
    this.lastPerson = { person, at };
    return person;
  }

  /** Whether a name or pronoun stands for someone already named, without remembering anything. */
  knows(phrase: SpeakerPhrase): boolean {
    if (phrase.kind === 'pronoun') return true;
    if (phrase.kind !== 'person') return false;
    return phrase.name.includes(' ') ? this.people.some((p) => p.name === phrase.name) : this.byPart.has(phrase.name);
  }

  /**
   * Notes a person named in the text outside attributions ("Teresa Okafor, a night-shift nurse, said she…"), so that
   * a later surname finds the full name and a later "she said" finds her.
   */
  mention(name: string, role: string | null, at: number): void {
    if (!name.includes(' ')) return;
    let person = this.people.find((p) => p.name === name);
    if (!person) {
      person = { name, role, gender: genderOf(role) };
      this.remember(person);
    } else if (!person.role && role) {
      person.role = role;
      person.gender ??= genderOf(role);
    }
    this.lastMention = { person, at };
  }

  private remember(person: KnownPerson): void {
    this.people.push(person);
    const tokens = person.name.split(' ');
    this.byPart.set(tokens[0]!, person);
    this.byPart.set(tokens[tokens.length - 1]!, person);
  }

  /** A pronoun stands for the person whose name last appeared before it; failing that, the last speaker. */
  private resolvePronoun(pronoun: string, at: number): KnownPerson | null {
    if (pronoun === 'it') return this.lastOther;
    const gender = pronounGender(pronoun);
    const latest = this.lastNamedBefore(at, gender);
    if (latest) return withGender(latest, gender);
    const mentioned = this.lastMention && (!this.lastPerson || this.lastMention.at > this.lastPerson.at)
      ? this.lastMention.person
      : this.lastPerson?.person ?? null;
    const person = mentioned && fits(mentioned, gender) ? mentioned : null;
    if (pronoun === 'they' || pronoun === 'we') return person ?? this.lastOther;
    return person && withGender(person, gender);
  }

  /**
   * "the actress told the Bugle", "the former boxer said": someone already named whose role holds the description's
   * last word, or failing that the person named last before it (as a pronoun would be). Plurals, organisations'
   * nouns and documents are no person.
   */
  private describedPerson(description: string, at: number): KnownPerson | null {
    // "a friend said", "one resident said": someone not named, not the person named last.
    if (/^(?:an?|one|another|some|any)\s/i.test(description) || !DESCRIPTION.test(description)) return null;
    const head = description.slice(description.lastIndexOf(' ') + 1).toLowerCase();
    if (isSecondReference(description)) return null;
    // "the spokesperson added" after "Jo Park, a spokeswoman for the airline": the one named in that role.
    const headWord = /^spokes(?:person|man|woman)$/.test(head) ? /\bspokes(?:person|man|woman)\b/i : new RegExp(`\\b${head.replace(/[^a-z0-9]/g, '.')}\\b`, 'i');
    for (let index = this.people.length - 1; index >= 0; index--) {
      const person = this.people[index]!;
      if (person.role && headWord.test(person.role)) return person;
    }
    if (NOT_A_PERSON.has(head)) return null;
    const gender = genderOf(description);
    const latest = this.lastNamedBefore(at, gender);
    return latest && withGender(latest, gender);
  }

  /** "Kowalski said": the full name ("Mayor Beth Kowalski") written before, anywhere earlier in the article. */
  private introducedEarlier(surname: string, at: number): KnownPerson | null {
    if (this.notIntroduced.has(surname)) return null;
    const found = this.searchIntroduction(surname, at);
    if (!found) this.notIntroduced.add(surname);
    return found;
  }

  private searchIntroduction(surname: string, at: number): KnownPerson | null {
    const floor = Math.max(0, at - SURNAME_REACH);
    let from = at;
    for (let tries = 0; tries < SURNAME_TRIES && from > floor; tries++) {
      const index = this.text.lastIndexOf(surname, from - 1);
      if (index < floor) break;
      from = index;
      if (!isWordAt(this.text, index, surname.length)) continue;
      const before = NAME_BEFORE.exec(this.text.slice(Math.max(0, index - 160), index));
      if (!before) continue;
      const phrase = splitRole(`${before[1]}${surname}`);
      if (phrase.kind === 'person' && phrase.name.includes(' ') && phrase.name.endsWith(surname)) {
        return { name: phrase.name, role: phrase.role };
      }
    }
    return null;
  }

  private findByPart(part: string): KnownPerson | undefined {
    return this.byPart.get(part);
  }

  /** The known person whose surname (or full name) appears last in the text shortly before `at`. */
  private lastNamedBefore(at: number, gender: Gender | null = null): KnownPerson | null {
    const floor = Math.max(0, at - PRONOUN_REACH);
    let end = at;
    while (end > floor) {
      // Walk back word by word; only capitalised words can name anyone.
      let start = end;
      while (start > floor && isNameChar(this.text.charCodeAt(start - 1))) start--;
      const first = this.text.charCodeAt(start);
      if (start < end && first >= 65 && first <= 90) {
        const word = this.text.slice(start, end).replace(/['’]s$/, '');
        const person = this.byPart.get(word);
        if (person && person.name.split(' ').pop() === word && fits(person, gender)) return person;
      }
      end = start - 1;
      while (end > floor && !isNameChar(this.text.charCodeAt(end - 1))) end--;
    }
    return null;
  }
}

function fits(person: KnownPerson, gender: Gender | null): boolean {
  return !gender || !person.gender || person.gender === gender;
}

/** A pronoun resolved to someone tells their gender, for the pronouns that follow. */
function withGender(person: KnownPerson, gender: Gender | null): KnownPerson {
  if (gender && !person.gender) person.gender = gender;
  return person;
}

function isWordAt(text: string, index: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[index + length] ?? ' ');
}

/** Letters (Latin and beyond), apostrophes and hyphens: what a name is made of. Char codes, for speed. */
function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 39 || code === 45 || code === 0x2019 || (code >= 0xc0 && code !== 0x2014 && code !== 0x2013 && code !== 0x201c && code !== 0x201d);
}
