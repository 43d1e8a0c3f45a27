// What a run concludes across documents, read back from the resolution tables, in the shape of
// shared/gold/cross-document.json: cases with their documents, groups of names that are one entity,
// conflicts and agreements between claims (each value with its document, text and offsets), and
// arithmetic checks.

import type { Db } from '../store/db.ts';
import { cleanName } from './names.ts';
import { CHECK_ROLES, type CheckKind } from './arithmetic.ts';

export interface SourcedValue {
  document: string;
  title: string | null;
  text: string;
  start: number;
  end: number;
  page: number;
  sentence: string | null;
  value: number | null;
  min: number | null;
  max: number | null;
  unit: string | null;
  modifier: string | null;
}

export interface CrossDocumentFindings {
  cases: {
    id: number;
    canonical: string;
    docket: string | null;
    court: string | null;
    judge: string | null;
    documents: string[];
    placement: { document: string; reason: string; score: number; detail: string | null }[];
    parties: { name: string; role: string; title: string | null; source: string }[];
    counsel: { name: string; kind: string; organization: string | null; side: string | null }[];
  }[];
  same_entity: string[][];
  entities: {
    id: number;
    type: string;
    canonical: string;
    aliases: string[];
    mentions: { document: string; text: string; start: number; end: number }[];
    merges: { alias: string; merged_with: string; reason: string; score: number; detail: string | null }[];
  }[];
  merge_candidates: { a: string; b: string; reason: string; score: number; detail: string | null }[];
  conflicts: ClaimGroupOut[];
  agreements: ClaimGroupOut[];
  arithmetic: {
    document: string;
    statement: string;
    holds: boolean;
    computed: number;
    stated: number;
    tolerance: number;
    text: string;
    start: number;
    end: number;
    values: { role: string; text: string; start: number; end: number }[];
  }[];
  timeline_conflicts: { description: string; date: string; document: string; other_date: string; other_document: string; other_description: string; score: number }[];
}

export interface ClaimGroupOut {
  id: number;
  about: string;
  kind: string;
  unit: string | null;
  score: number;
  reason: string;
  values: SourcedValue[];
  pairs: { a: string; b: string; comparison: string; score: number; reason: string; kind?: string }[];
}

export function crossDocumentFindings(db: Db): CrossDocumentFindings {
  const cases = readCases(db);
  const entities = readEntities(db);
  return {
    cases,
    ...entities,
    same_entity: [...entities.same_entity, ...docketForms(db, cases)],
    conflicts: readGroups(db, 'conflict'),
    agreements: readGroups(db, 'agreement'),
    arithmetic: readArithmetic(db),
    timeline_conflicts: readTimelineConflicts(db),
  };
}

function readCases(db: Db): CrossDocumentFindings['cases'] {
  const cases = db.prepare('SELECT id, canonical, docket, court, judge FROM cases ORDER BY id').all() as {
    id: number; canonical: string; docket: string | null; court: string | null; judge: string | null;
  }[];
  const docs = db.prepare(
    'SELECT d.name AS document, cd.reason, cd.score, cd.detail FROM case_documents cd JOIN documents d ON d.id = cd.document_id WHERE cd.case_id = ? ORDER BY d.name',
  );
  const parties = db.prepare('SELECT name, role, title, source FROM case_parties WHERE case_id = ? ORDER BY role, id');
  const counsel = db.prepare('SELECT name, kind, organization, side FROM case_counsel WHERE case_id = ? ORDER BY side, kind, id');
  return cases.map((c) => {
    const placement = docs.all(c.id) as { document: string; reason: string; score: number; detail: string | null }[];
    return {
      ...c,
      documents: placement.map((p) => p.document),
      placement,
      parties: parties.all(c.id) as { name: string; role: string; title: string | null; source: string }[],
      counsel: counsel.all(c.id) as { name: string; kind: string; organization: string | null; side: string | null }[],
    };
  });
}

function readEntities(db: Db): Pick<CrossDocumentFindings, 'same_entity' | 'entities' | 'merge_candidates'> {
  const rows = db.prepare('SELECT id, type, canonical FROM entities ORDER BY id').all() as { id: number; type: string; canonical: string }[];
  const aliasesOf = db.prepare('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY mention_count DESC, alias');
  const mentionsOf = db.prepare(
    `SELECT d.name AS document, m.text, m.start, m."end" AS "end" FROM entity_mentions em JOIN mentions m ON m.id = em.mention_id
     JOIN documents d ON d.id = m.document_id WHERE em.entity_id = ? ORDER BY d.name, m.start`,
  );
  const mergesOf = db.prepare('SELECT alias, merged_with, reason, score, detail FROM entity_merges WHERE entity_id = ? ORDER BY id');
  const same: string[][] = [];
  const entities: CrossDocumentFindings['entities'] = [];
  for (const e of rows) {
    const seen = new Map<string, string>();
    // A name written in capitals in a caption and in mixed case in prose is two written forms of one
    // entity ("STATE OF OHIO" / "State of Ohio"), listed once each.
    const written = new Set<string>();
    for (const a of [e.canonical, ...(aliasesOf.pluck().all(e.id) as string[])]) {
      const c = cleanName(a);
      const k = c.toLowerCase();
      if (c) written.add(c);
      if (c && !seen.has(k)) seen.set(k, c);
    }
    if (written.size < 2) continue;
    const aliases = seen.size < 2 ? [...written] : [...seen.values()];
    same.push(aliases);
    entities.push({
      id: e.id,
      type: e.type,
      canonical: e.canonical,
      aliases,
      mentions: mentionsOf.all(e.id) as { document: string; text: string; start: number; end: number }[],
      merges: mergesOf.all(e.id) as CrossDocumentFindings['entities'][number]['merges'],
    });
  }
  const candidates = db
    .prepare('SELECT name_a AS a, name_b AS b, reason, score, detail FROM merge_candidates ORDER BY score DESC, id')
    .all() as CrossDocumentFindings['merge_candidates'];
  return { same_entity: same, entities, merge_candidates: candidates };
}

/**
 * Conflict groups hold a whole fact: the disjoint claim and the sources that agree with each other.
 * Those agreeing sources are also the fact's agreement, read from the group's agreeing pairs.
 */
function readGroups(db: Db, status: 'conflict' | 'agreement'): ClaimGroupOut[] {
  const groups = db
    .prepare(
      `SELECT id, about, kind, unit, score, reason, status FROM claim_groups
       WHERE status = ? OR (? = 'agreement' AND status = 'conflict') ORDER BY score DESC, id`,
    )
    .all(status, status) as (Omit<ClaimGroupOut, 'values' | 'pairs'> & { status: string })[];
  const members = db.prepare(
    `SELECT g.claim_id AS claimId, d.name AS document, d.title, m.text, m.start, m."end" AS "end", m.page, s.text AS sentence, c.value, c.min, c.max, c.unit, c.modifier
     FROM claim_group_members g JOIN claims c ON c.id = g.claim_id JOIN mentions m ON m.id = c.mention_id
     JOIN documents d ON d.id = c.document_id LEFT JOIN sentences s ON s.id = c.sentence_id
     WHERE g.group_id = ? ORDER BY d.name, m.start`,
  );
  const agreeing = db.prepare('SELECT claim_a AS id FROM agreements WHERE group_id = ? UNION SELECT claim_b FROM agreements WHERE group_id = ?').pluck();
  const pairSql = (table: 'conflicts' | 'agreements'): string =>
    `SELECT ma.text || ' (' || da.name || ')' AS a, mb.text || ' (' || db.name || ')' AS b, p.comparison, p.score, p.reason
       ${table === 'agreements' ? ', p.kind' : ''}
     FROM ${table} p JOIN claims ca ON ca.id = p.claim_a JOIN mentions ma ON ma.id = ca.mention_id JOIN documents da ON da.id = ca.document_id
     JOIN claims cb ON cb.id = p.claim_b JOIN mentions mb ON mb.id = cb.mention_id JOIN documents db ON db.id = cb.document_id
     WHERE p.group_id = ? ORDER BY p.score DESC`;
  const conflictPairs = db.prepare(pairSql('conflicts'));
  const agreementPairs = db.prepare(pairSql('agreements'));
  const out: ClaimGroupOut[] = [];
  for (const { status: groupStatus, ...g } of groups) {
    let values = members.all(g.id) as (SourcedValue & { claimId?: number })[];
    let pairs: ClaimGroupOut['pairs'];
    if (status === 'agreement') {
      pairs = agreementPairs.all(g.id) as ClaimGroupOut['pairs'];
      if (groupStatus === 'conflict') {
        const ids = new Set(agreeing.all(g.id, g.id) as number[]);
        values = values.filter((v) => ids.has(v.claimId!));
        // One document agreeing with itself is no corroboration.
        if (new Set(values.map((v) => v.document)).size < 2) continue;
      }
      // A group of one phrase repeated word for word (boilerplate quoted by several outlets) corroborates nothing.
      if (pairs.every((p) => p.kind === 'repetition')) continue;
    } else {
      pairs = [...(conflictPairs.all(g.id) as ClaimGroupOut['pairs']), ...(agreementPairs.all(g.id) as ClaimGroupOut['pairs'])];
    }
    out.push({ ...g, values: values.map(({ claimId: _, ...v }) => v), pairs });
  }
  return out;
}

function readArithmetic(db: Db): CrossDocumentFindings['arithmetic'] {
  const rows = db
    .prepare(
      `SELECT d.name AS document, a.kind, a.statement, a.holds, a.computed, a.stated, a.tolerance,
              COALESCE(s.text, p.text) AS text, COALESCE(s.start, p.start) AS start, COALESCE(s."end", p."end") AS "end",
              p.text AS pt, p.start AS ps, p."end" AS pe, t.text AS tt, t.start AS ts, t."end" AS te, c.text AS ct, c.start AS cs, c."end" AS ce
       FROM arithmetic_checks a JOIN documents d ON d.id = a.document_id LEFT JOIN sentences s ON s.id = a.sentence_id
       JOIN mentions p ON p.id = a.first_mention_id JOIN mentions t ON t.id = a.second_mention_id JOIN mentions c ON c.id = a.stated_mention_id
       ORDER BY d.name, a.id`,
    )
    .all() as Record<string, string | number>[];
  return rows.map((r) => ({
    document: String(r.document),
    statement: String(r.statement),
    holds: r.holds === 1,
    computed: Number(r.computed),
    stated: Number(r.stated),
    tolerance: Number(r.tolerance),
    text: String(r.text),
    start: Number(r.start),
    end: Number(r.end),
    values: CHECK_ROLES[String(r.kind) as CheckKind].map((role, k) => {
      const [t, s, e] = (['p', 't', 'c'] as const).map((c) => [`${c}t`, `${c}s`, `${c}e`])[k]!;
      return { role, text: String(r[t!]), start: Number(r[s!]), end: Number(r[e!]) };
    }),
  }));
}

function readTimelineConflicts(db: Db): CrossDocumentFindings['timeline_conflicts'] {
  return db
    .prepare(
      `SELECT t.description, t.date, d.name AS document, o.date AS other_date, od.name AS other_document, o.description AS other_description,
              t.conflict_score AS score
       FROM timeline_events t JOIN timeline_events o ON o.id = t.conflict_event_id
       JOIN documents d ON d.id = t.document_id JOIN documents od ON od.id = o.document_id
       WHERE t.id < o.id ORDER BY t.date`,
    )
    .all() as CrossDocumentFindings['timeline_conflicts'];
}

/** "1:25-cv-00457-CKK", "1:25-cv-00457", "25-cv-00457" and "1:25-cv-457" are one docket: year, type and number. */
export function docketBase(docket: string): string {
  return docket
    .trim()
    .toLowerCase()
    .replace(/^\d+:(?=\d{2}-[a-z]{2,4}-)/, '')
    .replace(/^(\d{2}-[a-z]{2,4}-\d+)(?:-[a-z]{2,4})+$/, '$1')
    .replace(/^(\d{2}-[a-z]{2,4}-)(\d{1,4})$/, (_, head: string, n: string) => head + n.padStart(5, '0'));
}

// A district docket as written inside a mention ("case number 2:26-cv-614", "Case No. 3:26-cv-00412-LRM").
const WRITTEN_DOCKET = /\b(?:\d{1,2}:)?\d{2}-[a-z]{2,4}-\d{1,5}(?:-[A-Z]{2,4})*\b/i;

/** For each case with a docket, the ways its documents write that docket (mentions and e-filing stamps). */
function docketForms(db: Db, cases: CrossDocumentFindings['cases']): string[][] {
  // Canonical keys, the numbers as written in the mentions, and e-filing stamps.
  const written = db.prepare(
    `SELECT DISTINCT m.key FROM mentions m JOIN case_documents cd ON cd.document_id = m.document_id
     WHERE cd.case_id = ? AND m.kind = 'docket' AND m.key IS NOT NULL
     UNION SELECT DISTINCT m.text FROM mentions m JOIN case_documents cd ON cd.document_id = m.document_id
     WHERE cd.case_id = ? AND m.kind = 'docket'
     UNION SELECT DISTINCT d.efiling_docket FROM documents d JOIN case_documents cd ON cd.document_id = d.id
     WHERE cd.case_id = ? AND d.efiling_docket IS NOT NULL`,
  );
  const groups: string[][] = [];
  for (const c of cases) {
    if (!c.docket) continue;
    const base = docketBase(c.docket);
    const found = (written.pluck().all(c.id, c.id, c.id) as string[]).map((d) => WRITTEN_DOCKET.exec(d)?.[0] ?? d);
    const forms = new Set([c.docket, ...found.filter((d) => docketBase(d) === base)]);
    if (forms.size > 1) groups.push([...forms]);
  }
  return groups;
}
