// A fact's group holds every claim about it: durations in different units compared with each
// unit's own spread, the agreeing sources and the disjoint one together, and no agreement reported
// from one document talking to itself.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { claimInterval, unitSpan } from '../../src/resolve/claims.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';
import type { QuantityValue } from '../../src/model/types.ts';

const qty = (text: string, value: QuantityValue, nth = 1): MentionSpec => ({ kind: 'quantity', text, nth, value });
const dur = (text: string, value: number, unit: string, nth = 1): MentionSpec => qty(text, { kind: 'duration', value, unit }, nth);
const count = (text: string, value: number, unit: string, modifier?: QuantityValue['modifier']): MentionSpec =>
  qty(text, { kind: 'count', value, unit, ...(modifier ? { modifier } : {}), ...(modifier === 'more_than' ? { min: value } : {}), ...(modifier === 'less_than' ? { max: value } : {}) });

describe('claimInterval with the unit spread', () => {
  const days = (q: QuantityValue) => {
    const iv = claimInterval(q, unitSpan(q.unit!)!)!;
    return [iv.lo / 24, iv.hi / 24];
  };
  const holds = (a: number[], d: number) => a[0]! <= d && d <= a[1]!;

  it.each([
    // a month is 28 to 31 days: three months hold 90 days, five months do not
    [{ kind: 'duration', value: 3, unit: 'month' }, 90, true],
    [{ kind: 'duration', value: 5, unit: 'month' }, 90, false],
    [{ kind: 'duration', value: 1, unit: 'month' }, 31, true],
    [{ kind: 'duration', value: 1, unit: 'month' }, 27, false],
    // a year is 365 or 366 days
    [{ kind: 'duration', value: 2, unit: 'year' }, 731, true],
    [{ kind: 'duration', value: 2, unit: 'year' }, 700, false],
    // a quarter is 89 to 92 days
    [{ kind: 'duration', value: 1, unit: 'quarter' }, 91, true],
    [{ kind: 'duration', value: 1, unit: 'quarter' }, 95, false],
    // weeks and days are exact, up to the rounding of the written figure
    [{ kind: 'duration', value: 2, unit: 'week' }, 14, true],
    [{ kind: 'duration', value: 2, unit: 'week' }, 15, false],
  ] as [QuantityValue, number, boolean][])('%j holds %d days: %s', (q, d, expected) => {
    expect(holds(days(q), d)).toBe(expected);
  });

  it('keeps a plain scale working (week in hours)', () => {
    const iv = claimInterval({ kind: 'duration', value: 1, unit: 'week' }, 168)!;
    expect(iv.lo).toBeCloseTo(167.16, 6);
    expect(iv.hi).toBeCloseTo(168.84, 6);
  });
});

/** Four sources on how long a river stays closed to barges; a fifth piece on a different year. */
function riverCorpus() {
  const db = memoryDb();
  addDocument(db, 'barge-union.txt',
    'The state will close the Millbrook channel to barge traffic for 90 days starting in April, the barge union said.\n' +
    'The union said the 90-day closure of the Millbrook channel will idle its members.\n' +
    'When the channel last closed in 2019, it stayed shut for 40 days.',
    [dur('for 90 days', 90, 'day'), dur('90-day', 90, 'day'), dur('40 days', 40, 'day')],
    [{ quantity: 'for 90 days', predicate: 'close' }, { quantity: '90-day', predicate: 'idle' }, { quantity: '40 days', predicate: 'stay' }]);
  addDocument(db, 'river-gazette.txt',
    'A five-month closure of the Millbrook channel to barge traffic begins in April, the paper reported.\n' +
    'In 2019 the channel stayed shut for 40 days, a much shorter closure.',
    [dur('five-month', 5, 'month'), dur('40 days', 40, 'day')],
    [{ quantity: 'five-month', predicate: 'begin' }, { quantity: '40 days', predicate: 'stay' }]);
  addDocument(db, 'state-order.txt',
    'Three months is the length of the closure of the Millbrook channel to barge traffic under the order.\n' +
    'The order closes the Millbrook channel to barge traffic for 90 days from April.',
    [dur('Three months', 3, 'month'), dur('for 90 days', 90, 'day')],
    [{ quantity: 'Three months', predicate: 'be' }, { quantity: 'for 90 days', predicate: 'close' }]);
  addDocument(db, 'agency-note.txt',
    'The agency said the 90-day closure of the Millbrook channel to barge traffic protects spawning sturgeon.',
    [dur('90-day', 90, 'day')],
    [{ quantity: '90-day', predicate: 'protect' }]);
  addDocument(db, 'audit-memo.txt',
    'The auditors reviewed about 5,400 invoices for the dredging contract in the spring.\n' +
    'Of the 5,400 invoices for the dredging contract, the auditors questioned several.',
    [count('about 5,400 invoices', 5400, 'invoice', 'approx'), count('5,400 invoices', 5400, 'invoice')],
    [{ quantity: 'about 5,400 invoices', predicate: 'review' }, { quantity: '5,400 invoices', predicate: 'question' }]);
  resolveCorpus(db);
  return crossDocumentFindings(db);
}

const texts = (g: { values: { document: string; text: string }[] }) => g.values.map((v) => `${v.document}:${v.text}`).sort();

describe('a fact told by several sources', () => {
  const f = riverCorpus();

  it('reads three months and 90 days as agreeing, five months as the conflict, in one group with all of them', () => {
    const conflict = f.conflicts.find((g) => g.values.some((v) => v.text === 'five-month'));
    expect(conflict).toBeDefined();
    const t = texts(conflict!);
    for (const want of ['barge-union.txt:for 90 days', 'river-gazette.txt:five-month', 'state-order.txt:Three months', 'agency-note.txt:90-day']) {
      expect(t).toContain(want);
    }
    expect(t.join('|')).not.toContain('40 days');
  });

  it('also reports the agreeing sources of the disputed fact as an agreement, without the disjoint one', () => {
    const agree = f.agreements.find((g) => g.values.some((v) => v.text === 'Three months'));
    expect(agree).toBeDefined();
    const t = texts(agree!);
    expect(t).toEqual(expect.arrayContaining(['barge-union.txt:for 90 days', 'state-order.txt:Three months', 'agency-note.txt:90-day']));
    expect(t.join('|')).not.toContain('five-month');
  });

  it('agrees on the earlier closure across two sources, apart from the current one', () => {
    const agree = f.agreements.find((g) => g.values.some((v) => v.text === '40 days'));
    expect(agree && texts(agree)).toEqual(['barge-union.txt:40 days', 'river-gazette.txt:40 days']);
  });

  it('reports no agreement whose members all come from one document', () => {
    for (const g of f.agreements) expect(new Set(g.values.map((v) => v.document)).size).toBeGreaterThan(1);
    expect(f.agreements.some((g) => g.values.some((v) => v.document === 'audit-memo.txt'))).toBe(false);
  });
});

describe('counts of one population across sources', () => {
  it('puts the whole fact in the conflict: three agreeing estimates and the low one', () => {
    const db = memoryDb();
    addDocument(db, 'growers.txt', 'About 800 growers farm the flooded valley in a normal season, the cooperative said.',
      [count('About 800 growers', 800, 'grower', 'approx')], [{ quantity: 'About 800 growers', predicate: 'farm' }]);
    addDocument(db, 'valley-news.txt', 'More than 760 growers farm the flooded valley in a normal season, according to the cooperative.',
      [count('More than 760 growers', 760, 'grower', 'more_than')], [{ quantity: 'More than 760 growers', predicate: 'farm' }]);
    addDocument(db, 'ruling.txt', 'Roughly 800 growers farm the flooded valley in a normal season, the court found.',
      [count('Roughly 800 growers', 800, 'grower', 'approx')], [{ quantity: 'Roughly 800 growers', predicate: 'farm' }]);
    addDocument(db, 'ministry.txt', 'Fewer than 300 growers farm the flooded valley in a normal season, the ministry said.',
      [count('Fewer than 300 growers', 300, 'grower', 'less_than')], [{ quantity: 'Fewer than 300 growers', predicate: 'farm' }]);
    resolveCorpus(db);
    const f = crossDocumentFindings(db);
    expect(f.conflicts).toHaveLength(1);
    expect(texts(f.conflicts[0]!)).toEqual([
      'growers.txt:About 800 growers', 'ministry.txt:Fewer than 300 growers', 'ruling.txt:Roughly 800 growers', 'valley-news.txt:More than 760 growers',
    ]);
    expect(f.agreements.map(texts)).toEqual([['growers.txt:About 800 growers', 'ruling.txt:Roughly 800 growers', 'valley-news.txt:More than 760 growers']]);
  });
});

describe('one figure in two dated entries of a timeline', () => {
  it('is one figure restated, agreeing with another source, while different figures stay apart', () => {
    const db = memoryDb();
    addDocument(db, 'chronology.txt',
      'Mar. 3, 2025: The ministry flags 52,300 grain permits for review.\n' +
      'May 2, 2025: The ministry revokes the 52,300 grain permits it flagged for review.\n' +
      'Jun. 9, 2025: The ministry flags 8,100 grain permits for review.',
      [count('52,300 grain permits', 52_300, 'permit'), qty('52,300 grain permits', { kind: 'count', value: 52_300, unit: 'permit' }, 2),
       count('8,100 grain permits', 8_100, 'permit')],
      [{ quantity: '52,300 grain permits', predicate: 'flag', time: { value: '2025-03-03' } },
       { quantity: '52,300 grain permits', nth: 2, predicate: 'revoke', time: { value: '2025-05-02' } },
       { quantity: '8,100 grain permits', predicate: 'flag', time: { value: '2025-06-09' } }]);
    addDocument(db, 'farm-weekly.txt', 'The ministry flagged about 52,300 grain permits for review this spring, the weekly reported.',
      [count('about 52,300 grain permits', 52_300, 'permit', 'approx')], [{ quantity: 'about 52,300 grain permits', predicate: 'flag' }]);
    resolveCorpus(db);
    const f = crossDocumentFindings(db);
    expect(f.conflicts).toEqual([]);
    const agree = f.agreements.find((g) => g.values.some((v) => v.document === 'farm-weekly.txt'));
    expect(agree && texts(agree)).toEqual(['chronology.txt:52,300 grain permits', 'chronology.txt:52,300 grain permits', 'farm-weekly.txt:about 52,300 grain permits']);
  });
});
