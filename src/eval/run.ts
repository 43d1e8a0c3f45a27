import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

export interface EvalOptions {
  gold: string; // folder of gold JSON files
  documents: string; // folder of the documents they describe
  crossDocument?: boolean; // also run the whole pipeline and score cross-document.json
}

export interface EvalResult {
  scores: Scores;
  summary: Record<string, { precision: number; recall: number; f1: number; tp: number; fp: number; fn: number }>;
}

export async function runEval(opts: EvalOptions): Promise<EvalResult> {
  const goldFiles = readdirSync(opts.gold)
    .filter((f) => f.endsWith('.json') && f !== 'cross-document.json')
    .sort();
  const scores: Scores = {};
  const pdf = createPdfReader({ concurrency: 1, limits: DEFAULT_LIMITS });
  try {
    for (const f of goldFiles) {
      const gold = JSON.parse(readFileSync(join(opts.gold, f), 'utf8')) as GoldDocument;
      const path = join(opts.documents, gold.document);
      if (!existsSync(path)) throw new Error(`gold file ${f} describes ${gold.document}, which is not in ${opts.documents}`);
      const out = await readFile(path, { pdf, limits: DEFAULT_LIMITS });
      // The gold says which publication dates are known; the seeds carry none in their text.
      if (gold.published) {
        out.meta.published = gold.published;
        out.meta.publishedFrom = 'sidecar';
      }
      const doc = prepareDocument(out);
      scoreDocument(gold, toGoldShape(doc, extractAll(doc), gold.document) as unknown as Record<string, unknown>, doc.text, scores);
    }
  } finally {
    await pdf.close();
  }

  const crossPath = join(opts.gold, 'cross-document.json');
  if (opts.crossDocument !== false && existsSync(crossPath)) {
    const gold = JSON.parse(readFileSync(crossPath, 'utf8')) as CrossDocument;
    Object.assign(scores, scoreCrossDocument(gold, await crossDocumentRun(opts.gold, opts.documents, goldFiles)));
  }

  const summary: EvalResult['summary'] = {};
  for (const [k, s] of Object.entries(scores)) summary[k] = { ...f1(s), tp: s.tp, fp: s.fp, fn: s.fn };
  return { scores, summary };
}

/** Analyze the documents as a corpus in a scratch database, with the gold's known publication dates as sidecars. */
async function crossDocumentRun(goldDir: string, docsDir: string, goldFiles: string[]): Promise<CrossDocument> {
  const work = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const folder = join(work, 'docs');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(folder);
    for (const f of readdirSync(docsDir)) copyFileSync(join(docsDir, f), join(folder, f));
    for (const f of goldFiles) {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as GoldDocument;
      if (gold.published) writeFileSync(join(folder, `${gold.document}.meta.json`), JSON.stringify({ published: gold.published }));
    }
    const dbPath = join(work, 'eval.sqlite');
    await analyzeFolder({ folder, dbPath, concurrency: 1 });
    const db = openDatabase(dbPath);
    try {
      return crossDocumentFindings(db) as CrossDocument;
    } finally {
      closeDatabase(db);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function defaultEvalPaths(root: string): { gold: string; documents: string } {
  return { gold: resolve(root, '../shared/gold'), documents: resolve(root, '../shared/seeds') };
}
