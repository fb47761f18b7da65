import { COMPARED_AFTER, DENOMINATORS, MULTIPLIERS, SCALES, SMALL, readNumberWords } from './number-words';

/** A number read from the text, before qualifiers, sources and exclusions are considered. */
export interface NumberReading {
  start: number;
  end: number;
  value: number;
  unit: string | null;
  /** How it was written: digits, words, or a fraction, ratio or multiplier. */
  form: 'digits' | 'words' | 'fraction' | 'ratio' | 'multiplier';
  /** True when a percent sign, currency or scale makes it a quantity whatever its size. */
  marked: boolean;
}

const CURRENCY_SYMBOLS: Record<string, string> = {
  '$': 'USD', 'US$': 'USD', 'C$': 'CAD', 'A$': 'AUD', 'NZ$': 'NZD', 'HK$': 'HKD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR',
};
const CURRENCY_WORDS: [RegExp, string][] = [
  [/^\s(?:US\s)?dollars?\b/i, 'USD'],
  [/^\s(?:pounds?(?:\ssterling)?|sterling)\b/i, 'GBP'],
  [/^\seuros?\b/i, 'EUR'],
  [/^\s(?:yen)\b/i, 'JPY'],
  [/^\s(?:yuan|renminbi)\b/i, 'CNY'],
  [/^\srupees?\b/i, 'INR'],
  [/^\spesos?\b/i, 'MXN'],
  [/^\s(?:francs?)\b/i, 'CHF'],
];

const DIGITS = /(US\$|C\$|A\$|NZ\$|HK\$|[$£€¥₹])?\s?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/y;
const SCALE_AFTER = /(?:\s?(bn|mn|mln|tn|[kmb])\b|\s?(hundred|thousand|million|billion|trillion)\b)/iy;
const PERCENT_AFTER = /(?:\s?%|\s(?:per\s?cent|pct)\b|\s(percentage points?|basis points|points?)\b)/iy;
const RATIO_AFTER = /\s(?:in|out of|of)\s(?:every\s)?(\d[\d,]*|[a-z]+)(?:\s(hundred|thousand|million|billion))?\b/iy;
const RATE_AFTER = /\s(?:per|for every)\s(\d{1,3}(?:,\d{3})+|\d+|hundred|thousand|million|capita|person|head|day|week|month|year|hour)\b/iy;
const FRACTION_AFTER = /[\s-](halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/iy;
const PER_TIME_AFTER = /\s(?:per|an?)\s(second|minute|hour|day|week|month|year)\b/iy;
// "nearly four times the target", "double the rate", "twice as many": a multiple of something named next.
const TIMES_AFTER = new RegExp(`\\stimes(?=${COMPARED_AFTER})`, 'iy');
// "twice more" is how often, not how much: a multiplier word compares only with "as" or what it multiplies.
const MULTIPLIER_WORD = /^(?:(doubled|tripled|trebled|quadrupled|halved)\b|(double|twice|triple)(?=\s(?:as|the|that|what|its|their|his|her|our)\b))/i;
const UNIT_WORD_AFTER = /\s?((?:square|cubic)\s(?:miles|kilometres|kilometers|metres|meters|feet)|parts\sper\s(?:million|billion|trillion)|ppm|ppb|km|kg|lbs?|mph|km\/h|ft|cm|mm|ml|mg|mw|gw|kw|kwh|gb|tb|mb|miles?|kilometres?|kilometers?|metres?|meters?|feet|inches|acres|hectares|tons?|tonnes?|pounds|ounces|gallons|litres?|liters?|barrels|degrees|°[CF]?)\b/iy;

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/**
 * A currency word is a space, then a word opening with one of the CURRENCY_WORDS' first letters (US, dollars, pounds,
 * sterling, euros, yen, yuan, renminbi, rupees, pesos, francs): most numbers are followed by none, and try no pattern.
 */
function mayNameCurrency(text: string, end: number): boolean {
  const space = text.charAt(end);
  const letter = text.charAt(end + 1);
  return space !== '' && space.trim() === '' && letter !== '' && 'uUdDpPsSeEyYrRfF'.includes(letter);
}

function smallNumber(word: string): number | null {
  if (/^\d/.test(word)) return Number(word.replace(/,/g, ''));
  const value = SMALL[word.toLowerCase()];
  return value === undefined ? null : value;
}

/** Reads a number at `at` (digits, currency, words, fraction, ratio); null when none starts there. */
export function parseNumberAt(text: string, at: number): NumberReading | null {
  const multiplier = MULTIPLIER_WORD.exec(text.slice(at, at + 20));
  if (multiplier) {
    return { start: at, end: at + multiplier[0].length, value: MULTIPLIERS[(multiplier[1] ?? multiplier[2])!.toLowerCase()]!, unit: '×', form: 'multiplier', marked: true };
  }
  const half = /^(?:a\s|one[\s-])?half\b/i.exec(text.slice(at, at + 10));
  if (half) return { start: at, end: at + half[0].length, value: 0.5, unit: 'fraction', form: 'fraction', marked: true };
  const single = /^an?\s(third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b/i.exec(text.slice(at, at + 12));
  if (single) {
    const value = 1 / DENOMINATORS[single[1]!.toLowerCase()]!;
    return { start: at, end: at + single[0].length, value, unit: 'fraction', form: 'fraction', marked: true };
  }
  let value: number;
  let end: number;
  let unit: string | null = null;
  let marked = false;
  let form: NumberReading['form'];
  const digits = sticky(DIGITS, text, at);
  if (digits) {
    value = Number(digits[2]!.replace(/,/g, ''));
    end = at + digits[0].length;
    form = 'digits';
    if (digits[1]) {
      unit = CURRENCY_SYMBOLS[digits[1]] ?? null;
      marked = true;
    }
  } else {
    const words = readNumberWords(text, at);
    if (!words) return null;
    value = words.value;
    end = words.end;
    form = 'words';
  }
  const times = sticky(TIMES_AFTER, text, end);
  if (times) return { start: at, end: end + times[0].length, value, unit: '×', form: 'multiplier', marked: true };
  const fraction = sticky(FRACTION_AFTER, text, end);
  if (fraction && value > 0 && value < 10 && !(form === 'digits' && fraction[0].startsWith(' '))) {
    const denominator = DENOMINATORS[fraction[1]!.toLowerCase()]!;
    return { start: at, end: end + fraction[0].length, value: value / denominator, unit: 'fraction', form: 'fraction', marked: true };
  }
  const scale = sticky(SCALE_AFTER, text, end);
  if (scale && !(form === 'words' && scale[1])) {
    const word = (scale[1] ?? scale[2]!).toLowerCase();
    // "10m" after a currency is ten million; after a bare number it is ten metres, left for the unit check below.
    if (scale[2] || marked || word !== 'm') {
      value *= SCALES[word]!;
      end += scale[0].length;
      marked = true;
    }
  }
  const percent = sticky(PERCENT_AFTER, text, end);
  if (percent && !(percent[1] && /^points?$/i.test(percent[1]) && !/percentage|basis/i.test(percent[0]))) {
    unit = percent[1] ? percent[1].toLowerCase().replace(/points?$/, 'points') : '%';
    end += percent[0].length;
    return { start: at, end, value, unit, form, marked: true };
  }
  if (mayNameCurrency(text, end)) {
    const tail = text.slice(end, end + 24);
    for (const [pattern, code] of CURRENCY_WORDS) {
      const match = pattern.exec(tail);
      if (match) {
        return { start: at, end: end + match[0].length, value, unit: code, form, marked: true };
      }
    }
  }
  if (unit) return { start: at, end, value, unit, form, marked };
  const ratio = sticky(RATIO_AFTER, text, end);
  // "11 of 16 tests" is a ratio; "11 of the tests" and "one of them" are not (no number after "of").
  if (ratio && (!/^\sof\s/i.test(ratio[0]) || (/^\d/.test(ratio[1]!) && form === 'digits'))) {
    const scaleWord = ratio[2]?.toLowerCase();
    const denominator = (smallNumber(ratio[1]!) ?? 0) * (scaleWord ? SCALES[scaleWord]! : 1);
    // "sold 100 in 2019" is a year, not a ratio; a ratio's whole is larger than its part.
    if (denominator && denominator > value && !(denominator >= 1800 && denominator <= 2099)) return { start: at, end: end + ratio[0].length, value: value / denominator, unit: 'ratio', form: 'ratio', marked: true };
  }
  const rate = sticky(RATE_AFTER, text, end);
  if (rate) {
    const per = rate[1]!.toLowerCase();
    return { start: at, end: end + rate[0].length, value, unit: `per ${per}`, form, marked: true };
  }
  const measure = sticky(UNIT_WORD_AFTER, text, end);
  if (measure) {
    // "185 kilometers per hour": a speed or a flow is one unit.
    const per = sticky(PER_TIME_AFTER, text, end + measure[0].length);
    const unit = `${measure[1]!.toLowerCase()}${per ? ` per ${per[1]!.toLowerCase()}` : ''}`;
    return { start: at, end: end + measure[0].length + (per?.[0].length ?? 0), value, unit, form, marked: true };
  }
  return { start: at, end, value, unit: null, form, marked };
}
