import { describe, expect, it } from 'vitest';
import {
  buildLines,
  buildVocabulary,
  joinHyphenated,
  orientItems,
  reflowLines,
  stripLineNumberColumns,
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
