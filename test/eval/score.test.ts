import { describe, expect, it } from 'vitest';
import { canonicalCaption, f1, scoreDocument, type Scores } from '../../src/eval/score.ts';

const TEXT = 'On Monday the court ruled. Today the agency said it shared 24 hours of data. Today again.';

function score(gold: object, predicted: object): Scores {
  const scores: Scores = {};
  scoreDocument({ document: 'd.txt', ...gold }, predicted as Record<string, unknown>, TEXT, scores);
  return scores;
}

describe('scoreDocument', () => {
  it('matches a date by span overlap and value, and counts a wrong value as both a miss and an extra', () => {
    const s = score(
      { dates: [{ text: 'On Monday', relative: true }] },
      { dates: [{ text: 'Monday', start: 3, end: 9, relative: true }, { text: 'court', start: 14, end: 19, value: '2025-01-01' }] },
    );
    expect(s.dates).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('does not count a second mention of a listed text with the same value as a false positive', () => {
    const s = score(
      { dates: [{ text: 'today', relative: true }] },
      { dates: [{ text: 'Today', start: 27, end: 32, relative: true }, { text: 'Today', start: 77, end: 82, relative: true }] },
    );
    expect(s.dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('requires kind, value and unit to match for a quantity', () => {
    const s = score(
      { quantities: [{ text: '24 hours', kind: 'duration', value: 24, unit: 'hour' }] },
      { quantities: [{ text: '24 hours', start: 59, end: 67, kind: 'duration', value: 24, unit: 'day' }] },
    );
    expect(s.quantities).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('ignores optional items either way and extractions over ignore spans', () => {
    const s = score(
      { quantities: [{ text: '24 hours', kind: 'duration', value: 24, unit: 'hour', optional: true }], ignore: ['the court'] },
      { quantities: [{ text: '24 hours', start: 59, end: 67, kind: 'duration', value: 24, unit: 'hour' }, { text: 'the court', start: 10, end: 19, kind: 'count', value: 1, unit: 'court' }] },
    );
    expect(s.quantities).toMatchObject({ tp: 0, fp: 0, fn: 0 });
  });

  it('gives a match to a required item before an optional one with the same text', () => {
    // "Today" twice in the text; the gold lists it once optional (first) and once required.
    const s = score(
      { dates: [{ text: 'Today', relative: true, optional: true }, { text: 'Today', relative: true }] },
      { dates: [{ text: 'Today', start: 77, end: 82, relative: true }] },
    );
    expect(s.dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches parties by name or alias with the same role, one per entity', () => {
    const s = score(
      { parties: [{ name: 'Internal Revenue Service', role: 'defendant', aliases: ['IRS'] }] },
      { parties: [{ name: 'IRS', role: 'defendant' }, { name: 'irs', role: 'defendant' }, { name: 'IRS', role: 'plaintiff' }] },
    );
    expect(s.parties).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

describe('canonicalCaption', () => {
  it.each([
    ['Ctr. for Taxpayer Rights v. Internal Revenue Serv.', 'Center for Taxpayer Rights v. Internal Revenue Service'],
    ['Center for Taxpayer Rights et al. v Internal Revenue Service et al', 'Center for Taxpayer Rights v. Internal Revenue Service'],
  ])('%s equals %s', (a, b) => {
    expect(canonicalCaption(a)).toBe(canonicalCaption(b));
  });

  it('keeps different cases apart', () => {
    expect(canonicalCaption('A v. B')).not.toBe(canonicalCaption('A v. C'));
  });
});

describe('f1', () => {
  it('is the harmonic mean of precision and recall', () => {
    expect(f1({ tp: 3, fp: 1, fn: 2, misses: [], falsePositives: [] })).toEqual({ precision: 0.75, recall: 0.6, f1: (2 * 0.75 * 0.6) / 1.35 });
  });
});
