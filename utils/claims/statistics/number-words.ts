// Spelled-out numbers as news copy writes them ("twenty-five", "a dozen", "two-thirds").
export const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11,
  twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, mm: 1e6,
};

export const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

export const MULTIPLIERS: Record<string, number> = { doubled: 2, tripled: 3, trebled: 3, quadrupled: 4, halved: 0.5, double: 2, twice: 2, triple: 3 };

/** Words after "four times" or "double" that make it a comparison ("four times the target", "twice as many"). */
export const COMPARED_AFTER = '\\s(?:as|more|less|fewer|higher|lower|larger|greater|bigger|smaller|faster|slower|the|that|what|its|their|his|her|our|over)\\b';

const WORD = '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen)';

/** A run of number words from a position: "twenty-five thousand", "three hundred and forty", "a dozen". */
const WORD_RUN = new RegExp(`(?:an?\\s)?${WORD}(?:(?:[\\s-]|\\sand\\s)${WORD}){0,8}\\b`, 'iy');

/** Reads spelled-out numbers at `at`; returns null when there are none. */
export function readNumberWords(text: string, at: number): { value: number; end: number } | null {
  WORD_RUN.lastIndex = at;
  const match = WORD_RUN.exec(text);
  if (!match) return null;
  const words = match[0].toLowerCase().split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of words) {
    if (word === 'a' || word === 'an') {
      current = 1;
      continue;
    }
    if (word in SMALL) {
      current += SMALL[word]!;
      seen = true;
    } else if (word === 'dozen') {
      current = (current || 1) * 12;
      seen = true;
    } else if (word === 'hundred') {
      current = (current || 1) * 100;
      seen = true;
    } else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
      seen = true;
    }
  }
  if (!seen) return null;
  return { value: total + current, end: at + match[0].length };
}
