import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile as readBytes, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import PQueue from 'p-queue';
import { DEFAULT_LIMITS, IngestError, type IngestErrorCode, type IngestLimits } from './model/types.ts';
import { walkFolder } from './ingest/walk.ts';
import { readFile } from './ingest/read.ts';
import { createPdfReader } from './ingest/pdf.ts';
import { prepareDocument } from './normalize/prepare.ts';
import { extractAll } from './extract/index.ts';
import { DatabaseUnavailableError, closeDatabase, isUnavailable, openDatabase, type Db } from './store/db.ts';
import { classifyFile, recordFailure, recordMove, saveDocument, type FileIdentity } from './store/write.ts';
import { resolveCorpus } from './resolve/index.ts';

export interface AnalyzeOptions {
  folder: string;
  dbPath: string;
  concurrency: number;
  limits?: Partial<IngestLimits>;
  /** Called after each file with the number done so far. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called once per failed file with its one-line error. */
  onFailure?: (failure: FileFailure) => void;
}

export interface FileFailure {
  path: string;
  code: IngestErrorCode;
  message: string;
}

export interface AnalyzeSummary {
  folder: string;
  database: string;
  files: number;
  ingested: number;
  moved: number;
  skipped: number;
  failed: FileFailure[];
  failedByReason: Record<string, number>;
  needsOcr: string[];
  seconds: number;
  totals: DatabaseTotals;
}

export interface DatabaseTotals {
  documents: number;
  failedDocuments: number;
  pages: number;
  sentences: number;
  mentions: Record<string, number>;
  claims: number;
  entities: number;
  cases: number;
  conflicts: number;
  agreements: number;
}

/** Ingest every supported file under a folder into the database, then re-resolve the corpus. */
export async function analyzeFolder(opts: AnalyzeOptions): Promise<AnalyzeSummary> {
  const started = performance.now();
  const folder = resolve(opts.folder);
  const limits: IngestLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const files = await walkFolder(folder);
  const db = openDatabase(opts.dbPath);
  const pdf = createPdfReader({ concurrency: opts.concurrency, limits });
  const runId = Number(
    db.prepare('INSERT INTO runs (folder, started_at) VALUES (?, ?)').run(folder, new Date().toISOString()).lastInsertRowid,
  );
  const summary: AnalyzeSummary = {
    folder,
    database: resolve(opts.dbPath),
    files: files.length,
    ingested: 0,
    moved: 0,
    skipped: 0,
    failed: [],
    failedByReason: {},
    needsOcr: [],
    seconds: 0,
    totals: emptyTotals(),
  };
  try {
    const queue = new PQueue({ concurrency: Math.max(1, opts.concurrency) });
    let done = 0;
    for (const path of files) {
      void queue.add(async () => {
        await analyzeFile(db, path, pdf, limits, summary, opts.onFailure);
        opts.onProgress?.(++done, files.length, path);
      });
    }
    await queue.onIdle();
    resolveCorpus(db);
    db.prepare('UPDATE runs SET finished_at = ?, ingested = ?, skipped = ?, failed = ? WHERE id = ?').run(
      new Date().toISOString(),
      summary.ingested,
      summary.skipped,
      summary.failed.length,
      runId,
    );
    summary.totals = databaseTotals(db);
  } finally {
    await pdf.close();
    closeDatabase(db);
  }
  summary.failed.sort((a, b) => a.path.localeCompare(b.path));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}

async function analyzeFile(
  db: Db,
  path: string,
  pdf: ReturnType<typeof createPdfReader>,
  limits: IngestLimits,
  summary: AnalyzeSummary,
  onFailure: AnalyzeOptions['onFailure'],
): Promise<void> {
  const now = new Date().toISOString();
  let file: FileIdentity;
  try {
    file = await identify(path);
  } catch (e) {
    // Unreadable: no hash to key on, but the failure is still recorded against the path.
    const fail = { path, code: 'unreadable' as const, message: `cannot read file: ${(e as Error).message}` };
    recordFailure(db, { path, hash: '', size: 0 }, fail.code, fail.message, now);
    noteFailure(summary, fail, onFailure);
    return;
  }
  const known = classifyFile(db, file, existsSync);
  if (known.action === 'skip') {
    summary.skipped++;
    return;
  }
  if (known.action === 'move') {
    recordMove(db, known.id, path);
    summary.moved++;
    return;
  }
  try {
    const out = await readFile(path, { pdf, limits });
    const doc = prepareDocument(out);
    const findings = extractAll(doc);
    saveDocument(db, file, out, doc, findings, now);
    summary.ingested++;
    if (out.meta.needsOcr) summary.needsOcr.push(path);
  } catch (e) {
    if (isUnavailable(e)) throw new DatabaseUnavailableError(db.name, (e as Error).message);
    if (!(e instanceof IngestError)) throw e;
    const fail = { path, code: e.code, message: e.message };
    recordFailure(db, file, e.code, e.message, now);
    noteFailure(summary, fail, onFailure);
  }
}

function noteFailure(summary: AnalyzeSummary, fail: FileFailure, onFailure: AnalyzeOptions['onFailure']): void {
  summary.failed.push(fail);
  summary.failedByReason[fail.code] = (summary.failedByReason[fail.code] ?? 0) + 1;
  onFailure?.(fail);
}

async function identify(path: string): Promise<FileIdentity> {
  const st = await stat(path);
  // Hashing reads the whole file; files beyond the size limit are refused by the reader anyway,
  // so hash only their size and mtime rather than reading gigabytes.
  if (st.size > DEFAULT_LIMITS.maxFileBytes) {
    return { path, size: st.size, hash: `size:${st.size}:mtime:${st.mtimeMs}` };
  }
  const bytes = await readBytes(path);
  return { path, size: st.size, hash: createHash('sha256').update(bytes).digest('hex') };
}

function emptyTotals(): DatabaseTotals {
  return { documents: 0, failedDocuments: 0, pages: 0, sentences: 0, mentions: {}, claims: 0, entities: 0, cases: 0, conflicts: 0, agreements: 0 };
}

export function databaseTotals(db: Db): DatabaseTotals {
  const count = (sql: string): number => (db.prepare(sql).pluck().get() as number | undefined) ?? 0;
  const tableExists = (name: string): boolean =>
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  const mentions: Record<string, number> = {};
  for (const row of db.prepare('SELECT kind, count(*) AS n FROM mentions GROUP BY kind ORDER BY kind').all() as { kind: string; n: number }[]) {
    mentions[row.kind] = row.n;
  }
  return {
    documents: count("SELECT count(*) FROM documents WHERE status = 'ok'"),
    failedDocuments: count("SELECT count(*) FROM documents WHERE status = 'failed'"),
    pages: count('SELECT count(*) FROM pages'),
    sentences: count('SELECT count(*) FROM sentences'),
    mentions,
    claims: count('SELECT count(*) FROM claims'),
    entities: tableExists('entities') ? count('SELECT count(*) FROM entities') : 0,
    cases: tableExists('cases') ? count('SELECT count(*) FROM cases') : 0,
    conflicts: tableExists('conflicts') ? count('SELECT count(*) FROM conflicts') : 0,
    agreements: tableExists('agreements') ? count('SELECT count(*) FROM agreements') : 0,
  };
}
