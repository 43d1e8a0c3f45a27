import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEfilingStamp } from '../../src/ingest/efiling.ts';
import { createPdfReader, type PdfReaderPool } from '../../src/ingest/pdf.ts';
import { prepareDocument } from '../../src/normalize/prepare.ts';
import { DEFAULT_LIMITS, IngestError, type IngestLimits, type ReaderOutput } from '../../src/model/types.ts';
import { buildPdf, flate, flateRepeated, textOps } from './pdf-fixtures.ts';

const PDFS = path.resolve(process.cwd(), '../shared/pdfs');
const BROKEN = path.join(PDFS, 'broken');
const COURT = path.join(PDFS, 'court');

interface IndexRow {
  set: string;
  file: string;
  pages: string;
  class: string;
}

function readIndex(): IndexRow[] {
  const lines = readFileSync(path.join(PDFS, 'index.tsv'), 'utf8').trim().split('\n');
  const head = lines[0]!.split('\t');
  return lines.slice(1).map((l) => {
    const cells = l.split('\t');
    const row: Record<string, string> = {};
    head.forEach((h, i) => (row[h] = cells[i] ?? ''));
    return row as unknown as IndexRow;
  });
}

type Outcome = { ok: true; out: ReaderOutput; ms: number } | { ok: false; error: unknown; ms: number };

async function attempt(reader: PdfReaderPool, file: string): Promise<Outcome> {
  const t = Date.now();
  try {
    return { ok: true, out: await reader.read(file), ms: Date.now() - t };
  } catch (error) {
    return { ok: false, error, ms: Date.now() - t };
  }
}

function expectClearError(o: Outcome, codes: string[]): void {
  expect(o.ok).toBe(false);
  if (o.ok) return;
  expect(o.error).toBeInstanceOf(IngestError);
  const e = o.error as IngestError;
  expect(codes).toContain(e.code);
  expect(e.message).not.toMatch(/\n/);
  expect(e.message.length).toBeGreaterThan(10);
}

const unhandled: unknown[] = [];
const onUnhandled = (e: unknown) => unhandled.push(e);
const tmp = mkdtempSync(path.join(tmpdir(), 'pdf-test-'));
let reader: PdfReaderPool;

beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  reader = createPdfReader({ concurrency: 2, limits: { ...DEFAULT_LIMITS, pdfTimeoutMs: 30_000 } });
});

afterAll(async () => {
  await reader.close();
  process.off('unhandledRejection', onUnhandled);
  rmSync(tmp, { recursive: true, force: true });
  expect(unhandled).toEqual([]);
});

describe('synthetic PDFs', () => {
  it('reads positioned text into lines and reflowed paragraphs', async () => {
    const file = path.join(tmp, 'plain.pdf');
    writeFileSync(
      file,
      buildPdf({
        info: { title: 'Order Granting Stay' },
        pages: [
          {
            content: flate(
              textOps([
                { x: 250, y: 740, text: 'MEMORANDUM OPINION' },
                { x: 108, y: 700, text: 'The agency argued that the statute barred any dis-' },
                { x: 72, y: 676, text: 'closure of the records to the plaintiffs before the' },
                { x: 72, y: 652, text: 'hearing, and the court disagreed with that reading.' },
                { x: 108, y: 628, text: 'A second paragraph starts here and runs on for a' },
                { x: 72, y: 604, text: 'while.' },
              ]),
            ),
            filters: ['FlateDecode'],
          },
        ],
      }),
    );
    const out = await reader.read(file);
    expect(out.format).toBe('pdf');
    expect(out.meta.title).toBe('Order Granting Stay');
    expect(out.meta.pageCount).toBe(1);
    expect(out.meta.needsOcr).toBeUndefined();
    expect(out.pages).toEqual([
      [
        'MEMORANDUM OPINION',
        'The agency argued that the statute barred any disclosure of the records to the plaintiffs before the hearing, and the court disagreed with that reading.',
        'A second paragraph starts here and runs on for a while.',
      ].join('\n') + '\n', // its last block is complete: the page-end contract with prepareDocument
    ]);
  });

  it('refuses a file above maxFileBytes and an empty file', async () => {
    const small = createPdfReader({ concurrency: 1, limits: { ...DEFAULT_LIMITS, maxFileBytes: 100 } });
    try {
      const file = path.join(tmp, 'big.pdf');
      writeFileSync(file, buildPdf({ pages: [{ content: textOps([{ x: 72, y: 700, text: 'hello there' }]) }] }));
      expectClearError(await attempt(small, file), ['too_large']);
      const empty = path.join(tmp, 'empty.pdf');
      writeFileSync(empty, '');
      expectClearError(await attempt(small, empty), ['empty']);
      expectClearError(await attempt(small, path.join(tmp, 'missing.pdf')), ['unreadable']);
    } finally {
      await small.close();
    }
  });

  it('reads the first maxPages of a page tree claiming 5,000,000 pages', async () => {
    const file = path.join(tmp, 'liar.pdf');
    writeFileSync(
      file,
      buildPdf({
        count: 5_000_000,
        pages: [
          { content: textOps([{ x: 72, y: 700, text: 'The only real page of this filing.' }]) },
          // Longer than page 1's line, so that line ends short of the right margin: a complete block.
          { content: textOps([{ x: 72, y: 700, text: 'And a second one, which runs a good deal longer than the first.' }]) },
        ],
      }),
    );
    const limited = createPdfReader({ concurrency: 1, limits: { ...DEFAULT_LIMITS, maxPages: 50, pdfTimeoutMs: 20_000 } });
    try {
      const o = await attempt(limited, file);
      if (!o.ok) {
        expectClearError(o, ['corrupt_pdf']);
        return;
      }
      // pdf.js recounts a page tree whose /Count lies; either way the read stays bounded.
      expect(o.out.pages.length).toBeLessThanOrEqual(50);
      expect(o.out.pages[0]).toBe('The only real page of this filing.\n');
      expect(o.out.meta.pageCount === 2 || /5000000 pages; read the first 50/.test(o.out.warnings.join(' '))).toBe(true);
      expect(o.ms).toBeLessThan(20_000);
      // A tree that really holds more pages than maxPages is cut with a warning.
      const long = path.join(tmp, 'long.pdf');
      writeFileSync(long, buildPdf({ pages: Array.from({ length: 60 }, (_, i) => ({ content: textOps([{ x: 72, y: 400, text: `Text of page ${i + 1}.` }]) })) }));
      const l = await limited.read(long);
      expect(l.pages.length).toBe(50);
      expect(l.pages[49]).toBe('Text of page 50.\n');
      expect(l.meta.pageCount).toBe(60);
      expect(l.warnings).toContain('PDF claims 60 pages; read the first 50 (limits.maxPages)');
    } finally {
      await limited.close();
    }
  });

  it('ends a decompression bomb with a clear error or bounded text, and keeps serving', async () => {
    // 256 MB of text operators behind two Flate filters: about 1 KB on disk.
    const ops = 'BT /F1 12 Tf 72 700 Td (bomb) Tj ET\n';
    const inner = await flateRepeated(ops, 256 * 1024 * 1024);
    const file = path.join(tmp, 'bomb.pdf');
    writeFileSync(file, buildPdf({ pages: [{ content: flate(inner), filters: ['FlateDecode', 'FlateDecode'] }] }));
    const limits: IngestLimits = { ...DEFAULT_LIMITS, pdfMemoryMb: 400, pdfTimeoutMs: 25_000, maxChars: 1_000_000 };
    const guarded = createPdfReader({ concurrency: 1, limits });
    try {
      const o = await attempt(guarded, file);
      if (o.ok) {
        expect(o.out.pages.join('').length).toBeLessThanOrEqual(limits.maxChars);
      } else {
        expectClearError(o, ['out_of_memory', 'timeout', 'corrupt_pdf']);
      }
      expect(o.ms).toBeLessThan(limits.pdfTimeoutMs + 5_000);
      // The pool replaced the child and reads the next file.
      const ok = path.join(tmp, 'after-bomb.pdf');
      writeFileSync(ok, buildPdf({ pages: [{ content: textOps([{ x: 72, y: 700, text: 'Still alive.' }]) }] }));
      expect((await guarded.read(ok)).pages).toEqual(['Still alive.\n']);
    } finally {
      await guarded.close();
    }
  });

  it('gives a truncated file a clear error or partial text', async () => {
    const whole = buildPdf({
      pages: Array.from({ length: 6 }, (_, i) => ({ content: flate(textOps([{ x: 72, y: 700, text: `Page number ${i + 1} of the order.` }])), filters: ['FlateDecode'] })),
    });
    for (const cut of [0.3, 0.6, 0.95]) {
      const file = path.join(tmp, `cut-${cut}.pdf`);
      writeFileSync(file, whole.subarray(0, Math.floor(whole.length * cut)));
      const o = await attempt(reader, file);
      if (o.ok) expect(o.out.pages.length).toBeGreaterThan(0);
      else expectClearError(o, ['corrupt_pdf']);
    }
  });

  it('kills a child over the time limit and one over the memory limit', async () => {
    const file = path.join(tmp, 'slow.pdf');
    writeFileSync(file, buildPdf({ pages: [{ content: textOps([{ x: 72, y: 700, text: 'Some text.' }]) }] }));
    const hasty = createPdfReader({ concurrency: 1, limits: { ...DEFAULT_LIMITS, pdfTimeoutMs: 1 } });
    try {
      expectClearError(await attempt(hasty, file), ['timeout']);
    } finally {
      await hasty.close();
    }
    if (!existsSync('/proc/self/status')) return;
    const frugal = createPdfReader({ concurrency: 1, limits: { ...DEFAULT_LIMITS, pdfMemoryMb: 5 } });
    try {
      expectClearError(await attempt(frugal, file), ['out_of_memory']);
    } finally {
      await frugal.close();
    }
  });
});

describe.skipIf(!existsSync(BROKEN))('every file in shared/pdfs/broken', () => {
  it('gives text or one clear IngestError per class, never a hang', async () => {
    const rows = readIndex().filter((r) => r.set === 'broken');
    const files = new Set(readdirSync(BROKEN));
    const outcomes = await Promise.all(
      rows.filter((r) => files.has(r.file)).map(async (r) => ({ row: r, o: await attempt(reader, path.join(BROKEN, r.file)) })),
    );
    expect(outcomes.length).toBeGreaterThan(0);
    for (const { row, o } of outcomes) {
      const label = `${row.file} (${row.class})`;
      expect(o.ms, label).toBeLessThan(31_000);
      if (row.class === 'encrypted-password') {
        expectClearError(o, ['encrypted']);
        expect((o as { error: Error }).error.message).toMatch(/password/);
      } else if (row.class === 'encrypted-openable') {
        expect(o.ok, label).toBe(true);
      } else if (row.class === 'court-repo-broken' && row.pages === 'NA') {
        expectClearError(o, ['empty']);
      } else if (row.class === 'court-repo-broken') {
        expect(o.ok, label).toBe(true);
        if (o.ok) expect(o.out.pages.join('').length, label).toBeGreaterThan(1000);
      } else if (o.ok) {
        expect(o.out.format).toBe('pdf');
        expect(o.out.pages.length, label).toBeLessThanOrEqual(DEFAULT_LIMITS.maxPages);
      } else {
        expectClearError(o, ['corrupt_pdf', 'encrypted', 'timeout', 'out_of_memory']);
      }
    }
  });
});

describe.skipIf(!existsSync(COURT))('real filings in shared/pdfs/court', () => {
  const results = new Map<string, Outcome>();
  let rows: IndexRow[] = [];

  beforeAll(async () => {
    rows = readIndex().filter((r) => r.set === 'court' && existsSync(path.join(COURT, r.file)));
    await Promise.all(rows.map(async (r) => results.set(r.file, await attempt(reader, path.join(COURT, r.file)))));
  }, 120_000);

  function text(file: string): ReaderOutput {
    const o = results.get(file);
    if (!o?.ok) throw new Error(`${file} did not read: ${String((o as { error?: unknown })?.error)}`);
    return o.out;
  }

  it('reads every filing with one string per page', () => {
    for (const r of rows) {
      const out = text(r.file);
      expect(out.pages.length, r.file).toBe(Number(r.pages));
      expect(out.meta.pageCount, r.file).toBe(Number(r.pages));
    }
  });

  it('flags scans for OCR and finds text in the others', () => {
    for (const r of rows) {
      const out = text(r.file);
      const letters = out.pages.join('').match(/\p{L}/gu)?.length ?? 0;
      if (r.class === 'scanned') expect(out.meta.needsOcr || letters < 300, r.file).toBe(true);
      else {
        expect(out.meta.needsOcr, r.file).toBeUndefined();
        expect(letters, r.file).toBeGreaterThan(300);
      }
    }
  });

  it('removes e-filing stamps from the prose and keeps the first in meta', () => {
    for (const r of rows) {
      for (const line of text(r.file).pages.join('\n').split('\n')) expect(parseEfilingStamp(line), `${r.file}: ${line}`).toBeNull();
    }
    const f = 'xray__program_data1_gov.uscourts.cacd.739768.66.0.pdf';
    if (results.has(f)) {
      expect(text(f).meta.efiling).toEqual({ docket: '2:19-cv-01848-GW-SS', documentNumber: '66', filed: '2021-03-10', page: 1, pageCount: 8, pageId: '823' });
    }
    const ca6 = 'doctor__doctor_test_assets_recap_documents_ca6_1-3.pdf';
    if (results.has(ca6)) expect(text(ca6).meta.efiling).toEqual({ docket: '17-3994', documentNumber: '1-3', filed: '2017-09-20', page: 1 });
  });

  it('drops pleading-paper line numbers and page-number lines', () => {
    for (const r of rows) {
      const lines = text(r.file).pages.join('\n').split('\n');
      // A footnote whose text is redacted, or a transcript's word index, leaves a few bare
      // numbers; a line-number column would leave one per line.
      const bare = lines.filter((l) => /^(?:Page )?[1-9]\d?$/.test(l));
      expect(bare.length, `${r.file}: ${bare.join(',')}`).toBeLessThanOrEqual(Math.max(2, lines.length * 0.01));
    }
    // Transcript lines are numbered 1-25 at the left margin: none may stick to the text.
    const f = 'xray__program_data1_gov.uscourts.cacd.739768.66.0.pdf';
    if (results.has(f)) expect(text(f).pages[2]).toMatch(/^LOS ANGELES, CALIFORNIA; MONDAY, FEBRUARY 22, 2021$/m);
  });

  it('removes running footers (small-caps document title and case number) from every page', () => {
    const f = 'xray__program_data1_gov.uscourts.cacd.793085.50.0.pdf';
    if (!results.has(f)) return;
    const pages = text(f).pages;
    for (const p of pages.slice(1)) {
      const compact = p.replace(/\s+/g, '');
      expect(compact).not.toMatch(/NOTICEOFMOTIONANDPARTIALMOTIONTODISMISSFIRSTAMENDEDCOMPLAINT/);
      expect(compact).not.toMatch(/CASENO\.2:20-CV-07872-GW-PVC/);
    }
  });

  it('reflows double-spaced pleading paragraphs so sentences stay on one line', () => {
    const f = 'xray__program_data1_gov.uscourts.cacd.793085.50.0.pdf';
    if (!results.has(f)) return;
    const all = text(f).pages.join('\n');
    expect(all).toMatch(/^.*Only the legal or beneficial owner of a copyright is entitled to bring suit\. 17 U\.S\.C\. § 501\..*$/m);
    expect(all).toMatch(/The FAC, however, makes clear NantWorks provided no alleged trade secrets to Bank of America after 2013\./);
  });

  it('keeps transcript speaker turns as separate blocks', () => {
    const f = 'xray__program_data1_gov.uscourts.cacd.739768.66.0.pdf';
    if (!results.has(f)) return;
    const lines = text(f).pages[3]!.split('\n');
    expect(lines).toContain('MR. BREW: We typically refer to him as Mr. Nguema.');
    expect(lines.some((l) => l.startsWith('THE COURT: I thought that was the middle name.'))).toBe(true);
  });

  it('reads a page rotated by 270 degrees', () => {
    const f = 'xray__program_rotations_testh270.pdf';
    if (!results.has(f)) return;
    const out = text(f);
    expect(out.pages[0]).toMatch(/^XIANT TECHNOLOGIES, INC.'S POSITION STATEMENT$/m);
    expect(out.pages[0]).toMatch(/Plaintiff sued Xiant in 2018/);
    expect(out.meta.efiling?.docket).toBe('1:19-cv-01849-WJM-NRN');
  });

  it('reads caption columns as blocks: parties, then the docket and title', () => {
    const aarp = 'xray__program_data_gov.uscourts.cacd.579818.150.2.pdf';
    if (results.has(aarp)) {
      const lines = text(aarp).pages[0]!.split('\n');
      const at = lines.indexOf('JERALD FRIEDMAN, Individually and');
      expect(lines.slice(at, at + 12)).toEqual([
        'JERALD FRIEDMAN, Individually and',
        'on Behalf of All Others Similarly',
        'Situated,',
        'Plaintiff,',
        'vs.',
        'AARP, INC., AARP SERVICES INC.,',
        'AARP INSURANCE PLAN,',
        'UNITEDHEALTH GROUP, INC. and',
        'UNITEDHEALTHCARE INSURANCE',
        'COMPANY,',
        'Defendants.',
        'Case No. 2:14-cv-0034-DDP-PLA',
      ]);
    }
    const directv = 'xray__program_data_gov.uscourts.cacd.639877.53.0.pdf';
    if (results.has(directv)) {
      const p1 = text(directv).pages[0]!;
      expect(p1).toContain('MALIK BROWN, individually and on\nbehalf of all others similarly situated,\nPlaintiff,\nv.\nDIRECTV, LLC,\nDefendant.\nCase No. 5:16-cv-00263-DMG-(Ex)\n');
      // The attorney block above the caption stays one item per line.
      expect(p1).toMatch(/^Scott A\. Bursor \(State Bar No\. 276006\)\nL\. Timothy Fisher \(State Bar No\. 191626\)$/m);
    }
    const ca9 = 'doctor__doctor_test_assets_recap_documents_ca9_19.pdf';
    if (results.has(ca9)) expect(text(ca9).pages[0]).toMatch(/^SEAN RIORDAN\nsriordan@aclunc\.org\nWILLIAM S\. FREEMAN\n/m);
    for (const r of rows) {
      // No caption separator survives as a line of its own or at a line's edge.
      for (const l of text(r.file).pages.join('\n').split('\n')) expect(l, r.file).not.toMatch(/^\)|\s\)$|^§$/);
    }
  });

  it('keeps a page number printed over the stamp out of its Page ID', () => {
    const f = 'xray__program_data_gov.uscourts.cacd.661853.302.0.pdf';
    if (results.has(f)) expect(text(f).meta.efiling?.pageId).toBe('9056');
  });

  it('reflows a double-spaced transcript that follows single-spaced pages', () => {
    const f = 'xray__program_data1_gov.uscourts.cacd.739768.66.0.pdf';
    if (results.has(f)) expect(text(f).pages[2]!.split('\n')).toContain('MR. HEATH: Good morning, Your Honor, Levi Heath on behalf of defendants.');
  });

  it('keeps signature and address blocks one item per line, and joins indented block quotes', () => {
    const krivoshey = 'xray__program_data_gov.uscourts.cacd.639877.53.0.pdf';
    if (results.has(krivoshey)) {
      expect(text(krivoshey).pages[16]).toContain('Yeremey O. Krivoshey (State Bar No. 295032)\n1990 North California Blvd., Suite 940\nWalnut Creek, CA 94596\n');
    }
    const boykins = 'xray__program_data_gov.uscourts.cand.313162.93.0.pdf';
    if (results.has(boykins)) expect(text(boykins).pages[2]).toContain('Tahir L. Boykins (State Bar No. 323441)\nAttorneys for Defendants\n');
    const schwab = 'xray__program_data1_gov.uscourts.cand.300924.163.0.pdf';
    if (results.has(schwab)) {
      const all = text(schwab).pages.join('\n');
      expect(all).toMatch(/^It shall be unlawful for any person, directly or indirectly, by the use of any means or instrumentality of interstate commerce, or of the mails or of any facility of any national securities exchange,$/m);
      expect(all).toMatch(/^What matters at this stage is that Mr\. Bodek’s algorithm will/m);
    }
    const transcript = 'xray__program_data1_gov.uscourts.cacd.739768.66.0.pdf';
    if (results.has(transcript)) {
      expect(text(transcript).pages[0]).toMatch(/^CENTRAL DISTRICT OF CALIFORNIA - WESTERN DIVISION\nHONORABLE GEORGE H\. WU, U\.S\. DISTRICT JUDGE$/m);
    }
  });

  it('reads every filing with the pool reusing its children', async () => {
    const before = reader.childPids();
    expect(before.length).toBeGreaterThan(0);
    expect(before.length).toBeLessThanOrEqual(2);
    for (const r of rows.slice(0, 4)) await reader.read(path.join(COURT, r.file));
    expect(reader.childPids()).toEqual(before);
  });
});

const CORPUS = path.resolve(process.cwd(), 'corpora/irs-ice');

describe.skipIf(!existsSync(CORPUS))('generated corpus PDFs', () => {
  it('keeps the memorandum signature block one signer per line and ends each page by its last block', async () => {
    const out = await reader.read(path.join(CORPUS, '2025-08-20-ecf-45-1-memorandum-emergency-motion.pdf'));
    const signature = out.pages[3]!.split('\n');
    const at = signature.findIndex((l) => /^\/s\//.test(l));
    expect(at).toBeGreaterThan(0);
    expect(signature.slice(at + 1, at + 4).map((l) => l.replace(/^\S+ (?:\S\. )?\S+ /, 'NAME '))).toEqual([
      'NAME (D.C. Bar No. 1000001)',
      'NAME (D.C. Bar No. 1000002)',
      'NAME (D.C. Bar No. 1000003)',
    ]);
    expect(out.pages[3]).toMatch(/\nWashington, D\.C\.\nCounsel for Plaintiffs\n$/);
    // Page 1 ends inside a paragraph ("... understood to" / "permit."), page 4 with the signature block.
    expect(out.pages[0]).toMatch(/ understood to$/);
    const doc = prepareDocument(out);
    expect(doc.text).toContain(' understood to permit. ');
    expect(doc.text).toContain('\nCounsel for Plaintiffs\nCERTIFICATE OF SERVICE\n');
  });

  it('keeps an order\'s date line apart from the judge\'s signature on the next page', async () => {
    const out = await reader.read(path.join(CORPUS, '2025-09-09-ecf-53-order-administrative-record.pdf'));
    expect(prepareDocument(out).text).toMatch(/\nDated: September 9, 2025\n\/s\/\n[A-Z -]+\nUnited States District Judge$/);
  });


  it('reads the caption parties, "v." and the docket as clean lines', async () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.pdf'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const lines = (await reader.read(path.join(CORPUS, f))).pages[0]!.split('\n');
      const v = lines.indexOf('v.');
      expect(v, f).toBeGreaterThan(0);
      expect(lines[v - 1], f).toMatch(/^Plaintiffs?,$/);
      expect(lines[v + 1], f).toMatch(/^[A-Z][A-Z ,.&'’-]+,(?: et al\.,)?$/);
      expect(lines.find((l) => /No\. \d/.test(l)), f).toMatch(/^(?:Civil Action|Case) No\. [\w:-]+(?: \([A-Z]+\))?$/);
    }
  });
});

