import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../src/store/db.ts';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { addDocument } from '../resolve/helpers.ts';
import { openDatabase } from '../../src/store/db.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/conflicts.ts');
const run = (args: string[]) => spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });

function smallDb(): string {
  const dir = mkdtempSync(join(tmpdir(), 'conflicts-cli-'));
  const path = join(dir, 'a.sqlite');
  const db = openDatabase(path);
  const dur = (text: string, value: number, unit: string) => ({ kind: 'quantity' as const, text, value: { kind: 'duration' as const, value, unit } });
  addDocument(db, 'one.txt', 'Within one week, the tax agency handed over to ICE as many taxpayer files as it had given every police agency.', [dur('one week', 1, 'week')], [{ quantity: 'one week' }], { title: 'Outlet One' });
  addDocument(db, 'two.txt', 'Within one day, the tax agency handed over to ICE as many taxpayer files as it had given every police agency.', [dur('one day', 1, 'day')], [{ quantity: 'one day' }], { title: 'Outlet Two' });
  resolveCorpus(db);
  closeDatabase(db);
  return path;
}

describe('npm run conflicts', () => {
  const db = smallDb();

  it('prints both quotes of a conflict with their sources', () => {
    const r = run(['--db', db]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CONFLICTS (1)');
    expect(r.stdout).toContain('«one week»');
    expect(r.stdout).toContain('Outlet Two — two.txt, p. 1');
    expect(r.stdout).toContain('"one week" 168 h vs "one day" 24 h: disjoint');
  });

  it('prints one JSON object with --json', () => {
    const r = run(['--db', db, '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { conflicts: { values: { document: string; text: string; start: number; end: number }[] }[] };
    expect(out.conflicts[0]!.values.map((v) => `${v.document}:${v.text}:${v.start}-${v.end}`)).toEqual(['one.txt:one week:7-15', 'two.txt:one day:7-14']);
  });

  it('exits 2 on a usage error and 3 when the database cannot be opened', () => {
    expect(run(['--nope']).status).toBe(2);
    expect(run(['--db', join(tmpdir(), 'no-such-dir-xyz', 'missing.sqlite')]).status).toBe(3);
    const junk = join(mkdtempSync(join(tmpdir(), 'conflicts-cli-')), 'junk.sqlite');
    writeFileSync(junk, 'not a database at all, just text');
    expect(run(['--db', junk]).status).toBe(3);
  });
});

// End to end over the seed documents: the whole pipeline, then the cross-document findings.
const SEEDS = resolve(ROOT, '../shared/seeds');
const GOLD = resolve(ROOT, '../shared/gold/cross-document.json');
describe.skipIf(!existsSync(SEEDS) || !existsSync(GOLD))('cross-document findings on the seeds', () => {
  it('finds the cases, merges, conflict, agreements and arithmetic the gold lists', { timeout: 120_000 }, () => {
    const db = join(mkdtempSync(join(tmpdir(), 'seeds-')), 'seeds.sqlite');
    execFileSync(TSX, [join(ROOT, 'src/cli/analyze.ts'), SEEDS, '--db', db, '--json'], { cwd: ROOT, encoding: 'utf8' });
    const out = JSON.parse(run(['--db', db, '--json']).stdout) as {
      cases: { documents: string[]; docket: string | null; court: string | null }[];
      same_entity: string[][];
      conflicts: { values: { document: string; text: string }[] }[];
      agreements: { values: { document: string; text: string }[] }[];
      arithmetic: { document: string; holds: boolean }[];
    };
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
      cases: { documents: string[]; docket?: string; court?: string }[];
      same_entity: string[][];
      different_entity: string[][];
      conflicts: { values: { document: string; text: string }[] }[];
      agreements: { values: { document: string; text: string }[] }[];
      arithmetic: { document: string; holds: boolean }[];
      not_conflicts: { texts: string[] }[];
    };
    expect(readdirSync(SEEDS).length).toBeGreaterThan(0);
    for (const c of gold.cases) {
      const found = out.cases.find((x) => JSON.stringify([...x.documents].sort()) === JSON.stringify([...c.documents].sort()));
      expect(found, c.documents.join(',')).toBeDefined();
      if (c.docket) expect(found!.docket).toBe(c.docket);
      if (c.court) expect(found!.court).toBe(c.court);
    }
    const norm = (s: string) => s.toLowerCase();
    const groupOf = (name: string) => out.same_entity.findIndex((g) => g.some((a) => norm(a) === norm(name)));
    for (const g of gold.same_entity) {
      const idx = groupOf(g[0]!);
      expect(idx, g[0]).toBeGreaterThanOrEqual(0);
      for (const n of g) expect(out.same_entity[idx]!.map(norm), `${n} with ${g[0]}`).toContain(norm(n));
    }
    for (const [a, b] of gold.different_entity) {
      const ia = groupOf(a!);
      expect(ia === -1 || ia !== groupOf(b!), `${a} / ${b}`).toBe(true);
    }
    const covers = (groups: { values: { document: string; text: string }[] }[], want: { document: string; text: string }[]) =>
      groups.some((g) => want.every((w) => g.values.some((v) => v.document === w.document && v.text.includes(w.text))));
    for (const c of gold.conflicts) expect(covers(out.conflicts, c.values)).toBe(true);
    for (const a of gold.agreements) expect(covers(out.agreements, a.values), JSON.stringify(a.values)).toBe(true);
    for (const a of gold.arithmetic) expect(out.arithmetic.some((x) => x.document === a.document && x.holds === a.holds)).toBe(true);
    for (const n of gold.not_conflicts) {
      for (const c of out.conflicts) {
        const hit = c.values.filter((v) => n.texts.some((t) => v.text.includes(t) || t.includes(v.text)));
        expect(hit.length, JSON.stringify(n.texts)).toBeLessThan(2);
      }
    }
  });
});
