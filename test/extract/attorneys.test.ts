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
