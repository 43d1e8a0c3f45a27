import { describe, expect, it } from 'vitest';
import { decodeText, markdownToText, readTextBytes } from '../../src/ingest/text.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
};

describe('decodeText', () => {
  it('reads strict UTF-8 without warnings and strips a UTF-8 BOM', () => {
    expect(decodeText(utf8('Judge’s order — § 6103'))).toEqual({ text: 'Judge’s order — § 6103', encoding: 'utf-8', warnings: [] });
    const bom = concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8('Hi'));
    expect(decodeText(bom).text).toBe('Hi');
  });

  it('reads UTF-16 LE and BE by BOM', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x19, 0x20]); // "A’"
    const be = new Uint8Array([0xfe, 0xff, 0x00, 0x41, 0x20, 0x19]);
    expect(decodeText(le)).toMatchObject({ text: 'A’', encoding: 'utf-16le', warnings: [] });
    expect(decodeText(be)).toMatchObject({ text: 'A’', encoding: 'utf-16be', warnings: [] });
  });

  it('falls back to Windows-1252 with a warning, keeping every byte', () => {
    // "the court’s “order” – café" in cp1252
    const bytes = new Uint8Array([0x63, 0x6f, 0x75, 0x72, 0x74, 0x92, 0x73, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x81]);
    const d = decodeText(bytes);
    expect(d.text).toBe('court’s “ok” – café\u0081');
    expect(d.encoding).toBe('windows-1252');
    expect(d.warnings).toEqual(['not valid UTF-8: decoded as Windows-1252']);
  });

  it('decodes mixed files line by line so UTF-8 lines stay right', () => {
    const bytes = concat(utf8('Section § 6103 — first\n'), new Uint8Array([0x93, 0x71, 0x94, 0x0a]), utf8('naïve ✓'));
    const d = decodeText(bytes);
    expect(d.text).toBe('Section § 6103 — first\n“q”\nnaïve ✓');
    expect(d.encoding).toBe('mixed utf-8/windows-1252');
    expect(d.warnings[0]).toMatch(/1 line\(s\).*line 2/);
  });

  it('stays linear on a 50 MB single line of cp1252', () => {
    const bytes = new Uint8Array(50 * 1024 * 1024).fill(0x61);
    bytes[bytes.length - 1] = 0xe9;
    const t0 = performance.now();
    const d = decodeText(bytes);
    expect(d.text.length).toBe(bytes.length);
    expect(d.text.endsWith('aé')).toBe(true);
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('markdownToText', () => {
  it.each([
    ['# Court Orders Data Halt', 'Court Orders Data Halt'],
    ['### Next Steps ###', 'Next Steps'],
    ['- the IRS shared records', '• the IRS shared records'],
    ['  * nested bullet', '  • nested bullet'],
    ['> “We will appeal,” she said.', '“We will appeal,” she said.'],
    ['Read the [order](https://example.org/order.pdf "PDF") here.', 'Read the order here.'],
    ['![seal of the court](seal.png)', 'seal of the court'],
    ['See [the docket][1].', 'See the docket.'],
    ['[1]: https://example.org/docket', ''],
    ['The **preliminary injunction** was *denied*.', 'The preliminary injunction was denied.'],
    ['Use `26 U.S.C. § 6103` here.', 'Use 26 U.S.C. § 6103 here.'],
    ['---', ''],
    ['2 * 3 * 4 = 24', '2 * 3 * 4 = 24'],
    ['snake_case_name stays', 'snake_case_name stays'],
  ])('%j -> %j', (md, want) => {
    expect(markdownToText(md)).toBe(want);
  });

  it('drops fenced code and keeps the line count', () => {
    const md = 'Intro.\n```\nconst x = 1;\n```\nOutro.';
    expect(markdownToText(md)).toBe('Intro.\n\n\n\nOutro.');
  });

  it('is linear on a long line full of unmatched markers', () => {
    const md = '**a '.repeat(200_000);
    const t0 = performance.now();
    markdownToText(md);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('readTextBytes returns one page with the decoding warnings', () => {
    const out = readTextBytes(new Uint8Array([0x41, 0x92, 0x73]), 'text');
    expect(out).toEqual({ format: 'text', pages: ['A’s'], meta: {}, warnings: ['not valid UTF-8: decoded as Windows-1252'] });
  });
});
