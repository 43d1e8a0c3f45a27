import type { DocumentMeta, PageRange, ReaderOutput, TextDocument } from '../model/types.ts';
import { TextBuilder } from './offset-map.ts';
import { segmentSentences } from '../segment/sentences.ts';

// Normalized text conventions every extractor relies on:
// - "\n" separates blocks (paragraphs, headings, list items, timeline lines); sentences never cross it.
// - Runs of spaces and tabs are one space; lines carry no leading or trailing spaces; no blank lines.
// - Pages are joined by "\n", or by " " when a PDF page ends inside a paragraph (see prepareDocument),
//   and keep their ranges.
// - Odd spaces (NBSP, thin, ideographic) and control characters become " "; invisible characters
//   (zero-width space, BOM, soft hyphen) are dropped; "\r\n", "\r", U+2028/2029 end a line.
// Every character of the text is either copied from the raw text (recorded in the offset map)
// or an inserted " "/"\n"; nothing is rewritten in place, so the map stays exact.

const TERMINAL = /[.!?:;"”’)\]]/;

/** Normalize a reader's pages into one text with page ranges, sentences and an offset map. */
export function prepareDocument(out: ReaderOutput): TextDocument {
  const raw = out.pages.join('\f');
  const b = new TextBuilder();
  const pages: PageRange[] = [];
  let rawPos = 0;
  // Page-end contract with the PDF reader (src/ingest/pdf-worker.ts): a PDF page's raw text ends
  // with "\n" when its last block is complete, and without one when its last line is a wrapped
  // line that the next page continues. Pages join with " " only when the previous page with text
  // does not end with "\n" and its text does not end with terminal punctuation (a page ending
  // "... has never been understood to" runs on); otherwise with "\n".
  let prevEndsBlock = false;
  out.pages.forEach((pageText, i) => {
    const joiner = i > 0 && b.size > 0 ? (out.format !== 'pdf' || prevEndsBlock || TERMINAL.test(b.lastChar) ? '\n' : ' ') : '';
    const end = rawPos + pageText.length;
    const wrapped = out.format === 'text' || out.format === 'markdown' ? hardWrapJoins(raw, rawPos, end) : NO_JOINS;
    const sizeBefore = b.size;
    const start = appendNormalizedBlocks(b, raw, rawPos, end, joiner, wrapped);
    if (b.size > sizeBefore) prevEndsBlock = /\n[^\S\n]*$/.test(pageText);
    pages.push({ number: i + 1, start, end: b.size });
    rawPos += pageText.length + 1; // the "\f" joining pages
  });
  const text = b.toString();
  return {
    text,
    pages,
    sentences: segmentSentences(text, pages),
    meta: out.meta,
    rawText: raw,
    offsetMap: b.segments,
  };
}

/** Normalize one plain text (tests, `analyzeText`): a single page. */
export function prepareText(text: string, meta: DocumentMeta = {}): TextDocument {
  return prepareDocument({ format: 'text', pages: [text], meta, warnings: [] });
}

const enum Cls {
  Keep,
  Space,
  Drop,
  Break,
}

/**
 * Append raw[from, to) as normalized lines. `joiner` goes before the first character written
 * (so an empty page adds nothing); returns where the page's own text starts.
 */
function appendNormalizedBlocks(b: TextBuilder, raw: string, from: number, to: number, joiner: string, joins: ReadonlySet<number>): number {
  let separator = joiner; // pending text before the next kept character
  let pageStart = -1;
  let copyFrom = -1; // start of the raw run being copied
  let lineHasText = false;
  let pendingSpace = false;
  let spaceAt = -1; // raw position of a pending space that is a lone " ", copied rather than inserted
  const flush = (i: number) => {
    if (copyFrom >= 0) b.copy(raw, copyFrom, i);
    copyFrom = -1;
  };
  for (let i = from; i < to; i++) {
    const c = raw.charCodeAt(i);
    const cls = classify(c);
    if (cls === Cls.Keep) {
      if (copyFrom >= 0) continue;
      if (separator) {
        b.insert(separator);
        separator = '';
      }
      if (pageStart < 0) pageStart = b.size;
      if (pendingSpace && lineHasText) {
        if (spaceAt >= 0) b.copy(raw, spaceAt, spaceAt + 1);
        else b.insert(' ');
      }
      pendingSpace = false;
      lineHasText = true;
      copyFrom = i;
      continue;
    }
    // A lone " " between two kept characters stays inside the copied run: most text is words
    // separated by single spaces, and one run per line keeps the map (and the builder) small.
    if (c === 0x20 && copyFrom >= 0 && i + 1 < to && classify(raw.charCodeAt(i + 1)) === Cls.Keep) continue;
    flush(i);
    if (cls === Cls.Space) {
      if (!pendingSpace) {
        pendingSpace = true;
        spaceAt = c === 0x20 ? i : -1;
      } else spaceAt = -1;
    } else if (cls === Cls.Break) {
      if (c === 0x0d && raw.charCodeAt(i + 1) === 0x0a) continue; // "\r\n": the "\n" ends the line
      if (lineHasText && !separator) separator = joins.has(i) ? ' ' : '\n';
      lineHasText = false;
      pendingSpace = false;
    }
    // Cls.Drop: invisible, leaves any pending space as it was
  }
  flush(to);
  return pageStart >= 0 ? pageStart : b.size;
}

const NO_JOINS: ReadonlySet<number> = new Set();

// A line that opens a block of its own even inside a wrapped paragraph: a bullet or number, a
// timeline date ("Feb. 18, 2025:"), or a heading in capitals.
const BLOCK_START = /^(?:[-*•▪◦‣]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\s*[:–—-]|[A-Z][A-Z0-9 ,.'’&-]{3,}$)/;

/**
 * Plain text is often hard-wrapped at a fixed width (e-mail, exported opinions): a paragraph's
 * lines end wherever the width ran out, which would cut sentences at every line end. When most
 * lines fill a common width, a full line followed by another text line is the same paragraph: its
 * line break becomes a space. Text written one paragraph per line has no common width and is left
 * alone. Returns the raw positions of the line breaks to join.
 */
function hardWrapJoins(raw: string, from: number, to: number): ReadonlySet<number> {
  const lines: { start: number; end: number; len: number }[] = [];
  for (let s = from; s <= to; ) {
    let e = raw.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const text = raw.slice(s, e).trim();
    lines.push({ start: s, end: e, len: text.length });
    s = e + 1;
  }
  const lengths = lines.map((l) => l.len).filter((n) => n > 0).sort((a, b) => a - b);
  if (lengths.length < 4) return NO_JOINS;
  // Wrapped text has a hard right margin: nearly every line is at most the width, and the lines
  // inside a paragraph stop within a word or two of it.
  const width = lengths[Math.ceil(lengths.length * 0.98) - 1]!;
  if (width < 40 || width > 100) return NO_JOINS;
  const inner = lines.filter((l, i) => l.len > 0 && (lines[i + 1]?.len ?? 0) > 0);
  const full = inner.filter((l) => l.len >= width - 25).length;
  if (inner.length < 2 || full < 0.5 * inner.length) return NO_JOINS;
  const joins = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (line.len < 0.6 * width || next.len === 0) continue;
    if (BLOCK_START.test(raw.slice(next.start, next.end).trim())) continue;
    joins.add(line.end);
  }
  return joins;
}

function classify(c: number): Cls {
  if (c > 0x20 && c < 0x7f) return Cls.Keep; // the common case first
  if (c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c) return Cls.Space;
  if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85) return Cls.Break;
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return Cls.Space; // control characters
  if (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) return Cls.Space;
  // zero-width space/non-joiner/joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator
  if (c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || c === 0xad || c === 0x180e) return Cls.Drop;
  return Cls.Keep;
}
