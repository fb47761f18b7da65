// "the Department of Homeland Security (DHS)": the article's own definition of an abbreviation.
const DEFINITION = /\b([A-Z][\w&'’-]{0,30}(?:\s(?:(?:of|for|and|on|the|&)\s){0,2}[A-Z][\w&'’-]{0,30}){1,8})\s\(([A-Z][A-Za-z&]{1,9})\)/g;
// The abbreviation in brackets that ends every definition, and how far before it a definition can start (its name is
// at most 31 + 8 × 40 characters): the long pattern runs only near an abbreviation, not over the whole article.
const ABBREVIATION = /\s\([A-Z][A-Za-z&]{1,9}\)/g;
const LONGEST_NAME = 400;

/** Maps the names an article gives one organisation to one name: the abbreviation it defines. */
export class SourceNames {
  private readonly aliases = new Map<string, string>();

  constructor(private readonly text: string) {
    let from = 0;
    for (;;) {
      ABBREVIATION.lastIndex = from;
      const abbreviation = ABBREVIATION.exec(text);
      if (!abbreviation) break;
      DEFINITION.lastIndex = Math.max(from, abbreviation.index - LONGEST_NAME);
      const match = DEFINITION.exec(text);
      if (!match) break;
      const full = match[1]!.replace(/^The\s/, '');
      this.aliases.set(full.toLowerCase(), match[2]!);
      from = DEFINITION.lastIndex;
    }
  }

  /**
   * The one name for a source as written ("the Department of Homeland Security" → "DHS"). A second reference by
   * kind ("the department said", `at` the statistic) is the organisation of that kind named earlier.
   */
  canonical(name: string, at = 0): string {
    const bare = name.replace(/^(?:the|The)\s+/, '').replace(/\s*\([A-Z][A-Za-z&]{1,9}\)$/, '').trim();
    const named = SECOND_REFERENCES.has(bare) ? this.namedEarlier(bare, at) : null;
    const full = named ?? bare;
    return this.aliases.get(full.toLowerCase()) ?? full;
  }

  /** "County Health Department" for "department": the latest capitalised name holding the word, before `at`. */
  private namedEarlier(kind: string, at: number): string | null {
    const word = kind[0]!.toUpperCase() + kind.slice(1);
    // Bounded, so that a megabyte of "the department said" costs no more than a long article.
    const floor = Math.max(0, at - NAMED_EARLIER_REACH);
    let from = at;
    for (let tries = 0; tries < 8 && from > floor; tries++) {
      const index = this.text.slice(floor, from).lastIndexOf(word) + floor;
      if (index < floor) return null;
      from = index;
      const run = capitalisedRunAround(this.text, index, index + word.length);
      if (run && run !== word) return run.replace(/^The\s/, '');
    }
    return null;
  }
}

// How far back a second reference looks for the name: a long article's worth.
const NAMED_EARLIER_REACH = 20_000;
// Nouns news copy uses to refer back to an organisation it has already named.
const SECOND_REFERENCES = new Set(['department', 'agency', 'ministry', 'bureau', 'office', 'commission', 'council', 'authority', 'service', 'institute', 'board']);

/** The run of capitalised words (with "of", "for", "and" between) around [start, end). */
function capitalisedRunAround(text: string, start: number, end: number): string | null {
  if (/[\p{L}]/u.test(text[start - 1] ?? ' ') || /[\p{L}]/u.test(text[end] ?? ' ')) return null;
  const before = /(?:[A-Z][\w&'’.-]{0,30}\s(?:(?:of|for|and|on)\s)?){0,6}$/.exec(text.slice(Math.max(0, start - 120), start));
  const after = /^(?:\s(?:of|for|and|on)\s(?:the\s)?[A-Z][\w&'’-]{0,30}(?:\s[A-Z][\w&'’-]{0,30}){0,4})?/.exec(text.slice(end, end + 120));
  const run = `${before?.[0] ?? ''}${text.slice(start, end)}${after?.[0] ?? ''}`.replace(/^(?:(?:of|for|and|on)\s)+/, '');
  return run.trim();
}
