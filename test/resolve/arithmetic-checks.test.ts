// Arithmetic beyond a share of a nearby total: parts that add up to a stated whole, an average
// against its total and count, a share of a total stated elsewhere in the document, and a day
// count against the dates it runs between.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';
import type { DateValue, QuantityValue } from '../../src/model/types.ts';

const qty = (text: string, value: QuantityValue, nth = 1): MentionSpec => ({ kind: 'quantity', text, nth, value });
const usd = (text: string, value: number, modifier?: QuantityValue['modifier'], nth = 1): MentionSpec =>
  qty(text, { kind: 'money', value, unit: 'USD', ...(modifier ? { modifier } : {}) }, nth);
const date = (text: string, value: string, range?: { start: string; end: string }): MentionSpec => ({
  kind: 'date', text, value: { value, grain: 'day', relative: false, certainty: 'stated', ...(range ? { range } : {}) } as DateValue,
});

function checks(name: string, text: string, mentions: MentionSpec[]) {
  const db = memoryDb();
  addDocument(db, name, text, mentions);
  resolveCorpus(db);
  return crossDocumentFindings(db).arithmetic;
}

describe('sums of parts', () => {
  it('adds two payments of one sentence and finds the whole stated in another', () => {
    const a = checks('county.txt',
      'The county will pay $2.4 million to settle the jail lawsuit.\n' +
      'The agreement sets aside $2.1 million for former detainees and $300,000 for a monitor.',
      [usd('$2.4 million', 2_400_000), usd('$2.1 million', 2_100_000), usd('$300,000', 300_000)]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ holds: true, computed: 2_400_000, stated: 2_400_000 });
    expect(a[0]!.statement).toBe('sum: $2.1 million + $300,000 = 2,400,000; stated $2.4 million');
    expect(a[0]!.values.map((v) => `${v.role}:${v.text}`)).toEqual(['part:$2.1 million', 'part:$300,000', 'total:$2.4 million']);
  });

  it('reports a sum that misses the total its sentence names', () => {
    const a = checks('board.txt',
      'The board awarded $700,000 in back pay and $250,000 in fees, $1 million in all.',
      [usd('$700,000', 700_000), usd('$250,000', 250_000), usd('$1 million', 1_000_000)]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ holds: false, computed: 950_000, stated: 1_000_000 });
  });

  it('makes no check of figures that add up to nothing stated and name no total', () => {
    const a = checks('budget.txt',
      'The city spent $400,000 on paving and $90,000 on signs.\nIts parks cost $1.3 million.',
      [usd('$400,000', 400_000), usd('$90,000', 90_000), usd('$1.3 million', 1_300_000)]);
    expect(a).toEqual([]);
  });
});

describe('averages', () => {
  it('divides a total by the count an average is taken over', () => {
    const a = checks('index.txt',
      'The log lists 1,800 messages in 60 entries, an average of 30 messages per entry.',
      [qty('1,800 messages', { kind: 'count', value: 1800, unit: 'message' }), qty('60 entries', { kind: 'count', value: 60, unit: 'entry' }),
       qty('30 messages per entry', { kind: 'count', value: 30, unit: 'message' })]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ holds: true, computed: 30, stated: 30 });
    expect(a[0]!.statement).toBe('average: 1,800 messages / 60 entries = 30; stated 30 messages per entry');
  });

  it('flags an average the figures do not give', () => {
    const a = checks('index2.txt',
      'The log lists 1,800 messages in 60 entries, an average of 45 messages per entry.',
      [qty('1,800 messages', { kind: 'count', value: 1800, unit: 'message' }), qty('60 entries', { kind: 'count', value: 60, unit: 'entry' }),
       qty('45 messages per entry', { kind: 'count', value: 45, unit: 'message' })]);
    expect(a[0]).toMatchObject({ holds: false, computed: 30, stated: 45 });
  });
});

describe('a share of a total stated elsewhere', () => {
  it('takes the total from the sentence that names what the share is of', () => {
    const a = checks('relator.txt',
      'A dialysis chain agreed to pay $30 million to settle the fraud case.\n' +
      'The clinic manager who filed it worked there for six years.\n' +
      'She will receive about $5.1 million, or 17% of the settlement.',
      [usd('$30 million', 30_000_000), usd('about $5.1 million', 5_100_000, 'approx'), qty('17%', { kind: 'percent', value: 17, unit: 'settlement' })]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ holds: true, stated: 5_100_000 });
    expect(a[0]!.computed).toBeCloseTo(5_100_000, 0);
  });

  it('does not take a total from a sentence about something else', () => {
    const a = checks('relator2.txt',
      'The chain reported revenue of $30 million last year.\n' +
      'The clinic manager who filed the case worked there for six years.\n' +
      'She will receive about $5.1 million, or 17% of the settlement.',
      [usd('$30 million', 30_000_000), usd('about $5.1 million', 5_100_000, 'approx'), qty('17%', { kind: 'percent', value: 17, unit: 'settlement' })]);
    expect(a).toEqual([]);
  });
});

describe('a count of a whole and its percentage', () => {
  it('checks "N of the M" against the percentage the sentence gives', () => {
    const a = checks('clinics.txt',
      'By June, 45 of the 60 clinics in the network, or 75%, had closed.',
      [qty('45', { kind: 'count', value: 45 }), qty('60 clinics', { kind: 'count', value: 60, unit: 'clinic' }), qty('75%', { kind: 'percent', value: 75 })]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ holds: true, stated: 45 });
  });

  it('does not read a share of one thing against a count of another', () => {
    const a = checks('merger.txt',
      'The merged chain would hold about 58 percent of outpatient visits and 9 of the 12 surgery centers in the county.',
      [qty('about 58 percent', { kind: 'percent', value: 58, modifier: 'approx' }), qty('9', { kind: 'count', value: 9 }),
       qty('12 surgery centers', { kind: 'count', value: 12, unit: 'center' })]);
    expect(a).toEqual([]);
  });
});

describe('days between two dates', () => {
  const range = { start: '2026-02-01', end: '2026-03-02' };
  it('counts the days from the first date through the last, both included', () => {
    const a = checks('order.txt',
      'The agency closed the lake to boats for 30 days, from February 1, 2026 through March 2, 2026.',
      [qty('30 days', { kind: 'duration', value: 30, unit: 'day' }), date('February 1, 2026', '2026-02-01', range), date('March 2, 2026', '2026-03-02', range)]);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ holds: true, computed: 30, stated: 30 });
    expect(a[0]!.statement).toBe('date span: February 1, 2026 through March 2, 2026 = 30 days counting both ends; stated 30 days');
  });

  it('flags a day count the dates do not give', () => {
    const a = checks('order2.txt',
      'The agency closed the lake to boats for 45 days, from February 1, 2026 through March 2, 2026.',
      [qty('45 days', { kind: 'duration', value: 45, unit: 'day' }), date('February 1, 2026', '2026-02-01', range), date('March 2, 2026', '2026-03-02', range)]);
    expect(a[0]).toMatchObject({ holds: false, computed: 30, stated: 45 });
  });

  it('makes no check of a bound ("within 20 days") beside a range', () => {
    const a = checks('order4.txt',
      'From February 1, 2026 through March 2, 2026, the office answered most requests within 20 days.',
      [qty('within 20 days', { kind: 'duration', value: 20, unit: 'day', modifier: 'at_most' }), date('February 1, 2026', '2026-02-01', range), date('March 2, 2026', '2026-03-02', range)]);
    expect(a).toEqual([]);
  });

  it('makes no check of a duration beside two dates that are no range', () => {
    const a = checks('order3.txt',
      'Filed on February 1, 2026 and heard on March 2, 2026, the motion asked for 45 days.',
      [qty('45 days', { kind: 'duration', value: 45, unit: 'day' }), date('February 1, 2026', '2026-02-01'), date('March 2, 2026', '2026-03-02')]);
    expect(a).toEqual([]);
  });
});
