import { afterEach, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = join(ROOT, 'src/cli/analyze.ts');
const node = (args: string[]) => [process.execPath, ['--import', 'tsx', CLI, ...args]] as const;

function run(args: string[]) {
  const [cmd, argv] = node(args);
  return spawnSync(cmd, argv, { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
}

const dirs: string[] = [];
function workspace(files: Record<string, string>): { folder: string; db: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cli-'));
  dirs.push(dir);
  const folder = join(dir, 'docs');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return { folder, db: join(dir, 'out.sqlite') };
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function docs(n: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < n; i++) {
    out[`release-${String(i).padStart(3, '0')}.txt`] =
      `Release ${i}.\nOn Aug. ${(i % 28) + 1}, 2025, the agency shared ${1000 + i} records with the other agency in just one day.\n` +
      'The plaintiffs asked the U.S. District Court for the District of Columbia to stop it.\n'.repeat(20);
  }
  return out;
}

function count(db: string, sql: string): number {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).pluck().get() as number;
  } finally {
    d.close();
  }
}

describe('npm run analyze', () => {
  it('exits 0 and prints a summary naming the database', () => {
    const { folder, db } = workspace({ 'a.txt': 'The court ruled on Monday.\n' });
    const r = run([folder, '--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Database ${db}`);
    expect(r.stdout).toMatch(/ingested\s+1/);
  });

  it('exits 1 when a file failed, naming it on stderr in one line', () => {
    const { folder, db } = workspace({ 'a.txt': 'Fine.\n', 'empty.txt': '' });
    const r = run([folder, '--db', db]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: .*empty\.txt: .+$/m);
  });

  it('with --json prints one JSON object on stdout and nothing else', () => {
    const { folder, db } = workspace({ 'a.txt': 'Fine.\n' });
    const r = run([folder, '--db', db, '--json']);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ ingested: 1, skipped: 0, failed: [] });
  });

  it.each([
    [['--bogus'], /Unknown option/],
    [['/no/such/folder'], /not a folder/],
    [['--concurrency', '0'], /positive whole number/],
  ])('exits 2 on a usage error %j', (args, message) => {
    const r = run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('usage:');
  });

  it('exits 3 when the database cannot be written', () => {
    const { folder } = workspace({ 'a.txt': 'Fine.\n' });
    const r = run([folder, '--db', '/etc/hostname/sub/out.sqlite']);
    expect(r.status).toBe(3);
    expect(r.stderr).toMatch(/cannot use database/);
  });

  it('finishes the job after a killed run, with no half-written document', async () => {
    const { folder, db } = workspace(docs(60));
    const [cmd, argv] = node([folder, '--db', db, '--concurrency', '1']);
    const child = spawn(cmd, argv, { cwd: ROOT, stdio: 'ignore' });
    // Kill it once some documents are stored.
    await new Promise<void>((done, fail) => {
      const started = Date.now();
      const poll = setInterval(() => {
        let n = 0;
        try {
          n = count(db, "SELECT count(*) FROM documents WHERE status = 'ok'");
        } catch {
          // not created yet
        }
        if (n >= 3) {
          clearInterval(poll);
          child.kill('SIGKILL');
          done();
        } else if (Date.now() - started > 60_000) {
          clearInterval(poll);
          child.kill('SIGKILL');
          fail(new Error('the run stored nothing within a minute'));
        }
      }, 20);
    });
    await new Promise((r) => child.once('exit', r));
    const partial = count(db, "SELECT count(*) FROM documents WHERE status = 'ok'");
    expect(partial).toBeLessThan(60);
    // Every stored document is whole: it has its sentences.
    expect(count(db, 'SELECT count(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)')).toBe(0);
    const r = run([folder, '--db', db, '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ingested: 60 - partial, skipped: partial });
    expect(count(db, 'SELECT count(*) FROM documents')).toBe(60);
  });

  it('lets two runs share one database at once without SQLITE_BUSY', async () => {
    const { folder, db } = workspace(docs(30));
    const runOnce = () =>
      new Promise<{ code: number | null; err: string }>((done) => {
        const [cmd, argv] = node([folder, '--db', db, '--json']);
        const child = spawn(cmd, argv, { cwd: ROOT });
        let err = '';
        child.stderr.on('data', (d) => (err += d));
        child.on('exit', (code) => done({ code, err }));
      });
    const [a, b] = await Promise.all([runOnce(), runOnce()]);
    expect(a).toEqual({ code: 0, err: '' });
    expect(b).toEqual({ code: 0, err: '' });
    expect(count(db, 'SELECT count(*) FROM documents')).toBe(30);
    expect(count(db, 'SELECT count(DISTINCT document_id) FROM sentences')).toBe(30);
  });
});
