// Dated events across documents: every date mention with a value becomes an event described by its
// sentence. Two events from different documents whose sentences say the same thing (high overlap of
// rare content words) but whose dates cannot both be right (neither contains the other) are flagged
// as one event dated differently by two sources — only when they also share a main verb ("held a
// hearing" / "held a hearing"), so a motion "filed" on one date and an order "ruling on the motion"
// on another are not taken for one event.

import type { Db } from '../store/db.ts';
import type { Corpus, MentionRow, SentenceRow } from './corpus.ts';
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

export function buildTimeline(corpus: Corpus): TimelineEvent[] {
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
  flagDifferentDates(events);
  return events;
}

function flagDifferentDates(events: TimelineEvent[]): void {
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
      const o = overlapScore(a.stems, b.stems, idf);
      if (o.score < SAME_EVENT_MIN || o.shared.length < MIN_SHARED) return;
      candidates.push({ i, j, rank, score: Math.round(o.score * 1000) / 1000 });
    },
  );
  // Each event takes its best-scoring candidate that also shares the main verb, the first met among
  // equals. Best first, so the verb check (which parses both sentences, the slowest step here) runs
  // only until both events of a pair are settled.
  candidates.sort((x, y) => y.score - x.score || x.rank - y.rank || x.i - y.i || x.j - y.j);
  const verbs = new Map<string, Set<string>>();
  for (const { i, j, score } of candidates) {
    const a = events[i]!;
    const b = events[j]!;
    if (a.conflictScore !== null && b.conflictScore !== null) continue;
    const va = verbsOf(a.description, verbs);
    if (![...verbsOf(b.description, verbs)].some((v) => va.has(v))) continue;
    if (a.conflictScore === null) {
      a.conflictWith = b.id;
      a.conflictScore = score;
    }
    if (b.conflictScore === null) {
      b.conflictWith = a.id;
      b.conflictScore = score;
    }
  }
  if (process.env.CFA_PROFILE) process.stderr.write(`timeline: ${events.length} events, ${candidates.length} candidate pairs, ${verbs.size} sentences parsed\n`);
}

// Verbs that say nothing about which event happened.
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'shall', 'should']);

/**
 * Stem of a sentence's main verb, from compromise (slow, so only for pairs that already look alike,
 * and once per sentence per run: `cache` lives as long as one resolve).
 */
function verbsOf(sentence: string, cache: Map<string, Set<string>>): Set<string> {
  let v = cache.get(sentence);
  if (!v) {
    v = new Set<string>();
    // The first full verb is the main clause's: "On May 5 the court ordered that ... without filing".
    // (Putting only the verbs up to that one in the infinitive would be faster, but compromise then
    // reads some sentences differently: "I mean, ... was decided".)
    for (const inf of nlp(sentence).verbs().toInfinitive().out('array') as string[]) {
      const words = inf.toLowerCase().split(/\s+/).filter((w) => /^[a-z]+$/.test(w) && !LIGHT_VERBS.has(w) && w !== 'not');
      const main = words[words.length - 1];
      if (main) {
        v.add(stem(main));
        break;
      }
    }
    cache.set(sentence, v);
  }
  return v;
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
