import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_LIMITS } from '../model/types.ts';
import { readFile } from '../ingest/read.ts';
import { createPdfReader } from '../ingest/pdf.ts';
import { prepareDocument } from '../normalize/prepare.ts';
import { extractAll } from '../extract/index.ts';
import { toGoldShape } from '../report/gold-format.ts';
import { analyzeFolder } from '../pipeline.ts';
import { openDatabase, closeDatabase } from '../store/db.ts';
import { crossDocumentFindings } from '../resolve/cross-document.ts';
import { f1, scoreDocument, type GoldDocument, type Scores } from './score.ts';
import { scoreCrossDocument, type CrossDocument } from './cross-score.ts';

/** Documents under a root folder and what a correct run finds in them. */
export interface EvalSet {
  root: string;
  /** `document` is a path relative to `root`. */
  golds: GoldDocument[];
  cross?: CrossDocument;
  /** Write a sidecar for each gold `published` date the documents do not carry themselves. */
  sidecarsFromGold: boolean;
}

export interface EvalResult {
  scores: Scores;
  summary: Record<string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }>;
}

/** ../shared/gold: one JSON file per seed document, plus cross-document.json. */
export function loadGoldFolder(goldDir: string, documents: string): EvalSet {
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.json') && f !== 'cross-document.json')
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDocument);
  const crossPath = join(goldDir, 'cross-document.json');
  const cross = existsSync(crossPath) ? (JSON.parse(readFileSync(crossPath, 'utf8')) as CrossDocument) : undefined;
  return { root: documents, golds, ...(cross ? { cross } : {}), sidecarsFromGold: true };
}

/** A corpus folder whose README.md holds a ```json block {documents: {path: gold}, cross_document}. */
export function loadCorpusReadme(corpusDir: string): EvalSet {
  const readme = readFileSync(join(corpusDir, 'README.md'), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(readme);
  if (!block) throw new Error(`${join(corpusDir, 'README.md')} has no \`\`\`json block of expected findings`);
  const parsed = JSON.parse(block[1]!) as { documents: Record<string, Omit<GoldDocument, 'document'>>; cross_document?: CrossDocument };
  const golds = Object.entries(parsed.documents).map(([document, g]) => ({ ...g, document }) as GoldDocument);
  // Cross-document findings name documents by file name.
  const cross = parsed.cross_document ? renameDocuments(parsed.cross_document) : undefined;
  return { root: corpusDir, golds, ...(cross ? { cross } : {}), sidecarsFromGold: false };
}

export async function runEval(set: EvalSet, opts: { crossDocument?: boolean } = {}): Promise<EvalResult> {
  const scores: Scores = {};
  const pdf = createPdfReader({ concurrency: 1, limits: DEFAULT_LIMITS });
  try {
    for (const gold of set.golds) {
      const path = join(set.root, gold.document);
      if (!existsSync(path)) throw new Error(`the gold describes ${gold.document}, which is not in ${set.root}`);
      const out = await readFile(path, { pdf, limits: DEFAULT_LIMITS });
      // The gold says which publication dates are known; the seeds carry none in their text.
      if (set.sidecarsFromGold && gold.published) {
        out.meta.published = gold.published;
        out.meta.publishedFrom = 'sidecar';
      }
      const doc = prepareDocument(out);
      scoreDocument(gold, toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>, doc.text, scores);
    }
  } finally {
    await pdf.close();
  }
  if (opts.crossDocument !== false && set.cross) {
    Object.assign(scores, scoreCrossDocument(set.cross, await crossDocumentRun(set)));
  }
  const summary: EvalResult['summary'] = {};
  for (const [k, s] of Object.entries(scores)) summary[k] = { ...f1(s), tp: s.tp, fp: s.fp, fn: s.fn };
  return { scores, summary };
}

/** Analyze a copy of the documents as one corpus in a scratch database. */
async function crossDocumentRun(set: EvalSet): Promise<CrossDocument> {
  const work = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const folder = join(work, 'docs');
    cpSync(set.root, folder, { recursive: true });
    if (set.sidecarsFromGold) {
      for (const g of set.golds) {
        const sidecar = join(folder, `${g.document}.meta.json`);
        if (g.published && !existsSync(sidecar)) writeFileSync(sidecar, JSON.stringify({ published: g.published }));
      }
    }
    const dbPath = join(work, 'eval.sqlite');
    await analyzeFolder({ folder, dbPath, concurrency: 2 });
    const db = openDatabase(dbPath);
    try {
      return crossDocumentFindings(db) as unknown as CrossDocument;
    } finally {
      closeDatabase(db);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function renameDocuments(cross: CrossDocument): CrossDocument {
  const rename = (d: string | undefined) => (d === undefined ? d : basename(d));
  return {
    ...cross,
    cases: cross.cases?.map((c) => ({ ...c, documents: c.documents?.map((d) => basename(d)) })),
    conflicts: cross.conflicts?.map((g) => ({ ...g, values: g.values?.map((v) => ({ ...v, document: rename(v.document) })) })),
    agreements: cross.agreements?.map((g) => ({ ...g, values: g.values?.map((v) => ({ ...v, document: rename(v.document) })) })),
    arithmetic: cross.arithmetic?.map((a) => ({ ...a, document: rename(a.document) })),
  };
}

export function defaultEvalPaths(root: string): { gold: string; documents: string } {
  return { gold: resolve(root, '../shared/gold'), documents: resolve(root, '../shared/seeds') };
}
