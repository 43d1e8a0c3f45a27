// The project's own corpus (corpora/): the generated PDFs are reproducible and carry what real
// e-filed documents carry, and corpora/README.md's expected findings match the documents' text.

import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { DOCUMENT_KINDS } from '../../src/model/types.ts';
import { decodeWindows1252 } from '../../src/ingest/text.ts';

const ROOT = process.cwd();
const CORPORA = path.join(ROOT, 'corpora');
const CORPUS = path.join(CORPORA, 'irs-ice');
const SCRIPT = path.join(ROOT, 'scripts', 'make-corpus-pdfs.ts');
const SEEDS = path.resolve(ROOT, '../shared/seeds');

const PDF_FILES = [
  '2025-08-20-ecf-45-1-memorandum-emergency-motion.pdf',
  '2025-09-05-ecf-50-order-advance-notice.pdf',
  '2025-09-09-ecf-53-order-administrative-record.pdf',
];
const FILING = PDF_FILES[0] ?? '';
const ORDERS = PDF_FILES.slice(1);

// ---------------------------------------------------------------------------------------------
// pdf.js text, kept with positions so the test can tell stamp, margin numbers, body and footer apart

interface Item {
  str: string;
  x: number;
  y: number;
}

interface PdfText {
  pages: Item[][];
  info: Record<string, unknown>;
}

async function readPdf(file: string): Promise<PdfText> {
  const data = new Uint8Array(readFileSync(file));
  const doc = await getDocument({ data, verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
  const pages: Item[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    const items: Item[] = [];
    for (const it of content.items) {
      if (!('str' in it) || it.str.trim() === '') continue;
      items.push({ str: it.str, x: it.transform[4] as number, y: Math.round(it.transform[5] as number) });
    }
    pages.push(items);
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, info: meta.info as Record<string, unknown> };
}

/** Rows of a page, top to bottom, each row's items left to right. */
function rows(items: Item[]): Item[][] {
  const byY = new Map<number, Item[]>();
  for (const it of items) byY.set(it.y, [...(byY.get(it.y) ?? []), it]);
  return [...byY.entries()].sort((a, b) => b[0] - a[0]).map(([, row]) => row.sort((a, b) => a.x - b.x));
}

const STAMP_Y_MIN = 740; // stamp baseline is 760
const FOOTER_Y_MAX = 60; // page number at 52, notice at 36
const MARGIN_X_MAX = 90; // line numbers end at x=78

function bodyLines(items: Item[]): string[] {
  return rows(items.filter((it) => it.y < STAMP_Y_MIN && it.y > FOOTER_Y_MAX && it.x > MARGIN_X_MAX)).map((row) =>
    row.map((it) => it.str).join(' '),
  );
}

/** Body text of a PDF as a reader should produce it: lines joined, line-end hyphens rejoined. */
function pdfBodyText(pdf: PdfText): string {
  const lines = pdf.pages.flatMap(bodyLines);
  let out = '';
  for (const line of lines) {
    if (/[a-z]-$/.test(out) && /^[a-z]/.test(line)) out = out.slice(0, -1) + line;
    else out += (out ? ' ' : '') + line;
  }
  return out.replace(/\s+/g, ' ');
}

const pdfs = new Map<string, PdfText>();

beforeAll(async () => {
  for (const f of PDF_FILES) pdfs.set(f, await readPdf(path.join(CORPUS, f)));
});

function pdf(file: string): PdfText {
  const p = pdfs.get(file);
  if (!p) throw new Error(`not loaded: ${file}`);
  return p;
}

// ---------------------------------------------------------------------------------------------

describe('scripts/make-corpus-pdfs.ts', () => {
  let outDir = '';
  beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), 'corpus-pdfs-'));
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [SCRIPT, '--out', outDir], { cwd: ROOT, stdio: 'pipe' });
  });
  afterAll(() => {
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('regenerates exactly the committed PDFs, byte for byte', () => {
    expect(readdirSync(outDir).sort()).toEqual([...PDF_FILES].sort());
    expect(readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort()).toEqual([...PDF_FILES].sort());
    for (const f of PDF_FILES) {
      const fresh = readFileSync(path.join(outDir, f));
      const committed = readFileSync(path.join(CORPUS, f));
      expect(fresh.equals(committed), `${f} differs from a fresh run: re-run npm run corpus:pdfs`).toBe(true);
    }
  });

  it('writes fixed metadata, never the time of the run', () => {
    for (const f of PDF_FILES) {
      const info = pdf(f).info;
      expect(info['Producer']).toBe('pdf-lib (court-filings-analyzer corpus generator)');
      expect(String(info['CreationDate'])).toMatch(/^D:2025(0820|0905|0909)/);
      expect(info['ModDate']).toBe(info['CreationDate']);
    }
  });
});

describe('corpus PDFs: text layer', () => {
  const STAMP = /^Case (?<docket>1:25-cv-00457-CKK) Document (?<doc>\d+(?:-\d+)?) Filed (?<filed>\d\d\/\d\d\/\d\d) Page (?<page>\d+) of (?<of>\d+)$/;
  const expectedStamp: Record<string, { doc: string; filed: string; pages: number }> = {
    [FILING]: { doc: '45-1', filed: '08/20/25', pages: 5 },
    '2025-09-05-ecf-50-order-advance-notice.pdf': { doc: '50', filed: '09/05/25', pages: 2 },
    '2025-09-09-ecf-53-order-administrative-record.pdf': { doc: '53', filed: '09/09/25', pages: 2 },
  };

  it.each(PDF_FILES)('%s: an e-filing stamp tops every page, and the footer numbers the page', (f) => {
    const want = expectedStamp[f];
    expect(want).toBeDefined();
    const pages = pdf(f).pages;
    expect(pages.length).toBe(want?.pages);
    pages.forEach((items, i) => {
      const top = rows(items)[0]?.map((it) => it.str).join(' ') ?? '';
      const m = STAMP.exec(top);
      expect(m, `page ${i + 1} stamp: ${top}`).not.toBeNull();
      expect(m?.groups?.['doc']).toBe(want?.doc);
      expect(m?.groups?.['filed']).toBe(want?.filed);
      expect(Number(m?.groups?.['page'])).toBe(i + 1);
      expect(Number(m?.groups?.['of'])).toBe(pages.length);
      const footer = items.filter((it) => it.y < FOOTER_Y_MAX).map((it) => it.str);
      expect(footer).toContain(String(i + 1));
      expect(footer.join(' ')).toContain('not an actual court record');
    });
  });

  it.each(PDF_FILES)('%s: page 1 carries the full caption, docket on the "v." line', (f) => {
    const lines = bodyLines(pdf(f).pages[0] ?? []);
    const court = lines.indexOf('UNITED STATES DISTRICT COURT');
    expect(court).toBeGreaterThanOrEqual(0);
    expect(lines[court + 1]).toBe('FOR THE DISTRICT OF COLUMBIA');
    expect(lines).toContain('CENTER FOR TAXPAYER RIGHTS, et al., )');
    expect(lines).toContain('Plaintiffs, )');
    expect(lines).toContain('v. ) Civil Action No. 25-cv-00457 (CKK)');
    expect(lines).toContain('INTERNAL REVENUE SERVICE, et al., )');
    expect(lines).toContain('Defendants. )');
    // Plaintiffs above "v." above defendants, as a caption reads.
    const order = ['CENTER FOR TAXPAYER RIGHTS, et al., )', 'Plaintiffs, )', 'v. ) Civil Action No. 25-cv-00457 (CKK)', 'INTERNAL REVENUE SERVICE, et al., )', 'Defendants. )'].map((l) => lines.indexOf(l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('the filing is on pleading paper: margin numbers 1..28 on every page at a fixed spacing', () => {
    const pages = pdf(FILING).pages;
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const items of pages) {
      const margin = items.filter((it) => it.x < MARGIN_X_MAX && it.y < STAMP_Y_MIN && it.y > FOOTER_Y_MAX).sort((a, b) => b.y - a.y);
      expect(margin.map((it) => it.str)).toEqual(Array.from({ length: 28 }, (_, i) => String(i + 1)));
      const gaps = new Set(margin.slice(1).map((it, i) => (margin[i]?.y ?? 0) - it.y));
      expect(gaps.size).toBe(1);
      // Every body line sits on one of the numbered lines.
      const grid = new Set(margin.map((it) => it.y));
      for (const it of items.filter((b) => b.x > MARGIN_X_MAX && b.y < STAMP_Y_MIN && b.y > FOOTER_Y_MAX)) expect(grid.has(it.y)).toBe(true);
    }
  });

  it('the orders have no margin numbers', () => {
    for (const f of ORDERS) {
      for (const items of pdf(f).pages) expect(items.filter((it) => it.x < MARGIN_X_MAX)).toEqual([]);
    }
  });

  it('the filing hyphenates a word across a line end and runs a sentence over a page break', () => {
    const pages = pdf(FILING).pages.map(bodyLines);
    const all = pages.flat();
    const hyphenated = all.filter((l, i) => /[a-z]-$/.test(l) && /^[a-z]/.test(all[i + 1] ?? ''));
    expect(hyphenated.length).toBeGreaterThanOrEqual(1);
    expect(pdfBodyText(pdf(FILING))).toContain('limits the disclosure of records');
    const continued = pages.slice(0, -1).filter((lines) => !/[.:;)]$/.test(lines[lines.length - 1] ?? '.'));
    expect(continued.length).toBeGreaterThanOrEqual(1);
    expect(pages[0]?.at(-1)?.endsWith('never been understood to')).toBe(true);
    expect(pages[1]?.[0]?.startsWith('permit.')).toBe(true);
  });

  it('the filing ends with a signature block and a certificate of service', () => {
    const text = pdfBodyText(pdf(FILING));
    for (const s of [
      'PLAINTIFFS’ MEMORANDUM OF POINTS AND AUTHORITIES',
      'Dated: August 20, 2025 Respectfully submitted,',
      '/s/ Daniel A. McGrath Daniel A. McGrath (D.C. Bar No. 1000001)',
      'Skye L. Perryman (D.C. Bar No. 1000006) DEMOCRACY FORWARD FOUNDATION',
      'Counsel for Plaintiffs',
      'CERTIFICATE OF SERVICE',
      '26 U.S.C. § 6103(i)(2)',
    ]) {
      expect(text).toContain(s);
    }
    const lastPage = bodyLines(pdf(FILING).pages.at(-1) ?? []);
    expect(lastPage[0]).toBe('CERTIFICATE OF SERVICE');
  });

  it.each(ORDERS)('%s: is signed by the judge after "SO ORDERED."', (f) => {
    const text = pdfBodyText(pdf(f));
    const so = text.indexOf('SO ORDERED.');
    expect(so).toBeGreaterThan(0);
    expect(text.indexOf('/s/ COLLEEN KOLLAR-KOTELLY United States District Judge')).toBeGreaterThan(so);
  });
});

// ---------------------------------------------------------------------------------------------
// Plain documents

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', copy: '©', nbsp: ' ', '#39': "'" };

function htmlText(html: string): string {
  return html
    .replace(/<head[\s\S]*?<\/head>/gi, ' ')
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&([a-z0-9#]+);/gi, (m, name: string) => ENTITIES[name.toLowerCase()] ?? m);
}

function plainText(file: string): string {
  const bytes = readFileSync(file);
  const text = file.includes('cp1252') ? decodeWindows1252(bytes) : new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  return (file.endsWith('.html') ? htmlText(text) : text).replace(/\s+/g, ' ');
}

function documentText(rel: string): string {
  const file = path.join(CORPORA, rel);
  return rel.endsWith('.pdf') ? pdfBodyText(pdf(path.basename(rel))) : plainText(file);
}

describe('corpus documents', () => {
  it('the cp1252 note is Windows-1252 bytes, not UTF-8, and decodes to curly quotes, § and bullets', () => {
    const bytes = readFileSync(path.join(CORPUS, 'clinic-docket-note-cp1252.txt'));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    for (const b of [0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0xa7]) expect(bytes.includes(b), `byte 0x${b.toString(16)}`).toBe(true);
    // Node 20's TextDecoder('windows-1252') decodes 0x80-0x9F as C1 controls, hence the ingest decoder.
    const text = decodeWindows1252(bytes);
    expect(text).toContain('clinic’s');
    expect(text).toContain('“24-hour notice”');
    expect(text).toContain('§ 6103(i)(2)');
    expect(text).toContain('• ECF No. 45');
  });

  it('the HTML page carries the site boilerplate a reader must drop, and its publication date', () => {
    const html = readFileSync(path.join(CORPUS, '2025-09-10-agency-beat-notice-orders.html'), 'utf8');
    for (const s of ['<nav', '<aside', '<footer', '<script', 'application/ld+json', 'Listen to this article', 'og:title']) expect(html).toContain(s);
    expect(html.match(/>Advertisement</g)?.length).toBe(4);
    expect(html).toContain('<meta property="article:published_time" content="2025-09-10T09:15:00-04:00">');
    expect(html).toContain('"datePublished": "2025-09-10T09:15:00-04:00"');
  });

  it('sidecars name an existing document and hold the five fields with a valid kind and ISO date', () => {
    const sidecars = walk(CORPORA).filter((f) => f.endsWith('.meta.json'));
    expect(sidecars.length).toBeGreaterThanOrEqual(4);
    for (const s of sidecars) {
      expect(existsSync(s.slice(0, -'.meta.json'.length)), s).toBe(true);
      const meta = JSON.parse(readFileSync(s, 'utf8')) as Record<string, unknown>;
      expect(Object.keys(meta).sort()).toEqual(['kind', 'published', 'source', 'title', 'url']);
      expect(DOCUMENT_KINDS).toContain(meta['kind']);
      expect(String(meta['published'])).toMatch(/^2025-\d\d-\d\d$/);
      expect(String(meta['url'])).toMatch(/^https:\/\/[a-z.]+\.example\//);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// corpora/README.md: the expected findings must be true of the documents

interface Expected {
  documents: Record<string, ExpectedDoc>;
  cross_document: {
    cases: { canonical: string; documents: string[] }[];
    conflicts: { values: { document: string; text: string }[] }[];
    agreements: { values: { document: string; text: string }[] }[];
    arithmetic: { document: string; statement: string; holds: boolean }[];
    not_conflicts: { texts: { document: string; text: string }[] }[];
  };
}

interface Spanned {
  text: string;
  occurrences?: number;
  optional?: boolean;
}

interface ExpectedDoc {
  kind: string;
  published: string | null;
  publishedFrom?: string;
  efiling?: { docket: string; documentNumber: string; filed: string; pageCount: number };
  cases: Spanned[];
  parties: { name: string; aliases?: string[] }[];
  attorneys: { name: string; aliases?: string[] }[];
  judges: { name: string; aliases?: string[] }[];
  courts: Spanned[];
  dockets: Spanned[];
  dates: (Spanned & { relative?: boolean; resolved?: string })[];
  statutes: Spanned[];
  quantities: Spanned[];
  statements?: Spanned[];
}

function readExpected(): Expected {
  const readme = readFileSync(path.join(CORPORA, 'README.md'), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(readme);
  if (!block?.[1]) throw new Error('corpora/README.md has no ```json block');
  return JSON.parse(block[1]) as Expected;
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + needle.length)) n++;
  return n;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

describe('corpora/README.md expected findings', () => {
  const expected = readExpected();
  const docs = Object.entries(expected.documents);

  it('describes every document in the corpus, and only those', () => {
    const files = walk(CORPUS)
      .filter((f) => !f.endsWith('.meta.json'))
      .map((f) => path.relative(CORPORA, f).split(path.sep).join('/'))
      .sort();
    expect(Object.keys(expected.documents).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(docs)('%s: every expected span is in the text, as often as stated', (rel, doc) => {
    const text = documentText(rel);
    const spans: Spanned[] = [...doc.cases, ...doc.courts, ...doc.dockets, ...doc.dates, ...doc.statutes, ...doc.quantities, ...(doc.statements ?? [])];
    for (const s of spans) {
      const n = count(text, s.text);
      if (s.occurrences) expect(n, s.text).toBeGreaterThanOrEqual(s.occurrences);
      else expect(n, s.text).toBeGreaterThanOrEqual(1);
    }
    const lower = text.toLowerCase();
    for (const e of [...doc.parties, ...doc.attorneys, ...doc.judges]) {
      const forms = [e.name, ...(e.aliases ?? [])].map((f) => f.toLowerCase());
      expect(forms.some((f) => lower.includes(f)), e.name).toBe(true);
    }
  });

  it.each(docs)('%s: kind and publication date agree with the sidecar or the e-filing stamp', (rel, doc) => {
    expect(DOCUMENT_KINDS).toContain(doc.kind);
    const sidecar = path.join(CORPORA, `${rel}.meta.json`);
    if (doc.publishedFrom === 'sidecar') {
      const meta = JSON.parse(readFileSync(sidecar, 'utf8')) as { published: string; kind: string };
      expect(meta.published).toBe(doc.published);
      expect(meta.kind).toBe(doc.kind);
    } else {
      expect(existsSync(sidecar), `${rel} should have no sidecar`).toBe(false);
    }
    if (doc.publishedFrom === 'efiling_stamp') {
      const e = doc.efiling;
      expect(e?.filed).toBe(doc.published);
      const [y, m, d] = (e?.filed ?? '').split('-');
      const stamp = `Case ${e?.docket} Document ${e?.documentNumber} Filed ${m}/${d}/${y?.slice(2)} Page 1 of ${e?.pageCount}`;
      const first = rows(pdf(path.basename(rel)).pages[0] ?? [])[0]?.map((it) => it.str).join(' ');
      expect(first).toBe(stamp);
    }
    if (doc.publishedFrom === 'dateline') expect(plainText(path.join(CORPORA, rel))).toMatch(/WASHINGTON, D\.C\. — May 12, 2025 —/);
    if (doc.published === null) for (const d of doc.dates) if (d.relative) expect(d.resolved).toBeUndefined();
  });

  it('resolved weekdays fall on the named weekday, on or before publication', () => {
    let checked = 0;
    for (const [, doc] of docs) {
      for (const d of doc.dates) {
        if (!d.resolved) continue;
        expect(d.resolved <= (doc.published ?? '')).toBe(true);
        const named = WEEKDAYS.find((w) => d.text.includes(w));
        if (named) {
          expect(WEEKDAYS[new Date(`${d.resolved}T12:00:00Z`).getUTCDay()], d.text).toBe(named);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  it('cross-document items point at real documents and real spans', () => {
    const cd = expected.cross_document;
    expect(cd.cases.map((c) => c.canonical)).toEqual(['Center for Taxpayer Rights v. Internal Revenue Service', 'Centro de Trabajadores Unidos v. Bessent']);
    for (const c of cd.cases) for (const d of c.documents) expect(expected.documents[d], d).toBeDefined();
    const refs = [...cd.conflicts.flatMap((c) => c.values), ...cd.agreements.flatMap((a) => a.values), ...cd.not_conflicts.flatMap((n) => n.texts)];
    for (const r of refs) expect(documentText(r.document), `${r.document}: ${r.text}`).toContain(r.text);
    const conflict = cd.conflicts[0]?.values.map((v) => v.text).sort();
    expect(conflict).toEqual(['one day', 'one day', 'one week']);
  });

  it('the arithmetic statements hold: 3.7% of 1.28 million is about 47,000', () => {
    const share = 0.037 * 1_280_000;
    expect(Math.abs(share - 47_000) / 47_000).toBeLessThan(0.01);
    for (const a of expected.cross_document.arithmetic) {
      expect(a.holds).toBe(true);
      const text = documentText(a.document);
      expect(text).toMatch(/3\.7(%| percent)/);
      expect(text).toContain('1.28 million');
      expect(text).toContain('47,000');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Seed sentences must never be copied: no run of 12 consecutive words from a seed anywhere here.

const RUN = 12;

function words(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

describe('no seed text in the corpus', () => {
  it.skipIf(!existsSync(SEEDS))(`no run of ${RUN} words from a seed in corpus files, PDF text or the generator`, () => {
    const grams = new Map<string, string>();
    for (const f of readdirSync(SEEDS)) {
      const w = words(readFileSync(path.join(SEEDS, f), 'utf8'));
      for (let i = 0; i + RUN <= w.length; i++) grams.set(w.slice(i, i + RUN).join(' '), f);
    }
    expect(grams.size).toBeGreaterThan(100);
    const sources: [string, string][] = walk(CORPORA).map((f) => [f, f.endsWith('.pdf') ? pdfBodyText(pdf(path.basename(f))) : plainText(f)]);
    sources.push([SCRIPT, readFileSync(SCRIPT, 'utf8').replace(/' \+\s*'/g, '')]);
    const hits: string[] = [];
    for (const [file, text] of sources) {
      const w = words(text);
      for (let i = 0; i + RUN <= w.length; i++) {
        const g = w.slice(i, i + RUN).join(' ');
        const seed = grams.get(g);
        if (seed) hits.push(`${path.relative(ROOT, file)} ~ ${seed}: ${g}`);
      }
    }
    expect(hits).toEqual([]);
  });
});
