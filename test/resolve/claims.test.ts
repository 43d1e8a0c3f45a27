import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { claimInterval } from '../../src/resolve/claims.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';
import type { QuantityValue } from '../../src/model/types.ts';

const qty = (text: string, value: QuantityValue, nth = 1): MentionSpec => ({ kind: 'quantity', text, nth, value });
const dur = (text: string, value: number, unit: string): MentionSpec => qty(text, { kind: 'duration', value, unit });
const docket = (text: string, canonical: string): MentionSpec => ({ kind: 'docket', text, value: { canonical, kind: 'district' } });

function corpus(withDockets: boolean) {
  const db = memoryDb();
  // Two outlets disagree on how long a transfer took; both compare it with a year of earlier sharing.
  addDocument(db, 'outlet-a.txt',
    'Within one week, the tax agency handed over to ICE as many taxpayer files as it had given every police agency in a year.',
    [dur('one week', 1, 'week'), dur('a year', 1, 'year')],
    [{ quantity: 'one week', predicate: 'hand' }, { quantity: 'a year', predicate: 'give' }]);
  addDocument(db, 'outlet-b.txt',
    'Within one day, the tax agency handed over to ICE as many taxpayer files as it had given every police agency in a year.\n' +
    'The judge ordered the agency to give the plaintiffs 48-hour notice before any further transfer of taxpayer files.',
    [dur('one day', 1, 'day'), dur('a year', 1, 'year'), dur('48-hour', 48, 'hour')],
    [{ quantity: 'one day', predicate: 'hand' }, { quantity: 'a year', predicate: 'give' }, { quantity: '48-hour', predicate: 'give' }]);
  addDocument(db, 'outlet-c.txt',
    'Under the order, the agency must give the plaintiffs 48 hours of notice before any further transfer of taxpayer files.\n' +
    'Officials said ICE had asked for the addresses of more than 2 million taxpayers this spring.',
    [dur('48 hours', 48, 'hour'), qty('more than 2 million taxpayers', { kind: 'count', value: 2_000_000, min: 2_000_000, modifier: 'more_than', unit: 'taxpayer' })],
    [{ quantity: '48 hours', predicate: 'give' }, { quantity: 'more than 2 million taxpayers', predicate: 'ask' }]);
  addDocument(db, 'outlet-d.txt',
    'Records show ICE asked for the addresses of 2.3 million taxpayers in a single spring request.\n' +
    'Mar. 3, 2025: ICE asks for files on about 500,000 people.\n' +
    'May 2, 2025: ICE widens the request to 6.1 million records.',
    [qty('2.3 million taxpayers', { kind: 'count', value: 2_300_000, unit: 'taxpayer' }),
     qty('about 500,000 people', { kind: 'count', value: 500_000, modifier: 'approx', unit: 'person' }),
     qty('6.1 million records', { kind: 'count', value: 6_100_000, unit: 'record' })],
    [{ quantity: '2.3 million taxpayers', predicate: 'ask' },
     { quantity: 'about 500,000 people', predicate: 'ask', time: { value: '2025-03-03', grain: 'day' } },
     { quantity: '6.1 million records', predicate: 'widen', time: { value: '2025-05-02', grain: 'day' } }]);
  // Two cases: one says nothing was shared yet, the other reports a transfer.
  addDocument(db, 'case-x.txt',
    `So far the agency has shared no taxpayer records with immigration officers, the groups said.${withDockets ? ' Docket No. 1:25-cv-00111.' : ''}`,
    [qty('no taxpayer records', { kind: 'count', value: 0, unit: 'record' }), ...(withDockets ? [docket('No. 1:25-cv-00111', '1:25-cv-00111')] : [])],
    [{ quantity: 'no taxpayer records', predicate: 'share', negated: true }]);
  addDocument(db, 'case-y.txt',
    `So far the agency has shared 30,000 taxpayer records with immigration officers, the groups said.${withDockets ? ' Docket No. 1:25-cv-00222.' : ''}`,
    [qty('30,000 taxpayer records', { kind: 'count', value: 30_000, unit: 'record' }), ...(withDockets ? [docket('No. 1:25-cv-00222', '1:25-cv-00222')] : [])],
    [{ quantity: '30,000 taxpayer records', predicate: 'share' }]);
  resolveCorpus(db);
  return db;
}

type Side = { value_a: string; document_a: string; value_b: string; document_b: string };
const pairsOf = (rows: Side[]) => rows.map((r) => [`${r.document_a}:${r.value_a}`, `${r.document_b}:${r.value_b}`].sort().join(' / ')).sort();

describe('resolveCorpus claims', () => {
  const db = corpus(true);
  const conflicts = db.prepare('SELECT * FROM conflicts_side_by_side').all() as Side[];
  const agreements = db.prepare('SELECT * FROM agreements_side_by_side').all() as Side[];

  it('flags disjoint durations about the same transfer as a conflict', () => {
    expect(pairsOf(conflicts)).toEqual(['outlet-a.txt:one week / outlet-b.txt:one day']);
  });

  it('pairs figures one to one across sentences: the year with the year, not with the week', () => {
    expect(pairsOf(agreements)).toContain('outlet-a.txt:a year / outlet-b.txt:a year');
  });

  it('agrees on overlapping values: a notice period written two ways, a bound and a figure', () => {
    const p = pairsOf(agreements);
    expect(p).toContain('outlet-b.txt:48-hour / outlet-c.txt:48 hours');
    expect(p).toContain('outlet-c.txt:more than 2 million taxpayers / outlet-d.txt:2.3 million taxpayers');
  });

  it('does not compare successive dated requests in one timeline', () => {
    const all = [...pairsOf(conflicts), ...pairsOf(agreements)].join('\n');
    expect(all).not.toMatch(/500,000 people.*6\.1 million|6\.1 million.*500,000 people/);
  });

  it('does not set statements from different cases against each other', () => {
    expect([...pairsOf(conflicts)].join('\n')).not.toContain('case-x.txt');
  });

  it('without the dockets, the same two statements do conflict', () => {
    const db2 = corpus(false);
    const c = pairsOf(db2.prepare('SELECT * FROM conflicts_side_by_side').all() as Side[]);
    expect(c).toContain('case-x.txt:no taxpayer records / case-y.txt:30,000 taxpayer records');
  });

  it('says how the values compare and why they were grouped', () => {
    const row = db.prepare('SELECT comparison, reason, score FROM conflicts').get() as { comparison: string; reason: string; score: number };
    expect(row.comparison).toBe('"one week" 168 h vs "one day" 24 h: disjoint');
    expect(row.reason).toMatch(/sentences share .*handed/);
    expect(row.score).toBeGreaterThan(0.5);
  });
});

describe('claimInterval', () => {
  it.each([
    [{ kind: 'count', value: 47000, modifier: 'approx' }, 1, [42300, 51700]],
    [{ kind: 'count', value: 1_000_000, modifier: 'more_than' }, 1, [1_000_000, Infinity]],
    [{ kind: 'count', min: 10_000, max: 100_000, modifier: 'range' }, 1, [10_000, 100_000]],
    [{ kind: 'duration', value: 1, unit: 'week' }, 168, [167.16, 168.84]],
  ] as [QuantityValue, number, [number, number]][])('%j', (q, scale, [lo, hi]) => {
    const iv = claimInterval(q, scale)!;
    expect(iv.lo).toBeCloseTo(lo, 6);
    expect(iv.hi).toBeCloseTo(hi, 6);
  });

  it('has no interval for a vague duration', () => {
    expect(claimInterval({ kind: 'duration', unit: 'day', modifier: 'vague' })).toBeNull();
  });
});

describe('a fact many sources repeat', () => {
  it('stays one agreement group when every figure agrees, though the sources word it differently', () => {
    const db = memoryDb();
    const sentences = [
      'The judge ordered the tax agency to give the court 24 hours of notice before it shares more taxpayer files with ICE.',
      'Under the order, the agency must warn the court 24 hours before sharing taxpayer files with immigration officers.',
      'The agency now owes the court 24 hours notice ahead of any transfer to ICE, the order says.',
      'A 24-hour warning to the judge is required before taxpayer files go to ICE again.',
      'Lawyers for the groups said the 24 hours of notice gives them time to object before files move.',
      'The notice period, 24 hours, is shorter than the groups wanted before any further transfer.',
    ];
    sentences.forEach((s, k) => {
      const text = /24-hour/.test(s) ? '24-hour' : '24 hours';
      addDocument(db, `source-${k}.txt`, s, [dur(text, 24, 'hour')], [{ quantity: text, predicate: 'give' }]);
    });
    resolveCorpus(db);
    const groups = db.prepare("SELECT g.id, COUNT(*) AS n FROM claim_groups g JOIN claim_group_members m ON m.group_id = g.id GROUP BY g.id").all() as { n: number }[];
    expect(groups.map((g) => g.n).sort()).toEqual([6]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM conflicts').get()).toEqual({ n: 0 });
  });
});
