// Number reading shared by the date and quantity extractors: digits with separators, spelled
// numbers ("forty-two", "two hundred fifty"), scale words ("1.5 million", "$3M") and vague
// magnitudes ("tens of thousands"). Each regex source here is a piece meant to be composed.

/** Spelled cardinals up to nineteen: "two unions", "eleven states". */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

/** Spelled tens: "forty" in "forty-two". */
export const TENS_WORDS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words and their short forms: "1.5 million", "$2.5bn", "$3M", "40K". */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mm: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, t: 1e12,
};

/** "a dozen" (12), "a score" is archaic and left out on purpose. */
export const DOZEN = 12;

const UNIT_ALT = Object.keys(UNIT_WORDS).sort((a, b) => b.length - a.length).join('|');
const TENS_ALT = Object.keys(TENS_WORDS).join('|');

// "1,350,000" "52,000" "3.7" "0.5" "1000" ".5" — separators only in groups of three, so "6103(i)"
// style section numbers stay whole and "1,28" is not read as a thousands group.
export const DIGITS_SRC = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)`;

const TENS_COMPOUND = `(?:${TENS_ALT})(?:[- ](?:${UNIT_ALT}))?`;

// "a dozen" "two dozen" | "one hundred" "a hundred" "two hundred fifty" | "forty-two" "twenty one" | "seven"
export const SPELLED_SRC = String.raw`(?:(?:a|half a|${UNIT_ALT}) dozen|(?:${TENS_COMPOUND}|${UNIT_ALT}|a) hundred(?:(?: and)? (?:${TENS_COMPOUND}|${UNIT_ALT}))?|${TENS_COMPOUND}|${UNIT_ALT})`;

// "million" "billion" "trillion" "thousand" after a number, or glued short forms "3M" "2.5bn" "40K".
export const SCALE_SRC = String.raw`(?:\s(?:thousand|million|billion|trillion)\b|(?:bn|mn|mm|tn|[kKmMbB])\b)`;

/** Vague magnitudes: "tens of thousands" [1e4, 1e5), "dozens" [24, 144): two to twelve dozen. */
export interface Magnitude {
  min: number;
  max: number;
}

// "tens of thousands" "hundreds of millions" "thousands" "millions" "dozens" "hundreds of thousands"
export const MAGNITUDE_SRC = String.raw`(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|tens\s+of\s+millions|thousands|millions|billions|hundreds|dozens)`;

const MAGNITUDE_BASE: Readonly<Record<string, number>> = {
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, dozens: 24,
};

/** Read a vague magnitude: "tens of thousands" -> {min: 10000, max: 100000}. */
export function parseMagnitude(text: string): Magnitude | null {
  const words = text.toLowerCase().split(/\s+/).filter((w) => w !== 'of');
  if (words.length === 1) {
    const base = MAGNITUDE_BASE[words[0]!];
    if (base === undefined) return null;
    // "dozens": from two dozen up to (not including) a gross; the others span one order of ten.
    return base === 24 ? { min: 24, max: 144 } : { min: base, max: base * 10 };
  }
  if (words.length === 2) {
    const outer = words[0]!;
    const inner = MAGNITUDE_BASE[words[1]!];
    if (inner === undefined) return null;
    const factor = outer === 'tens' ? 10 : outer === 'hundreds' ? 100 : outer === 'dozens' ? 24 : 0;
    if (!factor) return null;
    const min = factor * inner;
    const max = outer === 'dozens' ? 144 * inner : min * 10;
    return { min, max };
  }
  return null;
}

/** "1,350,000" -> 1350000, "3.7" -> 3.7; null when the string is not plain digits. */
export function parseDigits(text: string): number | null {
  const clean = text.replace(/,/g, '');
  if (!/^(?:\d+(?:\.\d+)?|\.\d+)$/.test(clean)) return null;
  const n = Number(clean);
  return Number.isFinite(n) ? n : null;
}

/** "forty-two" -> 42, "two hundred fifty" -> 250, "a dozen" -> 12; null when not a spelled number. */
export function parseSpelled(text: string): number | null {
  const words = text.toLowerCase().replace(/-/g, ' ').split(/\s+/).filter((w) => w && w !== 'and');
  if (words.length === 0) return null;
  if (words.at(-1) === 'dozen') {
    const head = words.slice(0, -1).join(' ');
    const mult = head === 'a' || head === '' ? 1 : head === 'half a' ? 0.5 : parseSpelled(head);
    return mult === null ? null : mult * DOZEN;
  }
  let total = 0;
  let current = 0;
  let sawNumber = false;
  for (const w of words) {
    if (w === 'a' && !sawNumber) {
      current = 1;
      sawNumber = true;
    } else if (UNIT_WORDS[w] !== undefined) {
      current += UNIT_WORDS[w]!;
      sawNumber = true;
    } else if (TENS_WORDS[w] !== undefined) {
      current += TENS_WORDS[w]!;
      sawNumber = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      sawNumber = true;
    } else if (SCALE_WORDS[w] !== undefined && w.length > 2) {
      total += (current || 1) * SCALE_WORDS[w]!;
      current = 0;
      sawNumber = true;
    } else return null;
  }
  // A lone article is not a number: "a" counts only with hundred/dozen/scale words.
  if (words.length === 1 && words[0] === 'a') return null;
  return sawNumber ? total + current : null;
}

/** A written number of either form: "52,000" -> 47000, "seven" -> 7. */
export function parseNumber(text: string): number | null {
  return parseDigits(text) ?? parseSpelled(text);
}

/** Multiply by a scale word ("million", "bn", "K") without float noise: 1.005 * 1e6 -> 1005000, not 1004999.9999999999. */
export function applyScale(value: number, scale: string | undefined): number {
  if (!scale) return value;
  const factor = SCALE_WORDS[scale.trim().toLowerCase()];
  if (factor === undefined) return value;
  return Number((value * factor).toPrecision(12));
}
