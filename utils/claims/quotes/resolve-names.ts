import type { SpeakerPhrase } from './split-role';
import { splitRole } from './split-role';

/** A person already named in the article, for later surnames ("Pham added") and pronouns ("he said"). */
export interface KnownPerson {
  name: string;
  role: string | null;
}

// How far back a pronoun looks for the person it stands for.
const PRONOUN_REACH = 800;
// How far back, and how many times, a bare surname is looked for with the first name before it.
const SURNAME_REACH = 20_000;
const SURNAME_TRIES = 40;

const NAME_BEFORE = /((?:[A-Z][\p{L}.'’-]{0,25}\s(?:(?:of|the|for|and)\s){0,2}){1,8})$/u;

/** People named so far, in order; resolves a surname, a bare first name or a pronoun to the full name. */
export class NameRegistry {
  private readonly people: KnownPerson[] = [];
  private lastPerson: { person: KnownPerson; at: number } | null = null;
  private lastMention: { person: KnownPerson; at: number } | null = null;
  private lastOther: KnownPerson | null = null;

  constructor(private readonly text: string) {}

  /** Resolves the speaker an attribution at `at` names, and remembers it for later ones. */
  resolve(phrase: SpeakerPhrase, at: number): KnownPerson | null {
    if (phrase.kind === 'pronoun') return this.resolvePronoun(phrase.name, at);
    if (phrase.kind === 'other') {
      if (!phrase.name) return null;
      this.lastOther = { name: phrase.name, role: null };
      return this.lastOther;
    }
    const single = !phrase.name.includes(' ');
    let known = single ? this.findByPart(phrase.name) : this.people.find((p) => p.name === phrase.name);
    if (!known && single) {
      const introduced = this.introducedEarlier(phrase.name, at);
      if (introduced) {
        known = introduced;
        this.people.push(known);
      }
    }
    const person = known ?? { name: phrase.name, role: phrase.role };
    if (known && !known.role && phrase.role) known.role = phrase.role;
    if (!known) this.people.push(person);
    this.lastPerson = { person, at };
    return person;
  }

  /**
   * Notes a person named in the text outside attributions ("Teresa Okafor, a night-shift nurse, said she…"), so that
   * a later surname finds the full name and a later "she said" finds her.
   */
  mention(name: string, role: string | null, at: number): void {
    if (!name.includes(' ')) return;
    let person = this.people.find((p) => p.name === name);
    if (!person) {
      person = { name, role };
      this.people.push(person);
    } else if (!person.role && role) {
      person.role = role;
    }
    this.lastMention = { person, at };
  }

  /** A pronoun stands for the person whose name last appeared before it; failing that, the last speaker. */
  private resolvePronoun(pronoun: string, at: number): KnownPerson | null {
    if (pronoun === 'it') return this.lastOther;
    const window = this.text.slice(Math.max(0, at - PRONOUN_REACH), at);
    let latest: { person: KnownPerson; index: number } | null = null;
    for (const person of this.people.slice(-40)) {
      const surname = person.name.split(' ').pop()!;
      const index = lastWordIndex(window, surname);
      if (index >= 0 && (!latest || index > latest.index)) latest = { person, index };
    }
    if (latest) return latest.person;
    const person = this.lastMention && (!this.lastPerson || this.lastMention.at > this.lastPerson.at)
      ? this.lastMention.person
      : this.lastPerson?.person ?? null;
    if (pronoun === 'they' || pronoun === 'we') return person ?? this.lastOther;
    return person;
  }

  /** "Kowalski said": the full name ("Mayor Beth Kowalski") written before, anywhere earlier in the article. */
  private introducedEarlier(surname: string, at: number): KnownPerson | null {
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
    for (let index = this.people.length - 1; index >= 0; index--) {
      const person = this.people[index]!;
      const tokens = person.name.split(' ');
      if (tokens[tokens.length - 1] === part || tokens[0] === part) return person;
    }
    return undefined;
  }
}

function isWordAt(text: string, index: number, length: number): boolean {
  return !/[\p{L}\p{N}]/u.test(text[index - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[index + length] ?? ' ');
}

function lastWordIndex(window: string, word: string): number {
  for (let index = window.lastIndexOf(word); index >= 0; index = window.lastIndexOf(word, index - 1)) {
    if (isWordAt(window, index, word.length)) return index;
    if (index === 0) break;
  }
  return -1;
}
