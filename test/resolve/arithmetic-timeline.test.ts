import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { datesCompatible } from '../../src/resolve/timeline.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';
import type { DateValue, QuantityValue } from '../../src/model/types.ts';

const qty = (text: string, value: QuantityValue): MentionSpec => ({ kind: 'quantity', text, value });
const date = (text: string, value: string, grain: DateValue['grain'] = 'day'): MentionSpec => ({
  kind: 'date', text, value: { value, grain, relative: false, certainty: 'stated' },
});

describe('arithmetic checks', () => {
  const db = memoryDb();
  addDocument(db, 'audit.txt',
    'The agency matched 4.2% of 900,000 records, about 37,800 records in all.\n' +
    'Its later review found 12% of 50,000 files were flagged.\nThat came to 9,000 files.\n' +
    'A separate office employs 300 people and 7% of its budget goes to rent.',
    [qty('4.2%', { kind: 'percent', value: 4.2, unit: 'record' }), qty('900,000 records', { kind: 'count', value: 900_000, unit: 'record' }),
     qty('about 37,800 records', { kind: 'count', value: 37_800, modifier: 'approx', unit: 'record' }),
     qty('12%', { kind: 'percent', value: 12, unit: 'file' }), qty('50,000 files', { kind: 'count', value: 50_000, unit: 'file' }),
     qty('9,000 files', { kind: 'count', value: 9_000, unit: 'file' }),
     qty('300 people', { kind: 'count', value: 300, unit: 'person' }), qty('7%', { kind: 'percent', value: 7, unit: 'budget' })]);
  resolveCorpus(db);
  const rows = db.prepare('SELECT statement, computed, stated, holds FROM arithmetic_checks ORDER BY id').all() as {
    statement: string; computed: number; stated: number; holds: number;
  }[];

  it('checks a share of a total against the stated count in the same sentence', () => {
    expect(rows[0]).toMatchObject({ statement: '4.2% of 900,000 records = 37,800; stated about 37,800 records', stated: 37_800, holds: 1 });
    expect(rows[0]!.computed).toBeCloseTo(37_800, 6);
  });

  it('reads the count from the next sentence and reports a check that fails', () => {
    expect(rows[1]).toMatchObject({ statement: '12% of 50,000 files = 6,000; stated 9,000 files', holds: 0 });
  });

  it('makes no check when no count can be the share', () => {
    expect(rows).toHaveLength(2);
  });
});

describe('timeline', () => {
  const db = memoryDb();
  addDocument(db, 'paper.txt',
    'On March 4, 2025, the court held a hearing on the data agreement between the two agencies.\nThe clinic opened on June 2, 2025.',
    [date('March 4, 2025', '2025-03-04'), date('June 2, 2025', '2025-06-02')]);
  addDocument(db, 'blog.txt',
    'On March 5, 2025, the court held a hearing on the data agreement between the two agencies.\nIn June 2025 the clinic opened its doors.',
    [date('March 5, 2025', '2025-03-05'), date('June 2025', '2025-06', 'month')]);
  resolveCorpus(db);

  it('lists every dated event with its sentence, in date order', () => {
    const rows = db.prepare('SELECT date, document, description FROM timeline').all() as { date: string; document: string; description: string }[];
    expect(rows.map((r) => `${r.date} ${r.document}`)).toEqual([
      '2025-03-04 paper.txt', '2025-03-05 blog.txt', '2025-06 blog.txt', '2025-06-02 paper.txt',
    ]);
    expect(rows[0]!.description).toBe('On March 4, 2025, the court held a hearing on the data agreement between the two agencies.');
  });

  it('flags one event dated differently by two sources, not dates that contain each other', () => {
    const flagged = db.prepare('SELECT date, document, other_date FROM timeline WHERE other_date IS NOT NULL ORDER BY date').all();
    expect(flagged).toEqual([
      { date: '2025-03-04', document: 'paper.txt', other_date: '2025-03-05' },
      { date: '2025-03-05', document: 'blog.txt', other_date: '2025-03-04' },
    ]);
  });

  it.each([
    ['2025-06', '2025-06-02', null, null, true],
    ['2025-08-04', '2025-08-07', 'week', 'day', true],
    ['2025-08-04', '2025-08-12', 'week', 'day', false],
    ['2025-03-04', '2025-03-05', 'day', 'day', false],
  ])('datesCompatible(%s, %s)', (a, b, ga, gb, want) => expect(datesCompatible(a, b, ga, gb)).toBe(want));
});
