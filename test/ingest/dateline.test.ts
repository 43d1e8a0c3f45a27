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
    // A court paper's date below its caption: a hearing day on its own line, an opinion's filing date.
    ['IN THE UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF OREGON\nPORTLAND DIVISION\nACME CO.,\nPlaintiff,\nv.\nROE INC.,\nDefendant.\nCase No. 3:26-cv-00412\nTRANSCRIPT OF HEARING\nPortland, Oregon\nTuesday, May 19, 2026\n9:30 a.m.', '2026-05-19'],
    ['In the United States Court of Federal Claims\nNo. 24-1187C\n(Filed: March 4, 2025)\nKESTREL INC.,\nPlaintiff,', '2025-03-04'],
    ['1\n2\n3\n4\n5\n6\n7\n8\n9\nThe court held a hearing on May 12, 2025.', undefined],
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
