// A deadline ("within two weeks") is compared as the deadline it sets, not as any time up to it:
// two orders to act within 10 and within 45 days disagree.
import { describe, expect, it } from 'vitest';
import { claimInterval, comparedQuantity, overlaps, unitSpan } from '../../src/resolve/claims.ts';
import type { QuantityValue } from '../../src/model/types.ts';

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
