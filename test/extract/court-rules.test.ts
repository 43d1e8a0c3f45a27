import { describe, expect, it } from 'vitest';
import { extractCourtRules } from '../../src/extract/court-rules.ts';
import { extractStatutes } from '../../src/extract/statutes.ts';
import { extractAll } from '../../src/extract/index.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import type { DocumentKind, Mention } from '../../src/model/types.ts';

// [text, [[cited span, canonical key, display, pinpoint?]...]]: each span is found by its first occurrence.
type Row = [string, [string, string, string, string?][]];

function check([text, expected]: Row, prior: Mention[] = [], kind?: DocumentKind): void {
  const got = extractCourtRules(text, prior, kind);
  const want = expected.map(([span, key, display, pin]) => {
    const start = text.indexOf(span);
    expect(start, span).toBeGreaterThanOrEqual(0);
    return { start, end: start + span.length, text: span, key, display, pin };
  });
  expect(got.map((m) => ({ start: m.start, end: m.end, text: m.text, key: m.value.canonical, display: m.value.display, pin: m.value.pinpoint }))).toEqual(want);
}

describe('Federal Rules', () => {
  const rows: Row[] = [
    ['Defendants move to dismiss under Fed. R. Civ. P. 12(b)(6).', [['Fed. R. Civ. P. 12(b)(6)', 'rule/frcp/12/b/6', 'Fed. R. Civ. P. 12(b)(6)']]],
    ['The class is certified under Federal Rule of Civil Procedure 23(b)(3).', [['Federal Rule of Civil Procedure 23(b)(3)', 'rule/frcp/23/b/3', 'Fed. R. Civ. P. 23(b)(3)']]],
    ['Relief is sought under FRCP 65 and Fed.R.Civ.P. 65(b)(1).', [['FRCP 65', 'rule/frcp/65', 'Fed. R. Civ. P. 65'], ['Fed.R.Civ.P. 65(b)(1)', 'rule/frcp/65/b/1', 'Fed. R. Civ. P. 65(b)(1)']]],
    ['The notice was timely under Fed. R. App. P. 4(a)(1)(A).', [['Fed. R. App. P. 4(a)(1)(A)', 'rule/frap/4/a/1/a', 'Fed. R. App. P. 4(a)(1)(A)']]],
    ['The expert is excluded under Fed. R. Evid. 702 and Federal Rule of Evidence 403.', [['Fed. R. Evid. 702', 'rule/fre/702', 'Fed. R. Evid. 702'], ['Federal Rule of Evidence 403', 'rule/fre/403', 'Fed. R. Evid. 403']]],
    ['The plea colloquy under Fed. R. Crim. P. 11 was thorough.', [['Fed. R. Crim. P. 11', 'rule/frcrp/11', 'Fed. R. Crim. P. 11']]],
    ['The trustee seeks approval under Fed. R. Bankr. P. 9019; Bankruptcy Rule 2004 also applies.', [['Fed. R. Bankr. P. 9019', 'rule/frbp/9019', 'Fed. R. Bankr. P. 9019'], ['Bankruptcy Rule 2004', 'rule/frbp/2004', 'Fed. R. Bankr. P. 2004']]],
    ['Dismissal is proper under Rule 12(b)(1) of the Federal Rules of Civil Procedure.', [['Rule 12(b)(1) of the Federal Rules of Civil Procedure', 'rule/frcp/12/b/1', 'Fed. R. Civ. P. 12(b)(1)']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('bare rules', () => {
  it('reads a bare rule after the document names its set', () => {
    check(['The Federal Rules of Civil Procedure apply. Under Rule 56(a), and Rules 26 and 37, the court rules.', [
      ['Rule 56(a)', 'rule/frcp/56/a', 'Fed. R. Civ. P. 56(a)'],
      ['Rules 26', 'rule/frcp/26', 'Fed. R. Civ. P. 26'],
      ['37', 'rule/frcp/37', 'Fed. R. Civ. P. 37'],
    ]]);
  });

  it('takes the evidence rules for an evidence number when those are named', () => {
    check(['Fed. R. Evid. 702 governs experts; Rule 703 governs their bases.', [
      ['Fed. R. Evid. 702', 'rule/fre/702', 'Fed. R. Evid. 702'],
      ['Rule 703', 'rule/fre/703', 'Fed. R. Evid. 703'],
    ]]);
  });

  it('reads "Rule 12(b)(6)" anywhere, and "Rule 56" only in a court document', () => {
    check(['The company filed a Rule 12(b)(6) motion.', [['Rule 12(b)(6)', 'rule/frcp/12/b/6', 'Fed. R. Civ. P. 12(b)(6)']]]);
    check(['Summary judgment under Rule 56 is appropriate.', []], [], 'news_article');
    check(['Summary judgment under Rule 56 is appropriate.', [['Rule 56', 'rule/frcp/56', 'Fed. R. Civ. P. 56']]], [], 'opinion');
  });

  it.each([
    'Scienter is an element of a Rule 10b-5 claim.',
    'The offering relied on Rule 144A.',
    'Members of Local 418 ratified the contract.',
    'Under Section 5.2 of the Agreement, Rule 4 of the plan controls.',
    'Rule 1.6 of the Model Rules of Professional Conduct bars disclosure.',
    'Certiorari is discretionary under Supreme Court Rule 10.',
    'The exchange applied NYSE Rule 312.',
    'Review was sought under Cal. Rules of Court, rule 8.500, and Tex. R. Civ. P. 91a.',
    'The Federal Rules of Civil Procedure apply, but rule 8.500 of the state rules does not.',
    'See ECF No. 12; Ex. 4; Suite 1200; call 202-555-0143; ZIP 20001.',
  ])('no Federal Rule in "%s"', (text) => {
    expect(extractCourtRules(text, [], 'filing').map((m) => m.text)).toEqual([]);
  });
});

describe('local rules', () => {
  it('keys a local rule generically when no court is known', () => {
    check(['Counsel did not confer as Local Civil Rule 7(m) requires; see LCvR 7(h)(1) and Local Rule 56.1(a).', [
      ['Local Civil Rule 7(m)', 'rule/local/civ/7/m', 'LCvR 7(m)'],
      ['LCvR 7(h)(1)', 'rule/local/civ/7/h/1', 'LCvR 7(h)(1)'],
      ['Local Rule 56.1(a)', 'rule/local/gen/56.1/a', 'L.R. 56.1(a)'],
    ]]);
  });

  it('keys a local rule by the court the document names', () => {
    const text = 'UNITED STATES DISTRICT COURT FOR THE DISTRICT OF COLUMBIA\nThe motion violates Local Civil Rule 7(m).';
    const { mentions } = extractAll(prepareText(text));
    const rule = mentions.find((m) => m.kind === 'statute');
    expect(rule?.value).toMatchObject({ canonical: 'rule/local/dcd/civ/7/m', display: 'D.D.C. LCvR 7(m)', jurisdiction: 'dcd' });
  });
});

describe('Federal Register', () => {
  const rows: Row[] = [
    ['The rule was published at 90 Fed. Reg. 12345.', [['90 Fed. Reg. 12345', 'fr/90/12345', '90 Fed. Reg. 12345']]],
    ['See 90 FR 12345 (final rule).', [['90 FR 12345', 'fr/90/12345', '90 Fed. Reg. 12345']]],
    ['See 90 Fed. Reg. 12,345, 12,350 (Mar. 3, 2025); id. 90 Fed. Reg. at 12,352.', [
      ['90 Fed. Reg. 12,345, 12,350', 'fr/90/12345', '90 Fed. Reg. 12345', '12350'],
      ['90 Fed. Reg. at 12,352', 'fr/90/12345', '90 Fed. Reg. 12345', '12352'],
    ]],
    ['Compare 89 Fed. Reg. 5000, 88 Fed. Reg. 41,220.', [['89 Fed. Reg. 5000', 'fr/89/5000', '89 Fed. Reg. 5000'], ['88 Fed. Reg. 41,220', 'fr/88/41220', '88 Fed. Reg. 41220']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('leaves the date to the date extractor and no number to the quantity extractor', () => {
    const text = 'The agency published the rule at 90 Fed. Reg. 12,345, 12,350 (Mar. 3, 2025), and took comments.';
    const { mentions } = extractAll(prepareText(text));
    expect(mentions.map((m) => [m.kind, m.text])).toEqual([
      ['statute', '90 Fed. Reg. 12,345, 12,350'],
      ['date', 'Mar. 3, 2025'],
    ]);
  });

  it('does not read "§ 12,345" inside a Federal Register pin cite as a section', () => {
    const text = 'The preamble, 90 Fed. Reg. 12,345, 12,350, explains § 12.5 of the guidance.';
    const found = [...extractStatutes(text), ...extractCourtRules(text)];
    expect(found.map((m) => m.text)).toEqual(['90 Fed. Reg. 12,345, 12,350']);
  });
});

describe('regulations by name (the statutes extractor has them)', () => {
  it.each([
    ['SEC Rule 10b-5 prohibits fraud.', 'SEC Rule 10b-5', '17 C.F.R. § 240.10b-5'],
    ['A Rule 10b-5 claim needs scienter.', 'Rule 10b-5', '17 C.F.R. § 240.10b-5'],
    ['Discussions are governed by FAR 15.306(d).', 'FAR 15.306(d)', '48 C.F.R. § 15.306(d)'],
    ['The contract incorporates FAR § 52.212-4.', 'FAR § 52.212-4', '48 C.F.R. § 52.212-4'],
    ['The contractor must comply with DFARS 252.204-7012.', 'DFARS 252.204-7012', '48 C.F.R. § 252.204-7012'],
  ])('%s', (text, span, display) => {
    expect(extractStatutes(text).map((m) => [m.text, m.value.display])).toEqual([[span, display]]);
    expect(extractCourtRules(text, extractStatutes(text), 'filing')).toEqual([]);
  });
});

describe('the specialty courts\' rules', () => {
  it('reads the Court of Federal Claims and Tax Court rules', () => {
    const text = 'The Government moves under Rules 12(b)(1) and 12(b)(6) of the Rules of the United States Court of Federal Claims. See RCFC 12(b)(1). Tax Court Rule 121 governs.';
    expect(extractCourtRules(text).map((m) => [m.text, m.value.display])).toEqual([
      ['Rules 12(b)(1)', 'RCFC 12(b)(1)'],
      ['12(b)(6) of the Rules of the United States Court of Federal Claims', 'RCFC 12(b)(6)'],
      ['RCFC 12(b)(1)', 'RCFC 12(b)(1)'],
      ['Tax Court Rule 121', 'Tax Ct. R. 121'],
    ]);
  });
});
