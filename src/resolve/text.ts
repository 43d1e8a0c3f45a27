// Content words of sentences and how much two sets of them overlap, weighted by rarity in the
// corpus: what claim grouping and timeline matching use to decide two sentences describe one fact.

import { createRequire } from 'node:module';

// The Porter stemmer submodule only (the package root reads .env and prints).
const porter = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(word: string): string };

// Function words and reporting verbs that say nothing about which fact a sentence states.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both but by
can could did do does doing down during each few for from further had has have having he her here hers him his how i if in
into is it its itself just me more most my no nor not of off on once only or other our out over own same she should so some
such than that the their them then there these they this those through to too under until up very was we were what when where
which while who whom why will with would you your yours said says say according told reads per via yet still even much many
one two three four five six seven eight nine ten first last previously already now today yesterday week weeks day days month
months year years hour hours minute minutes time times percent roughly approximately nearly almost around least`.split(/\s+/),
);

const cache = new Map<string, string>();
export function stem(word: string): string {
  let s = cache.get(word);
  if (s === undefined) {
    s = porter.stem(word);
    if (cache.size > 100_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/** Lower-case word tokens with their offsets (letters and digits; apostrophes dropped). */
export function tokens(text: string): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  const re = /[\p{L}][\p{L}'’]*|\d[\d,.]*/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ word: m[0].toLowerCase().replace(/['’](s)?$/u, '').replace(/['’]/gu, ''), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Stems of the content words: no stopwords, no numbers, nothing shorter than 3 letters. */
export function contentStems(text: string, skip?: { start: number; end: number }): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (skip && t.start < skip.end && t.end > skip.start) continue;
    if (t.word.length < 3 || /^\d/.test(t.word) || STOPWORDS.has(t.word)) continue;
    out.push(stem(t.word));
  }
  return out;
}

/** Inverse document frequency over a set of texts (sentences), so rare shared words weigh more. */
export class Idf {
  private df = new Map<string, number>();
  private n = 0;
  /** Weights already computed since the last add: scoring asks for the same stems millions of times. */
  private memo = new Map<string, number>();
  add(stems: Iterable<string>): void {
    this.n++;
    if (this.memo.size > 0) this.memo.clear();
    for (const s of new Set(stems)) this.df.set(s, (this.df.get(s) ?? 0) + 1);
  }
  weight(s: string): number {
    let w = this.memo.get(s);
    if (w === undefined) {
      w = Math.log(1 + (this.n + 1) / ((this.df.get(s) ?? 0) + 1));
      this.memo.set(s, w);
    }
    return w;
  }
}

/**
 * Overlap of two stem sets, weighted by IDF: the shared weight over the smaller set's weight
 * (so a short report and a long one restating it still match), damped by the Jaccard share so
 * that one or two shared words between long sentences do not look like a restatement.
 */
export function overlapScore(a: ReadonlySet<string>, b: ReadonlySet<string>, idf: Idf): { score: number; shared: string[] } {
  if (a.size === 0 || b.size === 0) return { score: 0, shared: [] };
  let wa = 0;
  let wb = 0;
  let ws = 0;
  const shared: string[] = [];
  for (const s of a) wa += idf.weight(s);
  for (const s of b) {
    const w = idf.weight(s);
    wb += w;
    if (a.has(s)) {
      ws += w;
      shared.push(s);
    }
  }
  const containment = ws / Math.min(wa, wb);
  const jaccard = ws / (wa + wb - ws);
  return { score: 0.6 * containment + 0.4 * Math.sqrt(jaccard), shared };
}

/** The first written form of each content stem in a text: "dissemin" -> "disseminated". */
export function surfaceWords(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of tokens(text)) {
    const st = contentStems(t.word)[0];
    if (st && !out.has(st)) out.set(st, text.slice(t.start, t.end));
  }
  return out;
}

/**
 * Blocking: calls `visit(i, j, rank)` once for every pair i < j of items sharing a key that at most
 * `maxPostings` items hold (a key held by more says nothing about which items belong together).
 * `rank` is the first such key they share, numbered in order of first appearance, so sorting the
 * kept pairs by (rank, i, j) gives the order of walking each key's list of items in turn.
 * Walking item by item with one stamp per item, rather than list by list with a set of the pairs
 * already seen, keeps memory linear in the items when the pairs number in the millions.
 */
export function forEachBlockedPair(
  keysOf: readonly Iterable<string>[],
  maxPostings: number,
  visit: (i: number, j: number, rank: number) => void,
): void {
  const postings = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    for (const k of keys) {
      let l = postings.get(k);
      if (!l) postings.set(k, (l = []));
      if (l[l.length - 1] !== i) l.push(i);
    }
  });
  const lists: number[][] = [];
  const rankOf = new Map<string, number>();
  for (const [k, l] of postings) {
    rankOf.set(k, lists.length);
    lists.push(l);
  }
  const stamp = new Int32Array(keysOf.length).fill(-1);
  keysOf.forEach((keys, i) => {
    const ranks: number[] = [];
    for (const k of keys) {
      const r = rankOf.get(k)!;
      const len = lists[r]!.length;
      if (len >= 2 && len <= maxPostings) ranks.push(r);
    }
    ranks.sort((x, y) => x - y);
    for (const r of ranks) {
      const list = lists[r]!;
      // Lists are in item order: binary-search past i.
      let lo = 0;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]! <= i) lo = mid + 1;
        else hi = mid;
      }
      for (let x = lo; x < list.length; x++) {
        const j = list[x]!;
        if (stamp[j] === i) continue;
        stamp[j] = i;
        visit(i, j, r);
      }
    }
  });
}
