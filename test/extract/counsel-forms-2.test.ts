// Counsel forms a fourth held-out set wrote and the extractor missed, one table per kind of failure:
// one-line transcript appearances, the Justice Department over its divisions, organization spans that
// ran on into the next lawyer, "ORG staff attorney A", appellate roles with a qualifier, lawyers named
// as a firm's partner, and a firm's name in capitals read as a judge. Every string is written for this file.
import { describe, expect, it } from 'vitest';
import { table } from './counsel-helper.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';

// 1. A transcript's appearances with the side, the lawyers, the office and the address on one line.
table('1. one-line transcript appearances', [
  [
    'UNITED STATES DISTRICT COURT\nDISTRICT OF NEVADA\nSECURITIES AND EXCHANGE COMMISSION,\nPlaintiff,\nv.\nHALCYON RIDGE CAPITAL LLC,\nDefendant.\nTRANSCRIPT OF MOTION HEARING\nAPPEARANCES:\nFor the Plaintiff: Daria P. Whitlock and Simon Achebe, Securities and Exchange Commission, Division of Enforcement, 100 F Street NE, Washington, DC 20549\nFor the Defendant: Harlan J. Petrakis, Ostrow Keene LLP, 2200 Ross Avenue, Suite 1500, Dallas, TX 75201\nTHE COURT: Please be seated.',
    [
      'Daria P. Whitlock|Securities and Exchange Commission|plaintiff',
      'Simon Achebe|Securities and Exchange Commission|plaintiff',
      'Harlan J. Petrakis|Ostrow Keene LLP|defendant',
    ],
    ['Ostrow Keene LLP|defendant'],
  ],
  [
    'TRANSCRIPT OF STATUS CONFERENCE\nAPPEARANCES:\nFor the Defendants: Wren O. Castellano and Bao Tran, Lindqvist Parr LLP, 400 Capitol Mall, Sacramento, CA 95814\nFor the Plaintiffs: Ignacio Ferrer, Valley Farmworker Law Center, 1 Grand Plaza, Fresno, CA 93721\nTHE COURT: Good afternoon.',
    [
      'Bao Tran|Lindqvist Parr LLP|defendant',
      'Ignacio Ferrer|Valley Farmworker Law Center|plaintiff',
      'Wren O. Castellano|Lindqvist Parr LLP|defendant',
    ],
    ['Lindqvist Parr LLP|defendant', 'Valley Farmworker Law Center|plaintiff'],
  ],
  // Negative: a heading with no lawyer after it, and "For the reasons" that is no heading.
  ['APPEARANCES:\nFor the Plaintiff: No appearance.\nFor the reasons stated: Amos Reed and Lena Cho, Harbor Supply Co., 12 Pier Road, Mobile, AL 36602', [], []],
]);

// 2. The Justice Department is the organization of its lawyers, over the division or office a block or line also names.
table('2. the department over its units', [
  [
    'Counsel for the agency filed the brief.\nDated: May 1, 2026\nRespectfully submitted,\nBRIAN M. OKONKWO-HALE\nAssistant Attorney General\nCIVIL DIVISION\nTERESA L. VANTREASE\nDeputy Director\n/s/ Mateo R. Ilunga\nMATEO R. ILUNGA\nSenior Trial Attorney\nU.S. DEPARTMENT OF JUSTICE\nCIVIL DIVISION\nOFFICE OF IMMIGRATION LITIGATION\nP.O. Box 878\nWashington, DC 20044\nCounsel for Defendants',
    [
      'Brian M. Okonkwo-Hale|U.S. Department of Justice|defendant',
      'Mateo R. Ilunga|U.S. Department of Justice|defendant',
      'Teresa L. Vantrease|U.S. Department of Justice|defendant',
    ],
    ['U.S. Department of Justice|defendant'],
  ],
  [
    'Dated: May 1, 2026\nRespectfully submitted,\n/s/ Odile Marchand\nODILE MARCHAND\nTrial Attorney\nU.S. Department of Justice, Civil Division\nFederal Programs Branch\n1100 L Street NW\nWashington, DC 20005\nCounsel for Defendants',
    ['Odile Marchand|U.S. Department of Justice|defendant'],
    ['U.S. Department of Justice|defendant'],
  ],
  [
    'The Court heard argument on May 2. Nora Castellane, Trial Attorney, Environment and Natural Resources Division, U.S. Department of Justice, appeared for defendants.',
    ['Nora Castellane|U.S. Department of Justice|defendant'],
    ['U.S. Department of Justice|defendant'],
  ],
  // "the Justice Department's X Division": the department as written, one organization with its other mentions.
  [
    'The United States sued the City of Brantley Falls on Monday over its zoning rules. "The law protects these homes," said Assistant Attorney General Odessa Grimaldi of the Justice Department\'s Civil Rights Division. The Justice Department filed the complaint in federal court.',
    ['Odessa Grimaldi|Justice Department|plaintiff'],
    ['Justice Department|plaintiff'],
  ],
  // An order's account of who appeared: a list "A and B of X" for one side, an appearance line for the other.
  [
    'At the hearing on June 3, Priscilla Aubert and Tomas Greer of the Delta Tenants Law Center appeared for plaintiffs; Hugo Lindahl, Merritt Crane LLP, appeared for defendants.',
    ['Hugo Lindahl|Merritt Crane LLP|defendant', 'Priscilla Aubert|Delta Tenants Law Center|plaintiff', 'Tomas Greer|Delta Tenants Law Center|plaintiff'],
    ['Delta Tenants Law Center|plaintiff', 'Merritt Crane LLP|defendant'],
  ],
  // Negative: a witness who appeared for a side is no counsel.
  ['Dr. Lena Farrow, a toxicologist, appeared for the plaintiffs as an expert witness.', [], []],
  // An office alone is the organization when no department is written.
  [
    'The Court heard argument on May 2. Curtis Beaumont, Assistant United States Attorney, United States Attorney\'s Office for the District of Idaho, appeared for the defendants.',
    ["Curtis Beaumont|United States Attorney's Office for the District of Idaho|defendant"],
    ["United States Attorney's Office for the District of Idaho|defendant"],
  ],
]);

describe('2. the unit is kept beside the department', () => {
  it('a signature block line "Department, Division" gives the department and the division', () => {
    const text = 'Respectfully submitted,\n/s/ Odile Marchand\nODILE MARCHAND\nTrial Attorney\nU.S. Department of Justice, Civil Division\nFederal Programs Branch\n1100 L Street NW\nCounsel for Defendants';
    const a = extractAll(prepareText(text)).mentions.filter((m) => m.kind === 'attorney');
    expect(a.map((m) => m.value)).toContainEqual({ name: 'Odile Marchand', organization: 'U.S. Department of Justice', unit: 'Civil Division', represents: 'defendant', title: 'Trial Attorney' });
  });
  it('an appearance "Title, Division, Department" gives the department and the division', () => {
    const text = 'Nora Castellane, Trial Attorney, Environment and Natural Resources Division, U.S. Department of Justice, appeared for defendants.';
    const a = extractAll(prepareText(text)).mentions.filter((m) => m.kind === 'attorney');
    expect(a[0]?.value).toMatchObject({ name: 'Nora Castellane', organization: 'U.S. Department of Justice', unit: 'Environment and Natural Resources Division' });
  });
});

// 3. An organization's name ends before " and " + a lawyer's title or name: the next lawyer is no part of it.
table('3. an organization span stops at the next lawyer', [
  [
    'The Justice Department sued the Elmwood School District on Tuesday. Trial Attorneys Ana Brightwater and Felix Oduya of the Civil Rights Division\'s Educational Opportunities Section and Assistant U.S. Attorney Gideon Marsh of the Tulsa office are handling the case.',
    ['Ana Brightwater|Civil Rights Division|plaintiff', 'Felix Oduya|Civil Rights Division|plaintiff', 'Gideon Marsh||plaintiff'],
    ['Civil Rights Division|plaintiff'],
  ],
  [
    'The union is represented by Hester Quayle of the Prairie Labor Law Center and Deputy Attorney General Omar Keats of the Kansas Attorney General\'s Office.',
    ["Hester Quayle|Prairie Labor Law Center|plaintiff", "Omar Keats|Kansas Attorney General's Office|plaintiff"],
    ['Prairie Labor Law Center|plaintiff', "Kansas Attorney General's Office|plaintiff"],
  ],
]);

// 4. "ORG staff attorney A", a place after "of" that is no organization, a side from the noun the suers go by.
table('4. an organization before a lowercase title, a place, a side by noun', [
  [
    'Oyster farmers sued the Army Corps of Engineers on Monday. "The permit ignores the reefs," said Ines Morrow, senior attorney at the Gulf Reef Law Project. Co-counsel are Gulf Reef Law Project staff attorney Tomasz Wierzbicki and local counsel Irene Fontaine of Biloxi.',
    ['Ines Morrow|Gulf Reef Law Project|plaintiff', 'Irene Fontaine||plaintiff', 'Tomasz Wierzbicki|Gulf Reef Law Project|plaintiff'],
    ['Gulf Reef Law Project|plaintiff'],
  ],
  [
    'The Mississippi Oystermen Guild and a seafood cooperative sued in April, arguing that the Corps skipped a required study. At the hearing, Ines Morrow of the Gulf Reef Law Project, who argued for the oystermen, asked for a stay of the permit.',
    ['Ines Morrow|Gulf Reef Law Project|plaintiff'],
    ['Gulf Reef Law Project|plaintiff'],
  ],
]);

// 5. An opinion's appearance for a qualified role: "for Lead Plaintiff-Appellant", "for Proposed Intervenor-Appellant".
table('5. appellate appearances with a qualified role', [
  [
    'Before: HARTLEY, NWOSU, and BRANDT, Circuit Judges.\nMiriam T. Salcedo, Ashby Korver LLP, Chicago, IL, for Lead Plaintiff-Appellant.\nDouglas Finch (Anika Rao, on the brief), Merriman Gale LLP, Boston, MA, for Defendants-Appellees.\nHARTLEY, Circuit Judge:',
    ['Anika Rao|Merriman Gale LLP|defendant', 'Douglas Finch|Merriman Gale LLP|defendant', 'Miriam T. Salcedo|Ashby Korver LLP|plaintiff'],
    ['Ashby Korver LLP|plaintiff', 'Merriman Gale LLP|defendant'],
  ],
]);

// 6. A lawyer named as a firm's partner, or as a party's lawyer after the firm, with no plaintiff or defendant.
table('6. a firm partner and "the debtor\'s lawyer"', [
  [
    'Lakeview Hospitality Inc. filed for Chapter 11 protection on Sunday. Corwin Ashe, a partner at Deering & Stowe LLP who represents Lakeview, told the judge the sale would close in June.',
    ['Corwin Ashe|Deering & Stowe LLP|'],
    ['Deering & Stowe LLP|'],
  ],
  [
    'Lakeview Hospitality Inc. filed for Chapter 11 protection on Sunday. "We expect a quick sale," said Corwin Ashe of Deering & Stowe LLP, the debtor\'s lawyer.',
    ['Corwin Ashe|Deering & Stowe LLP|'],
    ['Deering & Stowe LLP|'],
  ],
  // Negative: a partner at a firm that is no law firm.
  ['Maya Lindqvist, a partner at Greystone Harbor Capital, said the fund would not bid.', [], []],
]);

// 7. A title word inside an organization's name in capitals is no judge.
describe('7. a firm name in capitals holds no judge', () => {
  const judges = (text: string) => extractAll(prepareText(text)).mentions.filter((m) => m.kind === 'judge').map((m) => m.value.name);
  it.each([
    ['Respectfully submitted,\n/s/ Lina Osei\nLina Osei (ARDC No. 6312345)\nWORKERS\' JUSTICE LAW CENTER, LLC\n20 S. Clark Street\nChicago, Illinois 60603\nCounsel for Plaintiffs', []],
    ['BEFORE: CHIEF JUSTICE HALVERSEN, and JUSTICES ORTIZ and MBEKI.', ['Halversen']],
  ])('%s', (text, names) => {
    expect(judges(text)).toEqual(expect.arrayContaining(names));
    expect(judges(text)).not.toContain('Law');
  });
});
