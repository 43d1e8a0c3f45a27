import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeFolder } from '../../src/pipeline.ts';
import { closeDatabase, DatabaseUnavailableError, openDatabase } from '../../src/store/db.ts';
import { gatherReport, type ReportData, type ReportValue } from '../../src/report/queries.ts';
import { describeValue, esc, markSpans, quoteHtml, renderReport } from '../../src/report/html.ts';
import { main } from '../../src/cli/report.ts';
import { UsageError } from '../../src/cli/args.ts';

// Two releases that tell one fact with different durations and date one hearing differently, the
// second carrying markup in its title (a sidecar) and in a dated sentence, plus an empty file that
// fails to ingest.
const RELEASE_A =
  'WASHINGTON — A coalition of tenant groups asked a federal court on Tuesday to halt the housing agency\'s data transfers.\n' +
  'In one week, the housing agency handed the immigration office more tenant records than it had shared with every other federal agency in a whole year, the groups said.\n' +
  'The tenant groups and the housing agency argued before Judge Maria Alvarez at a hearing held on June 3, 2025, in the federal courthouse.\n';
const RELEASE_B =
  'WASHINGTON — Tenant groups returned to federal court on Friday with a memo titled <script>alert("x")</script> seeking limits on the housing agency.\n' +
  'In one day, the housing agency handed the immigration office more tenant records than it had shared with every other federal agency in a whole year, the groups said.\n' +
  'The tenant groups and the housing agency argued before Judge Maria Alvarez at a hearing held on June 5, 2025, in the federal courthouse.\n';
const SIDECAR_B = { title: 'Tenants <script>steal()</script> seek limits', published: '2025-06-13', kind: 'press_release' };

const QUOTE_A = 'In <mark>one week</mark>, the housing agency handed the immigration office more tenant records';
const QUOTE_B = 'In <mark>one day</mark>, the housing agency handed the immigration office more tenant records';

let dir = '';
let dbPath = '';
let data: ReportData;
let html = '';

/** The part of the page between one section's opening tag and the next section's. */
function sectionOf(page: string, id: string): string {
  const at = page.indexOf(`<section id="${id}">`);
  expect(at).toBeGreaterThanOrEqual(0);
  const next = page.indexOf('<section id=', at + 1);
  return page.slice(at, next < 0 ? undefined : next);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'report-'));
  const folder = join(dir, 'docs');
  mkdirSync(folder);
  writeFileSync(join(folder, 'release-a.txt'), RELEASE_A);
  writeFileSync(join(folder, 'release-b.txt'), RELEASE_B);
  writeFileSync(join(folder, 'release-b.txt.meta.json'), JSON.stringify(SIDECAR_B));
  writeFileSync(join(folder, 'empty.txt'), '');
  dbPath = join(dir, 'analysis.sqlite');
  await analyzeFolder({ folder, dbPath, concurrency: 1 });
  const db = openDatabase(dbPath, { readonly: true });
  try {
    data = gatherReport(db, dbPath, new Date('2025-07-01T12:00:00Z'));
  } finally {
    closeDatabase(db);
  }
  html = renderReport(data);
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('report over an analyzed folder', () => {
  it('puts the conflict first, with both quotes and the disputed values marked at their offsets', () => {
    expect(data.conflicts).toHaveLength(1);
    const values = data.conflicts[0]!.values;
    expect(values.map((v) => [v.document, v.text]).sort()).toEqual([
      ['release-a.txt', 'one week'],
      ['release-b.txt', 'one day'],
    ]);
    for (const v of values) expect(v.sentenceStart).not.toBeNull();
    const conflicts = sectionOf(html, 'conflicts');
    expect(conflicts).toContain(QUOTE_A);
    expect(conflicts).toContain(QUOTE_B);
    expect(conflicts).toContain('168 h vs');
    expect(conflicts).toMatch(/Grouped because<\/span> \S/);
    expect(html.indexOf('<section id="conflicts">')).toBeLessThan(html.indexOf('<section id="documents">'));
  });

  it('shows the failed file with its error and the counts in the header', () => {
    const failed = data.documents.find((d) => d.name === 'empty.txt');
    expect(failed).toMatchObject({ status: 'failed', errorCode: 'empty' });
    const docs = sectionOf(html, 'documents');
    const row = docs.slice(docs.indexOf('empty.txt'));
    expect(row.slice(0, row.indexOf('</tbody>'))).toContain(`<div class="error">${esc(failed!.error)}</div>`);
    expect(failed!.error).toMatch(/empty/);
    const header = html.slice(0, html.indexOf('<main>'));
    expect(header).toContain('<div class="n">2</div><div class="l">documents</div>');
    expect(header).toContain('<div class="n">1</div><div class="l">failed</div>');
    expect(header).toContain('<div class="n">1</div><div class="l">conflicts</div>');
    expect(header).toContain(esc(dbPath));
  });

  it('lists each ok document with its mentions grouped by kind', () => {
    const a = data.documents.find((d) => d.name === 'release-a.txt')!;
    expect(a.mentions.some((m) => m.kind === 'quantity' && m.text === 'one week')).toBe(true);
    const docs = sectionOf(html, 'documents');
    const block = docs.slice(docs.indexOf(`<tbody id="doc-${a.id}"`));
    expect(block.slice(0, block.indexOf('<tbody id="doc-', 1))).toMatch(/<h4>quantity <span class="count">\d+<\/span><\/h4>.*<td>one week<\/td><td>duration 1 week<\/td>/s);
  });

  it('escapes markup from document titles and sentences', () => {
    expect(html).toContain('Tenants &lt;script&gt;steal()&lt;/script&gt; seek limits');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).not.toContain('<script>steal');
    expect(html).not.toContain('<script>alert');
    expect(sectionOf(html, 'timeline')).toContain('with a memo titled &lt;script&gt;');
    // The page's own filter script is the only script element.
    expect(html.match(/<script/g)).toHaveLength(1);
  });

  it('lists every timeline event and flags the hearing the two sources date differently', () => {
    const timeline = sectionOf(html, 'timeline');
    expect((timeline.match(/<td class="date">/g) ?? []).length).toBe(data.timeline.length);
    const flagged = timeline.split('<tr').filter((row) => row.startsWith(' class="flagged"'));
    expect(flagged).toHaveLength(2);
    expect(flagged[0]).toContain('hearing held on <mark>June 3, 2025</mark>');
    expect(flagged[0]).toContain('⚠ dated <strong>2025-06-05</strong> by release-b.txt');
    expect(flagged[1]).toContain('⚠ dated <strong>2025-06-03</strong> by release-a.txt');
    expect(timeline).toContain('2 events are dated differently by another source');
  });
});

describe('marking and escaping', () => {
  it('escapes the five HTML-special characters', () => {
    expect(esc(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(esc(null)).toBe('');
  });

  it('marks spans in order and skips overlapping or out-of-range ones', () => {
    const text = '3.7% of 1.28 million records is <b>47,000';
    expect(markSpans(text, [{ start: 8, end: 20, label: 'total' }, { start: 0, end: 4, label: 'percent' }])).toBe(
      '<mark title="percent">3.7%</mark> of <mark title="total">1.28 million</mark> records is &lt;b&gt;47,000',
    );
    expect(markSpans(text, [{ start: 0, end: 4 }, { start: 2, end: 6 }, { start: 30, end: 99 }])).toBe(
      '<mark>3.7%</mark> of 1.28 million records is &lt;b&gt;47,000',
    );
  });

  const value = (over: Partial<ReportValue>): ReportValue => ({
    document: 'a.txt', title: null, text: 'two days', start: 120, end: 128, page: 1,
    sentence: 'Within two days, and not two days later, it <i>did</i>.', value: 2, min: 2, max: 2, unit: 'day', modifier: null,
    sentenceStart: 113, ...over,
  });

  it('marks the figure at its stored offset, not its first occurrence', () => {
    // Offset 120 is 7 into the sentence: the first "two days".
    expect(quoteHtml(value({}))).toBe('Within <mark>two days</mark>, and not two days later, it &lt;i&gt;did&lt;/i&gt;.');
    // Offset 138 - 113 = 25: the second "two days".
    expect(quoteHtml(value({ start: 138, end: 146 }))).toBe('Within two days, and not <mark>two days</mark> later, it &lt;i&gt;did&lt;/i&gt;.');
  });

  it('falls back to the first occurrence when the offsets miss, and to the bare value without a sentence', () => {
    expect(quoteHtml(value({ sentenceStart: null }))).toBe('Within <mark>two days</mark>, and not two days later, it &lt;i&gt;did&lt;/i&gt;.');
    expect(quoteHtml(value({ sentenceStart: 0 }))).toBe('Within <mark>two days</mark>, and not two days later, it &lt;i&gt;did&lt;/i&gt;.');
    expect(quoteHtml(value({ sentence: 'Nothing like it here.' }))).toBe('Nothing like it here.');
    expect(quoteHtml(value({ sentence: null, text: '<2 days' }))).toBe('<mark>&lt;2 days</mark>');
  });

  it('describes normalized values by kind', () => {
    expect(describeValue({ kind: 'quantity', key: null, value: '{"kind":"count","min":10000,"max":100000,"modifier":"range","unit":"taxpayer"}' })).toBe(
      'count 10,000–100,000 taxpayer (range)',
    );
    expect(describeValue({ kind: 'date', key: '2025-02', value: '{"value":"2025-02","grain":"month","relative":false,"certainty":"stated","modifier":"late"}' })).toBe(
      '2025-02 · month · late',
    );
    expect(describeValue({ kind: 'party', key: 'Jane Roe', value: '{"name":"Jane Roe","role":"plaintiff"}' })).toBe('Jane Roe · role: plaintiff');
  });
});

describe('npm run report', () => {
  it('writes the page and returns 0', async () => {
    const out = join(dir, 'out.html');
    await expect(main(['--db', dbPath, '--out', out])).resolves.toBe(0);
    expect(readFileSync(out, 'utf8')).toContain(QUOTE_A);
  });

  it('refuses unknown flags and missing or foreign databases', async () => {
    await expect(main(['--bogus'])).rejects.toBeInstanceOf(UsageError);
    await expect(main(['--db', join(dir, 'missing.sqlite')])).rejects.toBeInstanceOf(DatabaseUnavailableError);
    const notDb = join(dir, 'not-a-db.sqlite');
    writeFileSync(notDb, 'plain text, not SQLite');
    await expect(main(['--db', notDb, '--out', join(dir, 'x.html')])).rejects.toBeInstanceOf(DatabaseUnavailableError);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  it('exits 2 on a usage error and 3 on a missing database, with one line of error', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href, resolve('src/cli/report.ts'), ...args], {
        cwd: dir,
        encoding: 'utf8',
      });
    const usage = run('--nope');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^error: .*--nope/);
    const missing = run('--db', 'nowhere.sqlite');
    expect(missing.status).toBe(3);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'report.html'))).toBe(false);
  }, 30_000);
});
