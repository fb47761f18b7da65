import type { SpeakerPhrase } from './split-role';

/** A person already named in the article, for later surnames ("Pham added") and pronouns ("he said"). */
export interface KnownPerson {
  name: string;
  role: string | null;
}

/** People named so far, in order; resolves a surname, a bare first name or a pronoun to the full name. */
export class NameRegistry {
  private readonly people: KnownPerson[] = [];
  private lastPerson: { person: KnownPerson; at: number } | null = null;
  private lastMention: { person: KnownPerson; at: number } | null = null;
  private lastOther: KnownPerson | null = null;

  /** Resolves the speaker an attribution at `at` names, and remembers it for later ones. */
  resolve(phrase: SpeakerPhrase, at: number): KnownPerson | null {
    if (phrase.kind === 'pronoun') return this.resolvePronoun(phrase.name);
    if (phrase.kind === 'other') {
      if (!phrase.name) return null;
      this.lastOther = { name: phrase.name, role: null };
      return this.lastOther;
    }
    const known = phrase.name.includes(' ') ? this.people.find((p) => p.name === phrase.name) : this.findByPart(phrase.name);
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

  private resolvePronoun(pronoun: string): KnownPerson | null {
    if (pronoun === 'it') return this.lastOther;
    const person = this.lastMention && (!this.lastPerson || this.lastMention.at > this.lastPerson.at)
      ? this.lastMention.person
      : this.lastPerson?.person ?? null;
    if (pronoun === 'they' || pronoun === 'we') return person ?? this.lastOther;
    return person;
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
