// Read-only gathering of everything the HTML report shows. Cross-document findings (cases, merged
// entities, conflicts, agreements, arithmetic) come from crossDocumentFindings, and the header counts
// from databaseTotals, so the report says exactly what `npm run conflicts` and `npm run analyze` say;
// only what those do not expose (sentence offsets for highlighting, the timeline, per-document rows
// and mentions) is queried here.

import type { Db } from '../store/db.ts';
import { databaseTotals, type DatabaseTotals } from '../pipeline.ts';
import { crossDocumentFindings, type ClaimGroupOut, type CrossDocumentFindings, type SourcedValue } from '../resolve/cross-document.ts';

/** A claim value with where its sentence starts, so the figure can be marked by offset, not by search. */
export interface ReportValue extends SourcedValue {
  sentenceStart: number | null;
}

export interface ReportGroup extends Omit<ClaimGroupOut, 'values'> {
  values: ReportValue[];
}

export interface ReportRun {
  folder: string;
  startedAt: string;
  finishedAt: string | null;
  ingested: number;
  skipped: number;
  failed: number;
}

export interface ReportEntity {
  id: number;
  type: string;
  canonical: string;
  mentionCount: number;
  documentCount: number;
  aliases: string[];
  merges: CrossDocumentFindings['entities'][number]['merges'];
}

export interface ReportTimelineEvent {
  id: number;
  date: string;
  dateEnd: string | null;
  grain: string | null;
  description: string;
  /** Where the date mention sits inside description; null when the description is not its sentence. */
  markStart: number | null;
  markEnd: number | null;
  dateText: string;
  document: string;
  title: string | null;
  page: number | null;
  relative: boolean;
  certainty: string | null;
  otherDate: string | null;
  otherDocument: string | null;
  conflictScore: number | null;
}

export interface ReportMention {
  kind: string;
  text: string;
  key: string | null;
  value: string;
  page: number;
  rule: string;
  extractor: string;
  confidence: number;
}

export interface ReportDocument {
  id: number;
  name: string;
  path: string;
  format: string | null;
  kind: string | null;
  title: string | null;
  published: string | null;
  source: string | null;
  pageCount: number | null;
  status: 'ok' | 'failed';
  errorCode: string | null;
  error: string | null;
  needsOcr: boolean;
  warnings: string[];
  mentions: ReportMention[];
}

export interface ReportData {
  database: string;
  generatedAt: string;
  lastRun: ReportRun | null;
  totals: DatabaseTotals;
  conflicts: ReportGroup[];
  agreements: ReportGroup[];
  arithmetic: CrossDocumentFindings['arithmetic'];
  cases: CrossDocumentFindings['cases'];
  timeline: ReportTimelineEvent[];
  entities: ReportEntity[];
  mergeCandidates: CrossDocumentFindings['merge_candidates'];
  documents: ReportDocument[];
}

export function gatherReport(db: Db, database: string, now: Date = new Date()): ReportData {
  const findings = crossDocumentFindings(db);
  const startOf = sentenceStartLookup(db);
  const withStarts = (groups: ClaimGroupOut[]): ReportGroup[] =>
    groups.map((g) => ({ ...g, values: g.values.map((v) => ({ ...v, sentenceStart: startOf(v) })) }));
  return {
    database,
    generatedAt: now.toISOString(),
    lastRun: readLastRun(db),
    totals: databaseTotals(db),
    conflicts: withStarts(findings.conflicts),
    agreements: withStarts(findings.agreements),
    arithmetic: findings.arithmetic,
    cases: findings.cases,
    timeline: readTimeline(db),
    entities: readEntities(db, findings.entities),
    mergeCandidates: findings.merge_candidates,
    documents: readDocuments(db),
  };
}

/**
 * SourcedValue names its document by file name and carries the mention's document offsets; the
 * sentence holding that offset gives the start. File names can repeat across folders, so the renderer
 * still checks that the offsets land on the value's text before marking it.
 */
function sentenceStartLookup(db: Db): (v: SourcedValue) => number | null {
  const stmt = db
    .prepare(
      `SELECT s.start FROM sentences s JOIN documents d ON d.id = s.document_id
       WHERE d.name = ? AND s.start <= ? AND s."end" >= ? AND s.text = ? LIMIT 1`,
    )
    .pluck();
  return (v) => {
    if (v.sentence === null) return null;
    return (stmt.get(v.document, v.start, v.end, v.sentence) as number | undefined) ?? null;
  };
}

function readLastRun(db: Db): ReportRun | null {
  const row = db
    .prepare(
      `SELECT folder, started_at AS startedAt, finished_at AS finishedAt, ingested, skipped, failed
       FROM runs ORDER BY (finished_at IS NULL), id DESC LIMIT 1`,
    )
    .get() as ReportRun | undefined;
  return row ?? null;
}

function readTimeline(db: Db): ReportTimelineEvent[] {
  const rows = db
    .prepare(
      `SELECT t.id, t.date, t.date_end AS dateEnd, t.grain, t.description, m.text AS dateText, m.start AS ms, m."end" AS me,
              s.start AS ss, s.text AS st, d.name AS document, d.title, COALESCE(s.page, m.page) AS page,
              t.relative, t.certainty, o.date AS otherDate, od.name AS otherDocument, t.conflict_score AS conflictScore
       FROM timeline_events t JOIN documents d ON d.id = t.document_id JOIN mentions m ON m.id = t.mention_id
       LEFT JOIN sentences s ON s.id = t.sentence_id
       LEFT JOIN timeline_events o ON o.id = t.conflict_event_id LEFT JOIN documents od ON od.id = o.document_id
       ORDER BY t.date, d.name, t.id`,
    )
    .all() as (Omit<ReportTimelineEvent, 'markStart' | 'markEnd' | 'relative'> & {
    ms: number; me: number; ss: number | null; st: string | null; relative: number;
  })[];
  return rows.map(({ ms, me, ss, st, relative, ...r }) => {
    const inSentence = ss !== null && st === r.description;
    return {
      ...r,
      relative: relative === 1,
      markStart: inSentence ? ms - ss : null,
      markEnd: inSentence ? me - ss : null,
    };
  });
}

/** Every entity, with aliases and merge evidence for the ones crossDocumentFindings reports as merged. */
function readEntities(db: Db, merged: CrossDocumentFindings['entities']): ReportEntity[] {
  const byId = new Map(merged.map((e) => [e.id, e]));
  const rows = db
    .prepare(
      `SELECT id, type, canonical, mention_count AS mentionCount, document_count AS documentCount
       FROM entities ORDER BY type, document_count DESC, mention_count DESC, canonical`,
    )
    .all() as Omit<ReportEntity, 'aliases' | 'merges'>[];
  return rows.map((e) => {
    const m = byId.get(e.id);
    return { ...e, aliases: m?.aliases ?? [], merges: m?.merges ?? [] };
  });
}

function readDocuments(db: Db): ReportDocument[] {
  const docs = db
    .prepare(
      `SELECT id, name, path, format, kind, title, published, source, page_count AS pageCount, status,
              error_code AS errorCode, error, needs_ocr AS needsOcr, warnings
       FROM documents ORDER BY status, COALESCE(published, '9999'), name`,
    )
    .all() as (Omit<ReportDocument, 'needsOcr' | 'warnings' | 'mentions'> & { needsOcr: number; warnings: string })[];
  const mentions = db.prepare(
    `SELECT kind, text, key, value, page, rule, extractor, confidence FROM mentions WHERE document_id = ? ORDER BY kind, start`,
  );
  return docs.map((d) => ({
    ...d,
    needsOcr: d.needsOcr === 1,
    warnings: parseWarnings(d.warnings),
    mentions: mentions.all(d.id) as ReportMention[],
  }));
}

function parseWarnings(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.map(String) : [];
  } catch {
    return [json];
  }
}
