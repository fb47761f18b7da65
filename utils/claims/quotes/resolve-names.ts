import type { SpeakerPhrase } from './split-role';

/** A person already named in the article, for later surnames ("Pham added") and pronouns ("he said"). */
export interface KnownPerson {
  name: string;
  role: string | null;
}

/** People named so far, in order; resolves a surname, a bare first name or a pronoun to the full name. */
export class NameRegistry {
  private readonly people: KnownPerson[] = [];
  private lastPerson: KnownPerson | null = null;
  private lastOther: KnownPerson | null = null;

  /** Records a speaker, and returns the full person a short name or pronoun refers to. */
  resolve(phrase: SpeakerPhrase): KnownPerson | null {
    if (phrase.kind === 'pronoun') {
      if (phrase.name === 'it') return this.lastOther;
      if (phrase.name === 'they' || phrase.name === 'we') return this.lastPerson ?? this.lastOther;
      return this.lastPerson;
    }
    if (phrase.kind === 'other') {
      if (!phrase.name) return null;
      this.lastOther = { name: phrase.name, role: null };
      return this.lastOther;
    }
    const tokens = phrase.name.split(' ');
    if (tokens.length === 1) {
      const known = this.findByPart(phrase.name);
      if (known) {
        this.lastPerson = known;
        return known;
      }
    }
    const person = { name: phrase.name, role: phrase.role };
    const existing = this.people.find((p) => p.name === person.name);
    if (existing) {
      if (!existing.role && person.role) existing.role = person.role;
      this.lastPerson = existing;
      return existing;
    }
    this.people.push(person);
    this.lastPerson = person;
    return person;
  }

  /** Notes a person named in the text outside attributions, so that a later surname can find them. */
  mention(name: string, role: string | null): void {
    if (!name.includes(' ')) return;
    if (!this.people.some((p) => p.name === name)) this.people.push({ name, role });
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
