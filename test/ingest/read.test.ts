import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mergeMeta, readFile } from '../../src/ingest/read.ts';
import { DEFAULT_LIMITS, IngestError, type ReaderOutput } from '../../src/model/types.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

const pdfCalls: string[] = [];
const fakePdf = {
  async read(p: string): Promise<ReaderOutput> {
    pdfCalls.push(p);
    return {
      format: 'pdf',
      pages: ['Case 1:25-cv-01234-ABC Document 12 Filed 08/20/25 Page 1 of 2\nORDER\nIt is ORDERED that the motion is granted.', 'SO ORDERED.'],
      meta: { pageCount: 2, efiling: { docket: '1:25-cv-01234-ABC', documentNumber: '12', filed: '2025-08-20', page: 1, pageCount: 2 } },
      warnings: [],
    };
  },
};
const deps = { pdf: fakePdf, limits: DEFAULT_LIMITS };

async function codeOf(p: Promise<unknown>): Promise<[string, string] | undefined> {
  try {
    await p;
  } catch (e) {
    if (e instanceof IngestError) return [e.code, e.message];
    throw e;
  }
  return undefined;
}

describe('readFile', () => {
  it('reads a text press release with its dateline date and inferred kind', async () => {
    const p = file('release.txt', 'Group Sues Agency\nWASHINGTON, May 12, 2025 — The group filed suit today.\nFor more information, contact the office.\n###\n');
    const out = await readFile(p, deps);
    expect(out.format).toBe('text');
    expect(out.meta).toEqual({ published: '2025-05-12', publishedFrom: 'dateline', kind: 'press_release' });
  });

  it('sends a PDF renamed .txt to the PDF reader and dates it by its e-filing stamp', async () => {
    const p = file('order.txt', '%PDF-1.7\n1 0 obj\n');
    const out = await readFile(p, deps);
    expect(pdfCalls).toContain(p);
    expect(out.meta).toMatchObject({ published: '2025-08-20', publishedFrom: 'efiling_stamp', kind: 'court_order', pageCount: 2 });
  });

  it('lets the sidecar override everything', async () => {
    const p = file('stamped.pdf', '%PDF-1.4\n');
    file('stamped.pdf.meta.json', JSON.stringify({ published: '2025-09-01', kind: 'filing', title: 'Stamped', source: 'PACER' }));
    const out = await readFile(p, deps);
    expect(out.meta).toMatchObject({ published: '2025-09-01', publishedFrom: 'sidecar', kind: 'filing', title: 'Stamped', source: 'PACER' });
    expect(out.meta.efiling?.filed).toBe('2025-08-20');
  });

  it('prefers HTML meta over a dateline', async () => {
    const html = '<html><head><meta property="article:published_time" content="2025-06-02"><meta property="og:site_name" content="Gazette"></head><body><article><p>WASHINGTON, May 12, 2025 — The group filed suit.</p><p>By Sam Carter</p></article></body></html>';
    const out = await readFile(file('story.html', html), deps);
    expect(out.meta).toMatchObject({ published: '2025-06-02', publishedFrom: 'html_meta', source: 'Gazette' });
  });

  it('reads markdown without its markup', async () => {
    const out = await readFile(file('notes.md', '# Next Steps\n\nThe **court** will rule.'), deps);
    expect(out.pages).toEqual(['Next Steps\n\nThe court will rule.']);
    expect(out.format).toBe('markdown');
  });

  it('caps characters with a warning', async () => {
    const out = await readFile(file('long.txt', 'x'.repeat(100)), { pdf: fakePdf, limits: { ...DEFAULT_LIMITS, maxChars: 40 } });
    expect(out.pages[0]).toHaveLength(40);
    expect(out.warnings).toEqual(['text truncated to 40 characters (of 100)']);
  });

  it.each<[string, () => Promise<unknown>, string, RegExp]>([
    ['empty', () => readFile(file('empty.txt', ''), deps), 'empty', /0 bytes/],
    ['binary', () => readFile(file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0])), deps), 'binary', /PNG/],
    ['missing', () => readFile(path.join(dir, 'nope.txt'), deps), 'unreadable', /file not found \(ENOENT\)/],
    ['directory', () => readFile(dir, deps), 'unreadable', /not a regular file/],
    ['too large', () => readFile(file('big.txt', 'x'.repeat(2048)), { pdf: fakePdf, limits: { ...DEFAULT_LIMITS, maxFileBytes: 1024 } }), 'too_large', /2\.0 KB, over the 1\.0 KB limit/],
    ['whitespace only', () => readFile(file('blank.txt', ' \n\t\n'), deps), 'no_text', /no text/],
    ['bad sidecar', () => {
      const p = file('dated.txt', 'Some text.');
      file('dated.meta.json', '{"published":"12/05/2025"}');
      return readFile(p, deps);
    }, 'bad_sidecar', /field "published".*"12\/05\/2025"/],
  ])('%s -> IngestError', async (_, run, code, message) => {
    const got = await codeOf(run());
    expect(got?.[0]).toBe(code);
    expect(got?.[1]).toMatch(message);
    expect(got?.[1]).not.toMatch(/\n/);
  });

  it.skipIf(process.getuid?.() === 0)('reports an unreadable file with the OS reason', async () => {
    const p = file('locked.txt', 'secret');
    chmodSync(p, 0o000);
    const got = await codeOf(readFile(p, deps));
    expect(got).toEqual(['unreadable', 'cannot read file: permission denied (EACCES)']);
  });
});

describe('mergeMeta', () => {
  it('uses a dateline only for releases, news and unknown documents; a court paper only its own date line', () => {
    const filing: ReaderOutput = { format: 'text', pages: ['May 12, 2025 — notice\nCOMPLAINT FOR DECLARATORY RELIEF'], meta: {}, warnings: [] };
    expect(mergeMeta(filing, undefined)).toEqual({ kind: 'filing' });
    const transcript: ReaderOutput = { format: 'text', pages: ['TRANSCRIPT OF MOTION HEARING\nBoston, Massachusetts\nTuesday, May 19, 2026\nPROCEEDINGS\nTHE COURT: Good morning.\nTHE COURT: Be seated.\nTHE COURT: We begin.'], meta: {}, warnings: [] };
    expect(mergeMeta(transcript, undefined)).toMatchObject({ kind: 'transcript', published: '2026-05-19', publishedFrom: 'dateline' });
  });
});
