import type { Span } from '../model/types.ts';

/**
 * Index of the last span starting at or before `offset` in spans sorted by start (binary search),
 * or -1. Pages and sentences are looked up this way from a mention's offset.
 */
export function lastStartingAtOrBefore(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= offset) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** The span (of spans sorted by start, not overlapping) that contains `offset`, if any. */
export function spanContaining<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  const i = lastStartingAtOrBefore(spans, offset);
  const s = i >= 0 ? spans[i] : undefined;
  return s && offset < s.end ? s : undefined;
}

/** The "\n"-delimited block (line) around `offset`. */
export function lineAround(text: string, offset: number): Span {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const nl = text.indexOf('\n', offset);
  return { start, end: nl === -1 ? text.length : nl };
}
