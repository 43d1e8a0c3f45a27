import type { PageRange, Sentence } from '../model/types.ts';

/** Provisional: one unit per block. Replaced by the legal-aware segmenter. */
export function segmentSentences(text: string, pages: readonly PageRange[]): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end > start) {
      const page = pages.find((p) => start >= p.start && start < p.end)?.number ?? 1;
      out.push({ index: out.length, start, end, page, kind: 'sentence' });
    }
    start = end + 1;
  }
  return out;
}
