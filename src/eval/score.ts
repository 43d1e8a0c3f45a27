// Scores extractions against the gold files of ../shared/gold, following the matching rules of its
// README: per field, precision / recall / F1 micro-averaged over documents; optional items count
// neither way; extractions over `ignore` spans count neither way; anything else unmatched is a
// false positive.

import { expandAbbreviations } from '../lexicon/legal-abbreviations.ts';
import { escapeRegExp } from '../util/regex.ts';

export interface FieldScore {
  tp: number;
  fp: number;
  fn: number;
  misses: string[];
  falsePositives: string[];
}

export type Scores = Record<string, FieldScore>;

type Item = Record<string, unknown> & { text?: string; start?: number; end?: number; optional?: boolean };

export interface GoldDocument {
  document: string;
  kind?: string;
  published?: string;
  ignore?: string[];
  [field: string]: unknown;
}

/** Fields whose items are facts at a place in the text: matched by span overlap and value. */
const SPAN_FIELDS = ['cases', 'courts', 'dockets', 'dates', 'statutes', 'quantities'] as const;
/** Fields whose items are things named anywhere in the document: matched by name. */
const NAME_FIELDS = ['parties', 'attorneys', 'counsel_organizations', 'judges'] as const;
export const SCORED_FIELDS = ['kind', ...NAME_FIELDS, ...SPAN_FIELDS, 'attorneys.organization', 'attorneys.represents'] as const;

export function emptyScore(): FieldScore {
  return { tp: 0, fp: 0, fn: 0, misses: [], falsePositives: [] };
}

export function f1(s: FieldScore): { precision: number; recall: number; f1: number } {
  const precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
  const recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

/** Score one document's extraction (in the `npm run extract` shape) against its gold file. */
export function scoreDocument(gold: GoldDocument, predicted: Record<string, unknown>, text: string, into: Scores): void {
  const field = (name: string): FieldScore => (into[name] ??= emptyScore());
  const tag = gold.document;

  const kind = field('kind');
  if (gold.kind !== undefined) {
    if (predicted.kind === gold.kind) kind.tp++;
    else {
      kind.fn++;
      kind.fp++;
      kind.misses.push(`${tag}: ${gold.kind}`);
      kind.falsePositives.push(`${tag}: ${String(predicted.kind)}`);
    }
  }

  const ignoreSpans = (gold.ignore ?? []).flatMap((s) => occurrences(text, s));
  for (const name of SPAN_FIELDS) {
    scoreSpanField(name, asItems(gold[name]), asItems(predicted[name]), text, ignoreSpans, gold, field(name), tag);
  }
  for (const name of NAME_FIELDS) {
    scoreNameField(name, asItems(gold[name]), asItems(predicted[name]), field(name), tag, field);
  }
}

function scoreSpanField(
  name: string,
  goldItems: Item[],
  predicted: Item[],
  text: string,
  ignore: Span[],
  gold: GoldDocument,
  score: FieldScore,
  tag: string,
): void {
  const used = new Set<number>();
  const optionalSpans: Span[] = [];
  // Longer gold texts first, so "IRC § 6103" claims its own extraction before "§ 6103" can; required
  // items before optional ones of the same text, so an optional item never takes a required one's match.
  const ordered = [...goldItems].sort((a, b) => String(b.text ?? '').length - String(a.text ?? '').length || Number(!!a.optional) - Number(!!b.optional));
  for (const g of ordered) {
    const spans = g.text ? occurrences(text, String(g.text)) : [];
    if (g.optional) optionalSpans.push(...spans);
    const wanted = typeof g.occurrences === 'number' ? g.occurrences : 1;
    const candidates = predicted
      .map((p, i) => ({ p, i }))
      .filter(({ p, i }) => !used.has(i) && overlapsAny(p, spans) && valueMatches(name, g, p, gold))
      .sort((a, b) => exactness(b.p, g) - exactness(a.p, g));
    let found = 0;
    for (const { i } of candidates) {
      if (found >= wanted) break;
      used.add(i);
      found++;
    }
    if (g.optional) continue;
    score.tp += found;
    if (found < wanted) {
      score.fn += wanted - found;
      score.misses.push(`${tag}: ${describeItem(g)}${wanted > 1 ? ` (${found}/${wanted})` : ''}`);
    }
  }
  // Gold files list a repeated fact once unless they give `occurrences`: a second mention of a
  // listed text with the same value is the same fact again, neither rewarded nor penalised.
  const listed = goldItems.map((g) => ({ g, spans: g.text ? occurrences(text, String(g.text)) : [] }));
  predicted.forEach((p, i) => {
    if (used.has(i) || overlapsAny(p, ignore) || overlapsAny(p, optionalSpans)) return;
    if (listed.some(({ g, spans }) => g.occurrences === undefined && overlapsAny(p, spans) && valueMatches(name, g, p, gold))) return;
    score.fp++;
    score.falsePositives.push(`${tag}: ${describeItem(p)}`);
  });
}

function scoreNameField(
  name: string,
  goldItems: Item[],
  predictedRaw: Item[],
  score: FieldScore,
  tag: string,
  field: (n: string) => FieldScore,
): void {
  // One entity per name: the same party found in the caption and in a list is one extraction.
  const predicted = dedupe(predictedRaw, (p) => `${fold(p.name)}|${String(p.role ?? '')}|${String(p.represents ?? '')}`);
  const used = new Set<number>();
  for (const g of goldItems) {
    const names = [g.name, ...(Array.isArray(g.aliases) ? g.aliases : [])].map(fold);
    const idx = predicted.findIndex((p, i) => !used.has(i) && names.includes(fold(p.name)) && roleMatches(name, g, p));
    if (idx >= 0) used.add(idx);
    if (g.optional) continue;
    if (idx >= 0) {
      score.tp++;
      if (name === 'attorneys') scoreAttorneyDetails(g, predicted[idx]!, tag, field);
    } else {
      score.fn++;
      score.misses.push(`${tag}: ${describeItem(g)}`);
      if (name === 'attorneys') scoreAttorneyDetails(g, undefined, tag, field);
    }
  }
  predicted.forEach((p, i) => {
    if (used.has(i)) return;
    // The same name with another role is a wrong role (a false positive), but a second mention
    // of a matched name with the same role was deduplicated above.
    score.fp++;
    score.falsePositives.push(`${tag}: ${describeItem(p)}`);
  });
}

function scoreAttorneyDetails(g: Item, p: Item | undefined, tag: string, field: (n: string) => FieldScore): void {
  for (const detail of ['organization', 'represents'] as const) {
    if (g[detail] === undefined) continue;
    const s = field(`attorneys.${detail}`);
    if (p && p[detail] !== undefined && fold(p[detail]) === fold(g[detail])) s.tp++;
    else {
      s.fn++;
      s.misses.push(`${tag}: ${String(g.name)} ${detail}=${String(g[detail])} (got ${p ? String(p[detail]) : 'no attorney'})`);
      if (p && p[detail] !== undefined) {
        s.fp++;
        s.falsePositives.push(`${tag}: ${String(g.name)} ${detail}=${String(p[detail])}`);
      }
    }
  }
}

function roleMatches(field: string, g: Item, p: Item): boolean {
  if (field === 'parties') return g.role === p.role;
  if (field === 'counsel_organizations') return g.represents === undefined || g.represents === p.represents;
  return true;
}

function valueMatches(field: string, g: Item, p: Item, gold: GoldDocument): boolean {
  switch (field) {
    case 'cases':
      return canonicalCaption(g.canonical) === canonicalCaption(p.canonical);
    case 'courts':
    case 'statutes':
      return fold(g.canonical) === fold(p.canonical);
    case 'dockets':
      // "25-cv-00457" written without its office number is the same docket as "1:25-cv-00457".
      return withoutOffice(g.canonical) === withoutOffice(p.canonical);
    case 'dates':
      if (g.relative) {
        if (p.relative !== true) return false;
        if (g.resolved !== undefined && gold.published) return p.resolved === g.resolved;
        return true;
      }
      return p.relative !== true && p.value === g.value;
    case 'quantities': {
      if (g.kind !== p.kind) return false;
      if (lemma(g.unit) !== lemma(p.unit)) return false;
      if (g.value !== undefined) return p.value === g.value;
      if (g.min !== undefined || g.max !== undefined) return p.min === g.min && p.max === g.max;
      return p.modifier === g.modifier;
    }
    default:
      return false;
  }
}

/** Caption equality after normalising v/v., et al. and abbreviations (Ctr., Serv.). */
export function canonicalCaption(s: unknown): string {
  let c = String(s ?? '')
    .replace(/\bet\s+al\b\.?/gi, ' ')
    .replace(/\s+vs?\.?\s+/gi, ' v. ')
    .replace(/[,]/g, ' ');
  c = expandAbbreviations(c);
  return fold(c.replace(/\s+v\.\s+/g, ' v. '));
}

function withoutOffice(docket: unknown): string {
  return fold(docket).replace(/^\d+:(?=\d{2}-[a-z]{2,4}-)/, '');
}

function lemma(u: unknown): string {
  const s = fold(u);
  if (s.endsWith('ies')) return s.slice(0, -3) + 'y';
  if (s.endsWith('s') && !s.endsWith('ss')) return s.slice(0, -1);
  return s;
}

/** Case-, quote- and whitespace-insensitive form of a gold or extracted string. */
export function fold(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

interface Span {
  start: number;
  end: number;
}

/**
 * Where a gold text occurs in the document, ignoring case ("Today" at a sentence start is "today")
 * and how whitespace is laid out (a PDF caption's court name may span two lines).
 */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  const words = needle.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return out;
  const re = new RegExp(words.map(escapeRegExp).join('\\s+'), 'giu');
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

function overlapsAny(p: Item, spans: Span[]): boolean {
  if (typeof p.start !== 'number' || typeof p.end !== 'number') return false;
  return spans.some((s) => p.start! < s.end && s.start < p.end!);
}

function exactness(p: Item, g: Item): number {
  return p.text === g.text ? 2 : fold(p.text) === fold(g.text) ? 1 : 0;
}

function asItems(v: unknown): Item[] {
  return Array.isArray(v) ? (v as Item[]) : [];
}

function dedupe<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => {
    const k = key(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function describeItem(i: Item): string {
  const parts: string[] = [];
  for (const k of ['text', 'name', 'role', 'represents', 'organization', 'canonical', 'kind', 'value', 'resolved', 'min', 'max', 'modifier', 'unit']) {
    if (i[k] !== undefined) parts.push(`${k}=${JSON.stringify(i[k])}`);
  }
  if (i.relative) parts.push('relative');
  return parts.join(' ');
}
