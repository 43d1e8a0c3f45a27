import * as chrono from 'chrono-node';
import { isCourtPaper, type DateGrain, type DateModifier, type DateValue, type Extractor, type ExtractContext, type Mention, type MentionOf, type TextDocument } from '../model/types.ts';
import { parseNumber, SPELLED_SRC } from './numbers.ts';
import { looksPlural } from '../lexicon/units.ts';

// Dates as written in legal and news prose, each normalized to ISO at its grain.
//
// Decisions (documented here because callers compare values across documents):
// - A day without a year ("Aug 7th") takes the anchor's year (certainty 'implied'), or the next one when
//   its clause is about the future and the day has passed, or the last one when the day lies more than
//   six months after the anchor ("Dec. 18" in a January story); with no anchor it
//   is flagged relative with no value, like "in July": a year is never guessed.
// - Month or season without a year ("in July", "early August", "in the spring") is relative: it is
//   resolved to the anchor's year, or left without a value.
// - Weekdays follow news usage: a bare or "on" weekday is the most recent such day on or before the
//   anchor (the anchor's own day included), unless its clause is in the future tense ("will ... on
//   Friday"), where it is the next such day on or after the anchor. "last Friday" is the most recent
//   Friday strictly before the anchor; "next Friday" the first strictly after it; "this Friday" the
//   one in the anchor's Monday-to-Sunday week.
// - Weeks are valued by their Monday ("the week of August 6, 2025" -> "2025-08-04").
// - The anchor is `doc.meta.published`; relative dates without it are flagged, never resolved.
// - Spans claimed by dockets, statutes and case citations (ctx.prior) hold no dates.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const SEASONS = { spring: 'spring', summer: 'summer', fall: 'fall', autumn: 'fall', winter: 'winter' } as const;
type Season = (typeof SEASONS)[keyof typeof SEASONS];

// "January" "Jan." "Jan" "Sept." "Sep" "June" "Jun." — the first letter is checked for a capital
// separately, so "may" the verb and "march" the verb never start a date.
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])`;
// "7" "07" "7th" "1st" "22nd"
const DAY = String.raw`[0-3]?\d(?:st|nd|rd|th)?(?![\d:])`;
// "2025" "1976" (1800-2099)
const YEAR = String.raw`(?:1[89]|20)\d\d(?!\d)`;
const WEEKDAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)`;
const MOD = String.raw`(?:early|mid|late)`;

/** What a rule hands back: the value and, optionally, a narrower span than the whole match. */
interface Built {
  value: DateValue;
  start?: number;
  end?: number;
  /** A range's two ends as written ("2019" and "2024" in "from 2019 through 2024"): see RANGE ENDPOINTS. */
  endpoints?: Endpoint[];
}

interface Endpoint {
  start: number;
  end: number;
  value: string;
}

/** The two ends of a range, each from the start of its first written group to the end of its last. */
function endpointsOf(m: RegExpExecArray, first: string[], second: string[], values: [string, string]): Endpoint[] | undefined {
  const span = (names: string[]): [number, number] | undefined => {
    const found = names.map((n) => m.indices?.groups?.[n]).filter((x): x is [number, number] => !!x);
    return found.length ? [found[0]![0], found[found.length - 1]![1]] : undefined;
  };
  const a = span(first);
  const b = span(second);
  if (!a || !b) return undefined;
  return [
    { start: a[0], end: a[1], value: values[0] },
    { start: b[0], end: b[1], value: values[1] },
  ];
}

interface RuleCtx {
  doc: TextDocument;
  anchor: Ymd | undefined;
  anchorFrom: NonNullable<TextDocument['meta']['publishedFrom']>;
}

interface Rule {
  name: string;
  re: RegExp;
  confidence: number;
  build(m: RegExpExecArray, c: RuleCtx): Built | null;
}

interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

// ---------------------------------------------------------------------------------------------
// Calendar arithmetic on plain dates (UTC, so no time zone shifts a day).

function toUtc(x: Ymd): Date {
  return new Date(Date.UTC(x.y, x.m - 1, x.d));
}
function fromUtc(d: Date): Ymd {
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}
function addDays(x: Ymd, n: number): Ymd {
  const d = toUtc(x);
  d.setUTCDate(d.getUTCDate() + n);
  return fromUtc(d);
}
function weekday(x: Ymd): number {
  return toUtc(x).getUTCDay();
}
function mondayOf(x: Ymd): Ymd {
  return addDays(x, -((weekday(x) + 6) % 7));
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
export function isoDay(x: Ymd): string {
  return `${pad(x.y, 4)}-${pad(x.m)}-${pad(x.d)}`;
}
function isoMonth(y: number, m: number): string {
  const d = toUtc({ y, m, d: 1 });
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}`;
}
function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  return fromUtc(toUtc({ y, m, d })).d === d;
}
function parseIsoDay(s: string | undefined): Ymd | undefined {
  const m = s && /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const x = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return validDay(x.y, x.m, x.d) ? x : undefined;
}

function monthIndex(word: string): number | null {
  // The month must be capitalized ("May 5", "MAY 5"): lowercase "may"/"march" are verbs.
  if (!/^[A-Z]/.test(word)) return null;
  const i = MONTHS.indexOf(word.slice(0, 3).toLowerCase());
  return i < 0 ? null : i + 1;
}

/**
 * The months and years of a range's two ends. A start written without a year takes the end's, or the
 * year before when its month comes later ("Dec. 28 to Jan. 3, 2025"; "January 1, 2018 and December 31,
 * 2022" says its own).
 */
function rangeEnds(g: Record<string, string | undefined>, endYear: string): { m1: number; m2: number; y1: number; y2: number } | null {
  const m1 = monthIndex(g.m1!);
  const m2 = monthIndex(g.m2!);
  if (!m1 || !m2) return null;
  const y2 = +endYear;
  return { m1, m2, y1: g.y1 ? +g.y1 : m1 <= m2 ? y2 : y2 - 1, y2 };
}
function dayNumber(word: string): number {
  return parseInt(word, 10);
}

// ---------------------------------------------------------------------------------------------
// Value builders shared by the rules.

function stated(value: string, grain: DateGrain, extra: Partial<DateValue> = {}): DateValue {
  return { value, grain, relative: false, certainty: 'stated', ...extra };
}

/** A day or week written without its year in a document with no date of its own: the year is unknown. */
function unanchored(grain: DateGrain): DateValue {
  return { grain, relative: true, certainty: 'implied' };
}

/** A relative expression: resolved when `resolve` gives a value, flagged either way. */
function relative(c: RuleCtx, grain: DateGrain, resolve: (a: Ymd) => string | null, extra: Partial<DateValue> = {}): DateValue {
  const out: DateValue = { grain, relative: true, certainty: 'implied', ...extra };
  if (c.anchor) {
    const v = resolve(c.anchor);
    if (v) {
      out.value = v;
      out.resolvedAgainst = { date: isoDay(c.anchor), from: c.anchorFrom };
    }
  }
  return out;
}

function modifierOf(word: string | undefined): DateModifier | undefined {
  if (!word) return undefined;
  const w = word.toLowerCase().replace(/-$/, '');
  return w === 'early' || w === 'mid' || w === 'late' ? w : undefined;
}

const SEASON_FIRST_MONTH: Record<Season, number> = { spring: 3, summer: 6, fall: 9, winter: 12 };

/**
 * The words leading to a span read as future ("will rule on Friday", "is scheduled for Monday").
 * Only the stretch before the span counts, back to a clause break or "that": in "said Monday that
 * it will appeal", the "will" belongs to another clause.
 */
function futureClause(text: string, start: number): boolean {
  let from = start;
  // A period ends the clause only after a word: in "at 10 a.m. on Friday" or "U.S." it marks an abbreviation.
  while (from > 0 && !/[;,!?\n]/.test(text[from - 1]!) && !(text[from - 1] === '.' && /[A-Za-z]{2}\.$|\d\.$/.test(text.slice(Math.max(0, from - 3), from)))) from--;
  const lead = text.slice(from, start).split(/\bthat\b/i).at(-1) ?? '';
  return /\b(?:will|shall|is (?:scheduled|set|expected|due)|are (?:scheduled|set|expected|due)|plans? to|upcoming|scheduled for)\b/i.test(lead);
}

/**
 * The year of a day written without one. A clause about the future ("the hearing is set for Feb. 15")
 * means the next such day on or after the anchor; otherwise the anchor's year, unless that puts the
 * day more than six months after the anchor: "on Dec. 18" in a January story is last December.
 */
function impliedYear(anchor: Ymd, month: number, day: number, future: boolean, reportsPast: boolean): number {
  const inYear = month * 100 + day;
  const at = anchor.m * 100 + anchor.d;
  if (future) return inYear >= at ? anchor.y : anchor.y + 1;
  // A court paper sets a schedule ("discovery closes December 31"): only stories report the past.
  if (!reportsPast) return anchor.y;
  return month - anchor.m > 6 || (month - anchor.m === 6 && day > anchor.d) ? anchor.y - 1 : anchor.y;
}

/** Releases and stories report what happened; court papers also schedule what will. */
function reportsPast(doc: TextDocument): boolean {
  return !isCourtPaper(doc.meta.kind);
}

function clauseHasWill(c: RuleCtx, m: RegExpExecArray): boolean {
  return futureClause(c.doc.text, m.index);
}

// ---------------------------------------------------------------------------------------------
// Rules. Each regex is case-insensitive; capitalization that matters is checked in `build`.

const RULES: Rule[] = [
  {
    // "the week of August 4, 2025" "week of Aug. 4"
    name: 'week_of',
    re: new RegExp(String.raw`\b(?:the )?week of (?<month>${MONTH}) (?<day>${DAY})(?:,? (?<year>${YEAR}))?`, 'gi'),
    confidence: 0.95,
    build(m, c) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      if (!month) return null;
      const year = g.year ? +g.year : c.anchor?.y;
      const day = dayNumber(g.day!);
      if (year === undefined) return { value: unanchored('week') };
      if (!validDay(year, month, day)) return null;
      return { value: { value: isoDay(mondayOf({ y: year, m: month, d: day })), grain: 'week', relative: false, certainty: g.year ? 'stated' : 'implied' } };
    },
  },
  {
    // "the first week of March" "the last week of June 2024" "the second week of Sept."
    // Valued at the month (a week counted from the 1st has no Monday of its own), with the days it
    // spans as a range and the part of the month as a modifier.
    name: 'week_of_month',
    re: new RegExp(String.raw`\b(?:the )?(?<ord>first|second|third|fourth|last|final) week of (?<month>${MONTH})(?:,? (?<year>${YEAR}))?`, 'gi'),
    confidence: 0.85,
    build(m, c) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      if (!month) return null;
      const ord = g.ord!.toLowerCase();
      const modifier: DateModifier = ord === 'first' || ord === 'second' ? 'early' : ord === 'third' ? 'mid' : 'late';
      const days = (y: number): { start: string; end: string } => {
        const last = fromUtc(new Date(Date.UTC(y, month, 0))).d;
        const first = ord === 'last' || ord === 'final' ? last - 6 : 1 + 7 * ['first', 'second', 'third', 'fourth'].indexOf(ord);
        return { start: isoDay({ y, m: month, d: first }), end: isoDay({ y, m: month, d: Math.min(first + 6, last) }) };
      };
      if (g.year) return { value: stated(isoMonth(+g.year, month), 'month', { modifier, range: days(+g.year) }) };
      const out = relative(c, 'month', (a) => isoMonth(a.y, month), { modifier });
      if (c.anchor) out.range = days(c.anchor.y);
      return { value: out };
    },
  },
  {
    // "between June and August 2025" "from March to May 2024" "June–August 2025"
    name: 'month_range',
    re: new RegExp(
      String.raw`(?:\b(?:between|from) )?(?<m1>${MONTH})(?: (?<y1>${YEAR}))? ?(?:and|to|through|until|-|–|—) ?(?<m2>${MONTH}),? (?<y2>${YEAR})`,
      'gid',
    ),
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      const ends = rangeEnds(g, g.y2!);
      if (!ends) return null;
      const { m1, m2, y1, y2 } = ends;
      if (/^between/i.test(m[0]) !== /\band\b/i.test(m[0])) return null; // "between X to Y" is not a range we read
      const range = { start: isoMonth(y1, m1), end: isoMonth(y2, m2) };
      return { value: { grain: 'month', range, relative: false, certainty: 'stated' }, endpoints: endpointsOf(m, ['m1', 'y1'], ['m2', 'y2'], [range.start, range.end]) };
    },
  },
  {
    // "between February 2 and February 19, 2025" "from March 30 to April 4, 2025" "Feb. 2 – Mar. 1, 2025"
    name: 'day_range_months',
    re: new RegExp(
      String.raw`(?:\b(?<lead>between|from) )?\b(?<m1>${MONTH}) (?<d1>${DAY})(?:,? (?<y1>${YEAR}))?,? ?(?<sep>and|to|through|until|-|–|—) ?(?<m2>${MONTH}) (?<d2>${DAY}),? (?<year>${YEAR})`,
      'gid',
    ),
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      const ends = rangeEnds(g, g.year!);
      if (!ends) return null;
      const { m1, m2, y1, y2 } = ends;
      if ((g.lead?.toLowerCase() === 'between') !== (g.sep!.toLowerCase() === 'and')) return null;
      const d1 = dayNumber(g.d1!);
      const d2 = dayNumber(g.d2!);
      if (!validDay(y1, m1, d1) || !validDay(y2, m2, d2)) return null;
      const startIso = isoDay({ y: y1, m: m1, d: d1 });
      const endIso = isoDay({ y: y2, m: m2, d: d2 });
      if (startIso >= endIso) return null;
      return { value: { grain: 'day', range: { start: startIso, end: endIso }, relative: false, certainty: 'stated' }, endpoints: endpointsOf(m, ['m1', 'd1', 'y1'], ['m2', 'd2', 'year'], [startIso, endIso]) };
    },
  },
  {
    // "2019–2021" "between 2015 and 2021" "from 2016 to 2022" "2019-21"
    name: 'year_range',
    re: new RegExp(String.raw`(?:\b(?<lead>between|from) )?(?<![\d$§.,/:#-])\b(?<y1>${YEAR}) ?(?<sep>and|to|through|until|-|–|—) ?(?<y2>${YEAR}|\d\d(?!\d))(?![.,]\d|[-–/]\d|%)`, 'gid'),
    confidence: 0.85,
    build(m, c) {
      const g = m.groups!;
      const lead = g.lead?.toLowerCase();
      const sep = g.sep!.toLowerCase();
      // "between" pairs with "and"; a bare "2015 and 2021" names two years, not a stretch.
      if ((lead === 'between') !== (sep === 'and')) return null;
      const y1 = +g.y1!;
      const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + +g.y2! : +g.y2!;
      if (y2 <= y1 || y2 - y1 > 60) return null;
      const yearAt = m.index + (g.lead ? g.lead.length + 1 : 0);
      const before = c.doc.text.slice(Math.max(0, yearAt - 24), yearAt);
      if (!lead && LABEL_BEFORE_YEAR.test(before)) return null; // "No. 2019-2021", "Pub. L. 2019-20"
      // Two years 1800-2099 in order, joined by a dash, are a stretch of years even before a plural
      // ("2019–2021 landings"): counts that large are written with a comma.
      return { value: { grain: 'year', range: { start: String(y1), end: String(y2) }, relative: false, certainty: 'stated' }, endpoints: endpointsOf(m, ['y1'], ['y2'], [String(y1), String(y2)]) };
    },
  },
  {
    // "fiscal year 2025" "FY2026" "FY 2024" "fiscal 2025" "FY25": the federal fiscal year ends Sept. 30.
    name: 'fiscal_year',
    re: /\b(?:fiscal(?: year)?|FY) ?'?(?<year>(?:1[89]|20)\d\d|\d\d)(?![\d,.\-–]\d|\d)/gi,
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      if (/^fy/i.test(m[0]) && !/^FY/.test(m[0])) return null; // "fy" in lowercase is not the abbreviation
      const y = g.year!.length === 2 ? 2000 + +g.year! : +g.year!;
      return { value: stated(String(y), 'year', { range: { start: `${y - 1}-10-01`, end: `${y}-09-30` } }) };
    },
  },
  {
    // "August 4–8, 2025" "Aug. 4 to 8, 2025"
    name: 'day_range',
    re: new RegExp(String.raw`\b(?<month>${MONTH}) (?<d1>${DAY}) ?(?:-|–|—|to|through) ?(?<d2>${DAY}),? (?<year>${YEAR})`, 'gi'),
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      const y = +g.year!;
      const d1 = dayNumber(g.d1!);
      const d2 = dayNumber(g.d2!);
      if (!month || !validDay(y, month, d1) || !validDay(y, month, d2) || d2 <= d1) return null;
      return { value: { grain: 'day', range: { start: isoDay({ y, m: month, d: d1 }), end: isoDay({ y, m: month, d: d2 }) }, relative: false, certainty: 'stated' } };
    },
  },
  {
    // "Aug. 7, 2025" "August 7, 2025" "Monday, August 4, 2025" "Aug 7th" "Sept. 5"
    name: 'month_day_year',
    // A PDF line may wrap inside the date ("Dec.\n18, 2013", "August 16,\n2013").
    re: new RegExp(String.raw`(?:\b(?<wd>${WEEKDAY}),? )?\b(?<month>${MONTH})[ \n](?<day>${DAY})(?:,?[ \n](?<year>${YEAR}))?`, 'gi'),
    confidence: 0.97,
    build(m, c) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      if (!month) return null;
      const day = dayNumber(g.day!);
      if (g.year) {
        const y = +g.year;
        return validDay(y, month, day) ? { value: stated(isoDay({ y, m: month, d: day }), 'day') } : null;
      }
      // "May 12" with no year: "the May 12 hearing" is a date, but a bare "May 1" after "Section" is not ours.
      if (day < 1 || day > 31) return null;
      if (!c.anchor) return { value: unanchored('day') };
      const y = impliedYear(c.anchor, month, day, futureClause(c.doc.text, m.index), reportsPast(c.doc));
      return validDay(y, month, day) ? { value: { value: isoDay({ y, m: month, d: day }), grain: 'day', relative: false, certainty: 'implied' } } : null;
    },
  },
  {
    // "7 August 2025" "7th of August, 2025" "the 7th of August" "this 5th day of June, 2025"
    name: 'day_month_year',
    re: new RegExp(String.raw`\b(?:(?<the>the) )?(?<day>[0-3]?\d)(?<ord>st|nd|rd|th)? (?:day of |of )?(?<month>${MONTH}),? ?(?<year>${YEAR})?`, 'gi'),
    confidence: 0.95,
    build(m, c) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      if (!month) return null;
      const day = dayNumber(g.day!);
      if (!g.year && !(g.the && g.ord)) return null; // "12 May" alone is too often a count of something
      const y = g.year ? +g.year : c.anchor && impliedYear(c.anchor, month, day, futureClause(c.doc.text, m.index), reportsPast(c.doc));
      const end = g.year ? undefined : m.index + m[0].replace(/,? ?$/, '').length;
      if (y === undefined) return { value: unanchored('day'), end };
      if (!validDay(y, month, day)) return null;
      return { value: { value: isoDay({ y, m: month, d: day }), grain: 'day', relative: false, certainty: g.year ? 'stated' : 'implied' }, end };
    },
  },
  {
    // "08/07/2025" "8/7/25" (US month-first order)
    name: 'numeric_us',
    re: /(?<![\d/.\-:])(?<m>\d{1,2})\/(?<d>\d{1,2})\/(?<y>\d{4}|\d{2})(?![\d/])/g,
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      let y = +g.y!;
      if (g.y!.length === 2) y += y < 70 ? 2000 : 1900;
      const mo = +g.m!;
      const d = +g.d!;
      return validDay(y, mo, d) ? { value: stated(isoDay({ y, m: mo, d }), 'day') } : null;
    },
  },
  {
    // "2025-08-07"
    name: 'numeric_iso',
    re: /(?<![\d\-:/])(?<y>(?:1[89]|20)\d\d)-(?<m>\d\d)-(?<d>\d\d)(?![\d-])/g,
    confidence: 0.95,
    build(m) {
      const g = m.groups!;
      const y = +g.y!;
      const mo = +g.m!;
      const d = +g.d!;
      return validDay(y, mo, d) ? { value: stated(isoDay({ y, m: mo, d }), 'day') } : null;
    },
  },
  {
    // "Apr 2025" "Late February 2025" "mid-July 2024" "April of 2025"
    name: 'month_year',
    re: new RegExp(String.raw`\b(?:(?<mod>${MOD})[- ])?(?<month>${MONTH}),? (?:of )?(?<year>${YEAR})`, 'gi'),
    confidence: 0.95,
    build(m) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      if (!month) return null;
      const modifier = modifierOf(g.mod);
      return { value: stated(isoMonth(+g.year!, month), 'month', modifier ? { modifier } : {}) };
    },
  },
  {
    // "spring 2025" "the fall of 2024" "late summer 2025"
    name: 'season_year',
    re: new RegExp(String.raw`\b(?:(?<mod>${MOD})[- ])?(?:the )?(?<season>spring|summer|fall|autumn|winter)(?: of)?,? (?<year>${YEAR})`, 'gi'),
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      const season = SEASONS[g.season!.toLowerCase() as keyof typeof SEASONS];
      const modifier = modifierOf(g.mod);
      return { value: stated(g.year!, 'season', { season, ...(modifier ? { modifier } : {}) }) };
    },
  },
  {
    // "the third quarter of 2025" "Q3 2025" "first quarter 2024"
    name: 'quarter_year',
    re: new RegExp(String.raw`\b(?:(?:the )?(?<ord>first|second|third|fourth|1st|2nd|3rd|4th) quarter(?: of)?|Q(?<q>[1-4])),? (?<year>${YEAR})`, 'gi'),
    confidence: 0.9,
    build(m) {
      const g = m.groups!;
      const ord = g.ord?.toLowerCase();
      const q = g.q ? +g.q : ['first', 'second', 'third', 'fourth'].indexOf(ord!) + 1 || parseInt(ord!, 10);
      return { value: stated(`${g.year}-Q${q}`, 'quarter') };
    },
  },
  {
    // "in July" "early August" "last March" "by May" — a month with no day or year, read against the anchor
    name: 'month_relative',
    re: new RegExp(String.raw`(?:\b(?<lead>in|on|last|this|next|early|mid|late)[ -]|(?<=\b(?:since|by|until|till|through|during|from|before|after|of|and) ))(?<month>${MONTH})(?! ?\d)`, 'gi'),
    confidence: 0.85,
    build(m, c) {
      const g = m.groups!;
      const month = monthIndex(g.month!);
      if (!month) return null;
      // "May" alone reads as a month only after "in"/"last"/"early"... (not "by May" which may be a name).
      if (/^may$/i.test(g.month!) && !g.lead) return null;
      // Bare three-letter abbreviations ("Mar", "Jan") without a day or year are names more often than months.
      if (/^[a-z]{3}$/i.test(g.month!) && !/^(?:may)$/i.test(g.month!)) return null;
      if (/^[-'’]\w/.test(c.doc.text.slice(m.index + m[0].length))) return null; // "Mar-a-Lago"
      const lead = g.lead?.toLowerCase();
      const modifier = modifierOf(lead);
      let start = m.index;
      if (lead && !['in', 'on', 'last', 'this', 'next'].includes(lead) && !modifier) start += g.lead!.length + 1;
      return {
        start,
        value: relative(
          c,
          'month',
          (a) => {
            if (lead === 'last') return isoMonth(month < a.m ? a.y : a.y - 1, month);
            if (lead === 'next') return isoMonth(month > a.m ? a.y : a.y + 1, month);
            return isoMonth(a.y, month);
          },
          modifier ? { modifier } : {},
        ),
      };
    },
  },
  {
    // "in the spring" "this fall" "last winter" "during the summer"
    name: 'season_relative',
    // "by late summer" "in early spring": with a modifier the article may go.
    re: /\b(?:(?:in|during|by|over|until|since|through) the |this |last |next |(?<bare>in|during|by|until|through) (?=(?:early|mid|late)[- ]))(?:(?<mod>early|mid|late)[- ])?(?<season>spring|summer|fall|autumn|winter)\b(?! (?:of |semester|term|session|issue|edition|collection|olympics))/gi,
    confidence: 0.75,
    build(m, c) {
      const g = m.groups!;
      const season = SEASONS[g.season!.toLowerCase() as keyof typeof SEASONS];
      const modifier = modifierOf(g.mod);
      const lead = m[0].split(' ')[0]!.toLowerCase();
      return {
        // "by late summer": the preposition is not part of the date.
        ...(g.bare ? { start: m.index + g.bare.length + 1 } : {}),
        value: relative(
          c,
          'season',
          (a) => {
            const first = SEASON_FIRST_MONTH[season];
            if (lead === 'last') return String(first < a.m ? a.y : a.y - 1);
            if (lead === 'next') return String(first > a.m ? a.y : a.y + 1);
            return String(a.y);
          },
          { season, ...(modifier ? { modifier } : {}) },
        ),
      };
    },
  },
  {
    // "the 1990s" "the 2010s"
    name: 'decade',
    re: /\b(?:the )?(?<dec>(?:1[89]|20)\d)0s\b/gi,
    confidence: 0.85,
    build(m) {
      return { value: stated(m.groups!.dec!, 'decade') };
    },
  },
  {
    // "in 2023" "since 2019" "early 2025" "2023" — a year in prose, not a count ("2023 taxpayers")
    name: 'year',
    re: new RegExp(String.raw`(?:\b(?<lead>in|early|mid|late)[ -])?(?<![\d$§.,/:#])\b(?<year>${YEAR})\b(?![.,]\d|\s*[-–]\s*\d|%|\(|\s+(?:U\.S\.C|C\.F\.R|F\.|S\. ?Ct|L\. ?Ed|Stat\.|U\.S\.\s|B\.R\.|F\. ?Supp))`, 'gi'),
    confidence: 0.8,
    build(m, c) {
      const g = m.groups!;
      const before = c.doc.text.slice(Math.max(0, m.index - 24), m.index);
      if (!g.lead && before.endsWith('-')) return null; // "94-2025", "Pub. L. 94-455": part of an identifier
      // "No. 2023", "Section 2023", "Title 2020", "Document 2025", "page 2019", "§ 2000": labels, not years.
      if (/(?:\b(?:no|nos|section|sec|title|document|doc|dkt|ecf|page|pages|pp?|exhibit|ex|rule|part|chapter|ch|art|article|item|number|vol|volume|paragraph|para|count|id|at|pub\. l|l)\.?\s*|§+\s*|#\s*)$/i.test(before)) return null;
      // The year of a day the day rules rejected ("February 30, 2025") is not a year on its own.
      if (DAY_BEFORE_YEAR.test(before)) return null;
      const after = c.doc.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      // A following plural noun makes it a count: "2023 taxpayers", "2025 records".
      // But a year is what a preposition or "Term" leads to ("the report for 2025 states that", "October
      // Term 2025 enters its"), and a word followed by a determiner is a verb, not a counted noun.
      const next = /^\s+([a-z][a-z-]*['’]?)(\s+(?:that|its|their|his|her|the|a|an)\b)?/.exec(after);
      const yearLead = /\b(?:for|in|during|since|through|until|of|from|by|after|before|Term|fiscal|year|calendar)\s$/i.test(before);
      if (next && looksPlural(next[1]!) && !YEAR_ATTRIBUTIVE.has(next[1]!.toLowerCase()) && !yearLead && !next[2]) return null;
      const modifier = modifierOf(g.lead);
      return { value: stated(g.year!, 'year', modifier ? { modifier } : {}) };
    },
  },
  {
    // "today" "yesterday" "tomorrow" "tonight" "this morning" "last night"
    name: 'relative_day',
    re: /\b(?:today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening)|last night)\b/gi,
    confidence: 0.9,
    build(m, c) {
      const w = m[0].toLowerCase();
      const before = c.doc.text.slice(Math.max(0, m.index - 4), m.index);
      if (/^today/.test(w) && /USA\s$/.test(before)) return null; // the newspaper
      const shift = w === 'yesterday' || w === 'last night' ? -1 : w === 'tomorrow' ? 1 : 0;
      return { value: relative(c, 'day', (a) => isoDay(addDays(a, shift))) };
    },
  },
  {
    // "On Monday" "Tuesday" "last Friday" "next Wednesday" "this past Sunday"
    name: 'weekday',
    re: new RegExp(String.raw`\b(?:(?<lead>on|last|next|this past|this coming|this|on the following|the following|the previous|the preceding|that) )?(?<wd>${WEEKDAY})(?!s\b)(?!['’](?!s\b))\b`, 'gi'),
    confidence: 0.85,
    build(m, c) {
      const g = m.groups!;
      if (!/^[A-Z]/.test(g.wd!)) return null;
      const target = WEEKDAYS.indexOf(g.wd!.toLowerCase());
      const lead = g.lead?.toLowerCase();
      // "the following Monday" / "that Friday" are relative to another date in the text, not the anchor.
      if (lead && /following|previous|preceding|that/.test(lead)) return { value: { grain: 'day', relative: true, certainty: 'implied' } };
      const future = lead === 'next' || lead === 'this coming' || (!lead || lead === 'on' ? clauseHasWill(c, m) : false);
      return {
        value: relative(c, 'day', (a) => {
          const wd = weekday(a);
          if (lead === 'this') return isoDay(addDays(mondayOf(a), (target + 6) % 7));
          if (lead === 'last' || lead === 'this past') return isoDay(addDays(a, -(((wd - target + 7) % 7) || 7)));
          if (lead === 'next' || lead === 'this coming') return isoDay(addDays(a, ((target - wd + 7) % 7) || 7));
          if (future) return isoDay(addDays(a, (target - wd + 7) % 7));
          return isoDay(addDays(a, -((wd - target + 7) % 7)));
        }),
      };
    },
  },
  {
    // "last month" "this week" "next year" "earlier this year" "later this month"
    name: 'relative_period',
    // "late last year" "early next month": a modifier on the period.
    re: /\b(?:(?<adv>earlier|later) |(?<mod>early|mid|late)[- ])?(?<rel>this|last|next|the past|the previous|the coming) (?<unit>week|month|year|quarter)\b/gi,
    confidence: 0.85,
    build(m, c) {
      const g = m.groups!;
      const rel = g.rel!.toLowerCase();
      // "the past year" / "the previous month" read as a stretch of time more than a calendar slot.
      if (rel.startsWith('the') && !g.adv) return null;
      const unit = g.unit!.toLowerCase() as 'week' | 'month' | 'year' | 'quarter';
      const shift = rel === 'last' || rel === 'the previous' || rel === 'the past' ? -1 : rel === 'next' || rel === 'the coming' ? 1 : 0;
      const modifier = modifierOf(g.mod);
      return {
        value: relative(c, unit, (a) => {
          if (unit === 'week') return isoDay(addDays(mondayOf(a), 7 * shift));
          if (unit === 'month') return isoMonth(a.y, a.m + shift);
          if (unit === 'year') return String(a.y + shift);
          const q0 = Math.floor((a.m - 1) / 3) + shift; // quarter index, may leave the year
          const y = a.y + Math.floor(q0 / 4);
          return `${y}-Q${((q0 % 4) + 4) % 4 + 1}`;
        }, modifier ? { modifier } : {}),
      };
    },
  },
  {
    // "three weeks ago" "a year ago" "10 days ago"
    name: 'ago',
    re: new RegExp(String.raw`\b(?<n>\d+|${SPELLED_SRC}|a|an|several|a few) (?<unit>days?|weeks?|months?|years?|decades?) ago\b`, 'gi'),
    confidence: 0.85,
    build(m, c) {
      const g = m.groups!;
      const nText = g.n!.toLowerCase();
      const n = nText === 'a' || nText === 'an' ? 1 : parseNumber(nText);
      const unit = g.unit!.toLowerCase().replace(/s$/, '') as 'day' | 'week' | 'month' | 'year' | 'decade';
      const grain: DateGrain = unit;
      if (n === null) return { value: { grain, relative: true, certainty: 'implied' } };
      return {
        value: relative(c, grain, (a) => {
          if (unit === 'day') return isoDay(addDays(a, -n));
          if (unit === 'week') return isoDay(mondayOf(addDays(a, -7 * n)));
          if (unit === 'month') return isoMonth(a.y, a.m - n);
          if (unit === 'year') return String(a.y - n);
          return String(Math.floor((a.y - 10 * n) / 10));
        }),
      };
    },
  },
];

// ---------------------------------------------------------------------------------------------

const FULL_MONTH_BEFORE_PERIOD = /(?:January|February|March|April|May|June|July|August|September|October|November|December)\.$/i;

/** Plurals a year qualifies rather than counts: "2005 levels", "2020 dollars", "2024 elections". */
const YEAR_ATTRIBUTIVE = new Set([
  'levels', 'figures', 'rates', 'prices', 'dollars', 'numbers', 'estimates', 'standards', 'guidelines', 'elections',
  'amendments', 'regulations', 'rules', 'amounts', 'values', 'totals', 'budgets', 'revenues', 'earnings', 'returns',
  'filings', 'reports', 'statistics', 'results', 'data', 'midterms', 'primaries', 'olympics', 'games', 'forms',
]);

// "No. " "Section " "Pub. L. " "§ ": labels whose number is an identifier, not a year.
const LABEL_BEFORE_YEAR = /(?:\b(?:no|nos|section|sec|title|document|doc|dkt|ecf|page|pages|pp?|exhibit|ex|rule|part|chapter|ch|art|article|item|number|vol|volume|paragraph|para|count|id|at|pub\. l|l)\.?\s*|§+\s*|#\s*)$/i;

const DAY_BEFORE_YEAR = new RegExp(String.raw`\b${MONTH} [0-3]?\d(?:st|nd|rd|th)?,? $|\d/$`, 'i');

const BLOCKING_KINDS = new Set<Mention['kind']>(['docket', 'statute', 'case_citation']);

/** A citation's span without a "(Court Month Day, Year)" parenthetical naming a full day. */
function openParenthetical(text: string, m: { start: number; end: number }): { start: number; end: number }[] {
  const span = text.slice(m.start, m.end);
  const p = new RegExp(String.raw`\([^()]*?\b(${MONTH})\s\d{1,2},\s\d{4}\)$`, 'i').exec(span);
  if (!p) return [m];
  const at = m.start + p.index + p[0].indexOf(p[1]!);
  return [{ start: m.start, end: at }];
}

interface Candidate {
  start: number;
  end: number;
  rule: string;
  confidence: number;
  value: DateValue;
  order: number;
  endpoints?: Endpoint[];
}

// RANGE ENDPOINTS. "from 2019 through 2024" and "from February 2021 until May 2023" name two dates a
// reader marks, each at its own place. Overlapping mentions of one kind are merged downstream (the
// longer wins, src/extract/refine.ts), so a range mention would swallow its ends: a range written
// with two full ends (years, months, days with their months) is emitted as its two endpoints, each
// valued at its own date and carrying the whole range as `range`, with rule `<range rule>_start` /
// `_end`. A range within one month ("August 4–8, 2025") names one stretch and stays one mention.

/** The mentions a taken candidate becomes: itself, or a range's two ends. */
function mentionsOf(text: string, t: Candidate): MentionOf<'date'>[] {
  const base = { kind: 'date' as const, extractor: 'dates', confidence: t.confidence };
  if (!t.endpoints || !t.value.range) return [{ ...base, start: t.start, end: t.end, text: text.slice(t.start, t.end), rule: t.rule, value: t.value }];
  return t.endpoints.map((e, i) => ({
    ...base,
    start: e.start,
    end: e.end,
    text: text.slice(e.start, e.end),
    rule: `${t.rule}_${i === 0 ? 'start' : 'end'}`,
    value: { ...t.value, value: e.value },
  }));
}

export const datesExtractor: Extractor = {
  name: 'dates',
  extract(ctx: ExtractContext): MentionOf<'date'>[] {
    const { doc } = ctx;
    const text = doc.text;
    const anchor = parseIsoDay(doc.meta.published);
    const c: RuleCtx = { doc, anchor, anchorFrom: doc.meta.publishedFrom ?? 'sidecar' };
    // A citation's numbers are not dates, but its parenthetical may hold the day a decision came
    // down: "2024 WL 4418807, at *6 (D.D.C. Sept. 30, 2024)". That parenthetical is not blocked.
    const blocked = ctx.prior.filter((p) => BLOCKING_KINDS.has(p.kind)).flatMap((p) => (p.kind === 'case_citation' ? openParenthetical(text, p) : [p]));
    const isBlocked = (s: number, e: number) => blocked.some((b) => b.start < e && s < b.end) || inLabelledNumber(text, s, e);

    const cands: Candidate[] = [];
    RULES.forEach((rule, order) => {
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
        const built = rule.build(m, c);
        if (!built) continue;
        const start = built.start ?? m.index;
        let end = built.end ?? m.index + m[0].length;
        while (end > start && /[\s,]/.test(text[end - 1]!)) end--;
        // A period after a full month name ends the sentence ("in May."); after "Jan." it is part of it.
        if (text[end - 1] === '.' && FULL_MONTH_BEFORE_PERIOD.test(text.slice(Math.max(start, end - 10), end))) end--;
        if (end <= start || isBlocked(start, end)) continue;
        cands.push({ start, end, rule: rule.name, confidence: rule.confidence, value: built.value, order, ...(built.endpoints ? { endpoints: built.endpoints } : {}) });
      }
    });
    for (const cand of chronoCandidates(text, anchor, cands, reportsPast(doc))) if (!isBlocked(cand.start, cand.end)) cands.push(cand);

    // Longest span first, then the earlier (more specific) rule: "Monday, August 4, 2025" beats "Monday".
    cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
    const taken: Candidate[] = [];
    for (const cand of cands) if (!taken.some((t) => t.start < cand.end && cand.start < t.end)) taken.push(cand);
    taken.sort((a, b) => a.start - b.start);
    return taken.flatMap((t) => mentionsOf(text, t));
  },
};

/**
 * Numbers that belong to an identifier even when no earlier extractor claimed them: docket numbers
 * ("1:25-cv-00457", "No. 25-5181"), phone numbers ("202-555-0143"), times ("0:00", "10:30").
 */
function inLabelledNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 12), start);
  const after = text.slice(end, end + 12);
  if (/\d[:\-]$|[:\-]$/.test(before) && /^\d/.test(text.slice(start))) return true;
  if (/^[:\-]\d|^-[a-z]{2}-\d/i.test(after)) return true;
  if (/\b(?:No|Nos|Case|Docket)\.?\s*$/i.test(before) && /^\d/.test(text.slice(start))) return true;
  return false;
}

/**
 * chrono-node as a fallback for absolute written forms the rules above do not cover ("7 Aug. 2025",
 * "Aug-07-2025"). Only results with a written month and day, and no clock time, are kept: chrono
 * also reads "1:25" and "0:00" as times and "in one week" as a date, which are never dates here.
 */
const WRITTEN_MONTH = new RegExp(String.raw`\b${MONTH}`, 'i');

// A month name or a digits-and-separators date: the only places chrono can find what we keep from it.
const CHRONO_TRIGGER = new RegExp(String.raw`\b${MONTH}|\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}`, 'gi');
const CHRONO_MARGIN = 40;

/**
 * The stretches chrono should read: around each month name or numeric date the rules did not already
 * take, widened to whole words (across a line break: PDF lines wrap inside dates). chrono costs ~1 s per MB over a whole
 * text; over these windows it costs a fraction of that and finds the same dates.
 */
function chronoWindows(text: string, taken: readonly Candidate[]): Array<[number, number]> {
  const covered = new Uint8Array(text.length + 1);
  for (const c of taken) covered.fill(1, c.start, c.end);
  const windows: Array<[number, number]> = [];
  CHRONO_TRIGGER.lastIndex = 0;
  for (let m = CHRONO_TRIGGER.exec(text); m; m = CHRONO_TRIGGER.exec(text)) {
    if (covered[m.index]) continue;
    let a = Math.max(0, m.index - CHRONO_MARGIN);
    let b = Math.min(text.length, m.index + m[0].length + CHRONO_MARGIN);
    while (a > 0 && !/\s/.test(text[a - 1]!)) a--;
    while (b < text.length && !/\s/.test(text[b]!)) b++;
    const last = windows.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else windows.push([a, b]);
  }
  return windows;
}

function chronoCandidates(text: string, anchor: Ymd | undefined, taken: readonly Candidate[], past: boolean): Candidate[] {
  const ref = anchor ? toUtc(anchor) : new Date(Date.UTC(2000, 0, 1));
  const out: Candidate[] = [];
  for (const [a, b] of chronoWindows(text, taken)) out.push(...chronoIn(text, a, b, ref, anchor, past));
  return out;
}

function chronoIn(text: string, from: number, to: number, ref: Date, anchor: Ymd | undefined, past: boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const r0 of chrono.en.strict.parse(text.slice(from, to), ref)) {
    const r = { ...r0, index: r0.index + from, text: r0.text, start: r0.start, end: r0.end };
    const s = r.start;
    if (r.end || s.isCertain('hour') || s.isCertain('minute') || !s.isCertain('month') || !s.isCertain('day')) continue;
    // A written calendar date names its month or writes it as digits: "in one week" (a duration
    // chrono turns into a day) has neither and is never taken from chrono.
    if (!WRITTEN_MONTH.test(r.text) && !/\d[/.-]\d/.test(r.text)) continue;
    if (/\b(?:hours?|days?|weeks?|months?|years?|ago|later|from now|next|last|this)\b/i.test(r.text)) continue;
    const y = s.get('year');
    const mo = s.get('month');
    const d = s.get('day');
    if (mo === null || d === null) continue;
    const hasYear = s.isCertain('year') && y !== null;
    const value: DateValue = hasYear
      ? stated(isoDay({ y: y!, m: mo, d }), 'day')
      : anchor
        ? { value: isoDay({ y: impliedYear(anchor, mo, d, futureClause(text, r.index), past), m: mo, d }), grain: 'day', relative: false, certainty: 'implied' }
        : unanchored('day');
    // chrono keeps a leading preposition ("on 7 August 2025"); the date is what follows it.
    const lead = /^(?:(?:on|in|at|by|since|from|until|before|after|of)\s+)+/i.exec(r.text)?.[0].length ?? 0;
    out.push({ start: r.index + lead, end: r.index + r.text.length, rule: 'chrono', confidence: 0.8, value, order: RULES.length });
  }
  return out;
}
