import { describe, expect, it } from 'vitest';
import { cleanupPages } from '../../src/ingest/pdf-cleanup.ts';
import type { Line } from '../../src/ingest/pdf-layout.ts';

function line(text: string, y: number, opts: Partial<Line> = {}): Line {
  return { text, x0: 72, x1: 540, y, size: 12, split: false, frame: 0, frameHeight: 792, ...opts };
}

/** A page of a filing: stamp at the top, body, footer title and page number at the bottom. */
function page(n: number, of: number, body: string[]): Line[] {
  return [
    line(`Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page ${n} of ${of}`, 22, { size: 10 }),
    ...body.map((t, i) => line(t, 120 + i * 24)),
    line("PLAINTIFFS' MOTION FOR A PRELIMINARY INJUNCTION", 740, { size: 10 }),
    line(n % 2 ? `- ${n} -` : `Page ${n}`, 760, { size: 10 }),
  ];
}

describe('cleanupPages', () => {
  const pages = [
    page(1, 3, ['UNITED STATES DISTRICT COURT', 'The plaintiffs move for relief.']),
    page(2, 3, ['The agency shared records with another agency.', '12']),
    page(3, 3, ['For these reasons the motion should be granted.']),
  ];
  const result = cleanupPages(pages);

  it('removes stamps, running footers and page numbers, and keeps the body', () => {
    expect(result.pages.map((p) => p.map((l) => l.text))).toEqual([
      ['UNITED STATES DISTRICT COURT', 'The plaintiffs move for relief.'],
      ['The agency shared records with another agency.', '12'],
      ['For these reasons the motion should be granted.'],
    ]);
    // "- 1 -" and "- 3 -" repeat in place, so they go as running footers; "Page 2" as a page number.
    expect(result.removed).toEqual({ stamps: 3, running: 5, pageNumbers: 1, rules: 0 });
  });

  it('keeps the first stamp as metadata', () => {
    expect(result.efiling).toEqual({ docket: '1:25-cv-00457-CKK', documentNumber: '45', filed: '2025-08-20', page: 1, pageCount: 3 });
  });

  it('keeps a line that repeats in the body, not at the same place in the margin', () => {
    const body = [
      [line('Plaintiff,', 300), line('Some text on the first page.', 330)],
      [line('Plaintiff,', 420), line('Some other text here.', 330)],
      [line('Plaintiff,', 200), line('Yet more text.', 330)],
    ];
    expect(cleanupPages(body).pages.map((p) => p.map((l) => l.text))).toEqual([
      ['Plaintiff,', 'Some text on the first page.'],
      ['Plaintiff,', 'Some other text here.'],
      ['Plaintiff,', 'Yet more text.'],
    ]);
  });

  it('keeps a header that appears on only one page of three', () => {
    const pages3 = [
      [line('CONFIDENTIAL', 30), line('Body one.', 300)],
      [line('Body two.', 300)],
      [line('Body three.', 300)],
    ];
    expect(cleanupPages(pages3).pages[0]!.map((l) => l.text)).toEqual(['CONFIDENTIAL', 'Body one.']);
  });

  it('drops rule lines, stamp remnants and a bankruptcy stamp second line', () => {
    const p = [
      [
        line('Case 14-36086 Doc 1 Filed 10/03/14 Entered 10/03/14 14:54:39 Desc Main', 20),
        line('Document Page 2 of 7', 32),
        line('#:730', 40),
        line('________________________________', 300),
        line(')', 320),
        line('Debtor.', 340),
      ],
    ];
    const r = cleanupPages(p);
    expect(r.pages[0]!.map((l) => l.text)).toEqual(['Debtor.']);
    expect(r.efiling).toEqual({ docket: '14-36086', documentNumber: '1', filed: '2014-10-03' });
  });

  it('keeps text sharing the stamp line', () => {
    const r = cleanupPages([[line('Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40 ORDER', 22)]]);
    expect(r.pages[0]!.map((l) => l.text)).toEqual(['ORDER']);
  });
});
