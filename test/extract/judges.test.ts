import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courtsExtractor } from '../../src/extract/courts.ts';
import { judgesExtractor } from '../../src/extract/judges.ts';
import type { JudgeValue, MentionOf } from '../../src/model/types.ts';
import { prepareText } from '../../src/normalize/prepare.ts';

/** Judges as the pipeline runs them: after courts, which they link to. */
function judges(text: string): MentionOf<'judge'>[] {
  const doc = prepareText(text);
  const prior = courtsExtractor.extract({ doc, prior: [] });
  return judgesExtractor.extract({ doc, prior }) as MentionOf<'judge'>[];
}

/** Each expected span is given as its text; its start is where that text first occurs. */
function expectJudges(text: string, expected: [string, JudgeValue][]): void {
  const got = judges(text);
  expect(got.map((m) => m.text)).toEqual(expected.map(([span]) => span));
  got.forEach((m, i) => {
    const [span, value] = expected[i]!;
    expect(m.start).toBe(text.indexOf(span));
    expect(m.end).toBe(text.indexOf(span) + span.length);
    expect(m.value).toEqual(value);
  });
}

describe('judges extractor: a title before the name', () => {
  it('links a judge to the court named right after the name', () => {
    const text = 'On Tuesday, Judge Colleen Kollar-Kotelly, who sits on the U.S. District Court for the District of Columbia, agreed.';
    const [m, ...rest] = judges(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: 'judge', start: 12, end: 40, text: 'Judge Colleen Kollar-Kotelly', extractor: 'judges', rule: 'title-name' });
    expect(m?.value).toEqual({ name: 'Colleen Kollar-Kotelly', title: 'Judge', court: 'D.D.C.' });
  });

  it.each<[string, string, JudgeValue]>([
    ['Judge Ann Roe of the District Court for the District of Maryland spoke.', 'Judge Ann Roe', { name: 'Ann Roe', title: 'Judge', court: 'D. Md.' }],
    ['U.S. District Judge Amit P. Mehta in Washington denied the motion.', 'U.S. District Judge Amit P. Mehta', { name: 'Amit P. Mehta', title: 'U.S. District Judge', court: 'D.D.C.' }],
    ['Ninth Circuit Judge Marsha S. Berzon wrote for the panel.', 'Circuit Judge Marsha S. Berzon', { name: 'Marsha S. Berzon', title: 'Circuit Judge', court: '9th Cir.' }],
    ['Chief Judge James E. Boasberg set a hearing.', 'Chief Judge James E. Boasberg', { name: 'James E. Boasberg', title: 'Chief Judge' }],
    ['Senior Judge Ann Roe took the case.', 'Senior Judge Ann Roe', { name: 'Ann Roe', title: 'Senior Judge' }],
    ['Magistrate Judge Zia M. Faruqui signed the warrant.', 'Magistrate Judge Zia M. Faruqui', { name: 'Zia M. Faruqui', title: 'Magistrate Judge' }],
    ['Chief Justice John Roberts wrote for the majority.', 'Chief Justice John Roberts', { name: 'John Roberts', title: 'Chief Justice' }],
    ['Justice Sotomayor dissented.', 'Justice Sotomayor', { name: 'Sotomayor', title: 'Justice' }],
    ["Judge Sandra de la Cruz, Jr. agreed with the ruling.", 'Judge Sandra de la Cruz, Jr.', { name: 'Sandra de la Cruz, Jr.', title: 'Judge' }],
    ["Judge O'Connor's ruling stands.", "Judge O'Connor", { name: "O'Connor", title: 'Judge' }],
    ['The matter was argued before the Honorable Jane Roe, presiding.', 'Honorable Jane Roe', { name: 'Jane Roe' }],
    ['It was signed by federal judge Jane Doe on Monday.', 'federal judge Jane Doe', { name: 'Jane Doe', title: 'federal judge' }],
    ['U.S. Bankruptcy Judge Ann Lee in Houston approved the plan.', 'U.S. Bankruptcy Judge Ann Lee', { name: 'Ann Lee', title: 'U.S. Bankruptcy Judge', court: 'Bankr. S.D. Tex.' }],
  ])('%s', (text, span, value) => {
    expectJudges(text, [[span, value]]);
  });

  it('keeps the name and drops the headline verb after it', () => {
    expectJudges('Judge Chutkan Weighs Request From States Over Data', [['Judge Chutkan', { name: 'Chutkan', title: 'Judge' }]]);
  });

  it('links through "chief judge of the ..." and through "Supreme Court Justice"', () => {
    expectJudges('Judge James Boasberg, chief judge of the D.C. federal court, spoke.', [
      ['Judge James Boasberg', { name: 'James Boasberg', title: 'Judge', court: 'D.D.C.' }],
    ]);
    expectJudges('Supreme Court Justice Neil Gorsuch wrote separately.', [['Justice Neil Gorsuch', { name: 'Neil Gorsuch', title: 'Justice', court: 'U.S.' }]]);
  });

  it('gives a later surname-only mention the name and court of the full one', () => {
    const text = 'U.S. District Judge Ann Roe in Boston heard the case.\nThe First Circuit later heard an appeal of the ruling by Judge Roe.';
    expectJudges(text, [
      ['U.S. District Judge Ann Roe', { name: 'Ann Roe', title: 'U.S. District Judge', court: 'D. Mass.' }],
      ['Judge Roe', { name: 'Ann Roe', title: 'Judge', court: 'D. Mass.' }],
    ]);
  });

  it('reads full names after a plural title', () => {
    expectJudges('Judges Ana B. Ruiz and Don R. Tate joined the opinion.', [
      ['Judges Ana B. Ruiz', { name: 'Ana B. Ruiz', title: 'Judge' }],
      ['Don R. Tate', { name: 'Don R. Tate', title: 'Judge' }],
    ]);
  });

  it('reads both names after a plural title', () => {
    expectJudges('Judges Smith and Jones dissented.', [
      ['Judges Smith', { name: 'Smith', title: 'Judge' }],
      ['Jones', { name: 'Jones', title: 'Judge' }],
    ]);
  });
});

describe('judges extractor: names in capitals', () => {
  it('reads Supreme Court opinion headings', () => {
    expectJudges('CHIEF JUSTICE ROBERTS, with whom JUSTICE THOMAS joins, dissenting.', [
      ['CHIEF JUSTICE ROBERTS', { name: 'Roberts', title: 'Chief Justice' }],
      ['JUSTICE THOMAS', { name: 'Thomas', title: 'Justice' }],
    ]);
    expectJudges('Justice GORSUCH, concurring in the judgment.', [['Justice GORSUCH', { name: 'Gorsuch', title: 'Justice' }]]);
  });

  it.each(['JUDGE RULES IRS CAN SHARE TAXPAYER INFO WITH ICE', 'JUDGE BLOCKS DATA DEAL', 'THE JUDGE ADVOCATE GENERAL RESPONDED'])('%s names no judge', (text) => {
    expect(judges(text)).toEqual([]);
  });
});

describe('judges extractor: a title after the name', () => {
  it('reads opinion bylines', () => {
    expectJudges('ROBERTS, C.J., delivered the opinion. Smith, J., dissenting.', [
      ['ROBERTS, C.J.', { name: 'Roberts', title: 'C.J.' }],
      ['Smith, J.', { name: 'Smith', title: 'J.' }],
    ]);
  });

  it('reads a panel', () => {
    expectJudges('Before: HENDERSON, MILLETT, and PILLARD, Circuit Judges.', [
      ['HENDERSON', { name: 'Henderson', title: 'Circuit Judge' }],
      ['MILLETT', { name: 'Millett', title: 'Circuit Judge' }],
      ['PILLARD', { name: 'Pillard', title: 'Circuit Judge' }],
    ]);
  });

  it('links a signature block to the court in the caption', () => {
    const text = 'UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nThe motion is denied.\nSO ORDERED.\n/s/ JANE Q. ROE\nUnited States District Judge';
    expectJudges(text, [['JANE Q. ROE\nUnited States District Judge', { name: 'Jane Q. Roe', title: 'United States District Judge', court: 'D.D.C.' }]]);
  });

  it('links "X, United States District Judge for the ..." to that court', () => {
    expectJudges('Jane Roe, United States District Judge for the District of Maryland, granted it.', [
      ['Jane Roe, United States District Judge', { name: 'Jane Roe', title: 'United States District Judge', court: 'D. Md.' }],
    ]);
  });
});

describe('judges extractor: filings', () => {
  const caption = 'UNITED STATES DISTRICT COURT\nCENTRAL DISTRICT OF CALIFORNIA\n';

  it('reads "Hon." in a caption slot and links it to the caption court', () => {
    const text = `${caption}JANE DOE, ) Case No. 8:20-cv-00048\nPlaintiff, ) Hon. Ana M. Reyes\nv. ) Magistrate: Hon. Paul T. Lin\nACME CORP. )\nSee Roe v. Poe, 1 F.4th 2 (N.D. Cal. 2021).`;
    expectJudges(text, [
      ['Hon. Ana M. Reyes', { name: 'Ana M. Reyes', court: 'C.D. Cal.' }],
      ['Hon. Paul T. Lin', { name: 'Paul T. Lin', court: 'C.D. Cal.' }],
    ]);
  });

  it('reads minutes and notices of motion', () => {
    expectJudges(`${caption}Present: The Honorable LENA K. ORTIZ\nPlease take notice that the motion will be heard before the Honorable Judge Omar F. Haddad.`, [
      ['Honorable LENA K. ORTIZ', { name: 'Lena K. Ortiz', court: 'C.D. Cal.' }],
      ['Honorable Judge Omar F. Haddad', { name: 'Omar F. Haddad', title: 'Judge', court: 'C.D. Cal.' }],
    ]);
  });

  it('drops the honorific and the division before a name in capitals, and keeps "Jr."', () => {
    expectJudges(`${caption}CENTRAL DISTRICT OF CALIFORNIA - WESTERN DIVISION HONORABLE RAFAEL T. MORENO JR., U.S. DISTRICT JUDGE`, [
      ['HONORABLE RAFAEL T. MORENO JR.', { name: 'Rafael T. Moreno Jr.', court: 'C.D. Cal.' }],
    ]);
  });

  it('links a magistrate judge to the caption court when other districts are cited', () => {
    const text = 'UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\nSee Roe v. Poe, No. 12-CV-06323 (ADS), 2016 WL 1 (E.D.N.Y. 2016).\nSO ORDERED.\nPAULA N. VEGA\nUnited States Magistrate Judge';
    expectJudges(text, [['PAULA N. VEGA\nUnited States Magistrate Judge', { name: 'Paula N. Vega', title: 'United States Magistrate Judge', court: 'S.D.N.Y.' }]]);
  });

  it('reads the seat city up to the end of its sentence', () => {
    const text = 'The case is in the U.S. District Court for the Western District of Washington. A similar case is before U.S. District Judge Ana Ruiz in Fresno. Ruiz set a hearing.';
    expectJudges(text, [['U.S. District Judge Ana Ruiz', { name: 'Ana Ruiz', title: 'U.S. District Judge', court: 'E.D. Cal.' }]]);
  });

  it('reads a signature whose name line carries the honorific', () => {
    expectJudges('ORDER\nDated: March 3, 2024\n/s/ Jane Q. Doran\nHON. JANE Q. DORAN\nUNITED STATES DISTRICT JUDGE', [
      ['JANE Q. DORAN\nUNITED STATES DISTRICT JUDGE', { name: 'Jane Q. Doran', title: 'United States District Judge' }],
    ]);
  });

  it('reads a signature closed by a bare "Judge"', () => {
    expectJudges('It is so ordered.\nMarta L. Quinn, Judge', [['Marta L. Quinn, Judge', { name: 'Marta L. Quinn', title: 'Judge' }]]);
  });

  it('does not read a transcript answer as a judge', () => {
    expect(judges(`${caption}THE COURTROOM DEPUTY: No, Judge.`)).toEqual([]);
  });
});

describe('judges extractor: one judge written short and long', () => {
  it('gives every mention the fuller name when one full name has that surname', () => {
    const text = 'OPINION AND ORDER\nELEANOR T. WHITCOMB, J.\nAt the hearing, Judge Whitcomb asked about the permits.\nEleanor Whitcomb\nUnited States District Judge';
    expect(judges(text).map((m) => [m.text, m.value.name])).toEqual([
      ['ELEANOR T. WHITCOMB, J.', 'Eleanor T. Whitcomb'],
      ['Judge Whitcomb', 'Eleanor T. Whitcomb'],
      ['Eleanor Whitcomb\nUnited States District Judge', 'Eleanor T. Whitcomb'],
    ]);
  });

  it('leaves a short name alone when two judges share the surname', () => {
    const text = 'Judge Ann Roe and Judge Ben Roe sat together. Judge Roe wrote the opinion.';
    expect(judges(text).map((m) => m.value.name)).toEqual(['Ann Roe', 'Ben Roe', 'Roe']);
  });
});

describe('judges extractor: negatives', () => {
  it.each([
    'Judge Rules IRS Can Share Taxpayer Info with DHS for Criminal Cases',
    'Judge Blocks Trump Order on Tariffs',
    'Judge Halts Data Sharing Deal Between Agencies',
    'Judge Tells Agency To Stop Sharing Taxpayer Data',
    'Judges Say Agency Broke The Law In Data Deal',
    'A federal judge denied the request, and the judge also ordered a record.',
    'The Judge Advocate General declined to comment.',
    'The Justice Department appealed the ruling.',
    "The Justice Department's Environment and Natural Resources Division filed the complaint.",
    "A Justice Department's lawyer declined to comment.",
    'Equal Justice Works funds fellows.',
    "Respectfully submitted,\nTERESA OYELARAN\nWORKERS' JUSTICE LAW CENTER, LLC\nCounsel for Plaintiffs",
    'PRAIRIE EQUAL JUSTICE PROJECT\n500 Main Street',
    'The Honorable Ron Wyden, United States Senator, wrote a letter.',
    'The court found that the judge’s ruling was narrow.',
    'See Smith, J. R. (2019). A History of Courts.',
  ])('%s', (text) => {
    expect(judges(text)).toEqual([]);
  });
});

const seedsDir = path.resolve(process.cwd(), '../shared/seeds');
const goldDir = path.resolve(process.cwd(), '../shared/gold');

describe('judges extractor: seeds', () => {
  it.skipIf(!existsSync(seedsDir) || !existsSync(goldDir))('matches the gold judges of every seed', () => {
    for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.json')), 'utf8')) as {
        judges: { name: string; court?: string }[];
      };
      const found = judges(readFileSync(path.join(seedsDir, f), 'utf8')).map((m) => [m.value.name, m.value.court]);
      expect(found, f).toEqual(gold.judges.map((j) => [j.name, j.court]));
    }
  });
});

describe('judges extractor: long lines', () => {
  it('finds no judge in a 200,000-character line of honorifics', () => {
    expect(judges('Honorable '.repeat(20000))).toEqual([]);
  });
});

describe('an honorific in parentheses after a court', () => {
  it('is the judge of that court; an official called "Hon." is not a judge', () => {
    expect(judges('After a hearing, the district court (Hon. Gregory Ashdown) granted the motion.').map((m) => m.value.name)).toEqual(['Gregory Ashdown']);
    expect(judges('The Hon. Maria Lopez, the state treasurer, spoke at the dinner.')).toEqual([]);
  });
});
