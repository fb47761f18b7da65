// "the Department of Homeland Security (DHS)": the article's own definition of an abbreviation.
const DEFINITION = /\b([A-Z][\w&'’-]{0,30}(?:\s(?:(?:of|for|and|on|the|&)\s){0,2}[A-Z][\w&'’-]{0,30}){1,8})\s\(([A-Z][A-Za-z&]{1,9})\)/g;

/** Maps the names an article gives one organisation to one name: the abbreviation it defines. */
export class SourceNames {
  private readonly aliases = new Map<string, string>();

  constructor(text: string) {
    DEFINITION.lastIndex = 0;
    for (let match = DEFINITION.exec(text); match; match = DEFINITION.exec(text)) {
      const full = match[1]!.replace(/^The\s/, '');
      this.aliases.set(full.toLowerCase(), match[2]!);
    }
  }

  /** The one name for a source as written ("the Department of Homeland Security" → "DHS"). */
  canonical(name: string): string {
    const bare = name.replace(/^(?:the|The)\s+/, '').replace(/\s*\([A-Z][A-Za-z&]{1,9}\)$/, '').trim();
    return this.aliases.get(bare.toLowerCase()) ?? bare;
  }
}
