// A deadline ("within two weeks") is compared as the deadline it sets, not as any time up to it:
// two orders to act within 10 and within 45 days disagree.
import { describe, expect, it } from 'vitest';
import { claimInterval, comparedQuantity, overlaps, unitSpan } from '../../src/resolve/claims.ts';
import type { QuantityValue } from '../../src/model/types.ts';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { addDocument, memoryDb } from './helpers.ts';

const within = (value: number, unit: string): QuantityValue => ({ kind: 'duration', value, max: value, unit, modifier: 'at_most' });
const hours = (q: QuantityValue, text: string) => claimInterval(comparedQuantity(q, text), unitSpan(q.unit!)!)!;

describe('deadlines compared as their length', () => {
  it.each([
    ['within two weeks', within(2, 'week'), 'within fourteen (14) days', within(14, 'day'), true],
    ['within two weeks', within(2, 'week'), 'within 30 days', within(30, 'day'), false],
    ['within 10 days', within(10, 'day'), 'within 45 days', within(45, 'day'), false],
    ['within one month', within(1, 'month'), 'within 30 days', within(30, 'day'), true],
  ] as [string, QuantityValue, string, QuantityValue, boolean][])('%s against %s: agree %s', (ta, a, tb, b, agree) => {
    expect(overlaps(hours(a, ta), hours(b, tb))).toBe(agree);
  });

  it('keeps other bounds as bounds: "up to 30 days" holds 10 days', () => {
    expect(overlaps(hours(within(30, 'day'), 'up to 30 days'), hours({ kind: 'duration', value: 10, unit: 'day' }, '10 days'))).toBe(true);
  });

  it('leaves a vague "within weeks" and counts untouched', () => {
    const vague: QuantityValue = { kind: 'duration', unit: 'week', modifier: 'vague' };
    expect(comparedQuantity(vague, 'within weeks')).toBe(vague);
    const count: QuantityValue = { kind: 'count', value: 5, max: 5, unit: 'district', modifier: 'at_most' };
    expect(comparedQuantity(count, 'within 5 districts')).toBe(count);
  });
});

describe('durations an order of magnitude apart', () => {
  const db = memoryDb();
  addDocument(db, 'release.txt', 'The county won a five-year contract to run the Elk Ridge ferry.',
    [{ kind: 'quantity', text: 'five-year', value: { kind: 'duration', value: 5, unit: 'year' } }], [{ quantity: 'five-year' }]);
  addDocument(db, 'paper.txt', 'The county has 60 days to appeal the Elk Ridge ferry ruling.',
    [{ kind: 'quantity', text: '60 days', value: { kind: 'duration', value: 60, unit: 'day' } }], [{ quantity: '60 days' }]);
  addDocument(db, 'wire.txt', 'The county holds the Elk Ridge ferry contract for six years, the wire said.',
    [{ kind: 'quantity', text: 'six years', value: { kind: 'duration', value: 6, unit: 'year' } }], [{ quantity: 'six years' }]);
  resolveCorpus(db);
  const f = crossDocumentFindings(db);
  const all = [...f.conflicts, ...f.agreements].flatMap((g) => g.values.map((v) => v.text));

  it('keeps a 60-day appeal window out of the contract length, while five and six years conflict', () => {
    expect(all).not.toContain('60 days');
    expect(f.conflicts.map((g) => g.values.map((v) => v.text).sort())).toContainEqual(['five-year', 'six years']);
  });
});
