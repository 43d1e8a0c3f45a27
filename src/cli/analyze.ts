import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeFolder, type AnalyzeSummary } from '../pipeline.ts';
import { DEFAULT_LIMITS } from '../model/types.ts';
import { EXIT, UsageError, parseCli, runCli, positiveInt } from './args.ts';
import { ProgressBar } from './progress.ts';

const USAGE = `usage: npm run analyze -- [folder] [--db file] [--concurrency N] [--json]
       [--max-pages N] [--max-chars N] [--pdf-timeout SECONDS] [--pdf-memory MB]
  folder         documents to analyze (default: the project's corpora/)
  --db           SQLite database to write (default: analysis.sqlite)
  --concurrency  files read at once (default: number of cores)
  --json         print one JSON summary on stdout and nothing else there`;

const PROJECT_ROOT = resolve(fileURLToPath(import.meta.url), '../../..');

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(
    argv,
    {
      db: { type: 'string' },
      concurrency: { type: 'string' },
      json: { type: 'boolean' },
      'max-pages': { type: 'string' },
      'max-chars': { type: 'string' },
      'pdf-timeout': { type: 'string' },
      'pdf-memory': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    true,
  );
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length > 1) throw new UsageError(`expected one folder, got ${positionals.length}: ${positionals.join(' ')}`);
  const folder = resolve(positionals[0] ?? resolve(PROJECT_ROOT, 'corpora'));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new UsageError(`not a folder: ${folder}`);
  const dbPath = resolve(values.db ?? 'analysis.sqlite');
  const concurrency = positiveInt('concurrency', values.concurrency, availableParallelism());
  const limits = {
    maxPages: positiveInt('max-pages', values['max-pages'], DEFAULT_LIMITS.maxPages),
    maxChars: positiveInt('max-chars', values['max-chars'], DEFAULT_LIMITS.maxChars),
    pdfTimeoutMs: positiveInt('pdf-timeout', values['pdf-timeout'], DEFAULT_LIMITS.pdfTimeoutMs / 1000) * 1000,
    pdfMemoryMb: positiveInt('pdf-memory', values['pdf-memory'], DEFAULT_LIMITS.pdfMemoryMb),
  };
  const json = values.json ?? false;
  const bar = !json && process.stderr.isTTY ? new ProgressBar(process.stderr) : undefined;

  const summary = await analyzeFolder({
    folder,
    dbPath,
    concurrency,
    limits,
    onProgress: (done, total, file) => bar?.update(done, total, relative(folder, file)),
    onFailure: (f) => {
      bar?.clear();
      if (!json) process.stderr.write(`error: ${relative(process.cwd(), f.path) || f.path}: ${f.message}\n`);
    },
  });
  bar?.done();
  if (json) process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
  else process.stdout.write(formatSummary(summary));
  return summary.failed.length > 0 ? EXIT.someFailed : EXIT.ok;
}

export function formatSummary(s: AnalyzeSummary): string {
  const t = s.totals;
  const lines = [
    '',
    `Analyzed ${s.files} file${s.files === 1 ? '' : 's'} in ${s.folder} (${s.seconds.toFixed(1)} s)`,
    `  ingested  ${s.ingested}`,
    `  unchanged ${s.skipped} (skipped)` + (s.moved ? `, moved ${s.moved}` : ''),
    `  failed    ${s.failed.length}` +
      (s.failed.length ? ` (${Object.entries(s.failedByReason).map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''),
  ];
  for (const f of s.failed) lines.push(`    ${relative(process.cwd(), f.path) || f.path}: ${f.message}`);
  if (s.needsOcr.length) lines.push(`  needs OCR ${s.needsOcr.length} (no text layer): ${s.needsOcr.map((p) => relative(s.folder, p)).join(', ')}`);
  const mentionList = Object.entries(t.mentions).map(([k, n]) => `${k} ${n}`).join(', ');
  lines.push(
    '',
    `Database ${s.database}`,
    `  documents ${t.documents} (+${t.failedDocuments} failed), pages ${t.pages}, sentences ${t.sentences}`,
    `  mentions  ${mentionList || 'none'}`,
    `  claims ${t.claims}, entities ${t.entities}, cases ${t.cases}, conflicts ${t.conflicts}, agreements ${t.agreements}`,
    '',
    `Open it with: sqlite3 ${relative(process.cwd(), s.database) || s.database}   (or: datasette ${relative(process.cwd(), s.database) || s.database})`,
    `See conflicts: npm run conflicts -- --db ${relative(process.cwd(), s.database) || s.database}`,
    '',
  );
  return lines.join('\n');
}

runCli(import.meta.url, USAGE, main);
