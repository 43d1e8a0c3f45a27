import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { closeDatabase, DatabaseUnavailableError, openDatabase, type Db } from '../store/db.ts';
import { resolveCorpus } from '../resolve/index.ts';
import { crossDocumentFindings, type ClaimGroupOut, type CrossDocumentFindings } from '../resolve/cross-document.ts';
import { EXIT, UsageError, parseCli, runCli } from './args.ts';

const USAGE = `usage: npm run conflicts -- [--db file] [--json]
  --db    SQLite database written by npm run analyze (default: analysis.sqlite)
  --json  print the cross-document findings (cases, same entities, conflicts, agreements,
          arithmetic) as one JSON object on stdout`;

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseCli(argv, { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, false);
  if (values.help) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument: ${positionals.join(' ')}`);
  const dbPath = resolve(values.db ?? 'analysis.sqlite');
  if (!existsSync(dbPath)) {
    throw new DatabaseUnavailableError(dbPath, 'the file does not exist; run `npm run analyze -- <folder> --db <file>` first or pass --db');
  }
  const db = openDatabase(dbPath);
  try {
    ensureResolved(db);
    const findings = crossDocumentFindings(db);
    if (values.json) process.stdout.write(JSON.stringify(findings, null, 2) + '\n');
    else process.stdout.write(formatFindings(findings));
  } finally {
    closeDatabase(db);
  }
  return EXIT.ok;
}

/** A database analyzed before resolution existed (or by an interrupted run) is resolved now. */
function ensureResolved(db: Db): void {
  const count = (sql: string): number => db.prepare(sql).pluck().get() as number;
  if (count('SELECT count(*) FROM mentions') > 0 && count('SELECT count(*) FROM entities') === 0) resolveCorpus(db);
}

function wrap(text: string, width: number, indent: string, first = indent): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i === 0 ? first : indent) + l).join('\n');
}

/** The sentence with the figure marked: «one week». */
function quote(v: ClaimGroupOut['values'][number]): string {
  const s = v.sentence ?? v.text;
  const at = s.indexOf(v.text);
  const marked = at >= 0 ? `${s.slice(0, at)}«${v.text}»${s.slice(at + v.text.length)}` : s;
  return `“${marked}”`;
}

function source(v: ClaimGroupOut['values'][number]): string {
  return `${v.title ? `${v.title} — ` : ''}${v.document}, p. ${v.page}`;
}

export function formatFindings(f: CrossDocumentFindings): string {
  const out: string[] = [];
  out.push(`CONFLICTS (${f.conflicts.length})`);
  if (f.conflicts.length === 0) out.push('  none found');
  f.conflicts.forEach((g, i) => {
    out.push('', `${i + 1}. ${g.about}   [score ${g.score.toFixed(2)}]`);
    for (const v of g.values) {
      out.push(`   ● ${v.text}  — ${source(v)}`);
      out.push(wrap(quote(v), 96, '       '));
    }
    for (const p of g.pairs.filter((x) => !x.kind)) out.push(wrap(`${p.comparison} (score ${p.score.toFixed(2)}; ${p.reason})`, 96, '       ', '     ↯ '));
  });
  out.push('', `AGREEMENTS (${f.agreements.length})`);
  if (f.agreements.length === 0) out.push('  none found');
  f.agreements.forEach((g, i) => {
    const values = g.values.map((v) => `${v.text} (${v.document}, p. ${v.page})`).join('; ');
    out.push(wrap(`${i + 1}. ${g.about} — ${values} [score ${g.score.toFixed(2)}]`, 100, '  '));
  });
  if (f.arithmetic.length > 0) {
    out.push('', `ARITHMETIC CHECKS (${f.arithmetic.length})`);
    for (const a of f.arithmetic) out.push(`  ${a.holds ? '✓' : '✗'} ${a.statement} (±${Math.round(a.tolerance).toLocaleString('en-US')}) — ${a.document}`);
  }
  if (f.timeline_conflicts.length > 0) {
    out.push('', `EVENTS DATED DIFFERENTLY (${f.timeline_conflicts.length})`);
    for (const t of f.timeline_conflicts) {
      out.push(wrap(`${t.date} (${t.document}) vs ${t.other_date} (${t.other_document}): ${t.description}`, 100, '  '));
    }
  }
  return out.join('\n') + '\n';
}

runCli(import.meta.url, USAGE, main);
