import { describe, expect, it } from 'vitest';
import { lastStartingAtOrBefore, spanContaining } from '../../src/segment/locate.ts';

const SPANS = [
  { start: 0, end: 10 },
  { start: 12, end: 20 },
  { start: 20, end: 31 },
];

describe('span lookup', () => {
  it.each([
    [0, 0, 0],
    [9, 0, 0],
    [10, 0, undefined], // the gap between spans
    [12, 1, 1],
    [20, 2, 2],
    [30, 2, 2],
    [31, 2, undefined],
  ])('offset %i: last start at or before is %i, containing span %s', (offset, last, containing) => {
    expect(lastStartingAtOrBefore(SPANS, offset)).toBe(last);
    expect(spanContaining(SPANS, offset)).toBe(containing === undefined ? undefined : SPANS[containing]);
  });

  it('finds nothing before the first span or in an empty list', () => {
    expect(lastStartingAtOrBefore([{ start: 5, end: 6 }], 2)).toBe(-1);
    expect(spanContaining([], 0)).toBeUndefined();
  });
});
