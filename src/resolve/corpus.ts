// Loads what resolution reads — documents, sentences, mentions, claims — once, into memory, with
// mention values parsed. Resolution never reads anything else, so its results depend only on the
// per-document tables and can be rebuilt at any time.

import type { Db } from '../store/db.ts';
import type { Mention, MentionKind } from '../model/types.ts';

export interface DocRow {
  id: number;
  name: string;
  title: string | null;
  kind: string | null;
  published: string | null;
  efilingDocket: string | null;
  text: string;
}

export interface SentenceRow {
  id: number;
  documentId: number;
  idx: number;
  page: number;
  kind: string;
  start: number;
  end: number;
  text: string;
}

/** A stored mention with its parsed value; `value` has the shape of the union member for `kind`. */
export interface MentionRow<K extends MentionKind = MentionKind> {
  id: number;
  documentId: number;
  sentenceId: number | null;
  page: number;
  kind: K;
  start: number;
  end: number;
  text: string;
  key: string | null;
  value: Extract<Mention, { kind: K }>['value'];
  rule: string;
  confidence: number;
}

export interface ClaimRow {
  id: number;
  documentId: number;
  mentionId: number;
  sentenceId: number | null;
  subject: string | null;
  predicate: string | null;
  object: string | null;
  kind: string;
  value: number | null;
  min: number | null;
  max: number | null;
  modifier: string | null;
  unit: string | null;
  negated: boolean;
  timeValue: string | null;
  timeGrain: string | null;
  timeText: string | null;
}

export interface Corpus {
  documents: Map<number, DocRow>;
  sentences: Map<number, SentenceRow>;
  /** Sentences of each document in order, for "adjacent sentence" lookups. */
  sentencesByDoc: Map<number, SentenceRow[]>;
  mentions: MentionRow[];
  mentionById: Map<number, MentionRow>;
  claims: ClaimRow[];
}

export function loadCorpus(db: Db): Corpus {
  const documents = new Map<number, DocRow>();
  for (const r of db
    .prepare(
      "SELECT id, name, title, kind, published, efiling_docket AS efilingDocket, text FROM documents WHERE status = 'ok' ORDER BY id",
    )
    .all() as (DocRow & { text: string | null })[]) {
    documents.set(r.id, { ...r, text: r.text ?? '' });
  }
  const sentences = new Map<number, SentenceRow>();
  const sentencesByDoc = new Map<number, SentenceRow[]>();
  for (const r of db
    .prepare('SELECT id, document_id AS documentId, idx, page, kind, start, "end", text FROM sentences ORDER BY document_id, idx')
    .all() as SentenceRow[]) {
    sentences.set(r.id, r);
    let list = sentencesByDoc.get(r.documentId);
    if (!list) sentencesByDoc.set(r.documentId, (list = []));
    list.push(r);
  }
  const mentions: MentionRow[] = [];
  const mentionById = new Map<number, MentionRow>();
  for (const r of db
    .prepare(
      `SELECT m.id, m.document_id AS documentId, m.sentence_id AS sentenceId, m.page, m.kind, m.start, m."end", m.text, m.key,
              m.value, m.rule, m.confidence
       FROM mentions m JOIN documents d ON d.id = m.document_id AND d.status = 'ok' ORDER BY m.document_id, m.start, m.id`,
    )
    .all() as (Omit<MentionRow, 'value'> & { value: string })[]) {
    let value: unknown;
    try {
      value = JSON.parse(r.value);
    } catch {
      continue; // a value that is not JSON cannot be compared; the mention stays unresolved
    }
    if (value === null || typeof value !== 'object') continue;
    const m = { ...r, value } as MentionRow;
    mentions.push(m);
    mentionById.set(m.id, m);
  }
  const claims = (
    db
      .prepare(
        `SELECT c.id, c.document_id AS documentId, c.mention_id AS mentionId, c.sentence_id AS sentenceId, c.subject, c.predicate,
                c.object, c.kind, c.value, c.min, c.max, c.modifier, c.unit, c.negated, c.time_value AS timeValue,
                c.time_grain AS timeGrain, c.time_text AS timeText
         FROM claims c JOIN documents d ON d.id = c.document_id AND d.status = 'ok' ORDER BY c.document_id, c.id`,
      )
      .all() as (Omit<ClaimRow, 'negated'> & { negated: number })[]
  ).map((c) => ({ ...c, negated: c.negated === 1 }));
  return { documents, sentences, sentencesByDoc, mentions, mentionById, claims };
}
