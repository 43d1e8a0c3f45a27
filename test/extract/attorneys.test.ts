import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { attorneysExtractor } from '../../src/extract/attorneys.ts';
import { partiesExtractor } from '../../src/extract/parties.ts';
import { captionsExtractor } from '../../src/extract/captions.ts';
import type { Mention } from '../../src/model/types.ts';

function run(text: string): Mention[] {
  const doc = prepareText(text);
  const prior: Mention[] = [];
  prior.push(...captionsExtractor.extract({ doc, prior }));
  prior.push(...partiesExtractor.extract({ doc, prior }));
  return attorneysExtractor.extract({ doc, prior });
}
const attorneys = (ms: Mention[]) => ms.filter((m) => m.kind === 'attorney').map((m) => ({ text: m.text, ...(m.value as object) }));
const counsel = (ms: Mention[]) => ms.filter((m) => m.kind === 'counsel_organization').map((m) => [m.text, m.value.name, (m.value as { represents?: string }).represents]);

describe('attorneysExtractor', () => {
  it('reads a legal team list, the counsel it belongs to and the side it represents', () => {
    const text =
      'Harbor Workers Alliance is represented by Civic Law Project.\nThe legal team at Civic Law Project on this case includes Laura Chen, Paul R. Ortiz, and Dana Whitfield.\n“We will win,” said Dana Whitfield, Executive Director of Civic Law Project.';
    const ms = run(text);
    expect(counsel(ms)).toEqual([
      ['Civic Law Project', 'Civic Law Project', 'plaintiff'],
      ['Civic Law Project', 'Civic Law Project', 'plaintiff'],
    ]);
    expect(attorneys(ms)).toEqual([
      { text: 'Laura Chen', name: 'Laura Chen', organization: 'Civic Law Project', represents: 'plaintiff' },
      { text: 'Paul R. Ortiz', name: 'Paul R. Ortiz', organization: 'Civic Law Project', represents: 'plaintiff' },
      { text: 'Dana Whitfield', name: 'Dana Whitfield', organization: 'Civic Law Project', represents: 'plaintiff', title: 'Executive Director' },
      { text: 'Dana Whitfield', name: 'Dana Whitfield', organization: 'Civic Law Project', represents: 'plaintiff', title: 'Executive Director' },
    ]);
  });

  it('reads "Org Attorney Name, who is lead attorney on the case" and "Name, staff attorney at Org"', () => {
    const text = 'Plaintiffs in the case are Riverside Food Bank.\n“Good,” said Farmworker Justice Attorney Omar Haddad, who is lead attorney on the case.\nMia Torres, staff attorney at Riverside Food Bank, agreed.';
    expect(attorneys(run(text))).toEqual([
      { text: 'Omar Haddad', name: 'Omar Haddad', organization: 'Farmworker Justice', title: 'lead attorney' },
      { text: 'Mia Torres', name: 'Mia Torres', organization: 'Riverside Food Bank', represents: 'plaintiff', title: 'staff attorney' },
    ]);
  });

  it('gives sides from "representing the plaintiffs" and "on behalf of" a defendant', () => {
    const text = 'Doe v. Environmental Protection Agency is pending.\nCivic Law Project, representing the plaintiffs, will reply; the Department of Justice on behalf of the Environmental Protection Agency filed first.';
    expect(counsel(run(text))).toEqual([
      ['Civic Law Project', 'Civic Law Project', 'plaintiff'],
      ['Department of Justice', 'Department of Justice', 'defendant'],
    ]);
  });

  it('makes filers counsel when the document lists the plaintiffs elsewhere', () => {
    const text = 'In a lawsuit filed by Civic Law Project, Maria Lopez and Worker Rights Alliance against the agency, the judge ruled.\nPlaintiffs in the case are Harbor Workers Alliance and Riverside Food Bank.\n“We lost,” said Sam Reed, legal director of Worker Rights Alliance.';
    const ms = run(text);
    expect(counsel(ms)).toEqual([
      ['Civic Law Project', 'Civic Law Project', 'plaintiff'],
      ['Worker Rights Alliance', 'Worker Rights Alliance', 'plaintiff'],
      ['Worker Rights Alliance', 'Worker Rights Alliance', 'plaintiff'],
    ]);
    expect(attorneys(ms).map((a) => [a.text, (a as { represents?: string }).represents])).toEqual([
      ['Maria Lopez', 'plaintiff'],
      ['Sam Reed', 'plaintiff'],
    ]);
  });

  it('reads "lawyers at X, led by attorney Y and joined by Z"', () => {
    const text = 'The farmers’ lawyers at Civic Law Project, led by attorney Omar Haddad and joined by Rita Moss, will appeal.';
    const ms = run(text);
    expect(counsel(ms)).toEqual([['Civic Law Project', 'Civic Law Project', 'plaintiff']]);
    expect(attorneys(ms)).toEqual([
      { text: 'Omar Haddad', name: 'Omar Haddad', organization: 'Civic Law Project', represents: 'plaintiff', title: 'attorney' },
      { text: 'Rita Moss', name: 'Rita Moss', represents: 'plaintiff' },
    ]);
  });

  it('reads a signature block', () => {
    const text = 'Dated: March 3, 2025\nRespectfully submitted,\n/s/ Laura Chen\nLaura Chen (D.C. Bar No. 123456)\nCIVIC LAW PROJECT\n1200 K Street NW\nWashington, DC 20005\nCounsel for Plaintiffs';
    const ms = run(text);
    expect(attorneys(ms).map((a) => [a.text, (a as { name?: string }).name, (a as { represents?: string }).represents])).toEqual([
      ['Laura Chen', 'Laura Chen', 'plaintiff'],
      ['Laura Chen', 'Laura Chen', 'plaintiff'],
    ]);
  });

  it('leaves quoted executives, amicus legal directors and agency chief counsel alone', () => {
    const text =
      '“A win,” said Ana Brito, president and CEO of Harbor Workers Alliance.\nPaul Ortiz, EFF’s legal director, filed an amicus brief.\nAgency Chief Counsel Rita Moss reviewed it.';
    expect(run(text)).toEqual([]);
  });
});

describe('attorneysExtractor on filings and unseen prose shapes', () => {
  const names = (ms: Mention[]) =>
    ms.filter((m) => m.kind === 'attorney').map((m) => [m.text, m.value.name, m.value.organization, m.value.represents]);
  it('reads a California pleading header: all-caps names with bar numbers, e-mail, firm, address', () => {
    const ms = run('PAULA N. OYELARAN (SBN 301122)\npoyelaran@oyelaranlaw.com\nOYELARAN & MOSS LLP\n88 Harbor Road, Suite 3\nOakland, CA 94607\nAttorneys for Defendant\nBAYSIDE FERRY CO.');
    expect(names(ms)).toEqual([['PAULA N. OYELARAN', 'Paula N. Oyelaran', 'Oyelaran & Moss LLP', 'defendant']]);
    expect(counsel(ms)).toEqual([['OYELARAN & MOSS LLP', 'Oyelaran & Moss LLP', 'defendant']]);
  });
  it('takes the court role of a compound side and skips title lines as firms', () => {
    const ms = run('Harriet Lund\nCounsel of Record\nRIVERBEND LEGAL CLINIC\n12 Elm Street\nCounsel for Respondent-Appellee');
    // A respondent-appellee defended below: the gold convention records the trial side.
    expect(names(ms)).toEqual([['Harriet Lund', 'Harriet Lund', 'Riverbend Legal Clinic', 'defendant']]);
  });
  it('reads a government signature: the title under the name', () => {
    const ms = run('UNITED STATES OF AMERICA,\nPlaintiff,\nv.\nMARCO DELANEY,\nDefendant.\nRespectfully submitted,\nBy: /s/\nTessa Nwosu\nAssistant United States Attorney');
    expect(ms.filter((m) => m.kind === 'attorney').map((m) => [m.text, m.value.represents, m.value.title])).toEqual([['Tessa Nwosu', 'plaintiff', 'Assistant United States Attorney']]);
  });
  it('reads transcript appearances', () => {
    const ms = run('APPEARANCES OF COUNSEL:\nFOR THE DEFENDANT:\nHALE & ORTEGA LLP\nBY: RUTH K. ABARA, ATTORNEY AT LAW\n100 MAIN STREET');
    expect(names(ms)).toEqual([['RUTH K. ABARA', 'Ruth K. Abara', 'Hale & Ortega LLP', 'defendant']]);
  });
  it('reads counsel lists with their organizations and an Esq.', () => {
    expect(names(run('The legal team includes Nora Fitch and Sam Ibarra of the Prairie Justice Center and Lee Moreau of Dunmore Vance LLP.'))).toEqual([
      // No side is named: the side stays unknown rather than defaulting to the suing side.
      ['Nora Fitch', 'Nora Fitch', 'Prairie Justice Center', undefined],
      ['Sam Ibarra', 'Sam Ibarra', 'Prairie Justice Center', undefined],
      ['Lee Moreau', 'Lee Moreau', 'Dunmore Vance LLP', undefined],
    ]);
    expect(names(run('Questions may be sent to Carla Mendez, Esq. of Brook Tanaka LLP.'))).toEqual([['Carla Mendez', 'Carla Mendez', 'Brook Tanaka LLP', undefined]]);
  });
  it('does not take placeholders, people on their own behalf or headline words as counsel', () => {
    const ms = run('JANE ROE and MARY LOE, on behalf of themselves and all others similarly situated,\nPlaintiffs,\nv.\nACME CORP.,\nDefendant.\nAttorney General Ruiz Sues Over Frozen School Meal Grants\nHowever, counsel for the defendants did not respond.\nAttorney Advertising.');
    expect(counsel(ms)).toEqual([]);
    expect(attorneys(ms)).toEqual([]);
  });
});

// Round 3: appellate appearance lines, "/s/" signatures with "Esq.", stacked covers, sides read from
// the document's parties (short names, head nouns, the United States as plaintiff) and news phrasings.
describe('attorneysExtractor: appearances, covers and sides from the parties', () => {
  const keyed = (ms: Mention[]) => ({
    attorneys: [...new Set(ms.filter((m) => m.kind === 'attorney').map((m) => { const v = m.value as { name: string; organization?: string; represents?: string }; return `${v.name}|${v.organization ?? ''}|${v.represents ?? ''}`; }))].sort(),
    orgs: [...new Set(ms.filter((m) => m.kind === 'counsel_organization').map((m) => `${m.value.name}|${(m.value as { represents?: string }).represents ?? ''}`))].sort(),
  });
  const CASES: [string, string, string[], string[]][] = [
    [
      'parenthetical co-counsel and a department after its division, sides from the caption',
      'HOLLOW CREEK ALLIANCE,\nPlaintiff - Appellant,\nv.\nBUREAU OF LAND MANAGEMENT,\nDefendant - Appellee.\nCOUNSEL\nNadia Ferris (Colm Brody, with her on the briefs), Basin Water Law Center, Boise, Idaho, for Plaintiff - Appellant.\nOwen Tak (argued) and Lisa Moreno, Attorneys, Environment and Natural Resources Division, United States Department of Justice, Washington, D.C., for Defendant - Appellee.',
      ['Colm Brody|Basin Water Law Center|plaintiff', 'Lisa Moreno|United States Department of Justice|defendant', 'Nadia Ferris|Basin Water Law Center|plaintiff', 'Owen Tak|United States Department of Justice|defendant'],
      ['Basin Water Law Center|plaintiff', 'United States Department of Justice|defendant'],
    ],
    [
      'ARGUED / ON BRIEF paragraphs with a firm suffix after a comma',
      'JOAN PRATT,\nPlaintiff-Appellee,\nv.\nCITY OF ELDON,\nDefendant-Appellant.\nARGUED: Marcus Dale, DALE & FINCH, P.C., Toledo, Ohio, for Appellant. Ivy Sato, SATO LAW PLLC, Akron, Ohio, for Appellee. ON BRIEF: Marcus Dale, Rhea Kwan, DALE & FINCH, P.C., Toledo, Ohio, for Appellant.',
      ['Ivy Sato|Sato Law PLLC|plaintiff', 'Marcus Dale|Dale & Finch, P.C.|defendant', 'Rhea Kwan|Dale & Finch, P.C.|defendant'],
      ['Dale & Finch, P.C.|defendant', 'Sato Law PLLC|plaintiff'],
    ],
    [
      'a signature and its "Esq." line are one name; names never cross a line break',
      'Respectfully submitted,\n/s/ Corinne T. Vale\nCorinne T. Vale, Esq.\nVALE EMPLOYMENT LAW, LLC\n10 Main Street\nCounsel for Plaintiff',
      ['Corinne T. Vale|Vale Employment Law, LLC|plaintiff'],
      ['Vale Employment Law, LLC|plaintiff'],
    ],
    [
      'a stacked cover: each lawyer gets the firm printed under their own name',
      'Counsel of Record\nAda Kerr\nNORTHSIDE TENANT LAW CENTER\n9 Pine Street\nNorfolk, VA 23510\nBen Ostrow\nOSTROW GRAY LLP\n1 K Street NW\nWashington, DC 20006\nCounsel for Plaintiffs',
      ['Ada Kerr|Northside Tenant Law Center|plaintiff', 'Ben Ostrow|Ostrow Gray LLP|plaintiff'],
      ['Northside Tenant Law Center|plaintiff', 'Ostrow Gray LLP|plaintiff'],
    ],
    [
      'a short party name and a head noun give the side of "was represented by"',
      'Tallis Freight Lines, Inc. sued the Ohio Public Utilities Commission in May. Tallis was represented by Crane Lowe LLP. The commission is represented by the Ohio Attorney General\'s Office.',
      [],
      ['Crane Lowe LLP|plaintiff', "Ohio Attorney General's Office|defendant"],
    ],
    [
      'the Justice Department is counsel for a United States that sues; its division is not the organization',
      'The case is United States v. Harlow Chemical Corp. It is being handled by trial attorneys Ruth Amsel and Dev Patel of the Justice Department\'s Environment and Natural Resources Division.',
      ['Dev Patel|Justice Department|plaintiff', 'Ruth Amsel|Justice Department|plaintiff'],
      ['Justice Department|plaintiff'],
    ],
    [
      'possessive lawyers in news: the owner is a party by its last name or head noun',
      'Mara Osei sued the Pine Hill School District in 2024. "We are grateful," Osei\'s lawyer, Theo Marsh of Marsh Byrne PLLC, said. The district\'s attorney, Lena Cho of the Tulsa firm Grady Cho LLP, said the district would appeal.',
      ['Lena Cho|Grady Cho LLP|defendant', 'Theo Marsh|Marsh Byrne PLLC|plaintiff'],
      ['Grady Cho LLP|defendant', 'Marsh Byrne PLLC|plaintiff'],
    ],
    [
      'co-lead counsel, a firm\'s associates named by its short name, co-counsel from a firm',
      'A class of delivery drivers sued Quill Logistics Inc. in 2023. The drivers were represented by Ines Roth of Calder Voss LLP. Roth served as co-lead class counsel with Sam Ng of Birch Hale LLP. Calder Voss associates Ana Lim and Tom Ruiz also worked on the case, with co-counsel from the firm Penn Ardis LLP, led by partner Joy Adeyemi.',
      ['Ana Lim|Calder Voss LLP|plaintiff', 'Ines Roth|Calder Voss LLP|plaintiff', 'Joy Adeyemi|Penn Ardis LLP|plaintiff', 'Sam Ng|Birch Hale LLP|plaintiff', 'Tom Ruiz|Calder Voss LLP|plaintiff'],
      ['Birch Hale LLP|plaintiff', 'Calder Voss LLP|plaintiff', 'Penn Ardis LLP|plaintiff'],
    ],
    [
      'an unknown side stays unset rather than defaulting to the plaintiffs',
      'Crane Lowe LLP represents the company.',
      [],
      ['Crane Lowe LLP|'],
    ],
    [
      '"the company" is the side whose party is a business',
      'Ada Ruiz sued Marrow Freight Holdings, Inc. in March. The company is represented by Kell Dorsey LLP.',
      [],
      ['Kell Dorsey LLP|defendant'],
    ],
    // Negatives: role words after "for" in a ruling, a possessive lawyer never named, a sub-unit read as a lawyer.
    ['a ruling "for Plaintiff" names no counsel', 'The judgment for Plaintiff is affirmed. Costs are awarded for Appellee.', [], []],
    ['a possessive lawyer not named', 'The company\'s lawyers, who declined to comment, filed a notice of appeal.', [], []],
    [
      'a section of an office is no lawyer',
      'Kay Dunn (argued), Assistant Attorney General; Appellate Section, Office of the Attorney General, Salem, Oregon; for Defendant-Appellant.',
      ['Kay Dunn|Office of the Attorney General|defendant'],
      ['Office of the Attorney General|defendant'],
    ],
  ];
  for (const [what, text, attorneys, orgs] of CASES) {
    it(what, () => {
      expect(keyed(run(text))).toEqual({ attorneys, orgs });
    });
  }
});
