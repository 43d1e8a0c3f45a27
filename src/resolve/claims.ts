// Claims that state the same fact are grouped; within a group, values are compared as intervals:
// disjoint intervals are a conflict, overlapping ones an agreement.
//
// Two claims are candidates for one fact only when they measure the same kind of thing (counts with
// counts, durations with durations in hours), count a compatible unit (the same noun, or two nouns
// for one population — taxpayer, person, record — which then needs the context to carry it), are
// not in the same sentence, not from documents of different cases, and not two dated entries of one
// document's timeline. Candidate pairs come from an inverted index over the sentences' rare content
// words (blocking), then are scored:
//   sentence  IDF-weighted overlap of the two sentences' content words  (what the statement is about)
//   local     the same, over the few words around each figure           (which figure in the sentence)
//   unit      1 for the same counted noun, 0.5 for the same population
//   value     identical specific figures ("52,300" and "52,300") are rarely a coincidence
// When two sentences each hold several figures, figures are paired one-to-one (best local match
// first, closeness of magnitude breaking ties), so "one week ... in a year" meets "one day ... in a
// year" week-to-day and year-to-year. Groups grow by average linkage over the pair scores.
// A pair whose times are known and fall in different months may agree (a later report of an
// earlier figure) but never conflicts: different times are different events, not a disagreement.

import type { Db } from '../store/db.ts';
import type { ClaimRow, Corpus, DocRow, MentionRow, SentenceRow } from './corpus.ts';
import { mayShareCase, type CaseResolution } from './cases.ts';
import { contentStems, forEachBlockedPair, Idf, overlapScore, surfaceWords, tokens } from './text.ts';
import type { QuantityValue } from '../model/types.ts';

export interface ClaimInfo {
  claim: ClaimRow;
  mention: MentionRow<'quantity'>;
  sentence: SentenceRow | null;
  document: DocRow;
  kind: string;
  unit: string | null;
  /** Interval in the group unit (hours for durations). */
  lo: number;
  hi: number;
  sentStems: Set<string>;
  localStems: Set<string>;
  /** stem -> the word as written in the sentence, for readable reasons. */
  words: Map<string, string>;
  cases: number[];
  /** "2025-08" — the month the claim is about, when known. */
  month: string | null;
  timeValue: string | null;
}

export interface PairScore {
  a: number; // index into infos
  b: number;
  score: number;
  conflictAllowed: boolean;
  /** One document restating its own specific figure: the two are one statement for grouping. */
  restated: boolean;
  reason: string;
}

export interface GroupPair {
  a: ClaimInfo;
  b: ClaimInfo;
  score: number;
  reason: string;
  comparison: string;
  kind?: 'corroboration' | 'repetition';
}

export interface ClaimGroup {
  kind: string;
  unit: string | null;
  about: string;
  status: 'conflict' | 'agreement';
  score: number;
  reason: string;
  members: ClaimInfo[];
  conflicts: GroupPair[];
  agreements: GroupPair[];
}

export interface ClaimResolution {
  groups: ClaimGroup[];
}

/** How many hours one unit spans, least to most: a month is 28 to 31 days, so "four months" holds 120 days. */
export interface UnitSpan {
  lo: number;
  hi: number;
}
const DAY = 24;
const UNIT_HOURS: Record<string, UnitSpan> = {
  second: { lo: 1 / 3600, hi: 1 / 3600 },
  minute: { lo: 1 / 60, hi: 1 / 60 },
  hour: { lo: 1, hi: 1 },
  day: { lo: DAY, hi: DAY },
  week: { lo: 7 * DAY, hi: 7 * DAY },
  month: { lo: 28 * DAY, hi: 31 * DAY },
  quarter: { lo: 89 * DAY, hi: 92 * DAY },
  semester: { lo: 181 * DAY, hi: 184 * DAY },
  year: { lo: 365 * DAY, hi: 366 * DAY },
  decade: { lo: 3652 * DAY, hi: 3653 * DAY },
  century: { lo: 36524 * DAY, hi: 36525 * DAY },
};

/** The span of a duration unit in hours; undefined for a unit that is not a length of time. */
export function unitSpan(unit: string): UnitSpan | undefined {
  return UNIT_HOURS[unit];
}

// Nouns that count people or their records: comparable only when the context carries it
// ("2.4 million taxpayers" and "2.4 million records" in one request).
const POPULATION = new Set([
  'taxpayer', 'person', 'people', 'individual', 'record', 'american', 'resident', 'immigrant', 'citizen', 'noncitizen', 'worker',
  'employee', 'household', 'family', 'child', 'student', 'filer', 'return', 'address', 'account', 'user', 'customer', 'patient',
  'voter', 'alien', 'migrant', 'member', 'match', 'entry', 'file', 'name',
]);

// Hedge widths: how far from the stated number a hedged statement still holds.
const APPROX = 0.1; // "roughly 52,000", "about 600,000", "≈52,000"
const EXACT = 0.005; // "2.45 million": rounding of the last written digit

const WINDOW = 6; // words on each side of a figure that say which figure it is
const EDGE_MIN = 0.3; // a pair below this is not considered the same fact
const LINK_MIN = 0.33; // average pair score for two groups to become one
const AGREE_LINK_MIN = 0.45; // best pair score for two groups whose figures all agree to become one
const CONFLICT_MIN = 0.42;
const REPEATED_SENTENCE = 0.8; // share of content words two sentences have in common to be one sentence repeated
const CONFLICT_WEAK_LINKS = 3; // a disjoint claim with no sure direct pair conflicts only when this many agreeing claims link to it
const SAME_SPAN = Math.exp(-1); // magnitude affinity of two figures within a factor of 10
const WEAK_EDGE = 0.15; // a pair this sure only counts as one of several links between a claim and a fact
const COMPLETE_MIN = 0.5; // combined support (noisy-or over links) for a claim to join a fact's group
const COMPLETE_LINKS = 2; // ... through at least this many of the fact's claims // a disjoint pair must be at least this sure before it is called a conflict
const CONFLICT_MIN_OTHER_UNIT = 0.6; // ... and surer when the two count different nouns of one population
const MAX_POSTINGS = 400;
const AGREE_BONUS = 0.1;
const SAME_CASE_BONUS = 0.05;
const RESTATED = 0.6; // stems in more sentences than this are too common to block on

/**
 * The interval a quantity allows, in the group unit; null when it states no number. A unit with a
 * spread widens it: the low end counts the unit at its shortest, the high end at its longest.
 */
export function claimInterval(q: QuantityValue, unitScale: number | UnitSpan = 1): { lo: number; hi: number } | null {
  const v = q.value;
  let lo: number;
  let hi: number;
  switch (q.modifier) {
    case 'vague':
      return null;
    case 'approx':
      if (v === undefined) return null;
      lo = v * (1 - APPROX);
      hi = v * (1 + APPROX);
      break;
    case 'more_than':
    case 'at_least':
      if (v === undefined && q.min === undefined) return null;
      lo = q.min ?? v!;
      hi = Infinity;
      break;
    case 'less_than':
    case 'at_most':
      if (v === undefined && q.max === undefined) return null;
      lo = 0;
      hi = q.max ?? v!;
      break;
    case 'range':
      if (q.min === undefined && q.max === undefined) return null;
      lo = q.min ?? 0;
      hi = q.max ?? Infinity;
      break;
    default:
      if (v !== undefined) {
        lo = v * (1 - EXACT);
        hi = v * (1 + EXACT);
      } else if (q.min !== undefined || q.max !== undefined) {
        lo = q.min ?? 0;
        hi = q.max ?? Infinity;
      } else return null;
  }
  const span = typeof unitScale === 'number' ? { lo: unitScale, hi: unitScale } : unitScale;
  return { lo: lo * span.lo, hi: hi * span.hi };
}

// "within two weeks" as a quantity is at most two weeks, but as a fact it is the deadline itself: an
// order to act "within 30 days" and one to act "within 14 days" are two deadlines, not one range.
// ("within two weeks", "within fourteen (14) days", "within 30 days of entry of this Order")
const DEADLINE = /^within\s+(?!(?:weeks|days|months|hours)\b)\S/i;

/** A duration written as a deadline compares as its stated length; any other quantity as written. */
export function comparedQuantity(q: QuantityValue, text: string): QuantityValue {
  if (q.kind !== 'duration' || q.modifier !== 'at_most' || q.value === undefined || !DEADLINE.test(text)) return q;
  const { modifier: _, modifierText: __, max: ___, ...point } = q;
  return point;
}

export function overlaps(a: { lo: number; hi: number }, b: { lo: number; hi: number }): boolean {
  return a.lo <= b.hi && b.lo <= a.hi;
}

function unitAffinity(a: ClaimInfo, b: ClaimInfo): number {
  if (a.kind === 'percent') return 1;
  // A figure an order of magnitude off is another quantity, not a disagreement about one: "60
  // days to appeal" against "a five-year award", "$1.1 million spent" against "$18.6 million
  // unpaid". A week against a day, or 500 against 1,200, is still one measure. A one-sided bound
  // ("fewer than 500") has no magnitude to compare.
  if (bounded(a) && bounded(b) && magnitudeAffinity(a, b) < SAME_SPAN) return 0;
  if (a.kind === 'duration') return 1;
  if (a.kind === 'money') return a.unit === b.unit ? 1 : 0;
  if (a.unit && a.unit === b.unit) return 1;
  if (!a.unit || !b.unit) return 0.3;
  if (POPULATION.has(a.unit) && POPULATION.has(b.unit)) return 0.5;
  // A compound counts events of the other's thing: "212 sea turtles" and "200 turtle strandings".
  return namesUnit(b, a.unit) || namesUnit(a, b.unit) ? 0.5 : 0;
}

/** The quantity's own words (before its counted noun) name `unit`: "turtle" in "200 turtle strandings". */
function namesUnit(c: ClaimInfo, unit: string): boolean {
  const words = c.mention.text.toLowerCase().split(/[^a-z]+/).filter(Boolean);
  return words.slice(0, -1).some((w) => w === unit || w.replace(/s$/, '') === unit);
}

/**
 * Two claims are known to be about different times. A count is as of a month (two counts in two
 * months may both be right); a duration is dated by its start or by the act that set it, which
 * sources tell differently, so only different years set two durations apart.
 */
function timesDiffer(a: ClaimInfo, b: ClaimInfo): boolean {
  if (!a.timeValue || !b.timeValue) return false;
  if (a.timeValue.slice(0, 4) !== b.timeValue.slice(0, 4)) return true;
  return a.kind !== 'duration' && a.month !== null && b.month !== null && a.month !== b.month;
}

/** Both documents are placed in one known case: their figures are likelier about one fact. */
function sameKnownCase(a: ClaimInfo, b: ClaimInfo): boolean {
  return a.cases.length > 0 && a.cases.some((c) => b.cases.includes(c));
}

function midpoint(c: ClaimInfo): number {
  if (Number.isFinite(c.hi)) return Math.sqrt(Math.max(c.lo, 1e-9) * c.hi);
  return c.lo * 1.5;
}

function bounded(c: ClaimInfo): boolean {
  return c.lo > 0 && Number.isFinite(c.hi);
}

/** 1 for the same magnitude, falling by e for every factor of 10 apart. */
function magnitudeAffinity(a: ClaimInfo, b: ClaimInfo): number {
  const x = midpoint(a);
  const y = midpoint(b);
  if (x <= 0 || y <= 0) return x === y ? 1 : 0;
  return Math.exp(-Math.abs(Math.log10(x / y)));
}

/** A stated figure specific enough that two sources writing it likely report the same fact. */
function isSpecific(q: QuantityValue): boolean {
  const v = q.value;
  if (v === undefined || v === 0) return false;
  const digits = String(v).replace(/^0\.|\.|e.*$/g, '').replace(/0+$/, '').replace(/^0+/, '');
  return digits.length >= 2 || v > 12;
}

function sameValue(a: ClaimInfo, b: ClaimInfo): boolean {
  const x = a.mention.value;
  const y = b.mention.value;
  return x.value !== undefined && x.value === y.value && a.kind === b.kind && isSpecific(x) && isSpecific(y);
}

function localStems(sentence: string, span: { start: number; end: number }): Set<string> {
  const toks = tokens(sentence);
  const before = toks.filter((t) => t.end <= span.start).slice(-WINDOW);
  const after = toks.filter((t) => t.start >= span.end).slice(0, WINDOW);
  return new Set(contentStems([...before, ...after].map((t) => t.word).join(' ')));
}

export function claimInfos(corpus: Corpus, cases: CaseResolution): ClaimInfo[] {
  const infos: ClaimInfo[] = [];
  for (const c of corpus.claims) {
    const m = corpus.mentionById.get(c.mentionId);
    const doc = corpus.documents.get(c.documentId);
    if (!m || m.kind !== 'quantity' || !doc) continue;
    const q = m.value as QuantityValue;
    const kind = q.kind ?? c.kind;
    let unit = q.unit ?? c.unit ?? null;
    let scale: number | UnitSpan = 1;
    if (kind === 'duration') {
      const h = unit ? unitSpan(unit) : undefined;
      if (h === undefined) continue;
      scale = h;
      unit = 'hour';
    } else if (kind === 'percent') unit = '%';
    else if (kind === 'money') unit = q.currency ?? unit ?? 'USD';
    const iv = claimInterval(c.negated && q.value === undefined ? { ...q, value: 0 } : comparedQuantity(q, m.text), scale);
    if (!iv) continue;
    const sentence = c.sentenceId !== null ? (corpus.sentences.get(c.sentenceId) ?? null) : null;
    const sText = sentence?.text ?? doc.text.slice(Math.max(0, m.start - 200), m.end + 200);
    const sStart = sentence?.start ?? Math.max(0, m.start - 200);
    const span = { start: m.start - sStart, end: m.end - sStart };
    const timeValue = c.timeValue ?? null;
    infos.push({
      claim: c,
      mention: m as MentionRow<'quantity'>,
      sentence,
      document: doc,
      kind,
      unit,
      lo: iv.lo,
      hi: iv.hi,
      sentStems: new Set(contentStems(sText, span)),
      words: surfaceWords(sText),
      localStems: localStems(sText, span),
      cases: cases.casesOfDocument.get(doc.id) ?? [],
      month: timeValue && /^\d{4}-\d{2}/.test(timeValue) ? timeValue.slice(0, 7) : null,
      timeValue,
    });
  }
  return infos;
}

/** Hard reasons two claims cannot state one fact. */
function vetoed(a: ClaimInfo, b: ClaimInfo): boolean {
  if (a.kind !== b.kind) return true;
  if (a.claim.id === b.claim.id) return true;
  // Two figures of one sentence are two facts, unless the sentence gives one figure twice
  // ("1.2 million records on 1.2 million people").
  if (a.sentence && b.sentence && a.sentence.id === b.sentence.id && !sameValue(a, b)) return true;
  if (!mayShareCase(a.cases, b.cases)) return true;
  // One document's own timeline: two entries dated differently are two events.
  // (The same specific figure in two entries is one figure restated.)
  if (a.document.id === b.document.id && a.timeValue && b.timeValue && a.timeValue !== b.timeValue && !sameValue(a, b)) return true;
  // A document giving two different figures is giving two facts, not contradicting itself.
  if (a.document.id === b.document.id && !overlaps(a, b)) return true;
  return unitAffinity(a, b) === 0;
}

/**
 * Candidate pairs, scored. Reasons are written only for pairs scoring at least `describeFrom`:
 * on thousands of documents most pairs are dropped, and their reason strings were most of the
 * memory churn.
 */
export function scorePairs(infos: ClaimInfo[], idf: Idf, describeFrom = 0): PairScore[] {
  // Blocking: claims meet only when their sentences share a content word that is not everywhere.
  const raw: { rank: number; pair: PairScore }[] = [];
  forEachBlockedPair(
    infos.map((c) => [...c.sentStems].map((s) => `${c.kind}|${s}`)),
    MAX_POSTINGS,
    (i, j, rank) => {
      const a = infos[i]!;
      const b = infos[j]!;
      if (vetoed(a, b)) return;
      const p = scorePair(a, b, idf, false);
      raw.push({ rank, pair: { a: i, b: j, score: p.score, conflictAllowed: p.conflictAllowed, restated: p.restated, reason: '' } });
    },
  );
  // In the order the shared words' lists are walked, which later steps keep for ties.
  raw.sort((x, y) => x.rank - y.rank || x.pair.a - y.pair.a || x.pair.b - y.pair.b);
  const pairs = assignWithinSentencePairs(raw.map((r) => r.pair), infos);
  for (const p of pairs) if (p.score >= describeFrom) p.reason = scorePair(infos[p.a]!, infos[p.b]!, idf, true).reason;
  return pairs;
}

function scorePair(a: ClaimInfo, b: ClaimInfo, idf: Idf, describe: boolean): Omit<PairScore, 'a' | 'b'> {
  const unit = unitAffinity(a, b);
  // A compound that names the other's noun carries the match itself ("turtle strandings" against
  // "sea turtles stranded"): its own words count with its sentence's.
  const compound = unit === 0.5 && !!a.unit && !!b.unit && !(POPULATION.has(a.unit) && POPULATION.has(b.unit));
  const sent = compound ? overlapScore(withOwnWords(a), withOwnWords(b), idf) : overlapScore(a.sentStems, b.sentStems, idf);
  const local = overlapScore(a.localStems, b.localStems, idf);
  const same = sameValue(a, b);
  const pred = a.claim.predicate && b.claim.predicate ? (a.claim.predicate === b.claim.predicate ? 0.05 : -0.05) : 0;
  let score = 0.5 * sent.score + 0.25 * local.score + 0.15 * unit + (same ? 0.15 : 0) + pred;
  // Population nouns that differ need the context to carry the match.
  if (unit < 1 && !compound && sent.score < 0.3) score *= 0.6;
  const differentTimes = timesDiffer(a, b);
  if (differentTimes) score -= 0.05;
  const sameCase = a.document.id !== b.document.id && sameKnownCase(a, b);
  if (sameCase) score += SAME_CASE_BONUS;
  // Counts that agree are a little more likely to be one fact; this never helps a conflict,
  // which needs disjoint values and so never gets the bonus.
  const agreeBonus = a.kind !== 'duration' && sent.score >= 0.2 && overlaps(a, b);
  if (agreeBonus) score += AGREE_BONUS;
  // One document restating its own specific figure in another sentence.
  const restated = same && a.document.id === b.document.id;
  if (restated) score = Math.max(score, RESTATED);
  // Two sources of one case giving one specific figure of one thing ("312 residents") report one
  // fact: the pair is as sure as the pair that lets agreeing groups join.
  const corroborated = same && sameCase && unit === 1;
  if (corroborated) score = Math.max(score, AGREE_LINK_MIN);
  score = Math.max(0, Math.min(1, score));
  let reason = '';
  if (describe) {
    const said = (stems: string[]): string => stems.map((x) => a.words.get(x) ?? x).join(', ');
    const parts = [`sentences share ${said(sent.shared.slice(0, 8)) || 'nothing'} (${sent.score.toFixed(2)})`];
    if (local.shared.length) parts.push(`next to the figure: ${said(local.shared)}`);
    if (unit < 1) parts.push(`units ${a.unit ?? '?'} / ${b.unit ?? '?'} counted as one population`);
    if (same) parts.push('same specific figure');
    if (differentTimes) parts.push(`times differ (${a.timeValue} / ${b.timeValue})`);
    if (sameCase) parts.push('documents of one case');
    if (agreeBonus) parts.push('values agree');
    if (restated) parts.push('one document restating its own figure');
    if (corroborated) parts.push('one specific figure from two sources of one case');
    reason = parts.join('; ');
  }
  return { score: round(score), conflictAllowed: !differentTimes, restated, reason };
}

function withOwnWords(c: ClaimInfo): Set<string> {
  return new Set([...c.sentStems, ...contentStems(c.mention.text)]);
}

/** Where two sentences hold several comparable figures, keep a one-to-one pairing of them. */
function assignWithinSentencePairs(pairs: PairScore[], infos: ClaimInfo[]): PairScore[] {
  const bySentPair = new Map<string, PairScore[]>();
  const keyOf = (c: ClaimInfo): string => (c.sentence ? `s${c.sentence.id}` : `c${c.claim.id}`);
  for (const p of pairs) {
    const ka = keyOf(infos[p.a]!);
    const kb = keyOf(infos[p.b]!);
    const k = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
    let l = bySentPair.get(k);
    if (!l) bySentPair.set(k, (l = []));
    l.push(p);
  }
  const out: PairScore[] = [];
  for (const list of bySentPair.values()) {
    if (list.length === 1) {
      out.push(list[0]!);
      continue;
    }
    const localOf = (p: PairScore): number => {
      const a = infos[p.a]!;
      const b = infos[p.b]!;
      let n = 0;
      for (const s of a.localStems) if (b.localStems.has(s)) n++;
      return n / Math.max(1, Math.min(a.localStems.size, b.localStems.size));
    };
    const ranked = list
      .map((p) => ({ p, key: p.score + 0.3 * localOf(p) + 0.2 * magnitudeAffinity(infos[p.a]!, infos[p.b]!) + 0.15 * (unitAffinity(infos[p.a]!, infos[p.b]!) === 1 ? 1 : 0) }))
      .sort((x, y) => y.key - x.key);
    const used = new Set<number>();
    for (const { p } of ranked) {
      if (used.has(p.a) || used.has(p.b)) continue;
      used.add(p.a);
      used.add(p.b);
      out.push(p);
    }
  }
  return out;
}

export function resolveClaims(corpus: Corpus, cases: CaseResolution): ClaimResolution {
  const infos = claimInfos(corpus, cases);
  const idf = new Idf();
  for (const s of corpus.sentences.values()) idf.add(contentStems(s.text));
  // Reasons are written for the pairs that build groups; a weaker pair a group reports is described when it is.
  const pairs = scorePairs(infos, idf, EDGE_MIN).filter((p) => p.score >= WEAK_EDGE);
  const groups = buildGroups(infos, pairs);
  for (const g of groups) {
    for (const p of [...g.conflicts, ...g.agreements]) if (!p.reason || p.reason.startsWith('; ')) p.reason = scorePair(p.a, p.b, idf, true).reason + p.reason;
  }
  return { groups };
}

/**
 * Pairs at or above EDGE_MIN build the groups; weaker pairs (down to WEAK_EDGE) only add up, in
 * the last pass, to join a claim to a fact several of whose claims it resembles.
 */
export function buildGroups(infos: ClaimInfo[], allPairs: PairScore[]): ClaimGroup[] {
  const pairs = allPairs.filter((p) => p.score >= EDGE_MIN);
  // Pair keys are numbers (i * n + j, i < j): string keys were most of the time spent here.
  const n = infos.length;
  const pairMap = new Map<number, PairScore>();
  const pk = (i: number, j: number): number => (i < j ? i * n + j : j * n + i);
  for (const p of allPairs) pairMap.set(pk(p.a, p.b), p);
  // A figure a document restates is one statement: its units link as strongly as their best member.
  const unitOf = new Map<number, number[]>();
  const unit = (i: number): number[] => {
    let u = unitOf.get(i);
    if (!u) unitOf.set(i, (u = [i]));
    return u;
  };
  for (const p of pairs) {
    const A = unit(p.a);
    const B = unit(p.b);
    if (!p.restated || A === B) continue;
    const merged = [...A, ...B];
    for (const i of merged) unitOf.set(i, merged);
  }
  const unitScore = (A: number[], B: number[]): number => {
    let best = 0;
    for (const i of A) for (const j of B) best = Math.max(best, pairMap.get(pk(i, j))?.score ?? 0);
    return best;
  };
  const vetoCache = new Map<number, boolean>();
  const isVetoed = (i: number, j: number): boolean => {
    const k = pk(i, j);
    let v = vetoCache.get(k);
    if (v === undefined) vetoCache.set(k, (v = !pairMap.has(k) && vetoed(infos[i]!, infos[j]!)));
    return v;
  };
  const clusterOf = new Map<number[], number[][]>();
  for (const u of new Set(unitOf.values())) clusterOf.set(u, [u]);
  const unitPairs = new Map<number, { A: number[]; B: number[]; score: number }>();
  for (const p of pairs) {
    const A = unitOf.get(p.a)!;
    const B = unitOf.get(p.b)!;
    if (A === B) continue;
    const k = pk(A[0]!, B[0]!);
    if (!unitPairs.has(k)) unitPairs.set(k, { A, B, score: unitScore(A, B) });
  }
  const unitPairScore = new Map<number, number>();
  for (const [k, v] of unitPairs) unitPairScore.set(k, v.score);
  const upk = (A: number[], B: number[]): number => pk(A[0]!, B[0]!);
  for (const { A: ua, B: ub } of [...unitPairs.values()].sort((x, y) => y.score - x.score)) {
    const CA = clusterOf.get(ua)!;
    const CB = clusterOf.get(ub)!;
    if (CA === CB) continue;
    let sum = 0;
    let ok = true;
    for (const A of CA) {
      for (const B of CB) {
        for (const i of A) for (const j of B) if (ok && isVetoed(i, j)) ok = false;
        sum += unitPairScore.get(upk(A, B)) ?? 0;
      }
    }
    if (!ok || sum / (CA.length * CB.length) < LINK_MIN) continue;
    const merged = [...CA, ...CB];
    for (const u of merged) clusterOf.set(u, merged);
  }
  // Average linkage splits a fact many sources repeat: each new source lowers the average. Clusters
  // whose figures all agree join when their best direct pair is strong: agreeing never hides a
  // conflict, and a disjoint member compared with the other cluster keeps the clusters apart.
  for (const { A: ua, B: ub, score } of [...unitPairs.values()].sort((x, y) => y.score - x.score)) {
    if (score < AGREE_LINK_MIN) break;
    const CA = clusterOf.get(ua)!;
    const CB = clusterOf.get(ub)!;
    if (CA === CB) continue;
    let ok = true;
    // A disjoint member the other cluster's claims were never compared with says nothing against
    // them (a figure average linkage carried along, which the group may not report at all).
    for (const A of CA) for (const B of CB) for (const i of A) for (const j of B) if (ok && (isVetoed(i, j) || (pairMap.has(pk(i, j)) && !overlaps(infos[i]!, infos[j]!)))) ok = false;
    if (!ok) continue;
    const merged = [...CA, ...CB];
    for (const u of merged) clusterOf.set(u, merged);
  }
  completeFacts(allPairs, unitOf, clusterOf, isVetoed, (members) => new Set(members.map((i) => infos[i]!.document.id)).size);
  const groups: ClaimGroup[] = [];
  for (const cluster of new Set(clusterOf.values())) {
    const members = cluster.flat();
    if (members.length < 2) continue;
    groups.push(...describeGroup(members.map((i) => infos[i]!), members, pairMap, pk));
  }
  return groups.sort((a, b) => (a.status === b.status ? b.score - a.score : a.status === 'conflict' ? -1 : 1));
}

/**
 * Fact completion. Average linkage keeps out a report of the fact worded apart from the others
 * ("Four months without access to the grounds" among "for 120 days" and "a 120-day closure"), and
 * the agreeing pass keeps out a disjoint one, which is the conflict itself. Here a claim or a group
 * joins another when several of that group's claims resemble it: the links' noisy-or, through at
 * least two links, none vetoed (same sentence, another case, the same document giving another
 * figure). Rounds repeat so a claim can join through one that joined before it.
 */
function completeFacts(
  allPairs: PairScore[],
  unitOf: Map<number, number[]>,
  clusterOf: Map<number[], number[][]>,
  isVetoed: (i: number, j: number) => boolean,
  sources: (members: number[]) => number,
): void {
  // Claims only weak pairs reach are groups of their own until now.
  for (const p of allPairs) {
    for (const i of [p.a, p.b]) {
      if (unitOf.has(i)) continue;
      const u = [i];
      unitOf.set(i, u);
      clusterOf.set(u, [u]);
    }
  }
  const clusterAt = (i: number): number[][] => clusterOf.get(unitOf.get(i)!)!;
  // Only pairs across groups can join them; merging only shortens this list.
  let across = allPairs.filter((p) => clusterAt(p.a) !== clusterAt(p.b));
  for (let round = 0; round < 4 && across.length > 0; round++) {
    const ids = new Map<number[][], number>();
    const idOf = (c: number[][]): number => {
      let id = ids.get(c);
      if (id === undefined) ids.set(c, (id = ids.size));
      return id;
    };
    const span = clusterOf.size + 1;
    const links = new Map<number, { A: number[][]; B: number[][]; miss: number; n: number }>();
    for (const p of across) {
      const A = clusterAt(p.a);
      const B = clusterAt(p.b);
      if (A === B) continue;
      const [x, y] = idOf(A) < idOf(B) ? [A, B] : [B, A];
      const k = idOf(x) * span + idOf(y);
      let l = links.get(k);
      if (!l) links.set(k, (l = { A: x, B: y, miss: 1, n: 0 }));
      l.miss *= 1 - p.score;
      l.n++;
    }
    const candidates = [...links.values()].filter((l) => l.n >= COMPLETE_LINKS && 1 - l.miss >= COMPLETE_MIN).sort((x, y) => x.miss - y.miss);
    const changed = new Set<number[][]>();
    let merged = 0;
    for (const { A, B } of candidates) {
      if (changed.has(A) || changed.has(B)) continue;
      const a = A.flat();
      const b = B.flat();
      // Weak links complete a fact with stray claims; two facts each stated by several sources (a
      // transfer's speed, a notice period) are not made one by words they share.
      if (sources(a) > 1 && sources(b) > 1) continue;
      if (a.some((i) => b.some((j) => isVetoed(i, j)))) continue;
      const joined = [...A, ...B];
      for (const u of joined) clusterOf.set(u, joined);
      changed.add(A).add(B);
      merged++;
    }
    if (merged === 0) return;
    across = across.filter((p) => clusterAt(p.a) !== clusterAt(p.b));
  }
}

/** The largest set of members whose intervals share a point: the figure most sources agree on. */
function agreeingCore(members: ClaimInfo[]): number[] {
  let best: number[] = [];
  let bestDocs = 0;
  // The best point is where some member's interval starts.
  for (const m of members) {
    const at = m.lo;
    const core: number[] = [];
    members.forEach((o, k) => {
      if (o.lo <= at && at <= o.hi) core.push(k);
    });
    const docs = new Set(core.map((k) => members[k]!.document.id)).size;
    if (core.length > best.length || (core.length === best.length && docs > bestDocs)) {
      best = core;
      bestDocs = docs;
    }
  }
  return best;
}

/**
 * One fact's group. When a member lies outside the figure the others agree on and enough of the
 * agreeing sources link to it, the whole group is a conflict (every member listed, the disjoint
 * one included), and its agreeing pairs are kept for the fact's agreement. A group of members
 * that all agree is an agreement only across documents: one document restating its own figure
 * corroborates nothing.
 */
function describeGroup(
  members: ClaimInfo[],
  idx: number[],
  pairMap: Map<number, PairScore>,
  pk: (i: number, j: number) => number,
): ClaimGroup[] {
  const pairOf = (x: number, y: number): PairScore | undefined => pairMap.get(pk(idx[x]!, idx[y]!));
  const core = agreeingCore(members);
  const inCore = new Set(core);
  const conflicts: GroupPair[] = [];
  members.forEach((x, xi) => {
    if (inCore.has(xi)) return;
    // Links from agreeing members of other documents, at times that may be one event.
    const links = core
      .map((ci) => ({ ci, p: pairOf(xi, ci) }))
      .filter((l): l is { ci: number; p: PairScore } => !!l.p && l.p.conflictAllowed && members[l.ci]!.document.id !== x.document.id && !overlaps(x, members[l.ci]!));
    if (links.length === 0) return;
    const support = 1 - links.reduce((m, l) => m * (1 - l.p.score), 1);
    const need = links.every((l) => members[l.ci]!.unit === x.unit) ? CONFLICT_MIN : CONFLICT_MIN_OTHER_UNIT;
    // Without one sure direct pair, the link must come from several of the agreeing sources.
    if (support < need || (links.every((l) => l.p.score < need) && links.length < CONFLICT_WEAK_LINKS)) return;
    const joined = links.length > 1 ? `; ${links.length} agreeing sources link it to the fact (support ${support.toFixed(2)})` : '';
    for (const { ci, p } of links) {
      const c = members[ci]!;
      // An undescribed (weak) pair's reason starts with "; " and is completed by resolveClaims.
      conflicts.push({ a: c, b: x, score: p.score, reason: p.reason + joined, comparison: compare(c, x, false) });
    }
  });
  const coreMembers = core.map((k) => members[k]!);
  const agreements: GroupPair[] = [];
  for (let x = 0; x < core.length; x++) {
    for (let y = x + 1; y < core.length; y++) {
      const p = pairOf(core[x]!, core[y]!);
      // Only pairs compared directly: a fact repeated by many sources would otherwise list every pair.
      if (!p) continue;
      const a = members[core[x]!]!;
      const b = members[core[y]!]!;
      const repetition = isRepetition(a, b);
      agreements.push({ a, b, score: p.score, reason: p.reason, comparison: compare(a, b, true), kind: repetition ? 'repetition' : 'corroboration' });
    }
  }
  // A claim sits in one group: a conflict group keeps its agreeing pairs, which readers report as
  // the fact's agreement (see readGroups in cross-document.ts).
  if (conflicts.length > 0) return [group(members, idx, pairMap, pk, 'conflict', conflicts, agreements)];
  const acrossDocuments = new Set(coreMembers.map((m) => m.document.id)).size > 1;
  if (acrossDocuments && agreements.length > 0) return [group(coreMembers, core.map((k) => idx[k]!), pairMap, pk, 'agreement', [], agreements)];
  return [];
}

/**
 * The same words restated: one phrase written alike that is no specific figure ("a year", "two
 * unions", "hundreds of millions"), or one figure in sentences that are nearly the same
 * (boilerplate several outlets quote). Two sources writing "45 days" in sentences of their own
 * corroborate each other.
 */
function isRepetition(a: ClaimInfo, b: ClaimInfo): boolean {
  if (a.mention.text.toLowerCase() !== b.mention.text.toLowerCase() || a.lo !== b.lo || a.hi !== b.hi) return false;
  if (!isSpecific(a.mention.value)) return true;
  let shared = 0;
  for (const x of a.sentStems) if (b.sentStems.has(x)) shared++;
  const union = a.sentStems.size + b.sentStems.size - shared;
  return union === 0 || shared / union >= REPEATED_SENTENCE;
}

function group(
  members: ClaimInfo[],
  idx: number[],
  pairMap: Map<number, PairScore>,
  pk: (i: number, j: number) => number,
  status: ClaimGroup['status'],
  conflicts: GroupPair[],
  agreements: GroupPair[],
): ClaimGroup {
  let scoreSum = 0;
  let n = 0;
  for (let x = 0; x < idx.length; x++) {
    for (let y = x + 1; y < idx.length; y++) {
      scoreSum += pairMap.get(pk(idx[x]!, idx[y]!))?.score ?? 0;
      n++;
    }
  }
  const first = members[0]!;
  return {
    kind: first.kind,
    unit: first.unit,
    about: aboutText(members),
    status,
    score: round(scoreSum / Math.max(1, n)),
    reason: `${members.length} ${first.kind} claims${first.unit ? ` in ${first.unit}` : ''} from ${new Set(members.map((m) => m.document.id)).size} documents with matching context`,
    members,
    conflicts,
    agreements,
  };
}

function fmt(x: number): string {
  if (!Number.isFinite(x)) return '∞';
  if (Math.abs(x) >= 1000) return Math.round(x).toLocaleString('en-US');
  return String(Math.round(x * 100) / 100);
}

function interval(c: ClaimInfo): string {
  const u = c.unit === 'hour' ? ' h' : c.unit === '%' ? '%' : '';
  if (c.hi === Infinity) return `≥ ${fmt(c.lo)}${u}`;
  const mid = (c.lo + c.hi) / 2;
  if (c.hi - c.lo <= Math.abs(mid) * 2 * EXACT * 1.0001 + 1e-9) return `${fmt(mid)}${u}`;
  return `${fmt(c.lo)}–${fmt(c.hi)}${u}`;
}

function compare(a: ClaimInfo, b: ClaimInfo, agree: boolean): string {
  return `"${a.mention.text}" ${interval(a)} vs "${b.mention.text}" ${interval(b)}: ${agree ? 'overlap' : 'disjoint'}`;
}

/** The words most members' sentences share, in the order the first member's sentence has them. */
function aboutText(members: ClaimInfo[]): string {
  const counts = new Map<string, number>();
  for (const m of members) for (const s of m.sentStems) counts.set(s, (counts.get(s) ?? 0) + 1);
  const need = Math.max(2, Math.ceil(members.length / 2));
  const shared = new Set([...counts].filter(([, c]) => c >= need).map(([s]) => s));
  const base = members.find((m) => m.sentence)?.sentence?.text ?? '';
  const words: string[] = [];
  const seen = new Set<string>();
  for (const t of tokens(base)) {
    const st = contentStems(t.word)[0];
    if (st && shared.has(st) && !seen.has(st)) {
      seen.add(st);
      words.push(base.slice(t.start, t.end));
    }
  }
  const unit = members[0]!.unit;
  return `${members[0]!.kind}${unit && unit !== 'hour' ? ` of ${unit}` : ''}: ${words.slice(0, 12).join(' ') || members[0]!.mention.text}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function writeClaims(db: Db, res: ClaimResolution): void {
  const insGroup = db.prepare('INSERT INTO claim_groups (kind, unit, about, status, size, score, reason) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insMember = db.prepare('INSERT INTO claim_group_members (group_id, claim_id, document_id, min, max) VALUES (?, ?, ?, ?, ?)');
  const insConflict = db.prepare('INSERT INTO conflicts (group_id, claim_a, claim_b, comparison, reason, score) VALUES (?, ?, ?, ?, ?, ?)');
  const insAgreement = db.prepare(
    'INSERT INTO agreements (group_id, claim_a, claim_b, kind, comparison, reason, score) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const num = (x: number): number | null => (Number.isFinite(x) ? x : null);
  for (const g of res.groups) {
    const gid = Number(insGroup.run(g.kind, g.unit, g.about, g.status, g.members.length, g.score, g.reason).lastInsertRowid);
    for (const m of g.members) insMember.run(gid, m.claim.id, m.document.id, num(m.lo), num(m.hi));
    for (const c of g.conflicts) insConflict.run(gid, c.a.claim.id, c.b.claim.id, c.comparison, c.reason, c.score);
    for (const a of g.agreements) insAgreement.run(gid, a.a.claim.id, a.b.claim.id, a.kind ?? 'corroboration', a.comparison, a.reason, a.score);
  }
}
