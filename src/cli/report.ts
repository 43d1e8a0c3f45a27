import { existsSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { closeDatabase, DatabaseUnavailableError, isUnavailable, openDatabase, schemaVersion, type Db } from '../store/db.ts';
import { MIGRATIONS } from '../store/schema.ts';
import { gatherReport } from '../report/queries.ts';
import { renderReport } from '../report/html.ts';
import { EXIT, UsageError, parseCli, runCli } from './args.ts';

const USAGE = `usage: npm run report -- [--db file] [--out file.html]
  --db   SQLite database written by npm run analyze (default: analysis.sqlite)
  --out  HTML file to write (default: report.html); one self-contained page`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, { db: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, false);
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
  const dbPath = resolve(values.db ?? 'analysis.sqlite');
  const outPath = resolve(values.out ?? 'report.html');
  if (!existsSync(dbPath)) {
    throw new DatabaseUnavailableError(dbPath, 'the file does not exist; run `npm run analyze -- <folder> --db <file>` first or pass --db');
  }
  const db = openDatabase(dbPath, { readonly: true });
  let html: string;
  try {
    requireAnalysisSchema(db, dbPath);
    html = renderReport(gatherReport(db, dbPath));
  } catch (e) {
    // A readonly open succeeds on any file; a non-database or locked one only fails at the first read.
    if (isUnavailable(e)) throw new DatabaseUnavailableError(dbPath, (e as Error).message);
    throw e;
  } finally {
    closeDatabase(db);
  }
  try {
    writeFileSync(outPath, html);
  } catch (e) {
    throw new UsageError(`cannot write --out ${outPath}: ${(e as Error).message}`);
  }
  process.stdout.write(`Wrote ${relative(process.cwd(), outPath) || outPath} (${Math.ceil(html.length / 1024)} KB)\n`);
  return EXIT.ok;
}

/** A database this program did not write (or wrote with an older schema) cannot be reported on read-only. */
function requireAnalysisSchema(db: Db, dbPath: string): void {
  const version = schemaVersion(db);
  if (version < MIGRATIONS.length) {
    const why = version === 0 ? 'it is not an analysis database' : `its schema is version ${version}, older than ${MIGRATIONS.length}`;
    throw new DatabaseUnavailableError(dbPath, `${why}; run \`npm run analyze -- <folder> --db <file>\` on it first`);
  }
}

runCli(import.meta.url, USAGE, main);
