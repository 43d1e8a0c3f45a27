// Sources of one case giving one figure: the same specific figure from two of them is one fact,
// a figure an order of magnitude off is another quantity, and a figure never compared with a
// group does not keep agreeing groups apart.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings } from '../../src/resolve/cross-document.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';
import type { QuantityValue } from '../../src/model/types.ts';

const money = (text: string, value: number, modifier?: QuantityValue['modifier']): MentionSpec => ({
  kind: 'quantity', text, value: { kind: 'money', value, unit: 'USD', currency: 'USD', ...(modifier ? { modifier } : {}) },
});
const docket = (text: string): MentionSpec => ({ kind: 'docket', text, value: { canonical: '2:26-cv-00311', kind: 'district' } });

function corpus() {
  const db = memoryDb();
  addDocument(db, 'release.txt',
    'Case No. 2:26-cv-00311.\nThe agency ended the clinic award in May, leaving $4.3 million in promised funding unpaid.\nThe town spent $310,000 of its own money to keep the clinic staff in place.',
    [docket('Case No. 2:26-cv-00311'), money('$4.3 million', 4.3e6), money('$310,000', 310000)],
    [{ quantity: '$4.3 million' }, { quantity: '$310,000' }]);
  addDocument(db, 'order.txt',
    'Case No. 2:26-cv-00311.\nWhen the agency ended the award, $4,312,800 of the clinic award remained unpaid.',
    [docket('Case No. 2:26-cv-00311'), money('$4,312,800', 4312800)], [{ quantity: '$4,312,800' }]);
  addDocument(db, 'paper.txt',
    'Case No. 2:26-cv-00311.\nA judge in Tacoma on Monday told the agency to put back the $4.3 million it pulled in May from the rural clinic to keep staff in place.',
    [docket('Case No. 2:26-cv-00311'), money('$4.3 million', 4.3e6)], [{ quantity: '$4.3 million' }]);
  addDocument(db, 'wire.txt',
    'Case No. 2:26-cv-00311.\nA judge in Tacoma on Monday ordered the agency to restore nearly $4 million it pulled in May from a rural clinic.',
    [docket('Case No. 2:26-cv-00311'), money('nearly $4 million', 4e6, 'approx')], [{ quantity: 'nearly $4 million' }]);
  resolveCorpus(db);
  return crossDocumentFindings(db);
}

describe('the unpaid balance told by four sources of one case', () => {
  const f = corpus();
  const values = (g: { values: { document: string; text: string }[] }) => g.values.map((v) => `${v.document}:${v.text}`).sort();

  it('is one agreement holding all four, without the money the town spent', () => {
    const g = f.agreements.find((a) => a.values.some((v) => v.text === '$4,312,800'));
    expect(g && values(g)).toEqual(['order.txt:$4,312,800', 'paper.txt:$4.3 million', 'release.txt:$4.3 million', 'wire.txt:nearly $4 million']);
  });

  it('reports no conflict between the balance and the town\'s spending', () => {
    expect(f.conflicts).toEqual([]);
  });
});

const count = (text: string, value: number, unit: string): MentionSpec => ({ kind: 'quantity', text, value: { kind: 'count', value, unit } });

describe('one specific figure from two sources', () => {
  function twoSources(sameCase: boolean) {
    const db = memoryDb();
    addDocument(db, 'paper.txt', 'Case No. 2:26-cv-00311.\nThe program trains 287 apprentices across the valley, the district said.',
      [docket('Case No. 2:26-cv-00311'), count('287 apprentices', 287, 'apprentice')], [{ quantity: '287 apprentices' }]);
    addDocument(db, 'order.txt', `${sameCase ? 'Case No. 2:26-cv-00311' : 'Case No. 2:26-cv-00999'}.\nThis year 287 apprentices work beside licensed electricians in the district.`,
      [sameCase ? docket('Case No. 2:26-cv-00311') : { kind: 'docket', text: 'Case No. 2:26-cv-00999', value: { canonical: '2:26-cv-00999', kind: 'district' } },
       count('287 apprentices', 287, 'apprentice')], [{ quantity: '287 apprentices' }]);
    resolveCorpus(db);
    return crossDocumentFindings(db).agreements.map((g) => g.values.map((v) => v.document).sort());
  }

  it('agree when both are of one case, though their sentences share little', () => {
    expect(twoSources(true)).toContainEqual(['order.txt', 'paper.txt']);
  });

  it('do not when they are of two cases', () => {
    expect(twoSources(false)).toEqual([]);
  });
});

describe('figures an order of magnitude apart', () => {
  const db = memoryDb();
  addDocument(db, 'a.txt', 'Case No. 2:26-cv-00311.\nThe clinic lost $4.3 million in federal money after the agency ended the award.',
    [docket('Case No. 2:26-cv-00311'), money('$4.3 million', 4.3e6)], [{ quantity: '$4.3 million' }]);
  addDocument(db, 'b.txt', 'Case No. 2:26-cv-00311.\nThe clinic spent $310,000 in state money after the agency ended the award.',
    [docket('Case No. 2:26-cv-00311'), money('$310,000', 310000)], [{ quantity: '$310,000' }]);
  addDocument(db, 'c.txt', 'Case No. 2:26-cv-00311.\nThe clinic lost $2.9 million in federal money after the agency ended the award.',
    [docket('Case No. 2:26-cv-00311'), money('$2.9 million', 2.9e6)], [{ quantity: '$2.9 million' }]);
  resolveCorpus(db);
  const f = crossDocumentFindings(db);

  it('are two quantities, while figures of one magnitude conflict', () => {
    const texts = f.conflicts.map((g) => g.values.map((v) => v.text).sort());
    expect(texts).toEqual([['$2.9 million', '$4.3 million']]);
  });
});
