import type { DocumentMeta, PageRange, ReaderOutput, TextDocument } from '../model/types.ts';
import { TextBuilder } from './offset-map.ts';
import { segmentSentences } from '../segment/sentences.ts';

// Normalized text conventions every extractor relies on:
// - "\n" separates blocks (paragraphs, headings, list items, timeline lines); sentences never cross it.
// - Runs of spaces and tabs are one space; lines carry no leading or trailing spaces; no blank lines.
// - Pages are joined by "\n", or by " " when a page ends mid-sentence, and keep their ranges.

const TERMINAL = /[.!?:;"”’)\]]$/;

/** Normalize a reader's pages into one text with page ranges, sentences and an offset map. */
export function prepareDocument(out: ReaderOutput): TextDocument {
  const raw = out.pages.join('\f');
  const b = new TextBuilder();
  const pages: PageRange[] = [];
  let rawPos = 0;
  out.pages.forEach((pageText, i) => {
    if (i > 0 && b.size > 0) {
      const prev = b.toString();
      b.insert(TERMINAL.test(prev) || out.format !== 'pdf' ? '\n' : ' ');
    }
    const start = b.size;
    appendNormalizedBlocks(b, raw, rawPos, rawPos + pageText.length);
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

function appendNormalizedBlocks(b: TextBuilder, raw: string, from: number, to: number): void {
  let lineStart = from;
  let wroteLine = b.size > 0 && !b.toString().endsWith('\n') ? true : false;
  while (lineStart <= to) {
    let lineEnd = raw.indexOf('\n', lineStart);
    if (lineEnd === -1 || lineEnd > to) lineEnd = to;
    let s = lineStart;
    let e = lineEnd;
    if (e > s && raw[e - 1] === '\r') e--;
    while (s < e && isSpace(raw.charCodeAt(s))) s++;
    while (e > s && isSpace(raw.charCodeAt(e - 1))) e--;
    if (e > s) {
      if (wroteLine) b.insert('\n');
      appendCollapsingSpaces(b, raw, s, e);
      wroteLine = true;
    }
    lineStart = lineEnd + 1;
  }
}

function appendCollapsingSpaces(b: TextBuilder, raw: string, s: number, e: number): void {
  let runStart = s;
  let i = s;
  while (i < e) {
    const c = raw.charCodeAt(i);
    if (isSpace(c)) {
      let j = i;
      while (j < e && isSpace(raw.charCodeAt(j))) j++;
      if (j - i === 1 && c === 0x20) {
        i = j;
        continue;
      }
      b.copy(raw, runStart, i);
      b.insert(' ');
      runStart = j;
      i = j;
    } else i++;
  }
  b.copy(raw, runStart, e);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x0d || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x3000;
}
