import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { caseCitationsExtractor, extractCaseCitations } from '../../src/extract/case-citations.ts';
import { REPORTERS, findReporter } from '../../src/lexicon/reporters.ts';
import { extractStatutes } from '../../src/extract/statutes.ts';
import type { CaseCitationValue } from '../../src/model/types.ts';

/** Each expected citation: its span text and the value fields that matter for it. */
type Row = [string, [string, Partial<CaseCitationValue>][]];

function check([text, expected]: Row): void {
  const got = extractCaseCitations(text);
  let from = 0;
  const spans = expected.map(([span]) => {
    const start = text.indexOf(span, from);
    expect(start, `"${span}" not in test text`).toBeGreaterThanOrEqual(0);
    from = start + 1;
    return { start, end: start + span.length, text: span };
  });
  expect(got.map((m) => ({ start: m.start, end: m.end, text: m.text }))).toEqual(spans);
  got.forEach((m, i) => expect(m.value).toMatchObject(expected[i]![1]));
}

describe('full citations', () => {
  const rows: Row[] = [
    ['The panel followed 123 F.4th 456 (D.C. Cir. 2025).', [['123 F.4th 456 (D.C. Cir. 2025)', { form: 'full', volume: 123, reporter: 'F.4th', page: 456, court: 'D.C. Cir.', year: 2025, canonical: '123 F.4th 456' }]]],
    ['The right was recognized, 576 U.S. 644 (2015).', [['576 U.S. 644 (2015)', { canonical: '576 U.S. 644', year: 2015 }]]],
    ['Sex includes orientation, 140 S. Ct. 1731, 1737 (2020).', [['140 S. Ct. 1731, 1737 (2020)', { reporter: 'S. Ct.', page: 1731, pinpoint: '1737', canonical: '140 S. Ct. 1731' }]]],
    ['Deference ended in Loper Bright Enters. v. Raimondo, 603 U.S. 369 (2024).', [['603 U.S. 369 (2024)', { caseName: 'Loper Bright Enters. v. Raimondo', canonical: '603 U.S. 369' }]]],
    ['In Trump v. United States, 603 U.S. 593 (2024), the Court ruled.', [['603 U.S. 593 (2024)', { caseName: 'Trump v. United States' }]]],
    ['See In re Sealed Case, 932 F.3d 915 (D.C. Cir. 2019).', [['932 F.3d 915 (D.C. Cir. 2019)', { caseName: 'In re Sealed Case', court: 'D.C. Cir.' }]]],
    ['Spacing varies: 567 F.Supp.2d 1 and 567 F. Supp. 2d 1.', [['567 F.Supp.2d 1', { canonical: '567 F. Supp. 2d 1' }], ['567 F. Supp. 2d 1', { canonical: '567 F. Supp. 2d 1' }]]],
    ['Doe v. Roe, 2025 WL 1234567, at *3 (D.D.C. Mar. 3, 2025).', [['2025 WL 1234567, at *3 (D.D.C. Mar. 3, 2025)', { reporter: 'WL', canonical: '2025 WL 1234567', pinpoint: '*3', court: 'D.D.C.', year: 2025, caseName: 'Doe v. Roe' }]]],
    // parallel cites share the case name and the year written once at the end
    ['Obergefell v. Hodges, 576 U.S. 644, 135 S. Ct. 2584 (2015).', [
      ['576 U.S. 644', { canonical: '576 U.S. 644', caseName: 'Obergefell v. Hodges', year: 2015 }],
      ['135 S. Ct. 2584 (2015)', { canonical: '135 S. Ct. 2584', caseName: 'Obergefell v. Hodges', year: 2015 }],
    ]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('short forms', () => {
  const text = 'See Loper Bright Enters. v. Raimondo, 603 U.S. 369 (2024). Id. at 400. Later, 603 U.S. at 412. Compare Loper Bright, supra, at 390.';
  it('point back to the full citation', () =>
    check([text, [
      ['603 U.S. 369 (2024)', { form: 'full' }],
      ['Id. at 400', { form: 'id', pinpoint: '400', canonical: '603 U.S. 369' }],
      ['603 U.S. at 412', { form: 'short', pinpoint: '412', canonical: '603 U.S. 369' }],
      ['Loper Bright, supra, at 390', { form: 'supra', pinpoint: '390', canonical: '603 U.S. 369' }],
    ]]));

  it('drops an Id. with nothing before it, or one that cites a statute', () => {
    expect(extractCaseCitations('Id. at 5.')).toEqual([]);
    expect(extractCaseCitations('See 5 F.3d 1 (1st Cir. 1993); 26 U.S.C. § 6103. Id. § 7213.').map((m) => m.text)).toEqual(['5 F.3d 1 (1st Cir. 1993)']);
    const text = 'See 5 F.3d 1 (1st Cir. 1993); 26 U.S.C. § 6103. Id.';
    expect(extractCaseCitations(text, extractStatutes(text)).map((m) => m.text)).toEqual(['5 F.3d 1 (1st Cir. 1993)']);
  });
});

describe('not case citations', () => {
  const negatives = [
    'Disclosure is barred by 26 U.S.C. 6103 and 5 U.S.C. 552a.',
    'The appeal is No. 25-5181 in the D.C. Circuit.',
    'The agency has 12 U.S. 5 offices.',
    'It cited Smith, supra note 4.',
    'Published at 90 Fed. Reg. 1234 (Jan. 2, 2025).',
  ];
  it.each(negatives)('%s', (text) => expect(extractCaseCitations(text).map((m) => m.text)).toEqual([]));
});

describe('reporters lexicon', () => {
  it('has unique abbreviations', () => {
    const a = REPORTERS.map((r) => r.abbrev);
    expect(a.filter((x, i) => a.indexOf(x) !== i)).toEqual([]);
  });
  describe.each(REPORTERS.map((r) => [r.abbrev, r] as const))('%s', (abbrev, reporter) => {
    it.each(reporter.examples)('resolves "%s"', (example) => {
      const got = extractCaseCitations(example);
      expect(got.map((m) => m.value.reporter)).toEqual([abbrev]);
    });
  });
  it('folds spacing and apostrophes', () => {
    expect(findReporter('F.Supp.3d')?.abbrev).toBe('F. Supp. 3d');
    expect(findReporter('F. App’x')?.abbrev).toBe("F. App'x");
    expect(findReporter('Fed. Appx.')?.abbrev).toBe("F. App'x");
  });
});

describe('extractor contract', () => {
  it('keeps a citation whose parenthetical names a court found earlier, but not a statute span', () => {
    const doc = prepareText('See 123 F.4th 456 (D.C. Cir. 2025).');
    const at = doc.text.indexOf('D.C. Cir.');
    const court = { kind: 'court' as const, start: at, end: at + 9, text: 'D.C. Cir.', extractor: 'courts', rule: 'x', confidence: 1, value: { canonical: 'D.C. Cir.', id: 'cadc', name: 'United States Court of Appeals for the District of Columbia Circuit', level: 'appellate' as const } };
    expect(caseCitationsExtractor.extract({ doc, prior: [court] }).map((m) => m.text)).toEqual(['123 F.4th 456 (D.C. Cir. 2025)']);
    const statute = { kind: 'statute' as const, start: 4, end: 17, text: doc.text.slice(4, 17), extractor: 'statutes', rule: 'x', confidence: 1, value: { canonical: 'x', display: 'x', code: 'usc' as const } };
    expect(caseCitationsExtractor.extract({ doc, prior: [statute] })).toEqual([]);
  });

  it('returns spans into the normalized text', () => {
    const doc = prepareText('First line.\n  See   123 F.4th 456 (D.C. Cir. 2025).');
    const ms = caseCitationsExtractor.extract({ doc, prior: [] });
    expect(ms).toHaveLength(1);
    for (const m of ms) expect(doc.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('case citations: long runs of capitals', () => {
  // Speed is measured by `npm run bench`; this checks the citations after a long capitalized run are still found.
  it('finds the citations after a 200,000-character run of capitalized words', () => {
    const text = 'JOHN SMITH JONES BROWN '.repeat(9000) + 'Roe v. Doe, 1 F.4th 2 (2021). Roe, supra, at 3.';
    const got = extractCaseCitations(text);
    expect(got.map((m) => m.value.form)).toEqual(['full', 'supra']);
  });
});
