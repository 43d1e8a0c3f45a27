import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { analyzeFolder } from '../src/pipeline.ts';

const dirs: string[] = [];
function workspace(): { folder: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'pipeline-'));
  dirs.push(dir);
  const folder = join(dir, 'docs');
  mkdirSync(folder);
  return { folder, db: join(dir, 'out.sqlite') };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const RELEASE =
  'WASHINGTON — The coalition asked the court on Monday to stop the agency.\n' +
  'In just one week, the agency sent 12,000 records to the other agency, the filing says.\n';

/** A minimal valid one-page PDF whose page shows `text`. */
function tinyPdf(text: string): Buffer {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

function rows<T>(dbPath: string, sql: string): T[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}

describe('analyzeFolder', () => {
  it('ingests good files and records each bad one with its reason, without losing the batch', async () => {
    const { folder, db } = workspace();
    writeFileSync(join(folder, 'release.txt'), RELEASE);
    writeFileSync(join(folder, 'empty.txt'), '');
    writeFileSync(join(folder, 'junk.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0, 0xff, 0xfe, 7, 8]));
    writeFileSync(join(folder, 'actually-a-pdf.txt'), tinyPdf('Order of the court entered today.'));
    writeFileSync(join(folder, 'truncated.pdf'), tinyPdf('Truncated file here.').subarray(0, 120));
    writeFileSync(join(folder, 'cp1252.txt'), Buffer.from('The \x93agency\x94 cited \xa7 6103 on Monday.\n', 'latin1'));
    writeFileSync(join(folder, 'one-line.txt'), 'word '.repeat(400_000));
    writeFileSync(join(folder, 'bomb.pdf'), Buffer.concat([Buffer.from('%PDF-1.4\n1 0 obj\n<< /Length 10 /Filter /FlateDecode >>\nstream\n'), deflateSync(Buffer.alloc(1 << 20))]));

    const summary = await analyzeFolder({ folder, dbPath: db, concurrency: 2 });
    const byName = Object.fromEntries(summary.failed.map((f) => [f.path.split('/').pop(), f.code]));
    expect(byName).toMatchObject({ 'empty.txt': 'empty', 'junk.txt': 'binary', 'truncated.pdf': 'corrupt_pdf' });
    expect(summary.ingested + summary.failed.length).toBe(summary.files);

    const docs = rows<{ name: string; status: string; format: string | null; error: string | null }>(db, 'SELECT name, status, format, error FROM documents ORDER BY name');
    expect(docs).toHaveLength(8);
    for (const ok of ['actually-a-pdf.txt', 'cp1252.txt', 'one-line.txt', 'release.txt']) expect(docs.find((d) => d.name === ok)?.status).toBe('ok');
    expect(docs.find((d) => d.name === 'actually-a-pdf.txt')).toMatchObject({ status: 'ok', format: 'pdf' });
    for (const d of docs.filter((d) => d.status === 'failed')) expect(d.error).toMatch(/\S/);
    const cp = rows<{ text: string }>(db, "SELECT text FROM documents WHERE name = 'cp1252.txt'")[0]!;
    expect(cp.text).toContain('“agency” cited § 6103');
    expect(rows(db, 'SELECT * FROM ingest_errors').length).toBe(summary.failed.length);
  });

  it('skips unchanged files on a second run and stores nothing twice', async () => {
    const { folder, db } = workspace();
    writeFileSync(join(folder, 'a.txt'), RELEASE);
    writeFileSync(join(folder, 'b.txt'), RELEASE.replace('one week', 'one day'));
    const first = await analyzeFolder({ folder, dbPath: db, concurrency: 1 });
    const count = () => rows<{ n: number }>(db, 'SELECT (SELECT count(*) FROM documents) + (SELECT count(*) FROM sentences) * 1000 + (SELECT count(*) FROM mentions) * 1000000 AS n')[0]!.n;
    const before = count();
    const second = await analyzeFolder({ folder, dbPath: db, concurrency: 1 });
    expect(first.ingested).toBe(2);
    expect(second).toMatchObject({ ingested: 0, skipped: 2 });
    expect(count()).toBe(before);
  });

  it('replaces a changed file and follows a moved one', async () => {
    const { folder, db } = workspace();
    writeFileSync(join(folder, 'a.txt'), RELEASE);
    await analyzeFolder({ folder, dbPath: db, concurrency: 1 });
    writeFileSync(join(folder, 'a.txt'), RELEASE.replace('12,000', '15,000'));
    const changed = await analyzeFolder({ folder, dbPath: db, concurrency: 1 });
    expect(changed.ingested).toBe(1);
    expect(rows<{ text: string }>(db, "SELECT text FROM mentions WHERE kind = 'quantity' AND text LIKE '%records'").map((r) => r.text)).toEqual(['15,000 records']);
    mkdirSync(join(folder, 'sub'));
    renameSync(join(folder, 'a.txt'), join(folder, 'sub', 'moved.txt'));
    const moved = await analyzeFolder({ folder, dbPath: db, concurrency: 1 });
    expect(moved).toMatchObject({ moved: 1, ingested: 0 });
    expect(rows<{ name: string }>(db, 'SELECT name FROM documents')).toEqual([{ name: 'moved.txt' }]);
  });

  it('checkpoints the WAL so the file opens complete in other tools', async () => {
    const { folder, db } = workspace();
    writeFileSync(join(folder, 'a.txt'), RELEASE);
    await analyzeFolder({ folder, dbPath: db, concurrency: 1 });
    expect(existsSync(db + '-wal')).toBe(false);
  });

  it.skipIf(!existsSync(resolve(import.meta.dirname, '../../shared/pdfs/broken')))('survives the folder of broken PDFs with one recorded reason per failed file', async () => {
    const { folder, db } = workspace();
    const broken = resolve(import.meta.dirname, '../../shared/pdfs/broken');
    for (const f of ['pdfjs__issue21579.pdf', 'pdfjs__pr6531_1.pdf', 'pdfjs__bug1980958.pdf', 'pdfjs__secHandler.pdf', 'doctor__doctor_test_assets_empty.pdf']) {
      copyFileSync(join(broken, f), join(folder, f));
    }
    const summary = await analyzeFolder({ folder, dbPath: db, concurrency: 2 });
    const codes = Object.fromEntries(summary.failed.map((f) => [f.path.split('/').pop(), f.code]));
    expect(codes).toMatchObject({ 'pdfjs__issue21579.pdf': 'encrypted', 'pdfjs__pr6531_1.pdf': 'encrypted', 'doctor__doctor_test_assets_empty.pdf': 'empty' });
    expect(codes['pdfjs__secHandler.pdf']).toBeUndefined(); // owner password only: opens normally
    expect(rows(db, 'SELECT * FROM documents').length).toBe(5);
  });
});
