import type { DocumentMeta, PageRange, ReaderOutput, TextDocument } from '../model/types.ts';
import { TextBuilder } from './offset-map.ts';
import { segmentSentences } from '../segment/sentences.ts';

// Normalized text conventions every extractor relies on:
// - "\n" separates blocks (paragraphs, headings, list items, timeline lines); sentences never cross it.
// - Runs of spaces and tabs are one space; lines carry no leading or trailing spaces; no blank lines.
// - Pages are joined by "\n", or by " " when a page ends mid-sentence, and keep their ranges.
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
  out.pages.forEach((pageText, i) => {
    // A PDF page that ends mid-sentence continues on the next one: join with a space there.
    const joiner = i > 0 && b.size > 0 ? (out.format !== 'pdf' || TERMINAL.test(b.lastChar) ? '\n' : ' ') : '';
    const start = appendNormalizedBlocks(b, raw, rawPos, rawPos + pageText.length, joiner);
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
function appendNormalizedBlocks(b: TextBuilder, raw: string, from: number, to: number, joiner: string): number {
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
      if (lineHasText && !separator) separator = '\n';
      lineHasText = false;
      pendingSpace = false;
    }
    // Cls.Drop: invisible, leaves any pending space as it was
  }
  flush(to);
  return pageStart >= 0 ? pageStart : b.size;
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
