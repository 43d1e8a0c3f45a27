import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courtsExtractor } from '../../src/extract/courts.ts';
import { docketsExtractor } from '../../src/extract/dockets.ts';
import type { DocketValue, MentionOf } from '../../src/model/types.ts';
import { prepareText } from '../../src/normalize/prepare.ts';

/** Dockets as the pipeline runs them: after courts, which they link to. */
function dockets(text: string): MentionOf<'docket'>[] {
  const doc = prepareText(text);
  const prior = courtsExtractor.extract({ doc, prior: [] });
  return docketsExtractor.extract({ doc, prior }) as MentionOf<'docket'>[];
}

/** Each expected span is given as its text; its start is where that text first occurs. */
function expectSpans(text: string, expected: [string, Partial<DocketValue>][]): void {
  const got = dockets(text);
  expect(got.map((m) => m.text)).toEqual(expected.map(([span]) => span));
  got.forEach((m, i) => {
    const [span, value] = expected[i]!;
    expect(m.start).toBe(text.indexOf(span));
    expect(m.end).toBe(text.indexOf(span) + span.length);
    expect(m.value).toMatchObject(value);
  });
}

describe('dockets extractor: district numbers', () => {
  it('reads a full number after a court abbreviation and links it', () => {
    const text = 'Doe v. Roe, D.D.C., No. 1:25-cv-00457, record filed Oct. 29, 2025.';
    const [m, ...rest] = dockets(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: 'docket', start: 20, end: 37, text: 'No. 1:25-cv-00457', extractor: 'dockets', rule: 'district-full' });
    expect(m?.value).toEqual({
      canonical: '1:25-cv-00457',
      kind: 'district',
      office: '1',
      year: '25',
      caseType: 'cv',
      number: '00457',
      court: 'D.D.C.',
    });
  });

  it.each<[string, string, Partial<DocketValue>]>([
    ['Case 1:25-cv-00457-CKK Document 45 Filed 08/20/25 Page 3 of 40', '1:25-cv-00457-CKK', { canonical: '1:25-cv-00457', judgeInitials: 'CKK' }],
    ['See Case No. 2:19-cv-01234-ABC-DEF for the order.', 'Case No. 2:19-cv-01234-ABC-DEF', { canonical: '2:19-cv-01234', judgeInitials: 'ABC-DEF' }],
    ['The indictment, No. 3:24-cr-00012, was sealed.', 'No. 3:24-cr-00012', { canonical: '3:24-cr-00012', caseType: 'cr' }],
    ['Case: 1:25-cv-00457 was reassigned.', 'Case: 1:25-cv-00457', { canonical: '1:25-cv-00457' }],
    ['The suit, No. 25-cv-457, is pending.', 'No. 25-cv-457', { canonical: '25-cv-00457', kind: 'district' }],
    ['Civil Action No. 25-457 (CKK)', 'Civil Action No. 25-457 (CKK)', { canonical: '25-cv-00457', judgeInitials: 'CKK', kind: 'district' }],
    ['CRIMINAL ACTION NO. 24-88', 'CRIMINAL ACTION NO. 24-88', { canonical: '24-cr-00088' }],
    ['They sued in No. 23 Civ. 4567 (LAK).', 'No. 23 Civ. 4567 (LAK)', { canonical: '23-cv-04567', judgeInitials: 'LAK' }],
    ['Filed as 1:25cv457 in Alexandria.', '1:25cv457', { canonical: '1:25-cv-00457' }],
    ['No. 4:20-CV-123 was closed.', 'No. 4:20-CV-123', { canonical: '4:20-cv-00123' }],
  ])('%s', (text, span, value) => {
    expectSpans(text, [[span, value]]);
  });
});

describe('dockets extractor: appellate, Supreme Court, bankruptcy and others', () => {
  it('links a two-part number to the circuit named in the sentence', () => {
    const text = 'The government appealed to the D.C. Circuit, No. 25-5181, in June.';
    expectSpans(text, [['No. 25-5181', { canonical: '25-5181', kind: 'appellate', court: 'D.C. Cir.' }]]);
  });

  it('reads every number after "Nos."', () => {
    const text = 'The Ninth Circuit consolidated Nos. 24-1234, 24-1235 & 24-1236 for argument.';
    expectSpans(text, [
      ['Nos. 24-1234', { canonical: '24-1234', court: '9th Cir.' }],
      ['24-1235', { canonical: '24-1235', court: '9th Cir.' }],
      ['24-1236', { canonical: '24-1236', court: '9th Cir.' }],
    ]);
  });

  it.each<[string, string, Partial<DocketValue>]>([
    ['USCA Case #25-5181 Document #2130123 Filed: 08/20/2025 Page 1 of 10', 'USCA Case #25-5181', { canonical: '25-5181', kind: 'appellate' }],
    ['The Supreme Court granted the stay in No. 24A123 on Friday.', 'No. 24A123', { canonical: '24A123', kind: 'other', court: 'U.S.' }],
    ['The Supreme Court heard No. 23-1234 in March.', 'No. 23-1234', { canonical: '23-1234', kind: 'appellate', court: 'U.S.' }],
    ['The trustee objected in Bankr. No. 19-12345 (MEW).', 'Bankr. No. 19-12345 (MEW)', { canonical: '19-12345', caseType: 'bk', kind: 'other', judgeInitials: 'MEW' }],
    ['The petition was docketed in the U.S. Tax Court, Docket No. 12345-19.', 'Docket No. 12345-19', { canonical: '12345-19', court: 'T.C.' }],
    ['The Federal Circuit heard No. 2024-1234 last week.', 'No. 2024-1234', { canonical: '2024-1234', court: 'Fed. Cir.' }],
    ['In re Acme Corp., Chapter 11 Case No. 23-90001 (MI), was jointly administered.', 'Chapter 11 Case No. 23-90001 (MI)', { canonical: '23-90001', caseType: 'bk', kind: 'other', judgeInitials: 'MI' }],
    ['Transferred under MDL No. 2804 to Ohio.', 'MDL No. 2804', { canonical: 'MDL 2804', caseType: 'mdl' }],
  ])('%s', (text, span, value) => {
    expectSpans(text, [[span, value]]);
  });

  it('links to the only compatible court the document names when the line names none', () => {
    const text = 'The Second Circuit will hear the appeal in May.\nDocket: No. 24-3012.';
    expectSpans(text, [['No. 24-3012', { canonical: '24-3012', court: '2d Cir.' }]]);
  });

  it('links to no court when its paragraph names two that fit', () => {
    const text = 'They may ask the full 5th Circuit to rehear it or go to the U.S. Supreme Court. The case is No. 23-10326.';
    const [m, ...rest] = dockets(text);
    expect(rest).toEqual([]);
    expect(m?.value.canonical).toBe('23-10326');
    expect(m?.value.court).toBeUndefined();
  });

  it('does not link a district number to a circuit', () => {
    const text = 'The Fourth Circuit reviewed No. 1:24-cv-00999 on appeal.';
    const [m] = dockets(text);
    expect(m?.value.canonical).toBe('1:24-cv-00999');
    expect(m?.value.court).toBeUndefined();
  });
});

describe('dockets extractor: California and Ninth Circuit captions', () => {
  it.each<[string, string, Partial<DocketValue>]>([
    ['Case No. CV 19-1848-GW', 'Case No. CV 19-1848-GW', { canonical: '19-cv-01848', caseType: 'cv', judgeInitials: 'GW' }],
    ['THE CLERK: Calling ED CV 16-1128-AB, Doe versus County.', 'ED CV 16-1128-AB', { canonical: '16-cv-01128', judgeInitials: 'AB' }],
    ['Roe v. Acme, No. CV 20-00363 PA (KKx), 2020 WL 1 (C.D. Cal. 2020).', 'No. CV 20-00363 PA (KKx)', { canonical: '20-cv-00363', judgeInitials: 'PA-KK', court: 'C.D. Cal.' }],
    ['Roe v. Acme, No. C 19-04744 WHA, 2021 WL 2 (N.D. Cal. 2021).', 'No. C 19-04744 WHA', { canonical: '19-cv-04744', judgeInitials: 'WHA', court: 'N.D. Cal.' }],
    ['Roe v. Acme, No. C-14-2464 MMC, at *3.', 'No. C-14-2464 MMC', { canonical: '14-cv-02464', judgeInitials: 'MMC' }],
    ['United States v. Doe, No. CR 19-642 (C.D. Cal.).', 'No. CR 19-642', { canonical: '19-cr-00642', caseType: 'cr' }],
    ['Case No. 8:16-cv-1261 DOC (KESx)', 'Case No. 8:16-cv-1261 DOC (KESx)', { canonical: '8:16-cv-01261', judgeInitials: 'DOC-KES' }],
    ['DC Docket #: 17-cv-6761', 'Docket #: 17-cv-6761', { canonical: '17-cv-06761' }],
  ])('%s', (text, span, value) => {
    expectSpans(text, [[span, value]]);
  });

  it('reads a two-part number with a judge\'s initials by the trial court it belongs to', () => {
    const text = 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\nBIOCARDIA, INC., Plaintiff,\nVS. )\nNO. 20-02829 VC';
    expectSpans(text, [['NO. 20-02829 VC', { canonical: '20-cv-02829', kind: 'district', caseType: 'cv', judgeInitials: 'VC', court: 'N.D. Cal.' }]]);
    const bk = 'UNITED STATES BANKRUPTCY COURT\nFOR THE DISTRICT OF ALASKA\nIn Re: ACME, LLC,\nCase No. 09-00429-HAR\nChapter 11';
    expectSpans(bk, [['Case No. 09-00429-HAR', { canonical: '09-00429', kind: 'other', caseType: 'bk', judgeInitials: 'HAR', court: 'Bankr. D. Alaska' }]]);
  });

  it('does not read a lone "C" or lower-case "cv" prefix without a cue', () => {
    expect(dockets('Appendix C 19-20 lists the exhibits; see cv 12-3456 in the notes.')).toEqual([]);
  });

  it('does not take a following ECF cite as initials', () => {
    expectSpans('See No. 1:20-cv-00123 ECF No. 5.', [['No. 1:20-cv-00123', { canonical: '1:20-cv-00123' }]]);
  });

  it('links caption numbers, above or below the court, and their repeats to the caption court', () => {
    const text = [
      'No. 20-16276',
      'IN THE UNITED STATES COURT OF APPEALS',
      'FOR THE NINTH CIRCUIT',
      'On Appeal from the United States District Court',
      'For the Northern District of California',
      'No. 3:20-cv-02731',
      'The Second Circuit stayed a similar case, see Roe v. Doe, No. 19-1234 (2d Cir. 2019). We ask the same in No. 20-16276.',
    ].join('\n');
    const got = dockets(text).map((m) => [m.value.canonical, m.value.court]);
    expect(got).toEqual([
      ['20-16276', '9th Cir.'],
      ['3:20-cv-02731', 'N.D. Cal.'],
      ['19-1234', '2d Cir.'],
      ['20-16276', '9th Cir.'],
    ]);
  });

  it('links the caption number to the caption court when other districts are cited below', () => {
    const text = 'UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF ALABAMA\nD.S., Plaintiff,\n) Case No.: 2:20-cv-02012-RDP\nSee Doe v. Roe, No. 1:16-CV-0126-TCB (N.D. Ga. 2016); Poe v. Coe, No. 4:16CV613-MW (N.D. Fla. 2017).';
    expect(dockets(text).map((m) => [m.value.canonical, m.value.court])).toEqual([
      ['2:20-cv-02012', 'N.D. Ala.'],
      ['1:16-cv-00126', 'N.D. Ga.'],
      ['4:16-cv-00613', 'N.D. Fla.'],
    ]);
  });
});

describe('dockets extractor: negatives', () => {
  it.each([
    'Call the clerk at 202-555-0143 before noon.',
    'The order was entered on 08/20/25 and again on 2025-08-20.',
    'Disclosure is governed by § 6103 and zip code 20001-1234.',
    'Plaintiff No. 1 and Document 45 were cited.',
    'The brief cites ECF No. 45 and Dkt. No. 12-3.',
    'The bill became Pub. L. No. 94-455 in 1976.',
    'See S. Rep. No. 94-938 at 12.',
    'The appeal number 25-5181 appears without a cue.',
    'Exec. Order No. 14-159 was cited.',
    'Pages 12-345 of the record.',
  ])('%s', (text) => {
    expect(dockets(text)).toEqual([]);
  });
});

const seedsDir = path.resolve(process.cwd(), '../shared/seeds');
const goldDir = path.resolve(process.cwd(), '../shared/gold');

describe('dockets extractor: seeds', () => {
  it.skipIf(!existsSync(seedsDir) || !existsSync(goldDir))('matches the gold dockets of every seed', () => {
    for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.json')), 'utf8')) as {
        dockets: { canonical: string; court?: string }[];
      };
      const found = dockets(readFileSync(path.join(seedsDir, f), 'utf8')).map((m) => [m.value.canonical, m.value.court]);
      expect(found, f).toEqual(gold.dockets.map((d) => [d.canonical, d.court]));
    }
  });
});
