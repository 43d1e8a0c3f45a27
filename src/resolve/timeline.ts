// Dated events across documents: every date mention with a value becomes an event described by its
// sentence. Two events from different documents whose sentences say the same thing (high overlap of
// rare content words) but whose dates cannot both be right (neither contains the other) are flagged
// as one event dated differently by two sources — only when they also share a main verb ("held a
// hearing" / "held a hearing"), so a motion "filed" on one date and an order "ruling on the motion"
// on another are not taken for one event — and only when the two documents may be about one case
// (the rule claims follow: they share a case, or either is in none), so the same hearing language
// in two unrelated lawsuits is not read as one hearing.
//
// The main verb comes from a compromise parse (a few ms a sentence), so each sentence's verb is kept
// in sentence_verbs: a re-run parses only sentences it has not met. Sentences are never edited in
// place (a changed document's rows are deleted and re-inserted, cascading to the cache).

import type { Db } from '../store/db.ts';
import type { Corpus, MentionRow, SentenceRow } from './corpus.ts';
import { mayShareCase, type CaseResolution } from './cases.ts';
import type { DateValue } from '../model/types.ts';
import nlp from 'compromise';
import { contentStems, forEachBlockedPair, Idf, overlapScore, stem } from './text.ts';

export interface TimelineEvent {
  /** 1-based, written as the row id. */
  id: number;
  date: string;
  dateEnd: string | null;
  grain: string | null;
  description: string;
  documentId: number;
  sentenceId: number | null;
  mention: MentionRow<'date'>;
  certainty: string | null;
  relative: boolean;
  stems: Set<string>;
  conflictWith: number | null;
  conflictScore: number | null;
}

const SAME_EVENT_MIN = 0.55; // sentence overlap above which two dated sentences describe one event
const MIN_SHARED = 3;
const MAX_POSTINGS = 300;

/** Whether two ISO dates at any grain can name the same time: equal, or one contains the other. */
export function datesCompatible(a: string, b: string, grainA?: string | null, grainB?: string | null): boolean {
  if (a.startsWith(b) || b.startsWith(a)) return true;
  // A week is written as its Monday: it contains the six days after.
  const inWeek = (week: string, day: string): boolean => {
    const w = Date.parse(week);
    const d = Date.parse(day);
    return Number.isFinite(w) && Number.isFinite(d) && d >= w && d < w + 7 * 86_400_000;
  };
  if (grainA === 'week' && b.length === 10) return inWeek(a, b);
  if (grainB === 'week' && a.length === 10) return inWeek(b, a);
  return false;
}

/**
 * Main verbs by sentence id: those stored by earlier runs, and those this run parses (`fresh`),
 * to be written back. A verb is the lemma as compromise gives it; null when the sentence has none.
 */
export class SentenceVerbs {
  readonly fresh = new Map<number, string | null>();
  // Same text, same parse: sentences repeated across documents, and events with no sentence row.
  private byText = new Map<string, string | null>();
  constructor(private readonly stored: ReadonlyMap<number, string | null> = new Map()) {}

  static load(db: Db): SentenceVerbs {
    const rows = db.prepare('SELECT sentence_id AS id, verb FROM sentence_verbs').all() as { id: number; verb: string | null }[];
    return new SentenceVerbs(new Map(rows.map((r) => [r.id, r.verb])));
  }

  /** Stem of the main verb of the event's sentence, or null. */
  of(e: TimelineEvent): string | null {
    const id = e.sentenceId;
    // A stored null is an answer (no main verb), not a miss.
    let v = id === null ? undefined : this.stored.has(id) ? this.stored.get(id) : this.fresh.get(id);
    if (v === undefined) {
      v = this.byText.get(e.description);
      if (v === undefined) this.byText.set(e.description, (v = mainVerb(e.description)));
      if (id !== null) this.fresh.set(id, v);
    }
    return v === null ? null : stem(v);
  }

  get parsed(): number {
    return this.byText.size;
  }
}

export function buildTimeline(corpus: Corpus, cases: CaseResolution, verbs: SentenceVerbs = new SentenceVerbs()): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const m of corpus.mentions) {
    if (m.kind !== 'date') continue;
    const v = m.value as DateValue;
    const date = v.value ?? v.range?.start;
    if (!date) continue;
    const s: SentenceRow | undefined = m.sentenceId !== null ? corpus.sentences.get(m.sentenceId) : undefined;
    const description = s?.text ?? m.text;
    events.push({
      id: events.length + 1,
      date,
      dateEnd: v.range?.end ?? null,
      grain: v.grain ?? null,
      description,
      documentId: m.documentId,
      sentenceId: m.sentenceId,
      mention: m as MentionRow<'date'>,
      certainty: v.certainty ?? null,
      relative: v.relative === true,
      stems: new Set(contentStems(description, s ? { start: m.start - s.start, end: m.end - s.start } : undefined)),
      conflictWith: null,
      conflictScore: null,
    });
  }
  flagDifferentDates(events, cases, verbs);
  return events;
}

function flagDifferentDates(events: TimelineEvent[], cases: CaseResolution, verbs: SentenceVerbs): void {
  const casesOf = (e: TimelineEvent): number[] => cases.casesOfDocument.get(e.documentId) ?? [];
  const idf = new Idf();
  for (const e of events) idf.add(e.stems);
  // Pairs that look like one event, each with its place in the order pairs are met in.
  const candidates: { i: number; j: number; rank: number; score: number }[] = [];
  forEachBlockedPair(
    events.map((e) => e.stems),
    MAX_POSTINGS,
    (i, j, rank) => {
      const a = events[i]!;
      const b = events[j]!;
      if (a.documentId === b.documentId || datesCompatible(a.date, b.date, a.grain, b.grain)) return;
      if (!mayShareCase(casesOf(a), casesOf(b))) return;
      const o = overlapScore(a.stems, b.stems, idf);
      if (o.score < SAME_EVENT_MIN || o.shared.length < MIN_SHARED) return;
      candidates.push({ i, j, rank, score: Math.round(o.score * 1000) / 1000 });
    },
  );
  // Each event takes its best-scoring candidate that also shares the main verb, the first met among
  // equals. Best first, so the verb check (which parses both sentences, the slowest step here) runs
  // only until both events of a pair are settled.
  candidates.sort((x, y) => y.score - x.score || x.rank - y.rank || x.i - y.i || x.j - y.j);
  for (const { i, j, score } of candidates) {
    const a = events[i]!;
    const b = events[j]!;
    if (a.conflictScore !== null && b.conflictScore !== null) continue;
    const va = verbs.of(a);
    if (va === null || verbs.of(b) !== va) continue;
    if (a.conflictScore === null) {
      a.conflictWith = b.id;
      a.conflictScore = score;
    }
    if (b.conflictScore === null) {
      b.conflictWith = a.id;
      b.conflictScore = score;
    }
  }
  if (process.env.CFA_PROFILE) process.stderr.write(`timeline: ${events.length} events, ${candidates.length} candidate pairs, ${verbs.parsed} sentences parsed\n`);
}

// Verbs that say nothing about which event happened.
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/**
 * Lemma of a sentence's main verb, from compromise (slow, so only for pairs that already look alike,
 * and once per sentence: see SentenceVerbs).
 */
function mainVerb(sentence: string): string | null {
  // The first full verb is the main clause's: "On May 5 the court ordered that ... without filing".
  // (Putting only the verbs up to that one in the infinitive would be faster, but compromise then
  // reads some sentences differently: "I mean, ... was decided".)
  for (const inf of nlp(sentence).verbs().toInfinitive().out('array') as string[]) {
    const words = inf.toLowerCase().split(/\s+/).filter((w) => /^[a-z]+$/.test(w) && !LIGHT_VERBS.has(w) && w !== 'not');
    const main = words[words.length - 1];
    if (main) return main;
  }
  return null;
}

export function writeTimeline(db: Db, events: TimelineEvent[]): void {
  const ins = db.prepare(
    `INSERT INTO timeline_events (id, date, date_end, grain, description, document_id, sentence_id, mention_id, certainty, relative)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const link = db.prepare('UPDATE timeline_events SET conflict_event_id = ?, conflict_score = ? WHERE id = ?');
  for (const e of events) {
    ins.run(e.id, e.date, e.dateEnd, e.grain, e.description, e.documentId, e.sentenceId, e.mention.id, e.certainty, e.relative ? 1 : 0);
  }
  for (const e of events) if (e.conflictWith !== null) link.run(e.conflictWith, e.conflictScore, e.id);
}

export function writeSentenceVerbs(db: Db, verbs: SentenceVerbs): void {
  const ins = db.prepare('INSERT OR REPLACE INTO sentence_verbs (sentence_id, verb) VALUES (?, ?)');
  for (const [id, verb] of verbs.fresh) ins.run(id, verb);
}
