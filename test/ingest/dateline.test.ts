import { describe, expect, it } from 'vitest';
import { findDateline, isoDate, isoDayOf } from '../../src/ingest/dateline.ts';

describe('findDateline', () => {
  it.each<[string, string | undefined]>([
    ['Agency Sued Over Records\nWASHINGTON, May 12, 2025 — A coalition sued the agency today.', '2025-05-12'],
    ['May 12, 2025 — A coalition sued the agency today.', '2025-05-12'],
    ['Headline\nSubhead\nPublished May 12, 2025\nBody text.', '2025-05-12'],
    ['Headline\nPosted on: 08/20/2025\nBody.', '2025-08-20'],
    ['NEW YORK, NY, Sept. 3, 2025 /PRNewswire/ -- The group announced a suit.', '2025-09-03'],
    ['Headline\nAugust 20, 2025\nBody text follows.', '2025-08-20'],
    ['WASHINGTON (May 12, 2025) – The coalition filed.', '2025-05-12'],
    ['Headline\n\nWASHINGTON, D.C. — May 12, 2025 — A federal judge ruled on Monday.', '2025-05-12'],
    ['CHICAGO -- Sept. 3, 2025 -- The union filed suit.', '2025-09-03'],
    ['Washington, D.C. – A coalition asked the court to act.', undefined],
    ['The court ruled on May 12, 2025 that the data could be shared.', undefined],
    ['WASHINGTON, Feb. 30, 2025 — Impossible day.', undefined],
    ['1\n2\n3\n4\n5\n6\n7\n8\n9\nMay 12, 2025 — too far down.', undefined],
  ])('%j -> %s', (text, want) => {
    expect(findDateline(text)?.published).toBe(want);
  });
});

describe('iso dates', () => {
  it.each<[number, number, number, string | undefined]>([
    [2024, 2, 29, '2024-02-29'],
    [2025, 2, 29, undefined],
    [2025, 13, 1, undefined],
    [2025, 4, 31, undefined],
  ])('isoDate(%i, %i, %i)', (y, m, d, want) => {
    expect(isoDate(y, m, d)).toBe(want);
  });

  it.each<[string, string | undefined]>([
    ['2025-08-20', '2025-08-20'],
    ['2025-08-20T12:00:00Z', '2025-08-20'],
    ['2025-8-20', undefined],
    ['2025-08-20junk', undefined],
  ])('isoDayOf(%j)', (s, want) => {
    expect(isoDayOf(s)).toBe(want);
  });
});
