// Turns positioned text runs (pdf.js text items) into lines and paragraphs. Pure: no pdf.js here,
// so every rule can be tested on hand-made coordinates.

/** A pdf.js text item as it comes out of getTextContent (only the fields used). */
export interface RawTextItem {
  str: string;
  /** Text-space to user-space matrix [a, b, c, d, e, f]. */
  transform: number[];
  /** Advance width along the baseline, in user-space units. */
  width: number;
}

/** A text run in an upright frame: x grows rightwards, y (the baseline) grows downwards. */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
}

/** A text run grouped by writing direction: quarter turns clockwise of its baseline on the page. */
export interface OrientedPage {
  /** 0..3; the direction holding most characters comes first. */
  turns: number;
  items: PositionedText[];
  width: number;
  height: number;
}

export interface Line {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the top of the frame. */
  y: number;
  size: number;
  /** Part of a row that had wide gaps (tables, captions, signature blocks): never reflowed. */
  split: boolean;
  /** Which orientation frame of the page the line belongs to (0 = the main text direction). */
  frame: number;
  /** Height of the line's frame, for telling headers and footers from body lines. */
  frameHeight: number;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m1: readonly number[], m2: readonly number[]): Matrix {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

/**
 * Puts each item into an upright frame for its writing direction, so that rotated pages (and the
 * vertical stamps some scanners print in the margin) read like ordinary horizontal text.
 * `viewport` is pdf.js's viewport transform (page rotation applied, y pointing down).
 */
export function orientItems(items: readonly RawTextItem[], viewport: readonly number[], pageWidth: number, pageHeight: number): OrientedPage[] {
  const byTurns = new Map<number, { items: PositionedText[]; chars: number }>();
  for (const it of items) {
    if (!it.str) continue;
    const m = multiply(viewport, it.transform);
    // Device space has y down, so text that reads upright has its baseline along +x and its
    // ascent along -y: the matrix is [s, 0, 0, -s, x, y].
    const angle = Math.atan2(m[1], m[0]);
    const turns = (((Math.round(angle / (Math.PI / 2)) % 4) + 4) % 4) as 0 | 1 | 2 | 3;
    const [cos, sin] = QUARTER[turns];
    const x = m[4] * cos + m[5] * sin;
    const y = -m[4] * sin + m[5] * cos;
    const size = Math.hypot(m[2], m[3]) || Math.hypot(m[0], m[1]) || 1;
    let g = byTurns.get(turns);
    if (!g) byTurns.set(turns, (g = { items: [], chars: 0 }));
    g.items.push({ str: it.str, x, y, width: Math.abs(it.width), size });
    g.chars += it.str.trim().length;
  }
  const frames = [...byTurns.entries()].sort((a, b) => b[1].chars - a[1].chars);
  return frames.map(([turns, g]) => {
    // Shift so the page's corners start at (0, 0) in this frame.
    const [cos, sin] = QUARTER[turns as 0 | 1 | 2 | 3];
    const corners: Array<[number, number]> = [
      [0, 0],
      [pageWidth, 0],
      [0, pageHeight],
      [pageWidth, pageHeight],
    ];
    const xs = corners.map(([px, py]) => px * cos + py * sin);
    const ys = corners.map(([px, py]) => -px * sin + py * cos);
    const minX = Math.min(...xs);
    const minY = Math.min(...ys);
    for (const it of g.items) {
      it.x -= minX;
      it.y -= minY;
    }
    return { turns, items: g.items, width: Math.max(...xs) - minX, height: Math.max(...ys) - minY };
  });
}

const QUARTER: Record<0 | 1 | 2 | 3, [number, number]> = {
  0: [1, 0],
  1: [0, 1],
  2: [-1, 0],
  3: [0, -1],
};

/**
 * Drops pleading-paper and transcript line numbers: a column of small integers near a side
 * margin that counts up (1, 2, 3 ... 28) down the page. Right-aligned numbers share their right
 * edge ("9" and "10"), so columns are found by right edge.
 */
export function stripLineNumberColumns(items: PositionedText[], pageWidth: number): PositionedText[] {
  // Some producers draw "24" as two runs, "2" and "4": glue touching digit runs on a baseline first.
  const digits = items.filter((it) => /^\s*\d{1,2}\s*$/.test(it.str)).sort((a, b) => a.y - b.y || a.x - b.x);
  if (digits.length < 5) return items;
  const numbers: Array<{ runs: PositionedText[]; value: number; x: number; right: number; y: number }> = [];
  for (const it of digits) {
    const last = numbers[numbers.length - 1];
    if (last && Math.abs(last.y - it.y) < 1 && it.x - last.right < 0.3 * it.size && it.x >= last.right - 1) {
      last.runs.push(it);
      last.value = Number(last.runs.map((r) => r.str.trim()).join(''));
      last.right = it.x + it.width;
    } else {
      numbers.push({ runs: [it], value: Number(it.str), x: it.x, right: it.x + it.width, y: it.y });
    }
  }
  const columns = new Map<number, typeof numbers>();
  for (const n of numbers) {
    if (n.value > 99) continue;
    const key = Math.round(n.right / 4);
    const near = columns.get(key) ?? columns.get(key - 1) ?? columns.get(key + 1);
    if (near) near.push(n);
    else columns.set(key, [n]);
  }
  const drop = new Set<PositionedText>();
  for (const col of columns.values()) {
    if (col.length < 5) continue;
    const x = col[0]!.x;
    if (x > pageWidth * 0.22 && x < pageWidth * 0.78) continue;
    col.sort((a, b) => a.y - b.y);
    // A number printed twice at one place (a doubled text layer) counts once.
    const distinct = col.filter((n, i) => i === 0 || n.value !== col[i - 1]!.value || Math.abs(n.y - col[i - 1]!.y) > 1);
    if (distinct.length < 5) continue;
    let ones = 0;
    for (let i = 1; i < distinct.length; i++) if (distinct[i]!.value - distinct[i - 1]!.value === 1) ones++;
    if (ones >= (distinct.length - 1) * 0.8) for (const n of col) for (const r of n.runs) drop.add(r);
  }
  return drop.size ? items.filter((it) => !drop.has(it)) : items;
}

/** Gap (in ems) above which two runs on one row are separate cells, not words of one line. */
const CELL_GAP_EMS = 2;
/** Gap (in ems) above which two runs get a space between them. */
const SPACE_GAP_EMS = 0.15;

// A paragraph or footnote number, list marker or speaker label set off by a tab: "1.", "1", "(a)", "IV.", "•",
// "MR. BREW:", "THE COURT:". It belongs to the text after the gap, not to a cell of its own.
const MARKER_CELL = /^(?!vs?\.$)(?:\d{1,3}|\(?[0-9A-Za-z]{1,4}[.)]|[•●▪◦■□➢✓*–—-]|§+|[A-Z][A-Z.'’ ]{1,25}:)$/;

function isMarkerCell(runs: readonly PositionedText[]): boolean {
  const text = runs.map((r) => r.str).join('').trim();
  return text.length <= 26 && MARKER_CELL.test(text);
}

/**
 * Drops runs drawn twice at the same place: fake bold (the same word struck twice a fraction of
 * a point apart) and PDFs carrying two copies of their text layer. A run is a copy when it covers
 * mostly the same span of the row as a kept run and has about the same length.
 */
function dropOverprints(runs: PositionedText[]): PositionedText[] {
  const kept: PositionedText[] = [];
  for (const r of runs) {
    if (r.str.trim() === '') {
      kept.push(r);
      continue;
    }
    const len = r.str.trim().length;
    let copy = false;
    for (let i = kept.length - 1; i >= 0 && i >= kept.length - 8; i--) {
      const k = kept[i]!;
      const klen = k.str.trim().length;
      if (!klen) continue;
      const overlap = Math.min(k.x + k.width, r.x + r.width) - Math.max(k.x, r.x);
      if (overlap > 0.7 * Math.max(k.width, r.width) && Math.abs(klen - len) <= Math.max(1, 0.2 * len)) {
        copy = true;
        break;
      }
    }
    if (!copy) kept.push(r);
  }
  return kept;
}

// Caption separators: district-court captions put the parties left of a column of ")" (or "§" in
// Texas) and the case number and title right of it. "JERALD FRIEDMAN, Individually and ) Case No. 2:14-cv-34",
// "Plaintiff, §", ") Hon. James V. Selna".
const SEPARATOR_CHAR = /[)§]/;
const LONE_SEPARATOR = /^\s*(?:\)|§{1,2})\s*$/;

interface SeparatorColumn {
  x: number;
  yMin: number;
  yMax: number;
}

/** Where a run's separator character sits, when the run is one or starts/ends with one set off by a space. */
function separatorX(r: PositionedText): number | undefined {
  if (LONE_SEPARATOR.test(r.str)) return r.x + r.str.search(/\S/) * (r.width / r.str.length);
  const t = r.str;
  // "AARP SERVICES INC., )" and ") CLASS ACTION": the separator drawn in the same run as the text.
  const tail = /\s[)§]\s*$/.exec(t);
  if (tail) return r.x + (r.width * (tail.index + 1)) / t.length;
  if (/^\s*[)§]\s/.test(t)) return r.x + (r.width * t.search(/\S/)) / t.length;
  return undefined;
}

/** Vertical runs of separators at one x: 3 or more, each within 3 ems of the next. */
function findSeparatorColumns(rows: ReadonlyArray<{ y: number; size: number; items: PositionedText[] }>): SeparatorColumn[] {
  const marks: Array<{ x: number; y: number; size: number }> = [];
  for (const row of rows) {
    for (const r of row.items) {
      if (!SEPARATOR_CHAR.test(r.str)) continue;
      const x = separatorX(r);
      if (x !== undefined) marks.push({ x, y: row.y, size: row.size });
    }
  }
  if (marks.length < 3) return [];
  marks.sort((a, b) => a.x - b.x);
  const columns: SeparatorColumn[] = [];
  let i = 0;
  while (i < marks.length) {
    let j = i + 1;
    // Positions inside a run are estimated from its average character width: allow for that.
    while (j < marks.length && marks[j]!.x - marks[j - 1]!.x <= Math.max(3, 0.4 * marks[j]!.size)) j++;
    if (j - i >= 3) {
      const group = marks.slice(i, j).sort((a, b) => a.y - b.y);
      let start = 0;
      for (let k = 1; k <= group.length; k++) {
        const g = group[k];
        if (g && g.y - group[k - 1]!.y <= 3 * g.size) continue;
        if (k - start >= 3) {
          const run = group.slice(start, k);
          columns.push({ x: Math.min(...run.map((m) => m.x)), yMin: run[0]!.y, yMax: run[run.length - 1]!.y });
        }
        start = k;
      }
    }
    i = j;
  }
  return columns;
}

/** A part of a run, with its position estimated from the run's average character width. */
function slice(r: PositionedText, from: number, to: number): PositionedText {
  const cw = r.width / Math.max(1, r.str.length);
  return { str: r.str.slice(from, to), x: r.x + from * cw, y: r.y, width: (to - from) * cw, size: r.size };
}

/** Splits a row's runs into the parts left and right of a separator column, dropping the separators. */
function splitAtSeparator(runs: readonly PositionedText[], col: SeparatorColumn, size: number): [PositionedText[], PositionedText[]] {
  const left: PositionedText[] = [];
  const right: PositionedText[] = [];
  const tol = 0.6 * size;
  for (const r of runs) {
    const end = r.x + r.width;
    if (LONE_SEPARATOR.test(r.str) && Math.abs(r.x - col.x) <= tol + r.width) continue;
    if (end <= col.x + tol * 0.5 && r.x < col.x) {
      left.push(r);
      continue;
    }
    if (r.x >= col.x - tol * 0.5) {
      // A run starting at the column may still begin with its separator: ") Case No. 3:20-cv-1".
      const m = /^\s*[)§]/.exec(r.str);
      if (m && r.x <= col.x + tol) {
        const rest = slice(r, m[0].length, r.str.length);
        if (rest.str.trim()) right.push(rest);
      } else right.push(r);
      continue;
    }
    // The run straddles the column: cut at the separator character nearest to it.
    const cw = r.width / Math.max(1, r.str.length);
    let best = -1;
    let bestD = Infinity;
    for (let k = 0; k < r.str.length; k++) {
      if (!SEPARATOR_CHAR.test(r.str[k]!)) continue;
      const d = Math.abs(r.x + k * cw - col.x);
      if (d < bestD) [best, bestD] = [k, d];
    }
    if (best >= 0 && bestD <= 2 * size) {
      const a = slice(r, 0, best);
      const b = slice(r, best + 1, r.str.length);
      if (a.str.trim()) left.push(a);
      if (b.str.trim()) right.push(b);
    } else if (r.x + r.width / 2 < col.x) left.push(r);
    else right.push(r);
  }
  return [left, right];
}

/** Groups runs into rows by baseline, then into lines (cells) by horizontal gaps. */
export function buildLines(items: readonly PositionedText[], frame = 0, frameHeight = 792): Line[] {
  const sorted = items.filter((it) => it.str.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: Array<{ y: number; size: number; items: PositionedText[] }> = [];
  for (const it of sorted) {
    const isBlank = it.str.trim() === '';
    // Compare against the last few rows: superscripts sit a little above their row.
    let target: (typeof rows)[number] | undefined;
    for (let i = rows.length - 1; i >= 0 && i >= rows.length - 3; i--) {
      const r = rows[i]!;
      // Superscripts (footnote marks) and subscripts are smaller and sit up to half an em off.
      const small = !isBlank && Math.min(it.size, r.size) < 0.85 * Math.max(it.size, r.size);
      if (Math.abs(it.y - r.y) <= (small ? 0.6 : 0.45) * Math.max(r.size, isBlank ? 0 : it.size)) {
        target = r;
        break;
      }
    }
    if (target) {
      target.items.push(it);
      if (!isBlank && it.size > target.size) {
        target.size = it.size;
        target.y = it.y;
      }
    } else if (!isBlank) {
      rows.push({ y: it.y, size: it.size, items: [it] });
    }
  }
  const separators = findSeparatorColumns(rows);
  const lines: Line[] = [];
  // Lines of a separated caption, held back so the left column comes out before the right one.
  let held: { col: SeparatorColumn; left: Line[]; right: Line[] } | undefined;
  const flush = (): void => {
    if (held) lines.push(...held.left, ...held.right);
    held = undefined;
  };
  for (const row of rows) {
    const runs = dropOverprints(row.items.sort((a, b) => a.x - b.x));
    const col = separators.find((c) => row.y >= c.yMin - 0.5 * row.size && row.y <= c.yMax + 0.5 * row.size);
    if (held && held.col !== col) flush();
    if (!col) {
      const cells = cellsOf(runs, row.size);
      for (const cell of cells) {
        const l = lineOf(cell, row, cells.length > 1, frame, frameHeight);
        if (l) lines.push(l);
      }
      continue;
    }
    held ??= { col, left: [], right: [] };
    const [left, right] = splitAtSeparator(runs, col, row.size);
    for (const [side, out] of [
      [left, held.left],
      [right, held.right],
    ] as const) {
      for (const cell of cellsOf(side, row.size)) {
        const l = lineOf(cell, row, true, frame, frameHeight);
        if (l) out.push(l);
      }
    }
  }
  flush();
  return orderColumns(lines);
}

/** Splits a row's runs (sorted by x) into cells at wide gaps. */
function cellsOf(runs: readonly PositionedText[], size: number): PositionedText[][] {
  const cells: PositionedText[][] = [];
  let cur: PositionedText[] = [];
  let curEnd = -Infinity;
  for (const r of runs) {
    // Blank runs only matter as spacing, which the gaps already give.
    if (r.str.trim() === '') continue;
    if (cur.length && r.x - curEnd > CELL_GAP_EMS * size && !(cells.length === 0 && isMarkerCell(cur))) {
      cells.push(cur);
      cur = [];
    }
    cur.push(r);
    curEnd = Math.max(curEnd, r.x + r.width);
  }
  if (cur.length) cells.push(cur);
  return cells;
}

function lineOf(cell: readonly PositionedText[], row: { y: number; size: number }, split: boolean, frame: number, frameHeight: number): Line | undefined {
  let text = '';
  let end = -Infinity;
  for (const r of cell) {
    const gap = r.x - end;
    // A run drawn inside the previous one (a page number printed over the end of a stamp,
    // "Page ID #:9056" and "1") is separate text, not the next letters of a word.
    const inside = gap < -0.3 * r.size;
    if (text && (inside || gap > SPACE_GAP_EMS * Math.min(row.size, r.size)) && !/\s$/.test(text) && !/^\s/.test(r.str)) text += ' ';
    text += r.str;
    end = Math.max(end, r.x + r.width);
  }
  text = text.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  return { text, x0: cell[0]!.x, x1: end, y: row.y, size: row.size, split, frame, frameHeight };
}

/**
 * Side-by-side blocks without separator characters (a California caption table, two attorney
 * blocks next to each other) come out of row-by-row reading interleaved. Finds a gutter that no
 * line crosses over a stretch of rows, with a column starting at the left margin, and puts that
 * stretch's left column before its right column. Rows of short labels with values (a table of
 * "Date:" / "Time:") stay row by row.
 */
export function orderColumns(lines: Line[], depth = 0): Line[] {
  if (lines.length < 4 || depth > 3) return lines;
  const rows: Line[][] = [];
  for (const l of lines) {
    const last = rows[rows.length - 1];
    if (last && last[0]!.y === l.y) last.push(l);
    else rows.push([l]);
  }
  // The left margin: the leftmost x where several lines start (a stamp or a page number
  // further left is not the text's margin).
  const xs = lines.map((l) => l.x0).sort((a, b) => a - b);
  let margin = xs[0]!;
  for (let k = 0; k + 2 < xs.length; k++) {
    if (xs[k + 2]! - xs[k]! <= 2) {
      margin = xs[k]!;
      break;
    }
  }
  // Gutter candidates: where the second cell of a row starts, when the first starts at the margin.
  const starts: number[] = [];
  for (const row of rows) {
    if (row.length < 2 || row[0]!.x0 > margin + 2 * row[0]!.size) continue;
    starts.push(row[1]!.x0);
  }
  if (starts.length < 2) return lines;
  starts.sort((a, b) => a - b);
  const clusters: number[][] = [];
  for (const x of starts) {
    const c = clusters[clusters.length - 1];
    if (c && x - c[c.length - 1]! <= 4) c.push(x);
    else clusters.push([x]);
  }
  clusters.sort((a, b) => b.length - a.length);
  for (const c of clusters) {
    if (c.length < 2) break;
    const X = c[0]!;
    const out = reorderAt(rows, X, margin, depth);
    if (out) return out;
  }
  return lines;
}

function reorderAt(rows: readonly Line[][], X: number, margin: number, depth: number): Line[] | undefined {
  const compatible = (row: readonly Line[]) => row.every((l) => l.x1 <= X - 0.3 * l.size || l.x0 >= X - 4);
  const out: Line[] = [];
  let changed = false;
  let i = 0;
  while (i < rows.length) {
    if (!compatible(rows[i]!)) {
      out.push(...rows[i]!);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < rows.length && compatible(rows[j]!) && rows[j]![0]!.y - rows[j - 1]![0]!.y <= 4 * rows[j]![0]!.size) j++;
    const region = rows.slice(i, j);
    const left = region.flatMap((r) => r.filter((l) => l.x0 < X - 4));
    const right = region.flatMap((r) => r.filter((l) => l.x0 >= X - 4));
    const both = region.filter((r) => r.some((l) => l.x0 < X - 4) && r.some((l) => l.x0 >= X - 4)).length;
    const leftLen = left.map((l) => l.text.length).sort((a, b) => a - b)[Math.floor(left.length / 2)] ?? 0;
    const atMargin = left.some((l) => l.x0 <= margin + 2 * l.size);
    const columns = both >= 2 && left.length >= 2 && right.length >= 3 && atMargin && (both < 0.7 * region.length || leftLen >= 15);
    if (columns) {
      changed = true;
      // Column lines are stacked names, addresses and titles: kept one per line, like table cells.
      const cell = (l: Line): Line => (l.split ? l : { ...l, split: true });
      out.push(...orderColumns(left.map(cell), depth + 1), ...orderColumns(right.map(cell), depth + 1));
    } else out.push(...region.flat());
    i = j;
  }
  return changed ? out : undefined;
}

// ---------------------------------------------------------------------------------------------
// Reflow: lines into blocks (paragraphs, headings, list items).

/** Words of the document, for deciding whether a line-end hyphen is a break or a real hyphen. */
export interface Vocabulary {
  words: Set<string>;
  hyphenated: Set<string>;
}

const WORD = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
const ENDS_WITH_BREAK_HYPHEN = /([A-Za-z]+)-$/;

/** Collects words from line interiors (the fragments around a line-end hyphen are left out). */
export function buildVocabulary(lines: Iterable<{ text: string }>): Vocabulary {
  const words = new Set<string>();
  const hyphenated = new Set<string>();
  let prevBroke = false;
  for (const { text } of lines) {
    const tokens = [...text.matchAll(WORD)];
    const broke = ENDS_WITH_BREAK_HYPHEN.test(text);
    tokens.forEach((m, i) => {
      if (i === 0 && prevBroke) return;
      if (i === tokens.length - 1 && broke && m.index + m[0].length === text.length - 1) return;
      const w = m[0].toLowerCase();
      if (w.includes('-')) hyphenated.add(w);
      else words.add(w);
    });
    prevBroke = broke;
  }
  return { words, hyphenated };
}

// First halves that usually make a compound, not a syllable break: "self-\nexecuting", "well-\nknown".
const COMPOUND_FIRST = new Set(['self', 'well', 'non', 'cross', 'long', 'short', 'high', 'low', 'full', 'part', 'half', 'third', 'so', 'ex', 'all', 'quasi', 'data', 'court', 'case', 'state', 'law', 'tax', 'fact', 'time', 'cost', 'year']);

/**
 * Joins two lines where the first ends with a hyphen directly after a letter. The rule:
 * 1. the part after the break starts with an upper-case letter or digit ("Bristol-\nMyers", "COVID-\n19"): keep the hyphen;
 * 2. the document writes the hyphenated form elsewhere ("data-sharing"): keep it;
 * 3. the document writes the joined form elsewhere ("disclosure"): join without the hyphen;
 * 4. the first half is a usual compound head ("self", "well", "non", "data"...), or both halves
 *    are words the document uses on their own and the first has 3+ letters: keep the hyphen;
 * 5. otherwise it is a syllable break: join ("dis-\nclosure" -> "disclosure").
 */
export function joinHyphenated(prev: string, next: string, vocab: Vocabulary): string {
  const m = ENDS_WITH_BREAK_HYPHEN.exec(prev);
  const right = /^[A-Za-z0-9]+/.exec(next)?.[0];
  if (!m || !right) return `${prev} ${next}`;
  const left = m[1]!;
  const keep = `${prev}${next}`;
  const join = `${prev.slice(0, -1)}${next}`;
  if (!/^[a-z]/.test(right)) return keep;
  const l = left.toLowerCase();
  const r = right.toLowerCase();
  if (vocab.hyphenated.has(`${l}-${r}`)) return keep;
  if (vocab.words.has(l + r)) return join;
  if (COMPOUND_FIRST.has(l)) return keep;
  if (l.length >= 3 && vocab.words.has(l) && vocab.words.has(r)) return keep;
  return join;
}

// Line starts that open a new block: "1.", "(a)", "a)", "IV.", "•", "§ 3." is not one.
const LIST_START = /^(?:\(?\d{1,3}[.)]\s|\([a-zA-Z]{1,4}\)\s|[a-zA-Z][.)]\s|[IVXLC]{1,6}\.\s|[•●▪◦■□➢✓*–—-]\s)/;

export interface FrameStats {
  left: number;
  right: number;
  spacing: number;
  /** How many line steps the spacing was measured on. */
  samples?: number;
}

/** Left margin, right edge and usual line spacing of a set of lines (a page, or a whole document). */
export function frameStats(lines: readonly Line[]): FrameStats {
  const body = lines.filter((l) => !l.split && l.text.length > 20);
  const pool = body.length ? body : lines;
  const lefts = new Map<number, number>();
  for (const l of pool) lefts.set(Math.round(l.x0 / 3), (lefts.get(Math.round(l.x0 / 3)) ?? 0) + 1);
  let left = 0;
  let best = -1;
  for (const [k, n] of lefts) if (n > best || (n === best && k * 3 < left)) [best, left] = [n, k * 3];
  const rights = pool.map((l) => l.x1).sort((a, b) => a - b);
  const right = rights[Math.floor(rights.length * 0.9)] ?? 0;
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const d = lines[i]!.y - lines[i - 1]!.y;
    // Only steps between lines of one page and size count (a new page restarts y).
    if (d > 0.5 * lines[i]!.size && d < 4 * lines[i]!.size && lines[i]!.size === lines[i - 1]!.size) gaps.push(d);
  }
  gaps.sort((a, b) => a - b);
  const spacing = gaps[Math.floor(gaps.length / 2)] ?? 14;
  return { left, right, spacing, samples: gaps.length };
}

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^A-Za-z]/g, '');
  return letters.length >= 3 && letters === letters.toUpperCase();
}

// A table-of-contents or table-of-authorities entry: "Ashcroft v. Iqbal, 556 U.S. 662 (2009) ...... 4, 5".
const DOT_LEADER = /(?:\.\s?){4,}\s*(?:[\divxlc,\s–-]+|passim)?$/i;
// Transcript speaker labels: "THE COURT:", "MR. BREW:", "THE COURTROOM DEPUTY:".
const SPEAKER = /^(?:THE(?: [A-Z]+){1,2}|(?:MR|MS|MRS|DR)\. [A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)?):\s/;

/** Share of the text width a line must start right of the left margin to sit in a narrow column. */
const NARROW_COLUMN = 0.3;

// Words a wrapped line of a name or title can end with: "Nestlé Dreyer’s Ice Cream Company and",
// "JERALD FRIEDMAN, Individually and", "Attorneys for Lead Plaintiffs Robert Wolfson and".
const OPEN_END = /(?:\b(?:and|or|of|for|the|to|in|on|by|with|a|an|at|as|from|its|their|&)|[-–—&(])$/i;

// A line opening with a lower-case word goes on from the line before ("behalf of all others");
// an e-mail address ("jdoe@firm.com") or a web address does not.
const LOWER_WORD = /^[a-z]+(?:[\s,;:)]|$)/;

/** Whether a line sits centered between the margins, set off from both (a caption or heading line). */
function isCentered(l: Line, st: FrameStats): boolean {
  const leftGap = l.x0 - st.left;
  const rightGap = st.right - l.x1;
  return leftGap > l.size && rightGap > l.size && Math.abs(leftGap - rightGap) <= 1.5 * l.size && !LIST_START.test(l.text);
}

/**
 * Two consecutive centered lines of different widths (a heading, a court's name over its
 * district). A block quote indented on both sides looks centered too, but its lines share their
 * left edge; a paragraph's indented first line may look centered, but the line after it does not.
 */
function centeredPair(prev: Line, next: Line, st: FrameStats): boolean {
  return isCentered(prev, st) && isCentered(next, st) && Math.abs(prev.x0 - next.x0) > 0.5 * next.size;
}

/**
 * The right edge that a line's block wraps at. Body text wraps at the document's right margin; an
 * indented block quote wraps at its own, inset margin, which shows as several lines of the block
 * ending at one x (justified) well left of the body's.
 */
function blockRight(prev: Line, st: FrameStats, neighbours?: readonly Line[]): number {
  if (!neighbours || prev.x0 < st.left + prev.size) return st.right;
  const same = [prev, ...neighbours.filter((l) => l !== prev)].filter((l) => !l.split && Math.abs(l.x0 - prev.x0) <= 2 && l.x1 < st.right - prev.size);
  const width = st.right - st.left;
  if (prev.x0 > st.left + NARROW_COLUMN * width) return st.right;
  for (const l of same) {
    // Lines of a signature block or of a monospaced transcript can share an edge by chance: a
    // quote's inset margin lies near the body's, and several lines meet it.
    if (l.x1 < st.left + 0.8 * width) continue;
    const edge = same.filter((o) => Math.abs(o.x1 - l.x1) <= 1);
    if (edge.length >= 3) return Math.max(...edge.map((o) => o.x1));
  }
  return st.right;
}

/**
 * Whether `prev` is a wrapped line: it ran to the right edge of its block, so that the first word
 * of `next` would not have fitted after it. A line that stops well short of the margin ends its
 * block, which keeps address blocks, signature blocks and lists of names one item per line. A
 * centered line wraps only when it filled the whole width between the margins.
 */
function wrapped(prev: Line, next: Line, st: FrameStats, neighbours?: readonly Line[]): boolean {
  const firstWord = /^\S+/.exec(next.text)?.[0] ?? '';
  const charWidth = (next.x1 - next.x0) / Math.max(1, next.text.length);
  const wordWidth = charWidth * (firstWord.length + 1);
  if (centeredPair(prev, next, st)) return prev.x1 - prev.x0 + wordWidth >= st.right - st.left - next.size;
  return prev.x1 + wordWidth >= blockRight(prev, st, neighbours) - 0.5 * next.size;
}

/**
 * Whether `next` continues the paragraph that `prev` is in (`first` is the paragraph's first line).
 * `acrossPage`: `next` opens the following page, so the vertical gap says nothing.
 */
function continues(first: Line, prev: Line, next: Line, st: FrameStats, step?: number, acrossPage = false, neighbours?: readonly Line[]): boolean {
  if (prev.split || next.split) return false;
  if (Math.abs(prev.size - next.size) > 0.15 * Math.max(prev.size, next.size)) return false;
  const gap = next.y - prev.y;
  // Once a paragraph has a line step of its own, a wider gap ends it (a single-spaced quote
  // inside double-spaced text, paragraphs set apart by a blank line).
  if (!acrossPage && (gap <= 0 || gap > (step ?? st.spacing) * (step ? 1.3 : 1.45) + 1)) return false;
  if (LIST_START.test(next.text) || SPEAKER.test(next.text)) return false;
  if (/:$/.test(prev.text) || DOT_LEADER.test(prev.text)) return false;
  if (isAllCaps(prev.text) !== isAllCaps(next.text)) return false;
  if (!wrapped(prev, next, st, neighbours)) return false;
  // A centered title that filled the width and wrapped onto a second centered line is one heading.
  if (centeredPair(prev, next, st)) return true;
  // A first-line indent starts a paragraph; a block quote keeps the same indent on every line;
  // a list item's wrapped lines hang under its text, a little right of its marker.
  const hanging = LIST_START.test(first.text) && next.x0 <= first.x0 + 6 * next.size;
  if (next.x0 > prev.x0 + next.size && !hanging) return false;
  // A narrow column right of the body text (a signature block, the right half of a caption)
  // stacks names, firms and addresses that each nearly fill its width: a line continues there
  // only when its words say so, ending open ("... and") or followed by a lower-case word.
  // A line there followed by one back at the left margin is a paragraph's first line.
  const narrow = (l: Line) => l.x0 > st.left + NARROW_COLUMN * (st.right - st.left);
  if (narrow(prev) && narrow(next)) {
    if (!OPEN_END.test(prev.text) && !LOWER_WORD.test(next.text) && !ENDS_WITH_BREAK_HYPHEN.test(prev.text)) return false;
  }
  return true;
}

/**
 * Whether the paragraph ending `page` goes on at the top of `nextPage` (lines in reading order):
 * the page's last main-text line is a wrapped line and the next page's first one continues it.
 * A page whose last block is complete (a signature block, a heading, a paragraph's short last
 * line) does not run on.
 */
export function runsOnToNextPage(page: readonly Line[], nextPage: readonly Line[], st: FrameStats): boolean {
  const main = page.filter((l) => l.frame === 0);
  const last = main[main.length - 1];
  const next = nextPage.find((l) => l.frame === 0);
  if (!last || !next) return false;
  return continues(last, last, next, st, undefined, true, main.slice(-8));
}

/**
 * Reflows one page's lines (in reading order, any frames) into blocks of text. `docStats` (the
 * whole document's main-frame margins and spacing) is steadier than one sparse page's.
 */
export function reflowLines(lines: readonly Line[], vocab: Vocabulary, docStats?: FrameStats): string[] {
  const blocks: string[] = [];
  const frames = new Map<number, Line[]>();
  for (const l of lines) {
    const f = frames.get(l.frame);
    if (f) f.push(l);
    else frames.set(l.frame, [l]);
  }
  for (const [frame, frameLines] of [...frames.entries()].sort((a, b) => a[0] - b[0])) {
    const own = frameStats(frameLines);
    // Margins are steadier over the whole document. A paragraph's first line step may be as wide
    // as the page's or the document's usual spacing, whichever is wider: a double-spaced
    // transcript after single-spaced caption pages, a double-spaced brief with long block quotes.
    const st = frame === 0 && docStats ? { ...docStats, spacing: Math.max(docStats.spacing, (own.samples ?? 0) >= 6 ? own.spacing : 0) } : own;
    let cur = '';
    let first: Line | undefined;
    let prev: Line | undefined;
    let step: number | undefined;
    frameLines.forEach((l, i) => {
      if (prev && first && cur && continues(first, prev, l, st, step, false, frameLines.slice(Math.max(0, i - 8), i + 6))) {
        step ??= l.y - prev.y;
        cur = ENDS_WITH_BREAK_HYPHEN.test(cur) ? joinHyphenated(cur, l.text, vocab) : cur.endsWith('\u00ad') ? cur.slice(0, -1) + l.text : `${cur} ${l.text}`;
      } else {
        if (cur) blocks.push(cur);
        cur = l.text;
        first = l;
        step = undefined;
      }
      prev = l;
    });
    if (cur) blocks.push(cur);
  }
  return blocks;
}
