// Counted things and time units: turning "taxpayers’" into the lemma "taxpayer" and "24-hour"
// into the unit "hour", so counts from different sources compare by what they count.

export type TimeUnit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'semester' | 'year' | 'decade' | 'century';

/** Every written form of a time unit. Examples: "hrs" -> hour, "yr" -> year, "centuries" -> century. */
export const TIME_UNIT_FORMS: Readonly<Record<string, TimeUnit>> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week', wk: 'week', wks: 'week',
  month: 'month', months: 'month', mo: 'month', mos: 'month',
  quarter: 'quarter', quarters: 'quarter',
  semester: 'semester', semesters: 'semester',
  year: 'year', years: 'year', yr: 'year', yrs: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

// "hours" "days" "yrs" — alternation for regexes, longest first so "months" wins over "mo".
export const TIME_UNIT_SRC = Object.keys(TIME_UNIT_FORMS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export function timeUnit(word: string): TimeUnit | undefined {
  return TIME_UNIT_FORMS[word.toLowerCase()];
}

/** Plurals that do not take -s. Examples: "people" -> person, "data" -> data, "criteria" -> criterion. */
export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  people: 'person', persons: 'person', children: 'child', men: 'man', women: 'woman',
  data: 'data', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  criteria: 'criterion', phenomena: 'phenomenon', media: 'media', staff: 'staff',
  personnel: 'personnel', police: 'police', analyses: 'analysis', bases: 'basis',
  crises: 'crisis', theses: 'thesis', indices: 'index', appendices: 'appendix',
  lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', leaves: 'leaf',
  shelves: 'shelf', thieves: 'thief', selves: 'self',
  businessmen: 'businessman', congressmen: 'congressman', chairmen: 'chairman',
  aircraft: 'aircraft', sheep: 'sheep', fish: 'fish', series: 'series', species: 'species',
  deer: 'deer', salmon: 'salmon', trout: 'trout', bison: 'bison', moose: 'moose', swine: 'swine',
  offspring: 'offspring', spacecraft: 'spacecraft', watercraft: 'watercraft', cattle: 'cattle',
  news: 'news', headquarters: 'headquarters', means: 'means',
};

/** Words ending in -s that are singular nouns; they are their own lemma. Example: "status". */
const SINGULAR_IN_S = new Set([
  'status', 'census', 'virus', 'bus', 'campus', 'bonus', 'consensus', 'corpus', 'focus', 'process',
  'address', 'access', 'business', 'witness', 'class', 'congress', 'progress', 'analysis', 'basis',
  'crisis', 'thesis', 'emphasis', 'hypothesis', 'alias', 'canvas', 'gas', 'bias', 'atlas',
  'lens', 'plus', 'surplus', 'apparatus', 'habeas', 'corpus', 'certiorari', 'aids', 'us',
]);

/**
 * Singular lowercase lemma of a counted noun: "taxpayers’" -> taxpayer, "Americans" -> american,
 * "agencies" -> agency, "matches" -> match, "people" -> person.
 */
export function nounLemma(word: string): string {
  let w = word.toLowerCase().replace(/['’]s?$/, '');
  // Compounds lemmatize on their last part: "sign-offs" -> "sign-off".
  const dash = w.lastIndexOf('-');
  const prefix = dash > 0 ? w.slice(0, dash + 1) : '';
  w = dash > 0 ? w.slice(dash + 1) : w;
  return prefix + singular(w);
}

function singular(w: string): string {
  const irregular = IRREGULAR_PLURALS[w];
  if (irregular) return irregular;
  if (SINGULAR_IN_S.has(w)) return w;
  if (/[^aeiou]ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|ch|sh|x|zz)es$/.test(w)) return w.slice(0, -2);
  if (/(?:ss|us|is)$/.test(w)) return w;
  if (w.endsWith('s') && w.length > 2) return w.slice(0, -1);
  return w;
}

/** Whether a word reads as a plural noun: "records", "people", "taxpayers’"; not "is", "status". */
/** Words ending in -s that are not nouns at all: "was", "its", "always", "perhaps". */
const FUNCTION_WORDS_IN_S = new Set([
  'was', 'has', 'does', 'goes', 'its', 'this', 'these', 'those', 'thus', 'yes', 'always', 'perhaps',
  'towards', 'afterwards', 'backwards', 'forwards', 'across', 'whereas', 'besides', 'unless',
  'hers', 'ours', 'yours', 'theirs', 'sometimes', 'nevertheless', 'regardless', 'less', 'as', 'us',
  'his', 'is', 'various', 'numerous', 'previous', 'serious', 'obvious', 'anxious',
]);

/** Nouns in IRREGULAR_PLURALS that are the same word in the singular: "series", "news". */
const INVARIANT = new Set(['series', 'species', 'news', 'means', 'aircraft', 'sheep', 'fish', 'headquarters', 'deer', 'salmon', 'trout', 'bison', 'moose', 'swine', 'offspring', 'spacecraft', 'watercraft', 'cattle']);

/**
 * Nouns whose plural is the singular, that a count may stand before: "340 fish", "two species",
 * "12 aircraft". "news", "means" and "headquarters" are left out: "five news outlets" counts outlets.
 */
const COUNTABLE_INVARIANT = new Set(['series', 'species', 'aircraft', 'sheep', 'fish', 'deer', 'salmon', 'trout', 'bison', 'moose', 'swine', 'offspring', 'spacecraft', 'watercraft', 'cattle']);

/** Whether a count may take this same-in-the-plural noun as what it counts: "fish", "species". */
export function isInvariantPlural(word: string): boolean {
  return COUNTABLE_INVARIANT.has(word.toLowerCase());
}

/** Whether a word reads as a plural noun: "records", "people", "taxpayers’"; not "is", "status". */
export function looksPlural(word: string): boolean {
  const w = word.toLowerCase().replace(/['’]$/, '');
  if (IRREGULAR_PLURALS[w]) return !INVARIANT.has(w);
  if (w.length < 3 || !w.endsWith('s') || SINGULAR_IN_S.has(w) || FUNCTION_WORDS_IN_S.has(w)) return false;
  return !/(?:ss|us|is|ous|less|ness)$/.test(w);
}
