// Cross-document resolution over the whole database, run at the end of every analyze. It reads only
// documents, sentences, mentions and claims, and rewrites its own tables from scratch in one
// transaction, so re-analyzing one changed file re-resolves without re-reading the others. The one
// table it keeps across runs is sentence_verbs, a cache of parses keyed by sentence (see timeline.ts).

import { immediate, type Db } from '../store/db.ts';
import { loadCorpus } from './corpus.ts';
import { resolveEntities, type EntityResolution } from './entities.ts';
import { resolveCases, writeCases, type CaseResolution } from './cases.ts';
import { resolveClaims, writeClaims, type ClaimResolution } from './claims.ts';
import { checkArithmetic, writeArithmetic, type ArithmeticCheck } from './arithmetic.ts';
import { buildTimeline, SentenceVerbs, writeSentenceVerbs, writeTimeline, type TimelineEvent } from './timeline.ts';

export interface ResolveStats {
  entities: number;
  merges: number;
  mergeCandidates: number;
  cases: number;
  claimGroups: number;
  conflicts: number;
  agreements: number;
  arithmeticChecks: number;
  timelineEvents: number;
  seconds: number;
}

// Children first, so each DELETE leaves no row pointing at a deleted one.
const OWN_TABLES = [
  'timeline_events',
  'arithmetic_checks',
  'agreements',
  'conflicts',
  'claim_group_members',
  'claim_groups',
  'case_counsel',
  'case_parties',
  'case_documents',
  'cases',
  'merge_candidates',
  'entity_merges',
  'entity_mentions',
  'entity_aliases',
  'entities',
] as const;

export function resolveCorpus(db: Db): ResolveStats {
  const started = performance.now();
  // Read and write under one write lock: another run storing documents in between would leave
  // this run's results pointing at rows that no longer exist.
  const t = stageTimer();
  const result = immediate(db, () => {
    const corpus = t('load', () => loadCorpus(db));
    const entities = t('entities', () => resolveEntities(corpus));
    const cases = t('cases', () => resolveCases(corpus, entities));
    const claims = t('claims', () => resolveClaims(corpus, cases));
    const arithmetic = t('arithmetic', () => checkArithmetic(corpus));
    const verbs = t('verb-cache', () => SentenceVerbs.load(db));
    const timeline = t('timeline', () => buildTimeline(corpus, cases, verbs));
    t('write', () => {
      // Timeline rows point at each other; clear the links before deleting.
      db.prepare('UPDATE timeline_events SET conflict_event_id = NULL').run();
      for (const table of OWN_TABLES) db.prepare(`DELETE FROM ${table}`).run();
      writeEntities(db, entities);
      writeCases(db, cases);
      writeClaims(db, claims);
      writeArithmetic(db, arithmetic);
      writeTimeline(db, timeline);
      writeSentenceVerbs(db, verbs);
    });
    return stats(entities, cases, claims, arithmetic, timeline, (performance.now() - started) / 1000);
  });
  if (process.env.CFA_PROFILE) process.stderr.write(`resolve ${result.seconds.toFixed(2)} s (${t.report()})\n`);
  return result;
}

/** Times each stage of a resolve; CFA_PROFILE=1 prints them, to find what grows with the corpus. */
function stageTimer(): (<T>(name: string, f: () => T) => T) & { report(): string } {
  const times: [string, number][] = [];
  const run = <T>(name: string, f: () => T): T => {
    const t0 = performance.now();
    try {
      return f();
    } finally {
      times.push([name, (performance.now() - t0) / 1000]);
    }
  };
  return Object.assign(run, { report: () => times.map(([n, s]) => `${n} ${s.toFixed(2)}`).join(', ') });
}

function stats(
  e: EntityResolution,
  c: CaseResolution,
  cl: ClaimResolution,
  a: ArithmeticCheck[],
  t: TimelineEvent[],
  seconds: number,
): ResolveStats {
  return {
    entities: e.entities.length,
    merges: e.entities.reduce((n, x) => n + x.merges.length, 0),
    mergeCandidates: e.candidates.length,
    cases: c.cases.length,
    claimGroups: cl.groups.length,
    conflicts: cl.groups.reduce((n, g) => n + g.conflicts.length, 0),
    agreements: cl.groups.reduce((n, g) => n + g.agreements.length, 0),
    arithmeticChecks: a.length,
    timelineEvents: t.length,
    seconds,
  };
}

function writeEntities(db: Db, res: EntityResolution): void {
  const insEntity = db.prepare(
    'INSERT INTO entities (id, type, canonical, key, parent_id, mention_count, document_count) VALUES (?, ?, ?, ?, NULL, ?, ?)',
  );
  const setParent = db.prepare('UPDATE entities SET parent_id = ? WHERE id = ?');
  const insAlias = db.prepare('INSERT INTO entity_aliases (entity_id, alias, kind, mention_count) VALUES (?, ?, ?, ?)');
  const insMention = db.prepare('INSERT INTO entity_mentions (mention_id, entity_id, document_id) SELECT id, ?, document_id FROM mentions WHERE id = ?');
  const insMerge = db.prepare(
    'INSERT INTO entity_merges (entity_id, alias, merged_with, mention_id, document_id, reason, score, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insCandidate = db.prepare(
    'INSERT INTO merge_candidates (entity_a, entity_b, name_a, name_b, reason, score, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  for (const e of res.entities) {
    insEntity.run(e.id, e.type, e.canonical, e.key, e.mentionIds.length, e.documents.size);
    for (const [alias, a] of e.aliases) insAlias.run(e.id, alias, a.kind, a.count);
    for (const m of e.mentionIds) insMention.run(e.id, m);
    for (const m of e.merges) insMerge.run(e.id, m.alias, m.mergedWith, m.mentionId, m.documentId, m.reason, m.score, m.detail);
  }
  for (const e of res.entities) if (e.parentId !== null) setParent.run(e.parentId, e.id);
  for (const c of res.candidates) insCandidate.run(c.a, c.b, c.nameA, c.nameB, c.reason, c.score, c.detail);
}
