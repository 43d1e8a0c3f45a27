import { describe, expect, it } from 'vitest';
import { buildClaims } from '../../src/extract/claims.ts';
import { datesExtractor } from '../../src/extract/dates.ts';
import { quantitiesExtractor } from '../../src/extract/quantities.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import type { Mention } from '../../src/model/types.ts';

function claimsOf(text: string, published?: string) {
  const doc = prepareText(text, published ? { published } : {});
  const dates = datesExtractor.extract({ doc, prior: [] });
  const quantities = quantitiesExtractor.extract({ doc, prior: dates });
  const mentions: Mention[] = [...dates, ...quantities];
  return { doc, claims: buildClaims(doc, mentions), quantities };
}

describe('claims from quantities', () => {
  it('reads subject, verb lemma, counted object and the date of the sentence', () => {
    const { claims } = claimsOf('On Aug. 7, 2025, the agency shared 12,000 records with investigators.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      sentence: 0,
      subject: 'the agency',
      predicate: 'share',
      object: 'records',
      negated: false,
      time: { value: '2025-08-07', grain: 'day', text: 'Aug. 7, 2025' },
    });
    expect(claims[0]!.quantity.value).toMatchObject({ kind: 'count', value: 12000, unit: 'record' });
  });

  it('every quantity, durations included, becomes one claim pointing at its mention', () => {
    const { claims, quantities } = claimsOf('Within one week, the bureau disclosed roughly 3,000 files to the department.');
    expect(claims.map((c) => c.quantity)).toEqual(quantities);
    expect(claims.map((c) => [c.quantity.text, c.predicate, c.subject])).toEqual([
      ['Within one week', 'disclose', 'the bureau'],
      ['roughly 3,000 files', 'disclose', 'the bureau'],
    ]);
  });

  it('a participle after a comma takes the main subject', () => {
    const { claims } = claimsOf('The bureau sought data on 900,000 residents, matching roughly 5,000 files.');
    expect(claims.map((c) => [c.quantity.text, c.subject, c.predicate])).toEqual([
      ['900,000 residents', 'The bureau', 'seek'],
      ['roughly 5,000 files', 'The bureau', 'match'],
    ]);
  });

  it('marks a denied statement as negated', () => {
    const { claims } = claimsOf('The agency did not share 500 records with the police.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ negated: true, predicate: 'share' });
  });

  it('picks the closest date in the sentence', () => {
    const { claims } = claimsOf('After the March 3, 2025 memo, the office sent 40 letters on April 9, 2025.');
    expect(claims[0]!.time?.value).toBe('2025-04-09');
  });

  it('takes the date of a timeline line for every claim on it', () => {
    const text = 'Timeline\nMar. 3, 2025: A narrower request covers 2.1 million files; the office finds 4.2% matches.\nLater notes followed.';
    const { claims } = claimsOf(text);
    expect(claims.map((c) => [c.quantity.text, c.time?.value, c.time?.text])).toEqual([
      ['2.1 million files', '2025-03-03', 'Mar. 3, 2025'],
      ['4.2% matches', '2025-03-03', 'Mar. 3, 2025'],
    ]);
  });

  it('resolves relative times against the anchor', () => {
    const { claims } = claimsOf('Last month, the service released 300 files to the agency.', '2025-05-12');
    expect(claims[0]!.time).toMatchObject({ value: '2025-04', grain: 'month', text: 'Last month' });
  });

  it('leaves time empty when nothing dates the statement', () => {
    const { claims } = claimsOf('The service released 300 files to the agency.');
    expect(claims[0]!.time).toBeUndefined();
  });
});

describe('negated statements without a number', () => {
  it('turns "no X has yet been shared" into a zero-valued claim', () => {
    const text = 'Although no applicant information has yet been shared under the pact, the judge ruled.';
    const { doc, claims } = claimsOf(text);
    expect(claims).toHaveLength(1);
    const c = claims[0]!;
    expect(c).toMatchObject({ negated: true, predicate: 'share', object: 'applicant information' });
    expect(c.quantity).toMatchObject({ kind: 'quantity', rule: 'negated_none', text: 'no applicant information', value: { kind: 'count', value: 0, unit: 'information' } });
    expect(doc.text.slice(c.quantity.start, c.quantity.end)).toBe(c.quantity.text);
  });

  it('reads "did not share any records"', () => {
    const { claims } = claimsOf('The bureau did not share any records with the police.');
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({ negated: true, predicate: 'share', subject: 'The bureau', object: 'records' });
    expect(claims[0]!.quantity).toMatchObject({ text: 'any records', value: { value: 0, unit: 'record' } });
  });

  it.each([
    'No confidential data may be shared without notice.',
    'No one objected to the motion.',
    'There is no doubt that the court was right.',
  ])('states no zero-count fact: %s', (text) => {
    expect(claimsOf(text).claims).toEqual([]);
  });
});

describe('claims: voice, subjects and adjuncts', () => {
  const rows = (text: string, published?: string) =>
    claimsOf(text, published).claims.map((c) => [c.quantity.text, c.subject, c.predicate, c.object, c.negated]);

  it.each([
    // passive with an agent: the agent is the subject
    ['Last year, 8,200 files were handed over by the Census Bureau to the police.', ['8,200 files', 'the Census Bureau', 'hand', 'files', false]],
    ['The hospital said 640 patient charts were copied by the intruders.', ['640 patient charts', 'the intruders', 'copy', 'patient charts', false]],
    // the quantity is its verb's own subject
    ['The survey found that nine in 10 tenants pay rent late.', ['nine in 10 tenants', undefined, 'pay', 'tenants', false]],
    ['Only 12 inmates ever received a hearing.', ['12 inmates', undefined, 'receive', 'inmates', false]],
    // a time adjunct or a parenthetical between the subject and its verb
    ['The board on Tuesday approved 35 new permits.', ['35 new permits', 'The board', 'approve', 'new permits', false]],
    ['The agency, citing budget limits, cut 300 jobs.', ['300 jobs', 'The agency', 'cut', 'jobs', false]],
    // a rate is not part of what is counted
    ['The clinic treats 90 patients per day.', ['90 patients per day', 'The clinic', 'treat', 'patients', false]],
    // a gerund inside a noun phrase is no verb
    ['She was held without a bond hearing for nine months.', ['nine months', 'She', 'hold', undefined, false]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual([expected]);
  });

  it('reads "none of the" as a denied count, active and passive', () => {
    expect(rows('The city has produced none of the emails it promised.')).toEqual([['none of the emails', 'The city', 'produce', 'emails', true]]);
    expect(rows('None of the invoices were paid by the county.')).toEqual([['None of the invoices', 'the county', 'pay', 'invoices', true]]);
  });

  it('a sentence that states a number may also deny another', () => {
    const found = rows('Six weeks later, no documents had been released.');
    expect(found).toContainEqual(['no documents', undefined, 'release', 'documents', true]);
    expect(found.map((r) => r[0])).toEqual(['Six weeks', 'no documents']);
  });
});

describe('claims read only their own sentence, wherever it sits in the document', () => {
  const paragraph = 'The board approved 14 grants. Mr. Lyons said the city, acting quickly, hired 35 inspectors in March 2024. The county has released none of the invoices.';
  const timeline = 'Background\nMar. 3, 2025: the office mailed 900 notices.\nApr. 9, 2025 – the department returned 40 forms.';
  const row = (c: ReturnType<typeof claimsOf>['claims'][number]) =>
    [c.quantity.text, c.quantity.start, c.subject, c.predicate, c.object, c.negated, c.time?.text, c.time?.value];

  it.each([
    [paragraph, [
      ['14 grants', 19, 'The board', 'approve', 'grants', false, undefined, undefined],
      ['35 inspectors', 77, 'the city', 'hire', 'inspectors', false, 'March 2024', '2024-03'],
      ['none of the invoices', 130, 'The county', 'release', 'invoices', true, undefined, undefined],
    ]],
    [timeline, [
      ['900 notices', 43, 'the office', 'mail', 'notices', false, 'Mar. 3, 2025', '2025-03-03'],
      ['40 forms', 95, 'the department', 'return', 'forms', false, 'Apr. 9, 2025', '2025-04-09'],
    ]],
  ])('%s', (text, expected) => {
    expect(claimsOf(text).claims.map(row)).toEqual(expected);
  });

  it('a text repeated gives the same claims in every copy, shifted by its offset', () => {
    const unit = `${paragraph}\n${timeline}`;
    const single = claimsOf(unit).claims.map(row);
    const copies = 40;
    const repeated = claimsOf(Array(copies).fill(unit).join('\n')).claims.map(row);
    expect(repeated).toHaveLength(single.length * copies);
    repeated.forEach((r, i) => {
      const shift = Math.floor(i / single.length) * (unit.length + 1);
      const s = single[i % single.length]!;
      expect(r).toEqual([s[0], (s[1] as number) + shift, ...s.slice(2)]);
    });
  });
});
