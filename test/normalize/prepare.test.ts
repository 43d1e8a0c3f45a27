import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDocument, prepareText } from '../../src/normalize/prepare.ts';
import { toRawOffset } from '../../src/normalize/offset-map.ts';
import type { TextDocument } from '../../src/model/types.ts';

/** Every normalized character is either copied (and equal to its raw source) or an inserted separator. */
function checkMap(doc: TextDocument): void {
  const covered = new Uint8Array(doc.text.length);
  let prevEnd = -1;
  for (const seg of doc.offsetMap) {
    expect(seg.nStart).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = seg.nStart + seg.length;
    expect(doc.text.slice(seg.nStart, seg.nStart + seg.length)).toBe(doc.rawText.slice(seg.rStart, seg.rStart + seg.length));
    covered.fill(1, seg.nStart, seg.nStart + seg.length);
  }
  for (let n = 0; n < doc.text.length; n++) {
    if (covered[n]) expect(doc.rawText[toRawOffset(doc.offsetMap, n)]).toBe(doc.text[n]);
    else expect(doc.text[n] === ' ' || doc.text[n] === '\n', `inserted ${JSON.stringify(doc.text[n])} at ${n}`).toBe(true);
  }
}

/** Map a normalized span back and compare the copied characters, in order. */
function copiedChars(doc: TextDocument, start: number, end: number): [string, string] {
  let fromText = '';
  let fromRaw = '';
  for (const seg of doc.offsetMap) {
    const s = Math.max(start, seg.nStart);
    const e = Math.min(end, seg.nStart + seg.length);
    if (e <= s) continue;
    fromText += doc.text.slice(s, e);
    fromRaw += doc.rawText.slice(seg.rStart + (s - seg.nStart), seg.rStart + (e - seg.nStart));
  }
  return [fromText, fromRaw];
}

describe('prepareText', () => {
  it.each<[string, string]>([
    ['a  b\t\tc', 'a b c'],
    ['  lead and trail  ', 'lead and trail'],
    ['one\r\ntwo\r\n\r\nthree', 'one\ntwo\nthree'],
    ['old\rmac\rlines', 'old\nmac\nlines'],
    ['sep\u2028line\u2029para', 'sep\nline\npara'],
    ['$1\u00a0million and\u2009§\u202f6103', '$1 million and § 6103'],
    ['zero\u200bwidth\ufeff and soft\u00adhyphen', 'zerowidth and softhyphen'],
    ['a \u200b b', 'a b'],
    ['\u200b\n\n  \u200b\nx', 'x'],
    ['bell\u0007here\u0085next', 'bell here\nnext'],
    ['   \n\t\n', ''],
  ])('%j -> %j', (raw, want) => {
    const doc = prepareText(raw);
    expect(doc.text).toBe(want);
    checkMap(doc);
  });

  it('keeps a lone raw space as a copy, so the map covers it', () => {
    const doc = prepareText('The court ruled.');
    expect(doc.offsetMap).toEqual([{ nStart: 0, rStart: 0, length: 16 }]);
  });

  it('maps every sentence and random spans back to the same characters', () => {
    const raw =
      '  UNITED STATES DISTRICT COURT\r\n\r\nPlaintiffs,\u00a0\u00a0by counsel, move.  The\tagency\u2009objects.\n\u200b• Item one\n' +
      'Feb. 18, 2025:   Records\u3000were requested.\r\n';
    const doc = prepareText(raw);
    checkMap(doc);
    expect(doc.sentences.length).toBeGreaterThan(3);
    for (const s of doc.sentences) {
      const [t, r] = copiedChars(doc, s.start, s.end);
      expect(t).toBe(r);
      expect(t.replace(/\s/g, '')).toBe(doc.text.slice(s.start, s.end).replace(/\s/g, ''));
    }
    let seed = 7;
    const rnd = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let k = 0; k < 300; k++) {
      const a = Math.floor(rnd() * doc.text.length);
      const b = a + Math.floor(rnd() * (doc.text.length - a));
      const [t, r] = copiedChars(doc, a, b);
      expect(t).toBe(r);
    }
  });
});

describe('prepareDocument', () => {
  it('joins PDF pages by a space mid-sentence and by a newline after a sentence end', () => {
    const doc = prepareDocument({
      format: 'pdf',
      pages: ['The agency shared\ndata with', 'the other agency.', '', 'Next page.\n'],
      meta: {},
      warnings: [],
    });
    expect(doc.text).toBe('The agency shared\ndata with the other agency.\nNext page.');
    expect(doc.pages).toEqual([
      { number: 1, start: 0, end: 27 },
      { number: 2, start: 28, end: 45 },
      { number: 3, start: 45, end: 45 },
      { number: 4, start: 46, end: 56 },
    ]);
    expect(doc.rawText).toBe('The agency shared\ndata with\fthe other agency.\f\fNext page.\n');
    checkMap(doc);
    expect(doc.sentences.map((s) => s.page)).toEqual([1, 1, 4]);
  });

  // The PDF reader ends a page with "\n" when its last block is complete; without it (and without
  // terminal punctuation) the page ends inside a paragraph that the next page continues.
  it('joins a PDF page that the reader left open with a space, and one it closed with a newline', () => {
    const doc = prepareDocument({
      format: 'pdf',
      pages: [
        'Defendants rely on a provision that has never been understood to',
        'permit transfers of this size.\nRespectfully submitted,\nJane Q. Roe (Bar No. 123456)\nCounsel for Plaintiffs\n',
        'CERTIFICATE OF SERVICE\nI certify that I filed this brief today.\n',
      ],
      meta: {},
      warnings: [],
    });
    expect(doc.text).toBe(
      'Defendants rely on a provision that has never been understood to permit transfers of this size.\nRespectfully submitted,\nJane Q. Roe (Bar No. 123456)\nCounsel for Plaintiffs\nCERTIFICATE OF SERVICE\nI certify that I filed this brief today.',
    );
    expect(doc.pages.map((pg) => doc.text.slice(pg.start, pg.end))).toEqual([
      'Defendants rely on a provision that has never been understood to',
      'permit transfers of this size.\nRespectfully submitted,\nJane Q. Roe (Bar No. 123456)\nCounsel for Plaintiffs',
      'CERTIFICATE OF SERVICE\nI certify that I filed this brief today.',
    ]);
    checkMap(doc);
  });

  it('looks past an empty PDF page to the last page with text, and keeps a closed page closed after it', () => {
    const doc = prepareDocument({ format: 'pdf', pages: ['Dated: September 9, 2025\n', '', '/s/\nUnited States District Judge\n'], meta: {}, warnings: [] });
    expect(doc.text).toBe('Dated: September 9, 2025\n/s/\nUnited States District Judge');
    const open = prepareDocument({ format: 'pdf', pages: ['the court found that the', '', 'record was complete.\n'], meta: {}, warnings: [] });
    expect(open.text).toBe('the court found that the record was complete.');
  });

  it('joins text pages by a newline', () => {
    const doc = prepareDocument({ format: 'text', pages: ['a', 'b'], meta: {}, warnings: [] });
    expect(doc.text).toBe('a\nb');
  });

  it('is linear on many pages', () => {
    const pages = Array.from({ length: 5000 }, (_, i) => `Page ${i} text that runs on`);
    const t0 = performance.now();
    const doc = prepareDocument({ format: 'pdf', pages, meta: {}, warnings: [] });
    expect(doc.pages.length).toBe(5000);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});

const seeds = path.resolve(process.cwd(), '../shared/seeds');
describe('prepareText on the seeds', () => {
  it.skipIf(!existsSync(seeds))('keeps an exact offset map', () => {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt'))) checkMap(prepareText(readFileSync(path.join(seeds, f), 'utf8')));
  });
});

describe('hard-wrapped plain text', () => {
  const WRAPPED = [
    'ORDER',
    '',
    'The plaintiffs, a coalition of four organizations, ask the Court to enjoin',
    'the disclosure of taxpayer addresses to the Department of Homeland Security.',
    'They argue that the agreement violates 26 U.S.C. § 6103 and the Administrative',
    'Procedure Act. For the reasons below, the motion is denied.',
    '',
    '- First item on a list that is long enough to look like a wrapped line of text',
    '- Second item',
  ].join('\n');

  it('joins the lines of a wrapped paragraph so no sentence is cut at a line end', () => {
    const doc = prepareText(WRAPPED);
    const texts = doc.sentences.map((s) => doc.text.slice(s.start, s.end));
    expect(texts).toContain(
      'The plaintiffs, a coalition of four organizations, ask the Court to enjoin the disclosure of taxpayer addresses to the Department of Homeland Security.',
    );
    expect(texts).toContain('They argue that the agreement violates 26 U.S.C. § 6103 and the Administrative Procedure Act.');
  });

  it('keeps headings and list items as their own lines', () => {
    const doc = prepareText(WRAPPED);
    expect(doc.text.split('\n')).toEqual([
      'ORDER',
      'The plaintiffs, a coalition of four organizations, ask the Court to enjoin the disclosure of taxpayer addresses to the Department of Homeland Security. They argue that the agreement violates 26 U.S.C. § 6103 and the Administrative Procedure Act. For the reasons below, the motion is denied.',
      '- First item on a list that is long enough to look like a wrapped line of text',
      '- Second item',
    ]);
  });

  it('leaves text written one paragraph per line alone', () => {
    const lines = [
      'A short headline here',
      'The first paragraph is a single long line that goes on well past any wrapping width a mail client would use, as news pages copied from a browser do.',
      'A second paragraph, again on one line, runs just as long as the first and ends with its own full stop, as paragraphs do.',
      'A third one.',
      'And a fourth paragraph that is also long enough to pass the width of a wrapped line of plain text easily.',
    ];
    expect(prepareText(lines.join('\n')).text).toBe(lines.join('\n'));
  });
});
