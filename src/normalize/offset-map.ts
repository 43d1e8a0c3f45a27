import type { OffsetSegment } from '../model/types.ts';

/**
 * Builds a normalized string from pieces of a raw string while recording where each copied
 * piece came from, so any normalized offset can be traced back to the text as extracted.
 */
export class TextBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: OffsetSegment[] = [];

  get size(): number {
    return this.length;
  }

  /** The last character written so far ("" when empty), without joining the parts. */
  get lastChar(): string {
    const last = this.parts[this.parts.length - 1];
    return last ? last[last.length - 1]! : '';
  }

  /** Copy raw[rStart, rEnd) unchanged. */
  copy(raw: string, rStart: number, rEnd: number): void {
    if (rEnd < rStart || rStart < 0 || rEnd > raw.length) {
      throw new RangeError(`copy range [${rStart}, ${rEnd}) outside raw text of length ${raw.length}`);
    }
    if (rEnd === rStart) return;
    const last = this.segments[this.segments.length - 1];
    if (last && last.nStart + last.length === this.length && last.rStart + last.length === rStart) {
      last.length += rEnd - rStart;
    } else {
      this.segments.push({ nStart: this.length, rStart, length: rEnd - rStart });
    }
    this.parts.push(raw.slice(rStart, rEnd));
    this.length += rEnd - rStart;
  }

  /** Insert text that has no counterpart in the raw text (a joining space, a paragraph break). */
  insert(s: string): void {
    if (!s) return;
    this.parts.push(s);
    this.length += s.length;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Raw offset for a normalized offset; inserted positions map to the next copied position. */
export function toRawOffset(map: readonly OffsetSegment[], n: number): number {
  let lo = 0;
  let hi = map.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]!.nStart <= n) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (best >= 0) {
    const seg = map[best]!;
    if (n < seg.nStart + seg.length) return seg.rStart + (n - seg.nStart);
    const next = map[best + 1];
    return next ? next.rStart : seg.rStart + seg.length;
  }
  return map[0]?.rStart ?? 0;
}
