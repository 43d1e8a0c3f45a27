import { describe, expect, it } from 'vitest';
import {
  buildLines,
  buildVocabulary,
  joinHyphenated,
  orderColumns,
  orientItems,
  reflowLines,
  runsOnToNextPage,
  stripLineNumberColumns,
  type FrameStats,
  type Line,
  type PositionedText,
} from '../../src/ingest/pdf-layout.ts';

/** A run with Helvetica-like advance (half an em per character). */
function run(str: string, x: number, y: number, size = 12, width = str.length * size * 0.5): PositionedText {
  return { str, x, y, width, size };
}

/** A full-width body line for reflow tests: x0 at the margin, x1 at the right edge unless short. */
function line(text: string, y: number, opts: Partial<Line> = {}): Line {
  return { text, x0: 72, x1: 540, y, size: 12, split: false, frame: 0, frameHeight: 792, ...opts };
}

const NO_WORDS = { words: new Set<string>(), hyphenated: new Set<string>() };

describe('buildLines', () => {
  it('orders runs by baseline then x and puts spaces at word gaps only', () => {
    const lines = buildLines([run('world.', 110, 100), run('Hello', 72, 100), run('Sec', 72, 130), run('ond', 90, 130)]);
    expect(lines.map((l) => l.text)).toEqual(['Hello world.', 'Second']);
  });

  it('keeps a raised footnote mark on its line', () => {
    const lines = buildLines([run('as the court held', 72, 200), run('12', 174, 195, 7, 7), run('Next line here', 72, 226)]);
    expect(lines.map((l) => l.text)).toEqual(['as the court held12', 'Next line here']);
  });

  it('splits a row at a wide gap into cells, but keeps a paragraph number with its text', () => {
    const caption = buildLines([run('Plaintiff,', 72, 300), run('Case No. 1:25-cv-00457', 330, 300)]);
    expect(caption.map((l) => [l.text, l.split])).toEqual([
      ['Plaintiff,', true],
      ['Case No. 1:25-cv-00457', true],
    ]);
    const numbered = buildLines([run('3.', 108, 300), run('The motion is denied.', 160, 300)]);
    expect(numbered.map((l) => [l.text, l.split])).toEqual([['3. The motion is denied.', false]]);
  });

  it('drops a second copy of the same text drawn at the same place', () => {
    expect(buildLines([run('MOTION TO DISMISS', 200, 100), run('MOTION TO DISMISS', 200.4, 100.2)]).map((l) => l.text)).toEqual(['MOTION TO DISMISS']);
  });
});

describe('stripLineNumberColumns', () => {
  it('removes a 1..28 column at the left margin, including numbers drawn digit by digit', () => {
    const items: PositionedText[] = [];
    for (let n = 1; n <= 28; n++) {
      const y = 60 + n * 24;
      if (n === 24) items.push(run('2', 74, y, 12, 6), run('4', 80, y, 12, 6));
      else items.push(run(String(n), n < 10 ? 80 : 74, y, 12, n < 10 ? 6 : 12));
      items.push(run(`Body text of line ${n}`, 108, y));
    }
    const kept = stripLineNumberColumns(items, 612);
    expect(kept.map((i) => i.str)).toEqual(Array.from({ length: 28 }, (_, i) => `Body text of line ${i + 1}`));
  });

  it('keeps numbers in the middle of the page and short runs of numbers', () => {
    const table = [1, 2, 3, 4, 5, 6].map((n) => run(String(n), 300, 100 + n * 20));
    expect(stripLineNumberColumns(table, 612)).toHaveLength(6);
    const few = [1, 2, 3].map((n) => run(String(n), 40, 100 + n * 20));
    expect(stripLineNumberColumns(few, 612)).toHaveLength(3);
  });
});

describe('orientItems', () => {
  it('puts text rotated a quarter turn into an upright frame', () => {
    // Text printed sideways on an unrotated page, reading bottom to top: each next line lies
    // further right. pdf.js's viewport for an unrotated letter page flips y.
    const viewport = [1, 0, 0, -1, 0, 792];
    const items = [
      { str: 'second line', transform: [0, 12, -12, 0, 114, 100], width: 66 },
      { str: 'first', transform: [0, 12, -12, 0, 100, 100], width: 30 },
      { str: 'line', transform: [0, 12, -12, 0, 100, 134], width: 24 },
      { str: 'Upright heading', transform: [12, 0, 0, 12, 300, 700], width: 90 },
    ];
    const frames = orientItems(items, viewport, 612, 792);
    expect(frames.map((f) => f.turns)).toEqual([3, 0]);
    expect(buildLines(frames[0]!.items).map((l) => l.text)).toEqual(['first line', 'second line']);
    expect(buildLines(frames[1]!.items).map((l) => l.text)).toEqual(['Upright heading']);
  });
});

describe('joinHyphenated', () => {
  const vocab = buildVocabulary([
    { text: 'the data-sharing agreement covers disclosure' },
    { text: 'records of the agency are public' },
  ]);
  it.each([
    ['the statute barred dis-', 'closure of records', 'the statute barred disclosure of records'],
    ['under the data-', 'sharing agreement', 'under the data-sharing agreement'],
    ['shares of Bristol-', 'Myers stock', 'shares of Bristol-Myers stock'],
    ['cases about COVID-', '19 relief', 'cases about COVID-19 relief'],
    ['a self-', 'executing treaty', 'a self-executing treaty'],
    ['the infor-', 'mation was', 'the information was'],
  ])('%s + %s', (prev, next, expected) => {
    expect(joinHyphenated(prev, next, vocab)).toBe(expected);
  });
});

describe('reflowLines', () => {
  it('joins the wrapped lines of a double-spaced paragraph and starts a new one at an indent', () => {
    const lines = [
      line('MEMORANDUM IN SUPPORT', 100, { x0: 230, x1: 380 }),
      line('The plaintiffs filed this action in March and the defendants moved', 148, { x0: 108 }),
      line('to dismiss it two weeks later, arguing that the court lacked', 172),
      line('jurisdiction.', 196, { x1: 140 }),
      line('The court heard argument on the motion in May and now rules on', 220, { x0: 108 }),
      line('it.', 244, { x1: 90 }),
    ];
    expect(reflowLines(lines, NO_WORDS)).toEqual([
      'MEMORANDUM IN SUPPORT',
      'The plaintiffs filed this action in March and the defendants moved to dismiss it two weeks later, arguing that the court lacked jurisdiction.',
      'The court heard argument on the motion in May and now rules on it.',
    ]);
  });

  it('keeps list items, speaker turns and table-of-contents entries apart', () => {
    const lines = [
      line('The court orders as follows:', 100, { x1: 260 }),
      line('1. The motion to dismiss is denied in full and the stay is', 124),
      line('lifted.', 148, { x1: 110 }),
      line('2. The parties shall file a joint report.', 172, { x1: 330 }),
      line('THE COURT: Counsel, are you ready to proceed with the hearing', 196),
      line('MR. SMITH: Yes, Your Honor, we are ready.', 220, { x1: 330 }),
      line('Argument ........................................................ 12', 244),
      line('Conclusion ...................................................... 20', 268),
    ];
    expect(reflowLines(lines, NO_WORDS)).toEqual([
      'The court orders as follows:',
      '1. The motion to dismiss is denied in full and the stay is lifted.',
      '2. The parties shall file a joint report.',
      'THE COURT: Counsel, are you ready to proceed with the hearing',
      'MR. SMITH: Yes, Your Honor, we are ready.',
      'Argument ........................................................ 12',
      'Conclusion ...................................................... 20',
    ]);
  });

  it('separates footnotes by size and blocks by a blank-line gap', () => {
    const lines = [
      line('The agency denied the request in a letter that did not give', 100),
      line('reasons.', 114, { x1: 120 }),
      line('A later letter repeated the denial without any further', 142),
      line('1 See the letter of June 3, 2024, at 2.', 700, { size: 9, x1: 260 }),
    ];
    expect(reflowLines(lines, NO_WORDS)).toEqual([
      'The agency denied the request in a letter that did not give reasons.',
      'A later letter repeated the denial without any further',
      '1 See the letter of June 3, 2024, at 2.',
    ]);
  });
});

describe('caption columns', () => {
  it('reads a caption with a column of ")" separators as left block then right block', () => {
    // Separators drawn as their own runs, as a run's last character ("INC., )") and glued to the
    // left text with no gap ("INSURANCE)"), as word processors produce them.
    const items = [
      run('ACME WIDGET CORP., Individually and', 108, 436, 10, 228),
      run(')', 337.4, 436, 10, 4.7),
      run('Case No. 2:14-cv-00034-DDP', 355, 436, 10, 190),
      run('on Behalf of All Others,', 108, 448, 10, 150),
      run(')', 337.4, 448, 10, 4.7),
      run('Plaintiff,', 252, 460, 10, 50),
      run(')', 337.4, 460, 10, 4.7),
      run('CLASS ACTION', 355, 460, 10, 100),
      run('vs.', 144, 472, 10, 16),
      run(')', 337.4, 472, 10, 4.7),
      run('BETA HOLDINGS INC., )', 108, 484, 10, 241),
      run('GAMMA INSURANCE)', 108, 496, 10, 234),
      run('Judge: Hon. Ann Smith', 355, 496, 10, 120),
      run('Defendants. )', 222, 508, 10, 125),
      run('The parties agree as follows.', 108, 540, 10, 160),
    ];
    expect(buildLines(items).map((l) => l.text)).toEqual([
      'ACME WIDGET CORP., Individually and',
      'on Behalf of All Others,',
      'Plaintiff,',
      'vs.',
      'BETA HOLDINGS INC.,',
      'GAMMA INSURANCE',
      'Defendants.',
      'Case No. 2:14-cv-00034-DDP',
      'CLASS ACTION',
      'Judge: Hon. Ann Smith',
      'The parties agree as follows.',
    ]);
  });

  it('reads a "§" caption the same way, separator glued to the right text', () => {
    const items = [
      run('JANE ROE,', 72, 200, 12, 60),
      run('§', 300, 200, 12, 6),
      run('Plaintiff,', 100, 214, 12, 60),
      run('§ CIVIL ACTION NO. 4:20-cv-01234', 300, 214, 12, 200),
      run('v.', 90, 228, 12, 10),
      run('§', 300, 228, 12, 6),
      run('OMEGA LLC,', 72, 242, 12, 70),
      run('§ JURY DEMANDED', 300, 242, 12, 110),
    ];
    expect(buildLines(items).map((l) => l.text)).toEqual(['JANE ROE,', 'Plaintiff,', 'v.', 'OMEGA LLC,', 'CIVIL ACTION NO. 4:20-cv-01234', 'JURY DEMANDED']);
  });

  it('leaves parentheses in prose alone', () => {
    const items = [
      run('The court (in its order) held', 72, 100, 12, 200),
      run('that the claim (as pleaded) fails', 72, 114, 12, 210),
      run('and the motion (ECF 12) is granted.', 72, 128, 12, 220),
    ];
    expect(buildLines(items).map((l) => l.text)).toEqual(['The court (in its order) held', 'that the claim (as pleaded) fails', 'and the motion (ECF 12) is granted.']);
  });
});

describe('orderColumns', () => {
  const L = (y: number, x0: number, x1: number, text: string, split = false): Line => ({ text, x0, x1, y, size: 12, split, frame: 0, frameHeight: 792 });

  it('puts a caption table left column (parties) before its right column (case number, title)', () => {
    const lines = [
      L(261, 224, 448, 'UNITED STATES DISTRICT COURT'),
      L(313, 97, 315, 'ACME BROWN, individually and on', true),
      L(313, 360, 564, 'Case No. 5:16-cv-00263-ABC', true),
      L(329, 97, 306, 'behalf of all others similarly situated,'),
      L(345, 360, 563, 'OPPOSITION TO MOTION FOR'),
      L(361, 218, 267, 'Plaintiff,', true),
      L(361, 360, 556, 'SUMMARY JUDGMENT', true),
      L(393, 169, 179, 'v.'),
      L(409, 360, 492, 'Date: October 26, 2018'),
      L(425, 97, 195, 'WIDGETCO, LLC,', true),
      L(425, 360, 450, 'Time: 3:00 p.m.', true),
      L(457, 222, 284, 'Defendant.'),
      L(607, 138, 544, 'The plaintiff opposes the motion for the reasons below.'),
    ];
    const out = orderColumns(lines);
    expect(out.map((l) => l.text)).toEqual([
      'UNITED STATES DISTRICT COURT',
      'ACME BROWN, individually and on',
      'behalf of all others similarly situated,',
      'Plaintiff,',
      'v.',
      'WIDGETCO, LLC,',
      'Defendant.',
      'Case No. 5:16-cv-00263-ABC',
      'OPPOSITION TO MOTION FOR',
      'SUMMARY JUDGMENT',
      'Date: October 26, 2018',
      'Time: 3:00 p.m.',
      'The plaintiff opposes the motion for the reasons below.',
    ]);
    // Column lines stay one per line through reflow.
    expect(out.slice(1, 12).every((l) => l.split)).toBe(true);
  });

  it('separates two attorney blocks printed side by side', () => {
    const rows = [
      ['JOHN Q. ADAMS', 'MARY WELLS'],
      ['jadams@lawfirm.example', 'mwells@publicdefender.example'],
      ['CIVIL RIGHTS FOUNDATION', 'OFFICE OF THE PUBLIC DEFENDER'],
      ['39 Market Street', '555 Seventh Street'],
    ];
    const lines = rows.flatMap(([a, b], i) => [L(100 + i * 12, 72, 200, a!, true), L(100 + i * 12, 300, 460, b!, true)]);
    expect(orderColumns(lines).map((l) => l.text)).toEqual([...rows.map((r) => r[0]), ...rows.map((r) => r[1])]);
  });

  it('keeps a table of short labels and values row by row', () => {
    const rows = [
      ['Date:', 'October 26, 2018'],
      ['Time:', '3:00 p.m.'],
      ['Place:', 'Courtroom 8C'],
    ];
    const lines = rows.flatMap(([a, b], i) => [L(100 + i * 12, 72, 110, a!, true), L(100 + i * 12, 300, 400, b!, true)]);
    expect(orderColumns(lines).map((l) => l.text)).toEqual(rows.flat());
  });
});

describe('stamps and spacing', () => {
  it('keeps a page number printed over the end of a stamp apart from its Page ID', () => {
    const items = [
      run('Case 2:16-cv-08033-AB', 55, 25, 12, 156),
      run('Document 302', 221.7, 25, 12, 78),
      run('Filed 09/24/18', 309.7, 25, 12, 76),
      run('Page 1 of 25', 395.6, 25, 12, 68),
      run('Page ID #:9056', 473.6, 25, 12, 83.3),
      run('1', 536.4, 22.7, 12.2, 7.3),
    ];
    const [l] = buildLines(items);
    expect(l!.text).toBe('Case 2:16-cv-08033-AB Document 302 Filed 09/24/18 Page 1 of 25 Page ID #:9056 1');
  });

  it('joins a double-spaced page after single-spaced pages, but not across a wider gap', () => {
    const lines = [
      line('THE COURT: Let me call the matter of the two companies', 211, { x0: 205 }),
      line('and ask counsel to state their appearances.', 237, { x0: 126, x1: 420 }),
      line('MR. JONES: Good morning, Your Honor, Pat Jones on', 263, { x0: 205 }),
      line('behalf of the plaintiffs.', 289, { x0: 126, x1: 300 }),
      line('THE COURT: Thank you. Counsel for the defense?', 315, { x0: 205, x1: 480 }),
      line('MS. LEE: Good morning, Your Honor, Kim Lee for the', 341, { x0: 205 }),
      line('defendants.', 367, { x0: 126, x1: 200 }),
    ];
    expect(reflowLines(lines, NO_WORDS, { left: 126, right: 545, spacing: 13 })).toEqual([
      'THE COURT: Let me call the matter of the two companies and ask counsel to state their appearances.',
      'MR. JONES: Good morning, Your Honor, Pat Jones on behalf of the plaintiffs.',
      'THE COURT: Thank you. Counsel for the defense?',
      'MS. LEE: Good morning, Your Honor, Kim Lee for the defendants.',
    ]);
    const single = [
      line('A single-spaced paragraph runs across the full width of', 100),
      line('the page and ends here without a period at its end', 112),
      line('while this line belongs to the next block after a gap', 136),
    ];
    expect(reflowLines(single, NO_WORDS, { left: 72, right: 540, spacing: 24 })).toEqual([
      'A single-spaced paragraph runs across the full width of the page and ends here without a period at its end',
      'while this line belongs to the next block after a gap',
    ]);
  });
});

// Body text from x 72 to 540, double-spaced (24 pt), as the whole document would measure it.
const BODY: FrameStats = { left: 72, right: 540, spacing: 24, samples: 40 };

describe('reflow keeps short-line blocks one item per line', () => {
  it('keeps a signature block in the right half apart even where its lines reach the margin', () => {
    const lines = [
      line('For these reasons, the motion should be granted in full and the', 100, { x0: 108 }),
      line('transfers enjoined.', 124, { x1: 180 }),
      line('/s/ Jane Q. Roe', 172, { x0: 300, x1: 390 }),
      line('Jane Q. Roe (D.C. Bar No. 123456)', 196, { x0: 300, x1: 532 }),
      line('Omar T. Lindqvist (D.C. Bar No. 654321)', 220, { x0: 300, x1: 538 }),
      line('Priya Raman (D.C. Bar No. 111222)', 244, { x0: 300, x1: 520 }),
      line('CIVIC LAW PROJECT', 268, { x0: 300, x1: 430 }),
      line('Washington, D.C.', 292, { x0: 300, x1: 395 }),
      line('Counsel for Plaintiffs', 316, { x0: 300, x1: 420 }),
    ];
    expect(reflowLines(lines, NO_WORDS, BODY)).toEqual([
      'For these reasons, the motion should be granted in full and the transfers enjoined.',
      '/s/ Jane Q. Roe',
      'Jane Q. Roe (D.C. Bar No. 123456)',
      'Omar T. Lindqvist (D.C. Bar No. 654321)',
      'Priya Raman (D.C. Bar No. 111222)',
      'CIVIC LAW PROJECT',
      'Washington, D.C.',
      'Counsel for Plaintiffs',
    ]);
  });

  it('joins a narrow-column line only where its words run on, never before an e-mail address', () => {
    const lines = [
      line('Attorneys for Defendants Acme Widget Company and', 100, { x0: 300, x1: 536 }),
      line('Acme Holdings, Inc.', 114, { x0: 300, x1: 410 }),
      line('Fax: (312) 555-0199', 142, { x0: 300, x1: 535 }),
      line('jroe@civiclaw.org', 156, { x0: 300, x1: 400 }),
      line('JOHN DOE, individually and on', 184, { x0: 300, x1: 534 }),
      line('behalf of all others similarly situated,', 198, { x0: 300, x1: 510 }),
    ];
    expect(reflowLines(lines, NO_WORDS, BODY)).toEqual([
      'Attorneys for Defendants Acme Widget Company and Acme Holdings, Inc.',
      'Fax: (312) 555-0199',
      'jroe@civiclaw.org',
      'JOHN DOE, individually and on behalf of all others similarly situated,',
    ]);
  });

  it('keeps an attorney header block at the left margin one line per item, and "Dated:" lines apart', () => {
    const lines = [
      line('Jane Q. Roe (State Bar No. 276006)', 60, { x1: 270 }),
      line('jroe@civiclaw.org', 72, { x1: 170 }),
      line('1990 North Main Street, Suite 940', 84, { x1: 265 }),
      line('Walnut Creek, CA 94596', 96, { x1: 210 }),
      line('Dated: August 20, 2025', 400, { x1: 200 }),
      line('Respectfully submitted,', 424, { x1: 205 }),
    ];
    expect(reflowLines(lines, NO_WORDS, { ...BODY, spacing: 12 })).toEqual([
      'Jane Q. Roe (State Bar No. 276006)',
      'jroe@civiclaw.org',
      '1990 North Main Street, Suite 940',
      'Walnut Creek, CA 94596',
      'Dated: August 20, 2025',
      'Respectfully submitted,',
    ]);
  });

  it('keeps centered caption lines apart but joins a centered title that filled the width', () => {
    const lines = [
      line('UNITED STATES DISTRICT COURT', 60, { x0: 220, x1: 392 }),
      line('CENTRAL DISTRICT OF CALIFORNIA - WESTERN DIVISION', 74, { x0: 150, x1: 462 }),
      line('HONORABLE JANE Q. ROE, U.S. DISTRICT JUDGE', 88, { x0: 170, x1: 442 }),
      line('REPORTER’S TRANSCRIPT OF', 130, { x0: 230, x1: 382 }),
      line('STATUS CONFERENCE', 144, { x0: 250, x1: 362 }),
      line('PLAINTIFFS’ MEMORANDUM OF POINTS AND AUTHORITIES IN', 200, { x0: 100, x1: 512 }),
      line('SUPPORT OF THEIR EMERGENCY MOTION FOR A PRELIMINARY', 214, { x0: 112, x1: 500 }),
      line('INJUNCTION', 228, { x0: 270, x1: 342 }),
    ];
    expect(reflowLines(lines, NO_WORDS, { ...BODY, spacing: 14 })).toEqual([
      'UNITED STATES DISTRICT COURT',
      'CENTRAL DISTRICT OF CALIFORNIA - WESTERN DIVISION',
      'HONORABLE JANE Q. ROE, U.S. DISTRICT JUDGE',
      'REPORTER’S TRANSCRIPT OF',
      'STATUS CONFERENCE',
      'PLAINTIFFS’ MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF THEIR EMERGENCY MOTION FOR A PRELIMINARY INJUNCTION',
    ]);
  });

  it('still reflows justified paragraphs, their short last lines, an indented first line and a block quote with its own right margin', () => {
    const lines = [
      line('The agency adopted the policy without notice and without weighing the reliance', 100, { x0: 108 }),
      line('of the taxpayers who had filed on the promise that their returns would stay', 124),
      line('confidential.', 148, { x1: 150 }),
      line('The statute provides:', 172, { x0: 108, x1: 230 }),
      // Single-spaced and justified at an inset right margin, 72 pt left of the body's.
      line('It shall be unlawful for any person, directly or indirectly, to use', 192, { x0: 108, x1: 468 }),
      line('means or instrumentality of interstate commerce to disclose a', 206, { x0: 108, x1: 468 }),
      line('return or return information, or to inspect one, except as this', 220, { x0: 108, x1: 468 }),
      line('section allows.', 234, { x0: 108, x1: 190 }),
      line('Nothing in the record shows that the agency considered any of', 262, { x0: 108 }),
      line('this.', 286, { x1: 100 }),
    ];
    expect(reflowLines(lines, NO_WORDS, BODY)).toEqual([
      'The agency adopted the policy without notice and without weighing the reliance of the taxpayers who had filed on the promise that their returns would stay confidential.',
      'The statute provides:',
      'It shall be unlawful for any person, directly or indirectly, to use means or instrumentality of interstate commerce to disclose a return or return information, or to inspect one, except as this section allows.',
      'Nothing in the record shows that the agency considered any of this.',
    ]);
  });

  it('joins a paragraph whose first line starts right of center when the next line is back at the margin', () => {
    const lines = [line('What matters at this stage is that', 100, { x0: 400 }), line('the algorithm applies to every class member alike.', 124, { x1: 380 })];
    expect(reflowLines(lines, NO_WORDS, BODY)).toEqual(['What matters at this stage is that the algorithm applies to every class member alike.']);
  });
});

describe('runsOnToNextPage', () => {
  const nextPage = [line('permit. Every further transfer causes a harm that no judgment can undo.', 84, { x1: 470 })];

  it('says a page whose last line is a wrapped body line runs on', () => {
    const page = [line('Defendants invoke a narrow exception to justify transfers that it has', 680, { x0: 108 }), line('never been understood to', 704, { x1: 530 })];
    expect(runsOnToNextPage(page, nextPage, BODY)).toBe(true);
  });

  it('says a page ending with a paragraph’s short last line, a signature block or a heading is complete', () => {
    const shortLast = [line('The motion is granted in part and denied in', 680), line('part.', 704, { x1: 100 })];
    expect(runsOnToNextPage(shortLast, nextPage, BODY)).toBe(false);
    const signature = [line('Omar T. Lindqvist (D.C. Bar No. 654321)', 680, { x0: 300, x1: 538 }), line('Counsel for Plaintiffs', 704, { x0: 300, x1: 420 })];
    expect(runsOnToNextPage(signature, [line('CERTIFICATE OF SERVICE', 84, { x0: 240, x1: 372 })], BODY)).toBe(false);
    const wideSigner = [line('Omar T. Lindqvist (D.C. Bar No. 654321)', 704, { x0: 300, x1: 538 })];
    expect(runsOnToNextPage(wideSigner, [line('Priya Raman (D.C. Bar No. 111222)', 84, { x0: 300, x1: 520 })], BODY)).toBe(false);
    const heading = [line('ARGUMENT', 704, { x1: 150 })];
    expect(runsOnToNextPage(heading, nextPage, BODY)).toBe(false);
  });

  it('is false when the next page opens a new paragraph or list item, or has no text', () => {
    const page = [line('The court has considered the parties’ arguments and the record as a', 704)];
    expect(runsOnToNextPage(page, [line('The motion is granted.', 84, { x0: 108, x1: 250 })], BODY)).toBe(false);
    expect(runsOnToNextPage(page, [line('1. The motion is granted.', 84, { x1: 250 })], BODY)).toBe(false);
    expect(runsOnToNextPage(page, [], BODY)).toBe(false);
    expect(runsOnToNextPage(page, [line('whole.', 84, { x1: 110 })], BODY)).toBe(true);
  });
});
