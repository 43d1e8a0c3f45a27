// Arithmetic inside a document, each check recorded with its figures and whether it holds:
//   share      a percentage of a stated total against a stated part ("4.2% of 900,000 records"
//              against "about 37,800 records"), the total nearby or, when the part's sentence says
//              what the share is of ("or 17% of the settlement"), in the sentence that names it;
//   sum        parts a sentence joins ("$2.1 million for detainees and $300,000 for a monitor")
//              against the whole stated in the document, or against the total the sentence names
//              ("..., $1 million in all");
//   average    "N things per unit" against a total of those things over a count of the units;
//   date span  "for N days, from <date> through <date>" against the days between the dates.
// Tolerances come from how the numbers are written: the last written digit, and hedges ("about"
// allows 5%).

import type { Db } from '../store/db.ts';
import type { Corpus, MentionRow } from './corpus.ts';
import type { DateValue, QuantityValue } from '../model/types.ts';
import { stem } from './text.ts';

export type CheckKind = 'share' | 'sum' | 'average' | 'date span';

/** The three stored figures of each kind of check, in the order of the table's three mention columns. */
export const CHECK_ROLES: Record<CheckKind, [string, string, string]> = {
  share: ['percent', 'total', 'part'],
  sum: ['part', 'part', 'total'],
  average: ['total', 'count', 'average'],
  'date span': ['start', 'end', 'duration'],
};

export interface ArithmeticCheck {
  kind: CheckKind;
  documentId: number;
  sentenceId: number | null;
  /** The figures in CHECK_ROLES order (a sum of more than two parts stores its first two; its statement lists all). */
  figures: [Figure, Figure, Figure];
  statement: string;
  computed: number;
  stated: number;
  tolerance: number;
  holds: boolean;
}

type Q = MentionRow<'quantity'>;
type Figure = Pick<MentionRow, 'id' | 'text' | 'start' | 'end' | 'sentenceId'>;

const HEDGED = new Set(['approx', 'vague']);
const HEDGE_TOLERANCE = 0.05;
const ROUNDING = 0.005;
// A count this far from the computed share is not read as that share at all (another figure).
const MAX_RELATIVE_GAP = 0.5;
const MAX_PARTS = 4;

/** Half a unit of the last written decimal: "3.7%" -> 0.05, "12%" -> 0.5. */
function lastDigitRounding(text: string): number {
  const m = /(\d+)(?:\.(\d+))?/.exec(text.replace(/,/g, ''));
  const decimals = m?.[2]?.length ?? 0;
  return 0.5 * 10 ** -decimals;
}

function fmt(x: number): string {
  return Math.round(x).toLocaleString('en-US');
}

function qv(m: Q): QuantityValue {
  return m.value as QuantityValue;
}

function hedge(m: Q): number {
  return HEDGED.has(qv(m).modifier ?? '') ? HEDGE_TOLERANCE : ROUNDING;
}

/** Money of one currency, or counts of one unit: figures that can add up or divide. */
function sameMeasure(a: Q, b: Q): boolean {
  const x = qv(a);
  const y = qv(b);
  if (x.kind !== y.kind) return false;
  if (x.kind === 'money') return (x.currency ?? x.unit) === (y.currency ?? y.unit);
  return x.kind === 'count';
}

function positive(m: Q): boolean {
  const v = qv(m).value;
  return v !== undefined && v > 0;
}

interface DocView {
  docId: number;
  qs: Q[];
  dates: MentionRow<'date'>[];
  /** sentence index -> quantities in it, in document order */
  bySentence: Map<number, Q[]>;
  sentIdx(m: { sentenceId: number | null }): number | undefined;
  sentenceText(m: { sentenceId: number | null }): string;
  text: string;
}

export function checkArithmetic(corpus: Corpus): ArithmeticCheck[] {
  const checks: ArithmeticCheck[] = [];
  const byDoc = new Map<number, { qs: Q[]; dates: MentionRow<'date'>[] }>();
  for (const m of corpus.mentions) {
    if (m.kind !== 'quantity' && m.kind !== 'date') continue;
    let l = byDoc.get(m.documentId);
    if (!l) byDoc.set(m.documentId, (l = { qs: [], dates: [] }));
    if (m.kind === 'quantity') l.qs.push(m as Q);
    else l.dates.push(m as MentionRow<'date'>);
  }
  for (const [docId, { qs, dates }] of byDoc) {
    if (qs.length === 0) continue;
    const sentIdx = (m: { sentenceId: number | null }): number | undefined => (m.sentenceId !== null ? corpus.sentences.get(m.sentenceId)?.idx : undefined);
    const bySentence = new Map<number, Q[]>();
    for (const m of qs) {
      const i = sentIdx(m);
      if (i === undefined) continue;
      let l = bySentence.get(i);
      if (!l) bySentence.set(i, (l = []));
      l.push(m);
    }
    const view: DocView = {
      docId,
      qs,
      dates,
      bySentence,
      sentIdx,
      sentenceText: (m) => (m.sentenceId !== null ? (corpus.sentences.get(m.sentenceId)?.text ?? '') : ''),
      text: corpus.documents.get(docId)?.text ?? '',
    };
    for (const p of qs) {
      const c = shareCheck(view, p);
      if (c) checks.push(c);
    }
    checks.push(...sumChecks(view), ...averageChecks(view), ...dateSpanChecks(view));
  }
  return checks;
}

function shareOf(doc: DocView, p: Q, total: Q, part: Q): ArithmeticCheck {
  const pv = qv(p).value!;
  const tv = qv(total).value!;
  const cv = qv(part).value!;
  const computed = (pv / 100) * tv;
  const tolerance = (lastDigitRounding(p.text) / 100) * tv + hedge(total) * computed + hedge(part) * cv;
  return {
    kind: 'share',
    documentId: doc.docId,
    sentenceId: p.sentenceId,
    figures: [p, total, part],
    statement: `${p.text} of ${total.text} = ${fmt(computed)}; stated ${part.text}`,
    computed,
    stated: cv,
    tolerance,
    holds: Math.abs(computed - cv) <= tolerance,
  };
}

function shareCheck(doc: DocView, p: Q): ArithmeticCheck | null {
  const pv = qv(p);
  if (pv.kind !== 'percent' || pv.value === undefined || pv.value <= 0 || pv.value >= 100) return null;
  const pi = doc.sentIdx(p);
  if (pi === undefined) return null;
  // Only the three sentences around it, in document order: scanning every quantity of the
  // document for every percentage was quadratic in the document's length.
  const around = [...(doc.bySentence.get(pi - 1) ?? []), ...(doc.bySentence.get(pi) ?? []), ...(doc.bySentence.get(pi + 1) ?? [])].sort((x, y) => x.start - y.start);
  const near = around.filter((m) => m !== p && (qv(m).kind === 'count' || qv(m).kind === 'money') && positive(m));
  const best = bestShare(doc, p, near, near);
  if (best) return best;
  // "about $5.1 million, or 17% of the settlement": the part is beside the percentage, the total is
  // wherever the document states the thing the share is of.
  const of = pv.unit ? stem(pv.unit) : '';
  if (of.length < 4) return null;
  const parts = (doc.bySentence.get(pi) ?? []).filter((m) => m !== p && (qv(m).kind === 'count' || qv(m).kind === 'money') && positive(m));
  if (parts.length === 0) return null;
  const names = (m: Q): boolean => doc.sentenceText(m).toLowerCase().split(/[^a-z]+/).some((w) => w.length >= 4 && (of.startsWith(stem(w)) || stem(w).startsWith(of)));
  const totals = doc.qs.filter((m) => m !== p && !parts.includes(m) && positive(m) && names(m));
  return bestShare(doc, p, totals, parts);
}

// "64 percent of inpatient admissions", "12% of the files"
const SHARE_OF = /^\s*of\s+(?:the\s+|its\s+|their\s+|all\s+)?(?<what>[a-z-]+(?:\s+[a-z-]+)?)/i;

/** "64 percent of inpatient admissions" is no share of "14 hospitals": a counted total must count what the share is of. */
function shareOfUnit(doc: DocView, p: Q, total: Q): boolean {
  if (qv(total).kind !== 'count') return true;
  const what = SHARE_OF.exec(doc.text.slice(p.end, p.end + 40))?.groups?.what;
  // "3.7% of them" points back at the total: nothing to compare.
  if (!what || /^(?:them|it|those|these|which|whom|this|that)\b/i.test(what)) return true;
  const counted = new Set(total.text.toLowerCase().split(/[^a-z]+/).filter((w) => w.length >= 3).map((w) => stem(w)));
  return what.toLowerCase().split(/\s+/).some((w) => counted.has(stem(w)));
}

function bestShare(doc: DocView, p: Q, totals: Q[], parts: Q[]): ArithmeticCheck | null {
  const pv = qv(p).value!;
  let best: ArithmeticCheck | null = null;
  let bestGap = Infinity;
  for (const total of totals) {
    const tv = qv(total).value!;
    for (const part of parts) {
      const cv = qv(part).value!;
      if (part === total || !sameMeasure(part, total) || cv >= tv || !shareOfUnit(doc, p, total)) continue;
      const gap = Math.abs((pv / 100) * tv - cv) / cv;
      if (gap > MAX_RELATIVE_GAP || gap >= bestGap) continue;
      bestGap = gap;
      best = shareOf(doc, p, total, part);
    }
  }
  return best;
}

// "$1 million in all", "a total of $1 million", "$1 million combined"
const TOTAL_AFTER = /^\s*(?:in all|in total|total|altogether|combined)\b/i;
const TOTAL_BEFORE = /\b(?:total(?: of)?|in all,?|altogether,?|combined,?|for a total of)\s*$/i;
// What joins two parts: "$2.1 million for detainees and $300,000 for a monitor", "X plus Y"
const JOINED = /\b(?:and|plus)\b/i;

function isTotalCue(doc: DocView, m: Q): boolean {
  return TOTAL_AFTER.test(doc.text.slice(m.end, m.end + 16)) || TOTAL_BEFORE.test(doc.text.slice(Math.max(0, m.start - 24), m.start));
}

function sumChecks(doc: DocView): ArithmeticCheck[] {
  const out: ArithmeticCheck[] = [];
  for (const list of doc.bySentence.values()) {
    const figures = list.filter((m) => positive(m) && (qv(m).kind === 'money' || qv(m).kind === 'count') && qv(m).modifier !== 'range');
    if (figures.length < 2) continue;
    const named = figures.filter((m) => isTotalCue(doc, m));
    const parts = figures.filter((m) => !named.includes(m));
    if (parts.length < 2 || parts.length > MAX_PARTS || !parts.every((m) => sameMeasure(m, parts[0]!))) continue;
    // Consecutive parts must be joined by "and" or "plus", or be a list ending in one.
    const gaps = parts.slice(1).map((m, k) => doc.text.slice(parts[k]!.end, m.start));
    if (!JOINED.test(gaps[gaps.length - 1]!) || gaps.some((g) => g.length > 120)) continue;
    const sum = parts.reduce((n, m) => n + qv(m).value!, 0);
    const tolerance = (t: Q): number => parts.reduce((n, m) => n + hedge(m) * qv(m).value!, 0) + hedge(t) * qv(t).value!;
    const check = (t: Q): ArithmeticCheck => ({
      kind: 'sum',
      documentId: doc.docId,
      sentenceId: parts[0]!.sentenceId,
      figures: [parts[0]!, parts[1]!, t],
      statement: `sum: ${parts.map((m) => m.text).join(' + ')} = ${fmt(sum)}; stated ${t.text}`,
      computed: sum,
      stated: qv(t).value!,
      tolerance: tolerance(t),
      holds: Math.abs(sum - qv(t).value!) <= tolerance(t),
    });
    const namedTotal = named.find((t) => sameMeasure(t, parts[0]!) && qv(t).value! > Math.max(...parts.map((m) => qv(m).value!)));
    if (namedTotal) {
      out.push(check(namedTotal));
      continue;
    }
    // No total named: a figure the document states that the parts add up to is their whole. Money
    // only: counts of one unit add up by chance too often.
    if (qv(parts[0]!).kind !== 'money') continue;
    const whole = doc.qs.find((t) => !figures.includes(t) && positive(t) && sameMeasure(t, parts[0]!) && Math.abs(sum - qv(t).value!) <= tolerance(t));
    if (whole) out.push(check(whole));
  }
  return out;
}

/** "entries" -> "entry", "pages" -> "page": the extractor's units are singular. */
function singular(word: string): string {
  const w = word.toLowerCase();
  if (/ies$/.test(w)) return w.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}

// "50 pages per entry", "$220 a day" is a rate, not an average over a stated count
const PER = /\bper\s+(?<unit>[a-z]+)\s*$/i;
const PER_AFTER = /^\s+per\s+(?<unit>[a-z]+)/i;

function averageChecks(doc: DocView): ArithmeticCheck[] {
  const out: ArithmeticCheck[] = [];
  for (const avg of doc.qs) {
    const av = qv(avg);
    if ((av.kind !== 'count' && av.kind !== 'money') || !positive(avg)) continue;
    const per = PER.exec(avg.text)?.groups?.unit ?? PER_AFTER.exec(doc.text.slice(avg.end, avg.end + 24))?.groups?.unit;
    if (!per) continue;
    const i = doc.sentIdx(avg);
    if (i === undefined) continue;
    const perUnit = singular(per);
    // The sentence itself first, then its neighbours.
    const near = [...(doc.bySentence.get(i) ?? []), ...(doc.bySentence.get(i - 1) ?? []), ...(doc.bySentence.get(i + 1) ?? [])];
    const count = near.find((m) => m !== avg && positive(m) && qv(m).kind === 'count' && qv(m).unit === perUnit);
    const total = near.find((m) => m !== avg && m !== count && positive(m) && sameMeasure(m, avg) && (av.kind === 'money' || qv(m).unit === av.unit) && qv(m).value! > av.value!);
    if (!count || !total) continue;
    const computed = qv(total).value! / qv(count).value!;
    const tolerance = lastDigitRounding(avg.text) + hedge(avg) * av.value! + hedge(total) * computed;
    out.push({
      kind: 'average',
      documentId: doc.docId,
      sentenceId: avg.sentenceId,
      figures: [total, count, avg],
      statement: `average: ${total.text} / ${count.text} = ${fmt(computed)}; stated ${avg.text}`,
      computed,
      stated: av.value!,
      tolerance,
      holds: Math.abs(computed - av.value!) <= tolerance,
    });
  }
  return out;
}

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / DAY_MS);
}

function dateSpanChecks(doc: DocView): ArithmeticCheck[] {
  const out: ArithmeticCheck[] = [];
  for (const d of doc.qs) {
    const dv = qv(d);
    // "within 30 days", "more than 90 days" bound a span; they do not state one.
    if (dv.kind !== 'duration' || dv.unit !== 'day' || dv.value === undefined || (dv.modifier && dv.modifier !== 'approx')) continue;
    // A range of two written days in the duration's sentence: "from March 1 through June 28".
    const ranged = doc.dates.filter((m) => m.sentenceId === d.sentenceId && (m.value as DateValue).range && (m.value as DateValue).grain === 'day');
    const range = (ranged[0]?.value as DateValue | undefined)?.range;
    if (!range) continue;
    const start = ranged.find((m) => (m.value as DateValue).value === range.start);
    const last = ranged.find((m) => (m.value as DateValue).value === range.end);
    if (!start || !last) continue;
    const a = dayNumber(range.start);
    const b = dayNumber(range.end);
    if (a === null || b === null || b <= a) continue;
    const computed = b - a + 1;
    const tolerance = HEDGED.has(dv.modifier ?? '') ? Math.ceil(HEDGE_TOLERANCE * computed) : 0;
    // Counting both ends is how a span "from A through B" is meant; counting one end is the other
    // common reading, so it holds too.
    const holds = Math.abs(computed - dv.value) <= tolerance || dv.value === computed - 1;
    out.push({
      kind: 'date span',
      documentId: doc.docId,
      sentenceId: d.sentenceId,
      figures: [start, last, d],
      statement: `date span: ${start.text} through ${last.text} = ${computed} days counting both ends; stated ${d.text}`,
      computed,
      stated: dv.value,
      tolerance,
      holds,
    });
  }
  return out;
}

export function writeArithmetic(db: Db, checks: ArithmeticCheck[]): void {
  // The three mention columns hold each kind's figures in CHECK_ROLES order.
  const ins = db.prepare(
    `INSERT INTO arithmetic_checks (document_id, sentence_id, kind, first_mention_id, second_mention_id, stated_mention_id, statement,
       computed, stated, tolerance, holds) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const c of checks) {
    const [a, b, stated] = c.figures;
    ins.run(c.documentId, c.sentenceId, c.kind, a.id, b.id, stated.id, c.statement, c.computed, c.stated, c.tolerance, c.holds ? 1 : 0);
  }
}
