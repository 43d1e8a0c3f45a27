import type { Extractor, ExtractContext, Mention, MentionOf, QuantityKind, QuantityModifier, QuantityValue, TextDocument } from '../model/types.ts';
import { datesExtractor } from './dates.ts';
import { applyScale, DIGITS_SRC, FRACTION_SRC, MAGNITUDE_SRC, parseDigits, parseFraction, parseMagnitude, parseNumber, SCALE_SRC, SPELLED_SRC } from './numbers.ts';
import { isInvariantPlural, looksPlural, nounLemma, TIME_UNIT_SRC, timeUnit } from '../lexicon/units.ts';

// Counts, money, percentages, ratios and durations, each with the hedge or bound it was written with.
//
// Decisions:
// - A count's span runs from its hedge to its counted noun ("roughly 52,000 records"); the unit is
//   the noun's singular lowercase lemma, skipping "U.S." and adjectives ("U.S. taxpayers" -> taxpayer).
// - Intervals: exact -> min = max = value; approx -> ±10%; more_than / at_least -> min = value;
//   less_than / at_most -> max = value (whether the bound itself is included is left to `modifier`).
// - Vague magnitudes are ranges [min, max): "tens of thousands" [1e4, 1e5), "dozens" [24, 144).
// - Durations are quantities of kind 'duration' with a singular time unit; "within days" and "for
//   decades" are 'vague' with no value. A bare "a year" is a duration only after a preposition that
//   makes it a stretch of time ("in a year", "over the course of a year"), not in "once a year".
// - A bare "one" counts only before a countable noun in a counting context: not "one of the",
//   "no one", "one another", "at one point", "one consequence of ...".
// - Numbers inside dockets, statutes, case citations and dates (ctx.prior, or the dates extractor
//   when it has not run) and labelled numbers ("Section 6103", "Page 3 of 40", "ECF No. 12") are skipped.

const EXTRACTOR = 'quantities';

// Hedges and bounds, longest first. "roughly" "about" "≈" "~" | "more than" | "at least" | "fewer than" | "up to"
const HEDGES: ReadonlyArray<readonly [string, QuantityModifier]> = [
  ['an estimated', 'approx'], ['approximately', 'approx'], ['roughly', 'approx'], ['around', 'approx'],
  ['nearly', 'approx'], ['almost', 'approx'], ['about', 'approx'], ['some', 'approx'], ['estimated', 'approx'],
  ['close to', 'approx'], ['≈', 'approx'], ['~', 'approx'],
  ['in excess of', 'more_than'], ['upwards of', 'more_than'], ['more than', 'more_than'], ['over', 'more_than'],
  ['just over', 'more_than'], ['just under', 'less_than'], ['north of', 'more_than'], ['greater than', 'more_than'],
  ['no fewer than', 'at_least'], ['no less than', 'at_least'], ['not less than', 'at_least'], ['at least', 'at_least'], ['a minimum of', 'at_least'],
  ['fewer than', 'less_than'], ['less than', 'less_than'], ['under', 'less_than'], ['below', 'less_than'],
  ['no more than', 'at_most'], ['not more than', 'at_most'], ['as many as', 'at_most'], ['as much as', 'at_most'], ['up to', 'at_most'],
  ['at most', 'at_most'], ['a maximum of', 'at_most'],
];
const HEDGE_SRC = [...HEDGES]
  .sort((a, b) => b[0].length - a[0].length)
  .map(([w]) => w.replace(/[~]/g, '\\$&').replace(/ /g, '\\s+'))
  .join('|');
// Matched against the text just before a number: "... roughly " "... ≈" "more than "
const HEDGE_BEFORE = new RegExp(String.raw`(?:^|[^\w])(?<hedge>${HEDGE_SRC})\s*$`, 'id');

function hedgeModifier(text: string): QuantityModifier {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  return HEDGES.find(([w]) => w === t)?.[1] ?? 'approx';
}

// The number itself.
// "$2.5 billion" "USD 5" "€40" | "tens of thousands" | "2.4 million" "52,000" "3M" | "forty-two" "a dozen" "two million"
const CURRENCY_SRC = String.raw`(?<cur>US\$|\$|USD\s?|€|£|EUR\s?|GBP\s?)`;
const CORE = new RegExp(
  String.raw`${CURRENCY_SRC}?(?:(?<mag>\b${MAGNITUDE_SRC}\b)|(?<![\w.,\-/:§#])(?<num>${DIGITS_SRC})(?<scale>${SCALE_SRC})?|\b(?<spelled>${SPELLED_SRC}|a(?= (?:thousand|million|billion|trillion)\b))(?<sscale> (?:thousand|million|billion|trillion))?\b)` +
    String.raw`(?<pct>\s?%|\s(?:percent|per cent|percentage points?)\b)?(?<curword>\s(?:dollars|U\.S\. dollars|euros|pounds)\b)?`,
  'gi',
);

// "one in five" "1 in 10" "three out of every four"
const RATIO = new RegExp(String.raw`\b(?<a>\d+|${SPELLED_SRC}) (?:in|out of)(?: every)? (?<b>\d+|${SPELLED_SRC})\b`, 'gi');

// Words that may stand between a number and its time unit without changing the unit:
// "20 business days" "30 calendar days" "10 more years" "three consecutive terms" (not a unit).
// "three fiscal years", "two tax years", "four school years": a kind of year is still a stretch of years.
const DURATION_ADJ_SRC = String.raw`(?:business|calendar|working|court|judicial|consecutive|additional|more|further|full|entire|whole|straight|long|fiscal|tax|school|academic|plan)`;

// "24 hours" "one week" "six months" "24-hour" "two-year" "a year" "several days" "20 business days"
// "twenty-four (24) hours", "thirty (30) days": the legal style of a number in words, then in digits
const DURATION = new RegExp(
  String.raw`(?<![\w.,\-/:§#$])(?<n>${DIGITS_SRC}|${SPELLED_SRC}|an?|several|a few|a couple of)(?<digits> \(\d[\d,]*\))?(?<half> and a half)?(?<sep>-| |-\s)(?:(?<adj>${DURATION_ADJ_SRC}) )?(?<unit>${TIME_UNIT_SRC})\b(?![-'’]\w)`,
  'gi',
);

// "half" "a third" "two-thirds" "three quarters" before what they are a share of: "two-thirds of the class".
const FRACTION = new RegExp(String.raw`\b(?<frac>${FRACTION_SRC})(?=\s+(?:of|the|all)\b)`, 'gi');

// One side of an explicit range: "$3 million" "5,000" "12%" "two" "4.5 million".
const rangeSide = (i: number) =>
  String.raw`(?<cur${i}>US\$|\$|€|£)?(?<n${i}>${DIGITS_SRC}|${SPELLED_SRC})(?<s${i}>\s(?:thousand|million|billion|trillion)\b|(?:bn|mn)\b)?(?<p${i}>\s?%|\s(?:percent|per cent)\b)?`;
// "between 5,000 and 7,000" "from $3 million to $4.5 million" "5,000–7,000" "10 to 12 percent" "two to three years"
const RANGE = new RegExp(
  String.raw`(?:\b(?<lead>between|from)\s+)?(?<![\w.,\-/:§#])${rangeSide(1)}\s?(?<sep>–|—|-|\sto\s|\sand\s|\sthrough\s)\s?${rangeSide(2)}(?![\w.,]\d|[\-/:]\d)`,
  'gi',
);

// What a rate is per: "$5 per hour" "500 pages a month" "4.25% per year" "$590 million annually".
const RATE_AFTER = /^\s+(?:(?<per>per|a|an|each|every)\s+(?<unit>[a-z]+)\b(?!\s+ago\b)|(?<adv>annually|yearly|monthly|weekly|daily|hourly|per annum)\b)/i;
const RATE_ADVERBS: Readonly<Record<string, string>> = {
  annually: 'year', yearly: 'year', 'per annum': 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour',
};

// A bound written after the number: "a decade or more" (at least), "30 days or less" (at most).
const BOUND_AFTER = /^\s+or\s+(?:(?<more>more|longer|greater|above|over)|(?<less>less|fewer|shorter|under|below))\b/i;

/** Counted nouns that make a bare number an identifier: "1099 forms", "Model 3", "Flight 93". */
const IDENTIFIER_HEADS = new Set(['form', 'model', 'flight', 'route', 'version', 'series']);

// "within days" "for decades" "in decades" "For years" "decades of trust"
// Not "paid for hours worked", "credit for days served": there the unit is a noun of pay or credit.
const VAGUE_DURATION = /\b(?:(?<prep>for|in|within|over|after|during|across|spanning|lasting)\s+(?<unit>hours|days|weeks|months|years|decades|centuries)|(?<unit2>decades|centuries)(?=\s+of\b))\b(?!\s+(?:ago|old|later|earlier|before|after|worked|billed|logged|recorded|charged|claimed|paid|unpaid|owed|served|missed|lost|of\s+(?:work|service|leave|pay|overtime))\b)/gi;

/** Words that end a counted noun phrase: "52,000 records of", "two unions that". */
const STOP = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'nor', 'that',
  'which', 'who', 'whom', 'whose', 'than', 'as', 'per', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has',
  'have', 'had', 'will', 'would', 'may', 'might', 'can', 'could', 'shall', 'should', 'must', 'do', 'does', 'did',
  'not', 'no', 'it', 'its', 'they', 'them', 'their', 'he', 'she', 'his', 'her', 'we', 'our', 'you', 'your', 'i',
  'this', 'these', 'those', 'there', 'here', 'if', 'when', 'while', 'because', 'so', 'then', 'also', 'into',
  'onto', 'over', 'under', 'about', 'after', 'before', 'between', 'among', 'through', 'during', 'without',
  'within', 'against', 'since', 'until', 'each', 'every', 'all', 'any', 'some', 'more', 'less', 'most', 'least',
  'only', 'just', 'even', 'still', 'yet', 'ago', 'later', 'earlier', 'times', 'percent', 'where', 'what', 'how',
  'why', 'across', 'along', 'around', 'toward', 'towards', 'upon', 'via', 'per', 'plus', 'minus', 'versus', 'v',
  'vs', 'et', 'al', 'dollars', 'thousand', 'million', 'billion', 'trillion', 'hundred', 'other', 'another',
]);

/** Adjectives and noun modifiers commonly found between a number and what it counts. */
const MODIFIER_WORDS = new Set([
  'new', 'additional', 'total', 'separate', 'unique', 'individual', 'innocent', 'small', 'large', 'major',
  'minor', 'former', 'current', 'different', 'distinct', 'key', 'top', 'senior', 'junior', 'young', 'old',
  'local', 'national', 'foreign', 'domestic', 'active', 'eligible', 'affected', 'known', 'more', 'full',
  'potential', 'possible', 'likely', 'same', 'such', 'confidential', 'sensitive', 'private', 'public',
  'undocumented', 'legal', 'illegal', 'pending', 'open', 'closed', 'prior', 'past', 'recent', 'early', 'late',
]);

const ADJECTIVE_SUFFIX = /(?:al|ic|ive|ous|ful|ary|ory|ble|ish|ian|ese|ated|ized|ised)$/;

/** Labels whose number is an identifier: "Section 6103", "Page 3", "ECF No. 12", "Title 26". */
const LABEL_BEFORE = /(?:\b(?:no|nos|number|exemption|exemptions|section|sections|sec|secs|title|document|doc|dkt|docket|ecf|page|pages|pp?|exhibit|exh|ex|rule|rules|part|chapter|ch|art|article|item|vol|volume|para|paragraph|count|claim|amendment|id|at|pub|l|stat|case|room|suite|floor|box|route|highway|interstate|form|schedule|line|footnote|fn|n|note|table|figure|fig|appendix|app|tab|pageid|order|bill|h\.r|s|version|step|phase|level|tier|district|ward|precinct|unit|apt|building|question|task|slide|clause|subsection|division|subtitle|standard|grade|gs|class|category|cir|circuit|cong|sess|reg|fed|f\.r\.d|u\.s\.c|c\.f\.r)\.?\s*[#:]?\s*|§+\s*|¶+\s*|#\s*)$/i;

/** What may follow a number that is a citation, subsection, time or identifier: "123 F.4th", "6103(i)", "0:00". */
// "815 ILCS 505/2", "10 Del. C. § 2301": a state code's chapter number.
const CITATION_AFTER = /^(?:\s(?:ILCS|[A-Z][A-Za-z]*\.(?:\s[A-Z][A-Za-z]*\.?)?)\s(?:§\s?)?\d+(?:[/:.-]\d|\b)|\(|[.:]\d|\s?[-–]\s?\d|\/\d|(?:st|nd|rd|th|d)\b|[a-z]\w*-|\s(?:U\.\s?S\.\s?C|U\.\s?S\.(?=\s\d)|F\.|F\. ?Supp|F\. ?App|S\. ?Ct|C\.F\.R|Stat\.|L\. ?Ed|B\.R\.|Fed\. ?Reg|So\. ?\d|N\.[EW]\.|S\.[EW]\.|P\.\s?\d|P\.3d|A\.\s?\d|A\.\dd|Cal\.|N\.Y\.|Fed\. ?Cl|T\.C\.|WL\b|U\.S\.\s\d))/;

// "… days", "-year", " business days": a time unit right after a number makes it a duration.
const DURATION_AFTER = new RegExp(String.raw`^[\s-]+(?:a\s+)?(?:${DURATION_ADJ_SRC}\s+)?(?:hours?|days?|weeks?|months?|years?|decades?|minutes?|seconds?|quarters?|semesters?|centuries|century)\b`, 'i');

interface Candidate {
  start: number;
  end: number;
  rule: string;
  confidence: number;
  value: QuantityValue;
  priority: number; // lower wins between equal spans
}

interface Scan {
  text: string;
  isBlocked(start: number, end: number): boolean;
}

// ---------------------------------------------------------------------------------------------

/** The hedge written just before `pos`, with where it starts: "roughly " -> approx, "≈" -> approx. */
// What a thing is done "under": an order, a statute, a contract ("under two orders", "under three separate agreements").
const INSTRUMENT_AFTER = /^\s+(?:[a-z-]+\s+)?(?:orders?|rules?|statutes?|laws?|sections?|provisions?|agreements?|contracts?|programs?|policies|policy|acts?|regulations?|standards?|plans?|theories|theory|subpoenas?|warrants?|settlements?|decrees?|memorandums?|memoranda|authorities|authority|treaties|treaty|titles?|clauses?)\b/;

function hedgeBefore(text: string, pos: number): { start: number; modifier: QuantityModifier; text: string } | null {
  const from = Math.max(0, pos - 24);
  const m = HEDGE_BEFORE.exec(text.slice(from, pos));
  const at = m?.indices?.groups?.hedge;
  if (!m || !at) return null;
  const hedge = m.groups!.hedge!;
  return { start: from + at[0], modifier: hedgeModifier(hedge), text: hedge };
}

function interval(value: number, modifier: QuantityModifier | undefined): Pick<QuantityValue, 'min' | 'max'> {
  const r = (x: number) => Number(x.toPrecision(12));
  switch (modifier) {
    case undefined:
      return { min: value, max: value };
    case 'approx':
      return { min: r(value * 0.9), max: r(value * 1.1) };
    case 'more_than':
    case 'at_least':
      return { min: value };
    case 'less_than':
    case 'at_most':
      return { max: value };
    default:
      return {};
  }
}

interface NounPhrase {
  start: number; // first word after the number (modifiers included)
  end: number; // end of the head noun, possessive mark excluded
  head: string;
}

// "U.S.-citizen children": a hyphenated modifier may open with an abbreviation.
const WORD = /^(\s+)(U\.\s?S\.-[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*|U\.\s?S\.|[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*)/;

// "of the", "of its", "of these": a part of a definite group ("two of its executives").
const OF_DEFINITE = String.raw`^\s+of\s+(?:the|its|their|his|her|our|these|those)\s+`;
const PARTITIVE = new RegExp(String.raw`${OF_DEFINITE}\S`);
// "of the 41", "of the three": the group's own count, which the part's noun follows.
const PARTITIVE_OF_COUNT = new RegExp(String.raw`${OF_DEFINITE}(?:\d[\d,]*(?:\.\d+)?|(?:${SPELLED_SRC})\b)`, 'i');
// Between a share and what it is a share of: "of the", "of all", "of their", "of ClearPath's", "the".
const OF_DETERMINER = /^\s+(?:of\s+(?:(?:all\s+the|all|the|their|its|his|her|our|your|these|those|this|that)\s+)?(?:[A-Z][\w&.-]*['’]s\s+)?|(?:the|all)\s+)(?=\S)/;

/**
 * The counted noun after a number: "2.4 million U.S. taxpayers" -> taxpayers; "two unions" -> unions.
 * Plural counts need a plural head within a few words; `singular` (a count of one, a percentage)
 * takes the first word that is not a modifier.
 */
function countedNoun(text: string, pos: number, singular: boolean, allowOf: boolean): NounPhrase | null {
  let p = pos;
  // "three (3) plaintiffs": the digits restate the number in words.
  const restated = /^ \(\d[\d,]*\)(?= )/.exec(text.slice(p, p + 16));
  if (restated) p += restated[0].length;
  if (allowOf) {
    const of = OF_DETERMINER.exec(text.slice(p, p + 40));
    if (of) p += of[0].length - 1; // keep one space for WORD
  }
  let start = -1;
  for (let i = 0; i < 4; i++) {
    const m = WORD.exec(text.slice(p, p + 60));
    if (!m) return null;
    const raw = m[2]!;
    const wStart = p + m[1]!.length;
    const bare = raw.replace(/['’]s?$/, '');
    const lower = bare.toLowerCase();
    if (start < 0) start = wStart;
    // "16 other states", "three more plaintiffs": the word says which ones, the noun after is counted
    if (i === 0 && !singular && COUNT_QUALIFIERS.has(lower) && nextIsCounted(text, wStart + raw.length)) {
      p = wStart + raw.length;
      continue;
    }
    if (STOP.has(lower)) return null;
    if (lower === 'u.s.' || lower === 'u. s.') {
      p = wStart + raw.length;
      continue;
    }
    if (looksPlural(bare)) return { start, end: wStart + bare.length, head: bare };
    // "340 fish", "two species": the same word in the plural, unless it modifies a plural after it
    if (isInvariantPlural(bare) && !nextIsPlural(text, wStart + raw.length)) return { start, end: wStart + bare.length, head: bare };
    // A singular possessive is a determiner, not what is counted: "12 percent of the agency's servers".
    if (/['’]s$/.test(raw) && /^\s+[A-Za-z]/.test(text.slice(wStart + raw.length))) {
      p = wStart + raw.length;
      continue;
    }
    const isModifier = MODIFIER_WORDS.has(lower) || ADJECTIVE_SUFFIX.test(lower) || /-/.test(lower) || /(?:ed|ing)$/.test(lower);
    if (singular && !isModifier && /^[a-z]/.test(raw)) return { start, end: wStart + bare.length, head: bare };
    // A participle is a verb ("52,000 matched") unless a counted noun follows it ("three named plaintiffs").
    if (/(?:ed|ing)$/.test(lower) && !MODIFIER_WORDS.has(lower) && !nextIsPlural(text, wStart + raw.length)) return null;
    p = wStart + raw.length;
    if (/^['’]/.test(text.slice(wStart + bare.length))) return null; // a possessive that is not the head
  }
  return null;
}

// What a share is of, as the head of its noun phrase: "41% of the company's market value" -> value,
// "30% of the Settlement Fund" -> Fund, and after an article the noun the share modifies: "a 10
// percent cut" -> cut. A plural head found by countedNoun ("of the accounts") stands as it is.
const SHARE_WORD = /^(\s+)([A-Za-z][a-z]*(?:-[a-z]+)*)(['’]s)?(?=$|[\s,.;:)(])/;
function shareHead(text: string, numEnd: number, np: NounPhrase | null, afterArticle: boolean): NounPhrase | null {
  if (np && looksPlural(np.head)) return np;
  let p = numEnd;
  const of = OF_DETERMINER.exec(text.slice(p, p + 40));
  if (of && /^\s+of\b/i.test(of[0])) p += of[0].length - 1;
  else if (!afterArticle) return np;
  let head: NounPhrase | null = null;
  let phraseStart = -1;
  for (let i = 0; i < 3; i++) {
    const m = SHARE_WORD.exec(text.slice(p, p + 40));
    if (!m) break;
    const word = m[2]!;
    const lower = word.toLowerCase();
    // "40 percent of a typical spring's landings": an article opens the phrase.
    if (i === 0 && /^(?:a|an)$/.test(lower)) {
      p += m[1]!.length + word.length;
      i--;
      continue;
    }
    // A possessive is a noun, whatever its ending ("spring's").
    if (STOP.has(lower) || (!m[3] && /(?:ed|ing|ly)$/.test(lower) && !MODIFIER_WORDS.has(lower))) break;
    // A name's words are capitalized together: "the Settlement Fund", never "Settlement fund".
    if (head && /^\p{Lu}/u.test(word) !== /^\p{Lu}/u.test(head.head)) break;
    const wStart = p + m[1]!.length;
    p = wStart + word.length + (m[3]?.length ?? 0);
    // "the company's market value": a possessive is a determiner, the share is of what follows it.
    if (m[3]) {
      head = null;
      phraseStart = -1;
      continue;
    }
    if (phraseStart < 0) phraseStart = wStart;
    head = { start: phraseStart, end: wStart + word.length, head: word };
    if (looksPlural(word)) break;
  }
  return head && !MODIFIER_WORDS.has(head.head.toLowerCase()) && !ADJECTIVE_SUFFIX.test(head.head.toLowerCase()) ? head : np;
}

/** Words that stand between a count and its noun and say which ones: "16 other states", "three more plaintiffs". */
const COUNT_QUALIFIERS = new Set(['other', 'more', 'additional', 'new', 'further']);

/** Is the next word something a count can count (a plural or an invariant plural)? */
function nextIsCounted(text: string, pos: number): boolean {
  const m = WORD.exec(text.slice(pos, pos + 40));
  if (!m || STOP.has(m[2]!.toLowerCase())) return false;
  return looksPlural(m[2]!) || isInvariantPlural(m[2]!.replace(/['’]s?$/, ''));
}

function nextIsPlural(text: string, pos: number): boolean {
  const m = WORD.exec(text.slice(pos, pos + 40));
  return !!m && !STOP.has(m[2]!.toLowerCase()) && looksPlural(m[2]!);
}

function lemmaUnit(np: NounPhrase | null): string | undefined {
  return np ? nounLemma(np.head) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Candidate finders.

function findNumbers(s: Scan, out: Candidate[]): void {
  const { text } = s;
  CORE.lastIndex = 0;
  for (let m = CORE.exec(text); m; m = CORE.exec(text)) {
    if (m[0].length === 0) {
      CORE.lastIndex++;
      continue;
    }
    const c = readNumber(s, m);
    if (c) out.push(c);
  }
}

function readNumber(s: Scan, m: RegExpExecArray): Candidate | null {
  const { text } = s;
  const g = m.groups!;
  const numStart = m.index;
  const numEnd = m.index + m[0].length;
  const cur = g.cur ? currencyCode(g.cur) : g.curword ? currencyCode(g.curword.trim()) : undefined;
  const isPct = !!g.pct;

  let value: number | undefined;
  let mag: { min: number; max: number } | null = null;
  let rule: string;
  if (g.mag) {
    mag = parseMagnitude(g.mag);
    if (!mag) return null;
    rule = 'magnitude';
  } else if (g.num) {
    const n = parseDigits(g.num);
    if (n === null) return null;
    value = applyScale(n, g.scale);
    rule = 'number';
  } else {
    const spelled = g.spelled!;
    const n = spelled.toLowerCase() === 'a' ? 1 : parseNumber(spelled);
    if (n === null) return null;
    value = applyScale(n, g.sscale);
    rule = 'spelled';
  }

  const before = text.slice(Math.max(0, numStart - 30), numStart);
  const after = text.slice(numEnd, numEnd + 30);
  if (s.isBlocked(numStart, numEnd)) return null;

  if (g.num) {
    // Identifiers, citations, sections, times and phone numbers are not quantities.
    // "at 460" is a pin cite, but "at 58 sites" counts sites.
    const atCount = /\bat\s*$/i.test(before) && looksPlural(/^\s+([a-z]+)\b/.exec(after)?.[1] ?? '');
    if (!cur && !isPct && ((LABEL_BEFORE.test(before) && !atCount) || CITATION_AFTER.test(text.slice(numStart + g.num.length + (g.scale?.length ?? 0))))) return null;
    if (/\d\s?[-–:/]\s?$|\(\s*$/.test(before) && !cur) return null;
    if (/^\s+of\s+\d/.test(after) || /\d\s+of\s+$/.test(before)) return null; // "Page 3 of 40"
    if (/^\)/.test(after) && /\(\s*$/.test(before) && !cur) return null; // "(202)", but "($2,925,000)" is money
    if (g.scale && /^[kmb]$/i.test(g.scale) && !cur) {
      // "3M" without a currency is a company or a model name as often as a number.
      return null;
    }
  }
  const group = groupSize(text, numEnd, cur, isPct, value);
  if (group) return { start: numStart, end: group.end, rule: 'group_size', confidence: 0.8, value: { kind: 'count', value: value!, min: value!, max: value!, unit: group.unit }, priority: 2 };
  if (g.spelled && /^[-–]/.test(after)) return null; // "one-sided", "two-thirds" (not a count)

  // Percentages and money do not need a counted noun; counts do, unless a scale or hedge marks them.
  let hedge = hedgeBefore(text, numStart);
  // "under two orders", "under three statutes": "under" is the law acted on, not a bound.
  if (hedge && /^under$/i.test(hedge.text) && !cur && !isPct && INSTRUMENT_AFTER.test(text.slice(numEnd, numEnd + 40))) hedge = null;
  const modifier: QuantityModifier | undefined = mag ? 'range' : hedge?.modifier;
  const start = hedge ? hedge.start : numStart;

  if (cur) {
    const v: QuantityValue = { kind: 'money', unit: 'USD', currency: cur };
    if (cur !== 'USD') v.unit = cur;
    if (mag) Object.assign(v, { min: mag.min, max: mag.max, modifier: 'range' });
    else Object.assign(v, { value, ...interval(value!, modifier) }, modifier ? { modifier, modifierText: hedge!.text } : {});
    return { start, end: withRate(text, numEnd, v), rule: 'money', confidence: 0.95, value: v, priority: 1 };
  }

  if (isPct) {
    if (value === undefined) return null;
    const np = shareHead(text, numEnd, countedNoun(text, numEnd, /^\s+of\b/i.test(after), true), /\b(?:a|an)\s+$/i.test(text.slice(Math.max(0, start - 4), start)));
    const v: QuantityValue = { kind: 'percent', value, ...interval(value, modifier) };
    if (modifier) Object.assign(v, { modifier, modifierText: hedge!.text });
    // "raise its wharfage fees by 40%": a change by a share is a share of the thing changed.
    const changed = np ? null : /\b([a-z]+)\s+by\s+$/.exec(text.slice(Math.max(0, start - 40), start));
    const unit = lemmaUnit(np) ?? (changed && looksPlural(changed[1]!) && !STOP.has(changed[1]!) ? nounLemma(changed[1]!) : undefined);
    if (unit) v.unit = unit;
    const end = withRate(text, np && np.start === skipSpace(text, numEnd) ? np.end : numEnd, v);
    return { start, end, rule: 'percent', confidence: 0.95, value: v, priority: 1 };
  }

  // A time unit right after is a duration, read by the duration finder.
  if (DURATION_AFTER.test(after)) return null;

  const isOne = value === 1 && !g.sscale && !g.scale;
  let np = countedNoun(text, numEnd, isOne, !!mag);
  // "more than 340 times", "four times": how often something happened is a count of times; "12 times
  // the limit", "three times higher" is a multiplier, not a count.
  if (!np && !mag && value !== undefined && value >= 2) {
    const times = /^\s+times\b/.exec(after);
    if (times && !/^\s+times\s+(?:the|as|more|less|higher|lower|greater|larger|smaller|bigger|faster|slower|over|that|what|its|their|his|her|this|a|an|\d)\b/i.test(after)) {
      const wStart = numEnd + times[0].length - 5;
      np = { start: wStart, end: wStart + 5, head: 'times' };
    }
  }
  // "two of its top executives", "Five of the plaintiffs": a part of a group counts the group's noun.
  // With a count inside ("3 of the 41 labor categories"), the inner count is its own quantity, so the
  // part keeps only its number as its span. "one of the worst" is rhetoric, not a part.
  let partOnly = false;
  if (!np && !mag && value !== undefined && value >= 2 && Number.isInteger(value) && PARTITIVE.test(after)) {
    const inner = PARTITIVE_OF_COUNT.exec(after);
    np = inner ? countedNoun(text, numEnd + inner[0].length, false, false) : countedNoun(text, numEnd, false, true);
    partOnly = !!inner;
  }
  if (value !== undefined && Number.isInteger(value) && value >= 1800 && value <= 2099 && !g.num!.includes(',') && !g.scale && !np) return null; // a year
  if (g.num && !np && !hedge && !g.scale) return null; // a bare number: a label, a score, a year...
  if (g.spelled && !np) return null; // "one", "two" alone are pronouns or parts of names
  if (isOne && g.spelled && np && !oneCounts(text, numStart, np)) return null;
  // "1099 tax forms", "Model 3 cars": a form or model number, written without thousands separators.
  if (g.num && !g.num.includes(',') && !hedge && value! >= 100 && np && IDENTIFIER_HEADS.has(nounLemma(np.head))) return null;

  const v: QuantityValue = { kind: 'count' };
  if (mag) Object.assign(v, { min: mag.min, max: mag.max, modifier: 'range' as const });
  else {
    Object.assign(v, { value, ...interval(value!, modifier) });
    if (modifier) Object.assign(v, { modifier, modifierText: hedge!.text });
  }
  const unit = lemmaUnit(np);
  if (unit) v.unit = unit;
  let end = np && !partOnly ? np.end : numEnd;
  if (!modifier && value !== undefined) end = withBoundAfter(text, end, v, value);
  end = withRate(text, end, v);
  const confidence = isOne ? 0.6 : g.spelled ? 0.8 : 0.9;
  return { start, end, rule, confidence, value: v, priority: 2 };
}

// GROUP SIZE. A number joined to a noun before a word for a group or a place made of such things
// states how many there are: "a 19-state coalition" (19 states), "a three-judge panel" (3 judges),
// "a 12-member board", "the 312-unit complex". The span is the number and its noun ("19-state"), the
// unit that noun. Other hyphenated adjectives ("a 30-page brief", "a two-year term", "one-sided")
// describe a thing rather than count a group and are not read here.
// e.g. "-state coalition" "-judge panel" "-member board" "-unit complex"
const GROUP_SIZE_AFTER = /^[-‑](?<noun>[a-z]+)\s+(?<head>[a-z]+)\b/;
const GROUP_HEADS = new Set([
  'coalition', 'panel', 'board', 'committee', 'commission', 'council', 'jury', 'team', 'group', 'delegation',
  'alliance', 'consortium', 'bloc', 'caucus', 'bench', 'crew', 'squad', 'task', 'complex', 'building',
  'development', 'facility', 'fleet', 'network', 'chain', 'hospital', 'campus', 'portfolio', 'class',
]);

function groupSize(text: string, numEnd: number, cur: string | undefined, isPct: boolean, value: number | undefined): { end: number; unit: string } | null {
  if (cur || isPct || value === undefined || !Number.isInteger(value) || value < 2) return null;
  const m = GROUP_SIZE_AFTER.exec(text.slice(numEnd, numEnd + 40));
  if (!m || !GROUP_HEADS.has(m.groups!.head!) || timeUnit(m.groups!.noun!)) return null;
  const noun = m.groups!.noun!;
  // "task force" is the head's second word: "a 12-agency task force"
  if (m.groups!.head === 'task' && !/^\s+force\b/.test(text.slice(numEnd + m[0].length, numEnd + m[0].length + 8))) return null;
  return { end: numEnd + 1 + noun.length, unit: nounLemma(noun) };
}

/** Extend a quantity over the rate it is given at ("$5 per hour", "500 pages a month"), recording `per`. */
function withRate(text: string, end: number, v: QuantityValue): number {
  const m = RATE_AFTER.exec(text.slice(end, end + 30));
  if (!m) return end;
  const g = m.groups!;
  if (g.adv) {
    v.per = RATE_ADVERBS[g.adv.toLowerCase().replace(/\s+/g, ' ')]!;
    return end + m[0].length;
  }
  const word = g.unit!;
  const unit = timeUnit(word);
  // "a", "each", "every" make a rate only with a time unit ("twice a year"); "per" with any noun.
  if (unit && timeUnit(word) === word.toLowerCase().replace(/s$/, '')) v.per = unit;
  else if (g.per!.toLowerCase() === 'per' && !looksPlural(word) && !STOP.has(word.toLowerCase())) v.per = nounLemma(word);
  else return end;
  return end + m[0].length;
}

/** "a decade or more" -> at least; "30 days or less" -> at most: extends the span and sets the bound. */
function withBoundAfter(text: string, end: number, v: QuantityValue, value: number): number {
  const m = BOUND_AFTER.exec(text.slice(end, end + 20));
  if (!m) return end;
  const modifier: QuantityModifier = m.groups!.more ? 'at_least' : 'at_most';
  Object.assign(v, { modifier, modifierText: m[0].trim(), ...interval(value, modifier) });
  if (modifier === 'at_least') delete v.max;
  else delete v.min;
  return end + m[0].length;
}

function skipSpace(text: string, pos: number): number {
  while (pos < text.length && text[pos] === ' ') pos++;
  return pos;
}

/** Rhetorical "one": "one of the worst", "no one", "at one point", "just one consequence of". */
function oneCounts(text: string, start: number, np: NounPhrase): boolean {
  const before = text.slice(Math.max(0, start - 12), start).toLowerCase();
  // "by one estimate", "in one case": a source or an example, not a count.
  if (/\b(?:no|the|this|that|any|each|every|which|at|some|only the|is|was|by)\s+$/.test(before)) return false;
  const afterNoun = text.slice(np.end, np.end + 12).toLowerCase();
  if (/^['’]?s?\s+(?:of|another|or|who|that|which|such|thing)\b/.test(afterNoun)) return false;
  // "one becomes", "one knows": "one" takes a singular noun, so a plural-looking word after it is a verb.
  if (looksPlural(np.head) && !isInvariantPlural(np.head)) return false;
  return !/^(?:another|other|thing|way|point|day|side|hand|time|reason|consequence|example|instance|part|aspect|exception|number|line|question|issue|problem|word|step|sign|factor|measure)$/i.test(np.head);
}

function currencyCode(s: string): string {
  const t = s.trim().toUpperCase();
  if (t === '$' || t === 'US$' || t === 'USD' || t === 'DOLLARS' || t === 'U.S. DOLLARS') return 'USD';
  if (t === '€' || t === 'EUR' || t === 'EUROS') return 'EUR';
  if (t === '£' || t === 'GBP' || t === 'POUNDS') return 'GBP';
  return t;
}

/** "one in five" -> ratio 1/5 = 0.2. */
function findRatios(s: Scan, out: Candidate[]): void {
  RATIO.lastIndex = 0;
  for (let m = RATIO.exec(s.text); m; m = RATIO.exec(s.text)) {
    const a = parseNumber(m.groups!.a!);
    const b = parseNumber(m.groups!.b!);
    if (a === null || b === null || b <= a || a <= 0) continue;
    if (s.isBlocked(m.index, m.index + m[0].length)) continue;
    const hedge = hedgeBefore(s.text, m.index);
    const np = countedNoun(s.text, m.index + m[0].length, false, true);
    const value = Number((a / b).toPrecision(12));
    const v: QuantityValue = { kind: 'ratio', value, ratio: { numerator: a, denominator: b }, ...interval(value, hedge?.modifier) };
    if (hedge) Object.assign(v, { modifier: hedge.modifier, modifierText: hedge.text });
    const unit = lemmaUnit(np);
    if (unit) v.unit = unit;
    out.push({ start: hedge?.start ?? m.index, end: np?.end ?? m.index + m[0].length, rule: 'ratio', confidence: 0.85, value: v, priority: 0 });
  }
}

/** "two-thirds of the class" -> ratio 2/3 of class; "roughly a third of U.S. counties" -> approx 1/3 of county. */
function findFractions(s: Scan, out: Candidate[]): void {
  const { text } = s;
  FRACTION.lastIndex = 0;
  for (let m = FRACTION.exec(text); m; m = FRACTION.exec(text)) {
    const frac = parseFraction(m.groups!.frac!);
    if (!frac) continue;
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 16), start);
    // "the first half of 2025", "the other half", "an hour and a half": a part of time or a remainder.
    if (/\b(?:first|second|last|latter|former|other|and a|the)\s+$/i.test(before)) continue;
    if (s.isBlocked(start, end)) continue;
    let np = countedNoun(text, end, true, true);
    let spanEnd = np?.end;
    if (!np) {
      // "more than half of the 1,800 detainees": the share takes its unit from the count it divides,
      // which keeps its own span.
      const ofNumber = new RegExp(String.raw`^\s+of\s+(?:the|these|those|its|their|all)\s+${DIGITS_SRC}(?:\s(?:thousand|million|billion))?(?=\s)`, 'i').exec(text.slice(end, end + 60));
      if (ofNumber) np = countedNoun(text, end + ofNumber[0].length, false, false);
      spanEnd = end;
    }
    if (!np || spanEnd === undefined || timeUnit(np.head)) continue; // "a quarter of a century" is a duration, "half of 2025" a date
    const hedge = hedgeBefore(text, start);
    const value = Number((frac.numerator / frac.denominator).toPrecision(12));
    const v: QuantityValue = { kind: 'ratio', value, ratio: frac, ...interval(value, hedge?.modifier), unit: nounLemma(np.head) };
    if (hedge) Object.assign(v, { modifier: hedge.modifier, modifierText: hedge.text });
    out.push({ start: hedge?.start ?? start, end: spanEnd, rule: 'fraction', confidence: 0.85, value: v, priority: 0 });
  }
}

/** An explicit range: "between 5,000 and 7,000 pages", "$3 million to $4.5 million", "two to three years". */
function findRanges(s: Scan, out: Candidate[]): void {
  const { text } = s;
  RANGE.lastIndex = 0;
  for (let m = RANGE.exec(text); m; m = RANGE.exec(text)) {
    const g = m.groups!;
    const sep = g.sep!.trim().toLowerCase();
    const lead = g.lead?.toLowerCase();
    // "between" pairs with "and", "from" with "to"/"through"/a dash; a bare "X and Y" is a list.
    if (lead === 'between' ? sep !== 'and' : sep === 'and') {
      RANGE.lastIndex = m.index + (g.lead ? g.lead.length + 1 : 1);
      continue;
    }
    let lo = parseNumber(g.n1!);
    let hi = parseNumber(g.n2!);
    if (lo === null || hi === null) continue;
    // "between 3 and 4.5 million": a scale written once applies to both sides.
    const scale2 = g.s2?.trim();
    lo = applyScale(lo, g.s1?.trim() ?? (lo < hi ? scale2 : undefined));
    hi = applyScale(hi, scale2);
    if (!(lo < hi)) continue; // "ruled 2-1", "5-4": votes and scores, not ranges
    const start = m.index;
    const numStart = start + (g.lead ? m[0].indexOf(g.n1!, g.lead.length) - (g.cur1?.length ?? 0) : 0);
    let end = start + m[0].length;
    if (s.isBlocked(start, end)) continue;
    if (/^\d/.test(g.n1!) && (LABEL_BEFORE.test(text.slice(Math.max(0, numStart - 30), numStart)) || /\d\s?[-–:/]\s?$|\(\s*$/.test(text.slice(Math.max(0, numStart - 3), numStart)))) continue;
    // "fell 11.4% to $48.20": a change and a price, not a range.
    if ((g.p1 && g.cur2) || (g.cur1 && g.p2)) continue;
    const cur = g.cur1 ?? g.cur2;
    const pct = g.p1 ?? g.p2;
    const after = text.slice(end, end + 40);
    const v: QuantityValue = { kind: 'count', min: lo, max: hi, modifier: 'range' };
    const dur = !cur && !pct ? new RegExp(String.raw`^[\s-](?:${DURATION_ADJ_SRC}\s)?(${TIME_UNIT_SRC})\b`, 'i').exec(after) : null;
    if (cur) Object.assign(v, { kind: 'money', unit: currencyCode(cur) === 'USD' ? 'USD' : currencyCode(cur), currency: currencyCode(cur) });
    else if (dur && timeUnit(dur[1]!)) {
      Object.assign(v, { kind: 'duration', unit: timeUnit(dur[1]!) });
      end += dur[0].length;
    } else {
      // A percentage takes its noun after "of" ("5 percent of the voters") or a plural right after it.
      const np = countedNoun(text, end, !!pct && /^\s+of\b/i.test(after), !!pct);
      if (np) v.unit = nounLemma(np.head);
      if (pct) v.kind = 'percent';
      else if (!np) continue; // "12-15" alone: pages, paragraphs, a score
      if (np && (!pct || np.start === skipSpace(text, end))) end = np.end;
    }
    // Keep key order stable for readers: kind, min, max, modifier, unit.
    out.push({ start: lead ? start : numStart, end: withRate(text, end, v), rule: 'range', confidence: 0.85, value: v, priority: 0 });
  }
}

/** Prepositions before "a year" that make it a stretch of time: "in a year", "the course of a year". */
const A_UNIT_CONTEXT = /\b(?:in|within|for|over|of|during|across|throughout|after|than|about|nearly|almost|roughly|least|most|under|only|just|took|takes|take|lasted|lasting|spent|spend|half|waited|served)\s+$/i;

/** "within 30 days": a deadline, so an upper bound on the stretch of time. */
function withinBefore(text: string, pos: number): { start: number; modifier: QuantityModifier; text: string } | null {
  const m = /\b(within|no later than)\s+$/i.exec(text.slice(Math.max(0, pos - 16), pos));
  return m ? { start: pos - m[0].length, modifier: 'at_most', text: m[1]! } : null;
}

function findDurations(s: Scan, out: Candidate[]): void {
  const { text } = s;
  DURATION.lastIndex = 0;
  for (let m = DURATION.exec(text); m; m = DURATION.exec(text)) {
    const g = m.groups!;
    const unit = timeUnit(g.unit!);
    if (!unit) continue;
    const nText = g.n!.toLowerCase();
    const adjectival = g.sep!.startsWith('-');
    // "24-hour" is an adjective with a singular unit; "24-hours" is not written.
    if (adjectival && timeUnit(g.unit!) !== g.unit!.toLowerCase()) continue;
    let value: number | undefined;
    let vague = false;
    if (nText === 'a' || nText === 'an') {
      // "a year or more" is a stretch of time whatever precedes it.
      const afterUnit = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      // "warn the court a day before sending", "a week in advance": a lead time is a stretch of time.
      if (!A_UNIT_CONTEXT.test(text.slice(Math.max(0, m.index - 20), m.index)) && !BOUND_AFTER.test(afterUnit) && !/^\s+(?:before|in advance|ahead of|prior to|beforehand)\b/.test(afterUnit)) continue;
      value = 1;
    } else if (/^(?:several|a few|a couple of)$/.test(nText)) {
      vague = nText !== 'a couple of';
      value = vague ? undefined : 2;
    } else {
      const n = parseNumber(g.n!);
      if (n === null) continue;
      value = n;
    }
    const start = m.index;
    let end = m.index + m[0].length;
    // "four and a half hours", "a year and a half": half a unit more.
    if (value !== undefined && g.half) value += 0.5;
    else if (value !== undefined && !adjectival && /^ and a half\b/.test(text.slice(end, end + 14))) {
      value += 0.5;
      end += ' and a half'.length;
    }
    const rest = text.slice(end, end + 12);
    if (/^\s+(?:ago|old)\b|^-old\b/i.test(rest)) continue; // a relative date or an age
    if (s.isBlocked(start, end)) continue;
    if (g.n && /^\d/.test(g.n) && (LABEL_BEFORE.test(text.slice(Math.max(0, start - 30), start)) || /\d\s?[-–:/]\s?$/.test(text.slice(Math.max(0, start - 3), start)))) continue;
    let hedge = hedgeBefore(text, start) ?? withinBefore(text, start);
    // "billed 1,100 hours over eighteen months": "over" spreads across the stretch unless a "for",
    // "of" or "in" makes it a bound ("for over a year").
    if (hedge?.text.toLowerCase() === 'over' && !/\b(?:for|of|in|after|lasting|lasted|been|than|took|takes|spent)\s+$/i.test(text.slice(Math.max(0, hedge.start - 12), hedge.start))) hedge = null;
    const v: QuantityValue = { kind: 'duration', unit };
    let spanEnd = end;
    if (vague) Object.assign(v, { modifier: 'vague' as const });
    else {
      Object.assign(v, { value, ...interval(value!, hedge?.modifier) });
      if (hedge) Object.assign(v, { modifier: hedge.modifier, modifierText: hedge.text });
      else if (!adjectival) spanEnd = withBoundAfter(text, end, v, value!);
    }
    if (!adjectival) spanEnd = withRate(text, spanEnd, v);
    out.push({ start: hedge?.start ?? start, end: spanEnd, rule: adjectival ? 'duration_adjective' : 'duration', confidence: 0.9, value: v, priority: 1 });
  }

  VAGUE_DURATION.lastIndex = 0;
  for (let m = VAGUE_DURATION.exec(text); m; m = VAGUE_DURATION.exec(text)) {
    const unit = timeUnit(m.groups!.unit ?? m.groups!.unit2!);
    if (!unit) continue;
    const start = m.index;
    const end = m.index + m[0].length;
    if (s.isBlocked(start, end)) continue;
    out.push({ start, end, rule: 'duration_vague', confidence: 0.7, value: { kind: 'duration', unit, modifier: 'vague' }, priority: 3 });
  }
}

// ---------------------------------------------------------------------------------------------

const BLOCKING_KINDS = new Set<Mention['kind']>(['docket', 'statute', 'case_citation', 'date']);

function blockingSpans(ctx: ExtractContext): Mention[] {
  const spans = ctx.prior.filter((p) => BLOCKING_KINDS.has(p.kind));
  // Run alone (unit tests, a partial pipeline), the quantities still must not read dates as counts.
  if (!ctx.prior.some((p) => p.kind === 'date')) spans.push(...datesExtractor.extract(ctx));
  return spans;
}

export const quantitiesExtractor: Extractor = {
  name: EXTRACTOR,
  extract(ctx: ExtractContext): MentionOf<'quantity'>[] {
    return extractQuantities(ctx.doc, blockingSpans(ctx));
  },
};

function extractQuantities(doc: TextDocument, blocking: readonly Mention[]): MentionOf<'quantity'>[] {
  const text = doc.text;
  const sorted = [...blocking].sort((a, b) => a.start - b.start);
  const isBlocked = (start: number, end: number) => {
    for (const b of sorted) {
      if (b.start >= end) break;
      if (b.end > start) return true;
    }
    return false;
  };
  const s: Scan = { text, isBlocked };
  const cands: Candidate[] = [];
  findRatios(s, cands);
  findFractions(s, cands);
  findRanges(s, cands);
  findDurations(s, cands);
  findNumbers(s, cands);

  // Overlaps: the longer span wins, then the more specific finder (ratio, money/percent/duration, count).
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority);
  const taken: Candidate[] = [];
  for (const c of cands) if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  taken.sort((a, b) => a.start - b.start);
  return taken.map((c) => ({
    kind: 'quantity' as const,
    start: c.start,
    end: c.end,
    text: text.slice(c.start, c.end),
    extractor: EXTRACTOR,
    rule: c.rule,
    confidence: c.confidence,
    value: c.value,
  }));
}
