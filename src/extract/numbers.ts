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
// "several thousand" "a few hundred" "a few dozen" "several million"
export const MAGNITUDE_SRC = String.raw`(?:(?:tens|hundreds|dozens)\s+of\s+(?:thousands|millions|billions)|tens\s+of\s+millions|(?:several|a\s+few)\s+(?:dozen|hundred|thousand|million|billion)|thousands|millions|billions|hundreds|dozens)`;

const MAGNITUDE_BASE: Readonly<Record<string, number>> = {
  hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, dozens: 24,
};

/** Read a vague magnitude: "tens of thousands" -> {min: 10000, max: 100000}. */
export function parseMagnitude(text: string): Magnitude | null {
  const words = text.toLowerCase().split(/\s+/).filter((w) => w !== 'of');
  // "a few hundred" from two hundred, "several thousand" from three thousand, up to ten of the scale
  // (a dozen dozen for "a few dozen"): both sit below the next order of ten.
  const few = /^(?:(several)|a few) (dozen|hundred|thousand|million|billion)$/.exec(words.join(' '));
  if (few) {
    const scale = few[2] === 'dozen' ? DOZEN : few[2] === 'hundred' ? 100 : SCALE_WORDS[few[2]!]!;
    const max = few[2] === 'dozen' ? DOZEN * DOZEN : scale * 10;
    return { min: (few[1] ? 3 : 2) * scale, max };
  }
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

/** Denominators of spelled fractions: "half" 2, "a third" 3, "two-thirds" 3, "three quarters" 4. */
export const FRACTION_WORDS: Readonly<Record<string, number>> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5,
  sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};

// "half" "a third" "one-third" "two-thirds" "three quarters" "a fifth" — the numerator is a spelled
// number up to ten or an article; "half" stands alone.
export const FRACTION_SRC = String.raw`(?:half|(?:a|an|one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))`;

/** "two-thirds" -> {2, 3}, "a quarter" -> {1, 4}, "half" -> {1, 2}; null when not a fraction or not below one. */
export function parseFraction(text: string): { numerator: number; denominator: number } | null {
  const words = text.toLowerCase().split(/[- ]+/);
  if (words.length === 1) return words[0] === 'half' ? { numerator: 1, denominator: 2 } : null;
  if (words.length !== 2) return null;
  const numerator = words[0] === 'a' || words[0] === 'an' ? 1 : UNIT_WORDS[words[0]!];
  const denominator = FRACTION_WORDS[words[1]!];
  if (numerator === undefined || denominator === undefined || numerator >= denominator || numerator < 1) return null;
  // "a thirds", "two-third": the noun's number must agree with the numerator.
  if ((numerator === 1) !== !/s$/.test(words[1]!)) return null;
  return { numerator, denominator };
}
