import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { prepareText } from '../../src/normalize/prepare.ts';
import { statutesExtractor, extractStatutes } from '../../src/extract/statutes.ts';

/**
 * [text, expected mentions as [span text, display, canonical]]. Spans are located in order of
 * appearance; "later the |INA" locates "later the INA" and the span starts at the bar.
 */
type Row = [string, [string, string, string][]];

function check([text, expected]: Row): void {
  const got = extractStatutes(text);
  let from = 0;
  const want = expected.map(([locator, display, canonical]) => {
    const bar = Math.max(0, locator.indexOf('|'));
    const span = locator.replace('|', '');
    const at = text.indexOf(span, from);
    expect(at, `"${span}" not in test text`).toBeGreaterThanOrEqual(0);
    const start = at + bar;
    from = start + 1;
    return { start, end: at + span.length, text: span.slice(bar), display, canonical };
  });
  expect(got.map((m) => ({ start: m.start, end: m.end, text: m.text, display: m.value.display, canonical: m.value.canonical }))).toEqual(want);
  for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('United States Code citations', () => {
  const rows: Row[] = [
    ['The court read 26 U.S.C. § 6103(i)(2)(B)(i) narrowly.', [['26 U.S.C. § 6103(i)(2)(B)(i)', '26 U.S.C. § 6103(i)(2)(B)(i)', 'usc/26/6103/i/2/B/i']]],
    ['Compare 26 USC 6103 with 26 U.S.C. 6103.', [['26 USC 6103', '26 U.S.C. § 6103', 'usc/26/6103'], ['26 U.S.C. 6103', '26 U.S.C. § 6103', 'usc/26/6103']]],
    ['Returns are shielded by Title 26 U.S.C. § 6103.', [['Title 26 U.S.C. § 6103', '26 U.S.C. § 6103', 'usc/26/6103']]],
    ['as defined in title 26, United States Code, section 6103.', [['title 26, United States Code, section 6103', '26 U.S.C. § 6103', 'usc/26/6103']]],
    ['disclosed under section 6103(i)(2) of title 26 last year', [['section 6103(i)(2) of title 26', '26 U.S.C. § 6103(i)(2)', 'usc/26/6103/i/2']]],
    ['The procedures in 5 U.S.C. §§ 551–559 apply.', [['5 U.S.C. §§ 551–559', '5 U.S.C. §§ 551–559', 'usc/5/551-559']]],
    ['The procedures in 5 U.S.C. §§ 551-559 apply.', [['5 U.S.C. §§ 551-559', '5 U.S.C. §§ 551–559', 'usc/5/551-559']]],
    ['A claim under 42 U.S.C. § 1983 et seq. was pleaded.', [['42 U.S.C. § 1983 et seq.', '42 U.S.C. § 1983 et seq.', 'usc/42/1983/et-seq']]],
    ['Detention rests on 8 U.S.C. § 1231(a)(1)(A).', [['8 U.S.C. § 1231(a)(1)(A)', '8 U.S.C. § 1231(a)(1)(A)', 'usc/8/1231/a/1/A']]],
    ['See 42 U.S.C.A. § 2000e-5 and 15 U.S.C.S. § 78j(b).', [['42 U.S.C.A. § 2000e-5', '42 U.S.C. § 2000e-5', 'usc/42/2000e-5'], ['15 U.S.C.S. § 78j(b)', '15 U.S.C. § 78j(b)', 'usc/15/78j/b']]],
    ['See 26 U.S.C. sec. 6103.', [['26 U.S.C. sec. 6103', '26 U.S.C. § 6103', 'usc/26/6103']]],
    ['See 26 U.S.C. §§ 6103, 7213, 42 U.S.C. § 1983.', [['26 U.S.C. §§ 6103', '26 U.S.C. § 6103', 'usc/26/6103'], ['7213', '26 U.S.C. § 7213', 'usc/26/7213'], ['42 U.S.C. § 1983', '42 U.S.C. § 1983', 'usc/42/1983']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('Internal Revenue Code forms', () => {
  const rows: Row[] = [
    ['IRC § 6103(i)(2) and 26 U.S.C. § 6103(i)(2) are one provision.', [['IRC § 6103(i)(2)', '26 U.S.C. § 6103(i)(2)', 'usc/26/6103/i/2'], ['26 U.S.C. § 6103(i)(2)', '26 U.S.C. § 6103(i)(2)', 'usc/26/6103/i/2']]],
    ['I.R.C. § 7213 makes disclosure a felony.', [['I.R.C. § 7213', '26 U.S.C. § 7213', 'usc/26/7213']]],
    ['Internal Revenue Code section 7431 allows damages.', [['Internal Revenue Code section 7431', '26 U.S.C. § 7431', 'usc/26/7431']]],
    ['Damages lie under section 7431 of the Internal Revenue Code.', [['section 7431 of the Internal Revenue Code', '26 U.S.C. § 7431', 'usc/26/7431']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('bare sections take their code from the document', () => {
  const rows: Row[] = [
    // a later full citation with the same section gives the code to an earlier bare one
    ['Whether § 6103’s exceptions reach bulk requests depends on IRC § 6103 itself.', [['§ 6103', '26 U.S.C. § 6103', 'usc/26/6103'], ['IRC § 6103', '26 U.S.C. § 6103', 'usc/26/6103']]],
    ['The IRS cited 26 U.S.C. § 6103. It then relied on § 6103(h)(1) and §§ 7213 and 7431.', [
      ['26 U.S.C. § 6103', '26 U.S.C. § 6103', 'usc/26/6103'],
      ['§ 6103(h)(1)', '26 U.S.C. § 6103(h)(1)', 'usc/26/6103/h/1'],
      ['§§ 7213', '26 U.S.C. § 7213', 'usc/26/7213'],
      ['7431', '26 U.S.C. § 7431', 'usc/26/7431'],
    ]],
    // a document about the Tax Code: the code is known though never cited by number
    ['Critics say the Tax Code is too complex. Section 6103 limits disclosure.', [['Section 6103', '26 U.S.C. § 6103', 'usc/26/6103']]],
    ['The Code § 7431 gives a remedy, says the Internal Revenue Code guide.', [['Code § 7431', '26 U.S.C. § 7431', 'usc/26/7431'], ['Internal Revenue Code', '26 U.S.C.', 'usc/26']]],
    // a part-title act (the APA) does not make "§ 6103" title 5 in a document about taxpayers...
    ['Sharing under § 6103(i)(2) was arbitrary under the APA, taxpayers say.', [['§ 6103(i)(2)', '26 U.S.C. § 6103(i)(2)', 'usc/26/6103/i/2'], ['APA', '5 U.S.C. § 551 et seq.', 'usc/5/551/et-seq']]],
    // ...but is the last resort for a bare section
    ['The APA allows review; § 706(2)(A) sets the standard.', [['APA', '5 U.S.C. § 551 et seq.', 'usc/5/551/et-seq'], ['§ 706(2)(A)', '5 U.S.C. § 706(2)(A)', 'usc/5/706/2/A']]],
    // sections known by number alone
    ['The officers were sued under Section 1983; the § 1983 claim failed.', [['Section 1983', '42 U.S.C. § 1983', 'usc/42/1983'], ['§ 1983', '42 U.S.C. § 1983', 'usc/42/1983']]],
    ['He moved to vacate under § 2255.', [['§ 2255', '28 U.S.C. § 2255', 'usc/28/2255']]],
    // no code anywhere: a "§" is kept as a low-confidence section, a word-form "Section" is not
    ['The statute at § 6103 is strict.', [['§ 6103', '§ 6103', 'section/6103']]],
    ['Section 6103 is strict.', []],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));

  it('marks context-resolved and code-less sections', () => {
    const [ctxd] = extractStatutes('Under 26 U.S.C. § 6103, see § 6103(h).').filter((m) => m.rule === 'bare_section');
    expect(ctxd?.value.codeFrom).toBe('context');
    const [lone] = extractStatutes('Read § 6103 again.');
    expect(lone?.confidence).toBeLessThan(0.5);
  });
});

describe('regulations, Public Laws, Statutes at Large', () => {
  const rows: Row[] = [
    ['Detainers are governed by 8 C.F.R. § 287.7(d).', [['8 C.F.R. § 287.7(d)', '8 C.F.R. § 287.7(d)', 'cfr/8/287.7/d']]],
    ['Records requests follow 28 CFR 16.1 and 8 C.F.R. pt. 241.', [['28 CFR 16.1', '28 C.F.R. § 16.1', 'cfr/28/16.1'], ['8 C.F.R. pt. 241', '8 C.F.R. pt. 241', 'cfr/8/241']]],
    ['Enacted as Pub. L. No. 94-455, § 1202, 90 Stat. 1520, 1667 (1976).', [['Pub. L. No. 94-455, § 1202', 'Pub. L. No. 94-455, § 1202', 'pl/94-455/1202'], ['90 Stat. 1520, 1667', '90 Stat. 1520, 1667', 'stat/90/1520']]],
    ['Public Law 94-455 and P.L. 94-455 are the same law.', [['Public Law 94-455', 'Pub. L. No. 94-455', 'pl/94-455'], ['P.L. 94-455', 'Pub. L. No. 94-455', 'pl/94-455']]],
    // A CFR part numbered with a letter.
    ['Work permits issue under 8 C.F.R. § 274a.12(c)(11) for parolees.', [['8 C.F.R. § 274a.12(c)(11)', '8 C.F.R. § 274a.12(c)(11)', 'cfr/8/274a.12/c/11']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('named acts', () => {
  const rows: Row[] = [
    ['Claims arise under the Tax Reform Act, the Privacy Act, and the Administrative Procedure Act.', [
      ['Tax Reform Act', 'Tax Reform Act of 1976', 'act/tax-reform-act-of-1976'],
      ['Privacy Act', '5 U.S.C. § 552a', 'usc/5/552a'],
      ['Administrative Procedure Act', '5 U.S.C. § 551 et seq.', 'usc/5/551/et-seq'],
    ]],
    ['The Privacy Act of 1974 and Section 552a of the Privacy Act.', [['Privacy Act of 1974', '5 U.S.C. § 552a', 'usc/5/552a'], ['Section 552a of the Privacy Act', '5 U.S.C. § 552a', 'usc/5/552a']]],
    ['Review is under section 706 of the APA.', [['section 706 of the APA', '5 U.S.C. § 706', 'usc/5/706']]],
    ['Fraud claims arise under Section 10(b) of the Securities Exchange Act of 1934.', [['Section 10(b) of the Securities Exchange Act of 1934', '15 U.S.C. § 78j(b)', 'usc/15/78j/b']]],
    ['Benefits are sought under ERISA § 502(a)(1)(B).', [['ERISA § 502(a)(1)(B)', '29 U.S.C. § 1132(a)(1)(B)', 'usc/29/1132/a/1/B']]],
    ['The Civil Rights Act of 1991 amended Title VII.', [['Civil Rights Act of 1991', 'Civil Rights Act of 1991', 'act/civil-rights-act-of-1991'], ['Title VII', '42 U.S.C. § 2000e et seq.', 'usc/42/2000e/et-seq']]],
    ['The school violated Section 504 of the Rehabilitation Act and Title IX.', [['Section 504 of the Rehabilitation Act', '29 U.S.C. § 794', 'usc/29/794'], ['Title IX', '20 U.S.C. § 1681 et seq.', 'usc/20/1681/et-seq']]],
    // a parenthetical that defines the acronym is not a second mention; a later use is
    ['The Immigration and Nationality Act (INA) and later the INA.', [['Immigration and Nationality Act', '8 U.S.C. § 1101 et seq.', 'usc/8/1101/et-seq'], ['later the |INA', '8 U.S.C. § 1101 et seq.', 'usc/8/1101/et-seq']]],
    ['THE PRIVACY ACT IN PRACTICE', [['PRIVACY ACT', '5 U.S.C. § 552a', 'usc/5/552a']]],
    ['Surveillance under Section 702 of FISA continued.', [['Section 702 of FISA', 'Foreign Intelligence Surveillance Act of 1978 § 702', 'act/foreign-intelligence-surveillance-act-of-1978/702']]],
    // an act the lexicon lacks, named with "the"
    ['Congress passed the Fiscal Responsibility Act of 2023 quickly.', [['Fiscal Responsibility Act of 2023', 'Fiscal Responsibility Act of 2023', 'act/fiscal-responsibility-act-of-2023']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('forms met in filings', () => {
  const rows: Row[] = [
    // a short cite of the CFR keeps its "at"
    ['Consent is required. 47 C.F.R. at § 64.1200(f)(1).', [['47 C.F.R. at § 64.1200(f)(1)', '47 C.F.R. § 64.1200(f)(1)', 'cfr/47/64.1200/f/1']]],
    // a bare section takes the act a same-numbered section was cited from
    [
      'Claims arise under Section 10(b) of the Exchange Act. A violation of Section 10(b) requires scienter.',
      [
        ['Section 10(b) of the Exchange Act', '15 U.S.C. § 78j(b)', 'usc/15/78j/b'],
        ['Section 10(b)', '15 U.S.C. § 78j(b)', 'usc/15/78j/b'],
      ],
    ],
    // an act's section known by its USC number
    ['Section 230 of the Communications Decency Act bars the claim.', [['Section 230 of the Communications Decency Act', '47 U.S.C. § 230', 'usc/47/230']]],
    // a court reporter's certificate
    [
      'I certify that pursuant to Section 753,\nTitle 28, United States Code, the foregoing is a true transcript.',
      [['Section 753,\nTitle 28, United States Code', '28 U.S.C. § 753', 'usc/28/753']],
    ],
    // a case name abbreviates the act
    [
      'See Rules & Regs. Implementing the Tel. Consumer Prot. Act of 1991, 7 FCC Rcd. 8752 (1992).',
      [['Tel. Consumer Prot. Act of 1991', '47 U.S.C. § 227', 'usc/47/227']],
    ],
    // a state's act of the same name is the state's
    [
      'She sued under 42 U.S.C. § 1983 and the New Jersey Civil Rights Act, § 10:6-2.',
      [
        ['42 U.S.C. § 1983', '42 U.S.C. § 1983', 'usc/42/1983'],
        ['New Jersey Civil Rights Act', 'New Jersey Civil Rights Act', 'act/new-jersey-civil-rights-act'],
      ],
    ],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('act sections, regulations by name, acts missing a year', () => {
  const rows: Row[] = [
    ['The inspector relied on Section 5(a)(1) of the OSH Act and Section 6(b) of the OSH Act.', [['Section 5(a)(1) of the OSH Act', '29 U.S.C. § 654(a)(1)', 'usc/29/654/a/1'], ['Section 6(b) of the OSH Act', '29 U.S.C. § 655(b)', 'usc/29/655/b']]],
    ['Emergency standards issue under Section 6(c) of the OSH Act; reprisals are barred by Section 11(c) of the OSH Act.', [['Section 6(c) of the OSH Act', '29 U.S.C. § 655(c)', 'usc/29/655/c'], ['Section 11(c) of the OSH Act', '29 U.S.C. § 660(c)', 'usc/29/660/c']]],
    ['Sharing SNAP data breaches Section 11(e) of the Food and Nutrition Act of 2008.', [['Section 11(e) of the Food and Nutrition Act of 2008', '7 U.S.C. § 2020(e)', 'usc/7/2020/e']]],
    ['Eligibility turns on Section 5 of the Food and Nutrition Act and Section 6 of the Food and Nutrition Act.', [['Section 5 of the Food and Nutrition Act', '7 U.S.C. § 2014', 'usc/7/2014'], ['Section 6 of the Food and Nutrition Act', '7 U.S.C. § 2015', 'usc/7/2015']]],
    ['Leave under Section 102 of the FMLA was denied, in breach of Section 105 of the FMLA; she sued under Section 107 of the FMLA.', [['Section 102 of the FMLA', '29 U.S.C. § 2612', 'usc/29/2612'], ['Section 105 of the FMLA', '29 U.S.C. § 2615', 'usc/29/2615'], ['Section 107 of the FMLA', '29 U.S.C. § 2617', 'usc/29/2617']]],
    ['Girls were kept off the team contrary to Title IX of the Education Amendments of 1972.', [['Title IX of the Education Amendments of 1972', '20 U.S.C. § 1681 et seq.', 'usc/20/1681/et-seq']]],
    ['Coverage under Section 3 of the FLSA decides whether Section 6 of the FLSA applies.', [['Section 3 of the FLSA', '29 U.S.C. § 203', 'usc/29/203'], ['Section 6 of the FLSA', '29 U.S.C. § 206', 'usc/29/206']]],
    ['The claims rest on Section 102 of the ADA, Section 202 of the ADA and Section 302 of the ADA.', [['Section 102 of the ADA', '42 U.S.C. § 12112', 'usc/42/12112'], ['Section 202 of the ADA', '42 U.S.C. § 12132', 'usc/42/12132'], ['Section 302 of the ADA', '42 U.S.C. § 12182', 'usc/42/12182']]],
    ['The layoff targeted older workers, contrary to Section 4 of the Age Discrimination in Employment Act.', [['Section 4 of the Age Discrimination in Employment Act', '29 U.S.C. § 623', 'usc/29/623']]],
    ['The ads breached Section 804(c) of the Fair Housing Act and the loans Section 805 of the Fair Housing Act.', [['Section 804(c) of the Fair Housing Act', '42 U.S.C. § 3604(c)', 'usc/42/3604/c'], ['Section 805 of the Fair Housing Act', '42 U.S.C. § 3605', 'usc/42/3605']]],
    ['The pipeline needed a review under Section 102 of the National Environmental Policy Act.', [['Section 102 of the National Environmental Policy Act', '42 U.S.C. § 4332', 'usc/42/4332']]],
    ['Take of the beetle is barred by Section 9 of the Endangered Species Act.', [['Section 9 of the Endangered Species Act', '16 U.S.C. § 1538', 'usc/16/1538']]],
    ['The texts violated the Telephone Consumer Protection Act, and the Freedom of Information Act was invoked.', [['Telephone Consumer Protection Act', '47 U.S.C. § 227', 'usc/47/227'], ['Freedom of Information Act', '5 U.S.C. § 552', 'usc/5/552']]],
    ['Discovery is stayed by the Private Securities Litigation Reform Act; the PSLRA also sets a safe harbor.', [['Private Securities Litigation Reform Act', 'Private Securities Litigation Reform Act of 1995', 'act/private-securities-litigation-reform-act-of-1995'], ['PSLRA', 'Private Securities Litigation Reform Act of 1995', 'act/private-securities-litigation-reform-act-of-1995']]],
    ['The grants were authorized by the Violence Against Women Act.', [['Violence Against Women Act', 'Violence Against Women Act of 1994', 'act/violence-against-women-act-of-1994']]],
    // regulations known by their common names
    ['The statements violated Rule 10b-5, SEC Rule 10b-5(b) and Exchange Act Rule 14a-9.', [['Rule 10b-5', '17 C.F.R. § 240.10b-5', 'cfr/17/240.10b-5'], ['SEC Rule 10b-5(b)', '17 C.F.R. § 240.10b-5(b)', 'cfr/17/240.10b-5/b'], ['Exchange Act Rule 14a-9', '17 C.F.R. § 240.14a-9', 'cfr/17/240.14a-9']]],
    ['Sales under a Rule 10b5-1 plan were scheduled.', [['Rule 10b5-1', '17 C.F.R. § 240.10b5-1', 'cfr/17/240.10b5-1']]],
    ['Discussions under FAR 15.306(d) were unequal; the contract included FAR § 52.212-4.', [['FAR 15.306(d)', '48 C.F.R. § 15.306(d)', 'cfr/48/15.306/d'], ['FAR § 52.212-4', '48 C.F.R. § 52.212-4', 'cfr/48/52.212-4']]],
    ['The protest cited Federal Acquisition Regulation 15.306 and DFARS 252.204-7012.', [['Federal Acquisition Regulation 15.306', '48 C.F.R. § 15.306', 'cfr/48/15.306'], ['DFARS 252.204-7012', '48 C.F.R. § 252.204-7012', 'cfr/48/252.204-7012']]],
    ['The clause at 48 C.F.R. § 252.204-7012 requires reporting.', [['48 C.F.R. § 252.204-7012', '48 C.F.R. § 252.204-7012', 'cfr/48/252.204-7012']]],
    // a later standalone mention of the same act is found again
    ['The plant discharged into the creek under the Clean Water Act. Under the Clean Water Act, a permit is needed.', [['Clean Water Act', '33 U.S.C. § 1251 et seq.', 'usc/33/1251/et-seq'], ['Under the |Clean Water Act', '33 U.S.C. § 1251 et seq.', 'usc/33/1251/et-seq']]],
    // an acronym that goes on to cite the act is still the act
    ['The records were withheld under FOIA Exemption 5.', [['FOIA', '5 U.S.C. § 552', 'usc/5/552']]],
    ['Count I: Violation of the TCPA Against All Defendants', [['TCPA', '47 U.S.C. § 227', 'usc/47/227']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});

describe('not statutes', () => {
  const negatives = [
    'Under Section 3 of the agreement, § 2 of the contract controls.',
    'Sections 3 and 4 of this brief explain why.',
    'The appeal is No. 25-5181, see page 12, and fees of $6,103.',
    'The debtor filed for Chapter 11 protection.',
    'Jurisdiction rests on U.S. Const. art. III, § 2.',
    'California law, Cal. Civ. Code § 1798.100, differs; so does U.S.S.G. § 2B1.1.',
    'The agency read the Act broadly.',
    'In a tax code overhaul, Executive Order 14159, § 3 directs review.',
    'Rule 65 and Fed. R. Civ. P. 65(b) govern injunctions.',
    'See Loper Bright Enters. v. Raimondo, 603 U.S. 369 (2024).',
    'The Communications Workers of America joined the suit.',
    // state statutes and exhibit sections written with a decimal or a colon
    'He pleaded guilty to second-degree invasion of privacy in violation of § 565.253.',
    'See Williams Decl., Ex. 1, § 1.1.',
    // a table of authorities puts the state code on the line above its section
    'Cal. Civ. Code\n§ 3426 et seq. ........ 13\n§ 3426.6 ........ 14',
    'See Fed. R. Civ. P. 56(a); Rule 12(b)(6).',
    'Under Section 5, Title 2 of the lease governs renewals.',
    // an act's acronym inside a longer name names an office or a body, not the act
    'Claim forms go to the TCPA Settlement Administrator by May 1.',
    'Requests were routed to the ADA Coordinator\'s office.',
    'FOIA Officer Jane Roe signed the letter.',
    'The ERISA Plan Committee met in March.',
    // court rules and a council are not regulations
    'See Rule 12(b)(6) and Rule 65; the FAR Council met.',
  ];
  it.each(negatives)('%s', (text) => expect(extractStatutes(text).map((m) => m.text)).toEqual([]));
});

describe('extractor contract', () => {
  it('skips spans claimed by an earlier extractor', () => {
    const doc = prepareText('Filed under 26 U.S.C. § 6103 today.');
    const start = doc.text.indexOf('26 U.S.C.');
    const prior = [{ kind: 'docket' as const, start, end: start + 9, text: doc.text.slice(start, start + 9), extractor: 'dockets', rule: 'x', confidence: 1, value: { canonical: 'x', kind: 'other' as const } }];
    expect(statutesExtractor.extract({ doc, prior })).toEqual([]);
  });
});

const SEEDS = path.resolve(process.cwd(), '../shared/seeds');
const GOLD = path.resolve(process.cwd(), '../shared/gold');

describe('seed documents', () => {
  it.skipIf(!existsSync(SEEDS) || !existsSync(GOLD))('match the gold statutes exactly and find none where there are none', () => {
    for (const f of readdirSync(SEEDS).filter((x) => x.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(path.join(GOLD, f.replace(/\.txt$/, '.json')), 'utf8')) as { statutes: { canonical: string; occurrences?: number }[] };
      const want = gold.statutes.flatMap((s) => Array<string>(s.occurrences ?? 1).fill(s.canonical)).sort();
      const doc = prepareText(readFileSync(path.join(SEEDS, f), 'utf8'));
      const got = statutesExtractor.extract({ doc, prior: [] }).map((m) => (m.kind === 'statute' ? m.value.display : '')).sort();
      expect(got, f).toEqual(want);
    }
  });
});

describe('act context for a bare section, Treasury Regulations', () => {
  const rows: Row[] = [
    ['It alleges violations of Section 10(b) of the Securities Exchange Act, and control-person liability under Section 20(a).', [['Section 10(b) of the Securities Exchange Act', '15 U.S.C. § 78j(b)', 'usc/15/78j/b'], ['Section 20(a)', '15 U.S.C. § 78t(a)', 'usc/15/78t/a']]],
    ['The credit turns on Treas. Reg. § 1.41-4(a)(6) and Treasury Regulation § 301.7701-3(b).', [['Treas. Reg. § 1.41-4(a)(6)', '26 C.F.R. § 1.41-4(a)(6)', 'cfr/26/1.41-4/a/6'], ['Treasury Regulation § 301.7701-3(b)', '26 C.F.R. § 301.7701-3(b)', 'cfr/26/301.7701-3/b']]],
  ];
  it.each(rows)('%s', (...row) => check(row as Row));
});
