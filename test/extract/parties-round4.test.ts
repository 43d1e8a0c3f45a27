// Round 4 party forms: appellate captions whose side lines carry a lowercase descriptor, brief
// covers with semicolon sides, title-first officials named as defendants, passive "filed by" clauses,
// union locals, and the false positives and fragments that must not come out.
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { partiesExtractor } from '../../src/extract/parties.ts';
import { findCaptions } from '../../src/extract/captions.ts';
import type { MentionOf } from '../../src/model/types.ts';

const run = (text: string) => partiesExtractor.extract({ doc: prepareText(text), prior: [] }) as MentionOf<'party'>[];
/** [text, name, role, courtRole, entityType, title] of each party mention. */
const rows = (text: string) => run(text).map((m) => [m.text, m.value.name, m.value.role, m.value.courtRole ?? null, m.value.entityType, m.value.title ?? null]);

describe('appellate captions with descriptors and intervenor blocks', () => {
  const tenth =
    'UNITED STATES COURT OF APPEALS\nFOR THE TENTH CIRCUIT\n\nPRAIRIE RIVERS COALITION; BLUE MESA ANGLERS,\nPlaintiffs - Appellants,\nv.\nUNITED STATES FOREST SERVICE; UNITED STATES ARMY CORPS OF ENGINEERS; DANA KOWALSKI, in her official capacity as Regional Forester, Southwestern Region,\nDefendants - Appellees,\nand\nMESA VERDE WATER DISTRICT,\nIntervenor Defendant - Appellee.\n\nNo. 24-4120';

  it('reads every side name, the official with her office, and the intervenor below "and"', () => {
    expect(rows(tenth)).toEqual([
      ['PRAIRIE RIVERS COALITION', 'Prairie Rivers Coalition', 'plaintiff', 'appellant', 'organization', null],
      ['BLUE MESA ANGLERS', 'Blue Mesa Anglers', 'plaintiff', 'appellant', 'organization', null],
      ['UNITED STATES FOREST SERVICE', 'United States Forest Service', 'defendant', 'appellee', 'organization', null],
      ['UNITED STATES ARMY CORPS OF ENGINEERS', 'United States Army Corps of Engineers', 'defendant', 'appellee', 'organization', null],
      ['DANA KOWALSKI', 'Dana Kowalski', 'defendant', 'appellee', 'person', 'Regional Forester'],
      ['MESA VERDE WATER DISTRICT', 'Mesa Verde Water District', 'defendant', 'intervenor', 'organization', null],
    ]);
    const doc = prepareText(tenth);
    const kowalski = run(tenth).find((m) => m.value.name === 'Dana Kowalski')!;
    expect([kowalski.start, kowalski.end]).toEqual([doc.text.indexOf('DANA KOWALSKI'), doc.text.indexOf('DANA KOWALSKI') + 'DANA KOWALSKI'.length]);
    expect(findCaptions(doc).map((c) => c.value.canonical)).toEqual(['Prairie Rivers Coalition v. United States Forest Service']);
  });

  it('reads a brief cover under a mixed-case court heading; an office is one party, never a fragment', () => {
    const cover =
      'IN THE\nUnited States Court of Appeals\nfor the Fourth Circuit\nA, INC.; JANE ROE; JOHN POE,\nPlaintiffs-Appellants,\nv.\nUNITED STATES DEPARTMENT OF LABOR; SECRETARY OF LABOR, in his official capacity; ACME PROPERTY MANAGEMENT, LLC,\nDefendants-Appellees.';
    const names = run(cover).map((m) => [m.value.name, m.value.role, m.value.courtRole ?? null]);
    expect(names).toEqual([
      ['A, Inc.', 'plaintiff', 'appellant'],
      ['Jane Roe', 'plaintiff', 'appellant'],
      ['John Poe', 'plaintiff', 'appellant'],
      ['United States Department of Labor', 'defendant', 'appellee'],
      ['Secretary of Labor', 'defendant', 'appellee'],
      ['Acme Property Management, LLC', 'defendant', 'appellee'],
    ]);
    expect(names.some(([n]) => n === 'Secretary')).toBe(false);
  });

  it('keeps the first office of a long descriptor line and an office set after the name', () => {
    const sixth =
      'IN THE UNITED STATES COURT OF APPEALS FOR THE SIXTH CIRCUIT\nOHIO TENANTS ALLIANCE, et al.,\nPlaintiffs-Appellees,\nv.\nGERALD PIKE, in his official capacity as Director of the Ohio Department of Commerce and as Chair of the State Housing Finance Board,\nDefendant-Appellant.';
    expect(rows(sixth)).toEqual([
      ['OHIO TENANTS ALLIANCE', 'Ohio Tenants Alliance', 'plaintiff', 'appellee', 'organization', null],
      ['GERALD PIKE', 'Gerald Pike', 'defendant', 'appellant', 'person', 'Director of the Ohio Department of Commerce'],
    ]);
    const cert =
      'No. 25-1102\nIN THE SUPREME COURT OF THE UNITED STATES\nGRANITE FALLS SCHOOL DISTRICT; HARLAN BECK, Superintendent, in his official capacity,\nPetitioners,\nv.\nMARA ELLISON,\nRespondent.';
    expect(rows(cert)).toEqual([
      ['GRANITE FALLS SCHOOL DISTRICT', 'Granite Falls School District', 'plaintiff', 'petitioner', 'organization', null],
      ['HARLAN BECK', 'Harlan Beck', 'plaintiff', 'petitioner', 'person', 'Superintendent'],
      ['MARA ELLISON', 'Mara Ellison', 'defendant', 'respondent', 'person', null],
    ]);
  });

  it('does not read a long prose line beside "v." as a caption side', () => {
    const prose =
      'The panel heard argument on whether the agency had acted within the bounds of its authority when it reissued the permit; it did not decide the question\nv.\nNothing here is a caption.';
    expect(findCaptions(prepareText(prose))).toEqual([]);
  });
});

describe('news prose: officials, passive filers, union locals', () => {
  const cases: [string, (string | null)[][]][] = [
    ['The families named Sheriff Clayton Ames and the county as defendants.', [['Clayton Ames', 'Clayton Ames', 'defendant', null, 'person', 'Sheriff']]],
    [
      'The suit names Chief Executive Martin Okafor and Chief Financial Officer Gail Henley.',
      [
        ['Martin Okafor', 'Martin Okafor', 'defendant', null, 'person', 'Chief Executive'],
        ['Gail Henley', 'Gail Henley', 'defendant', null, 'person', 'Chief Financial Officer'],
      ],
    ],
    ['The petition names ICE field office director Raymond Kessel.', [['Raymond Kessel', 'Raymond Kessel', 'defendant', null, 'person', 'ICE field office director']]],
    [
      "The complaint was filed in federal court by the Keystone Carpenters' Pension Fund.",
      [["Keystone Carpenters' Pension Fund", "Keystone Carpenters' Pension Fund", 'plaintiff', null, 'organization', null]],
    ],
    [
      'The suit, brought by Local 77 of the Warehouse Workers Union, seeks back pay.',
      [['Local 77 of the Warehouse Workers Union', 'Local 77 of the Warehouse Workers Union', 'plaintiff', null, 'organization', null]],
    ],
    [
      'The lawsuit was filed by United Warehouse and Logistics Workers, Local 418, against Dunmore Freight.',
      [
        ['United Warehouse and Logistics Workers, Local 418', 'United Warehouse and Logistics Workers, Local 418', 'plaintiff', null, 'organization', null],
        ['Dunmore Freight', 'Dunmore Freight', 'defendant', null, 'organization', null],
      ],
    ],
    [
      'The Teamsters, Local 500, sued Dunmore Freight on Monday.',
      [
        ['Teamsters, Local 500', 'Teamsters, Local 500', 'plaintiff', null, 'organization', null],
        ['Dunmore Freight', 'Dunmore Freight', 'defendant', null, 'organization', null],
      ],
    ],
    [
      'The complaint names as defendants Mayor Lila Grant and Police Chief Omar Reyes.',
      [
        ['Lila Grant', 'Lila Grant', 'defendant', null, 'person', 'Mayor'],
        ['Omar Reyes', 'Omar Reyes', 'defendant', null, 'person', 'Police Chief'],
      ],
    ],
    [
      "The complaint was filed Monday in U.S. District Court in Boston by the Keystone Carpenters' Pension Fund.",
      [["Keystone Carpenters' Pension Fund", "Keystone Carpenters' Pension Fund", 'plaintiff', null, 'organization', null]],
    ],
    ['A lawsuit filed Tuesday by the Harbor Union accuses the city.', [['Harbor Union', 'Harbor Union', 'plaintiff', null, 'organization', null]]],
    // "by" after a relative clause is not the filer: "a suit filed after the vote by a show of hands".
    ['The suit was filed after the vote by Councilwoman Ada Reyes was counted.', []],
    // A number alone before the verb is no suing subject.
    ['About 300 sued the county.', []],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(rows(text)).toEqual(expected);
    });
  }
});

describe('false positives and fragments', () => {
  const cases: [string, (string | null)[][]][] = [
    [
      'The nurses sued Defendants Tristate Home Health Partners, Inc. in 2023.',
      [['Tristate Home Health Partners, Inc.', 'Tristate Home Health Partners, Inc.', 'defendant', null, 'organization', null]],
    ],
    [
      'The court dismissed the claims against Defendant-Appellee Marion Teal.',
      [['Marion Teal', 'Marion Teal', 'defendant', 'appellee', 'person', null]],
    ],
    ["The suit filed by Maryland's attorney general names the Agriculture Department.", []],
    [
      "The suit names the Agriculture Department's Food and Nutrition Service.",
      [['Food and Nutrition Service', 'Food and Nutrition Service', 'defendant', null, 'organization', null]],
    ],
    [
      "The suit against the Education Department's Office of Federal Student Aid was filed Tuesday.",
      [['Office of Federal Student Aid', 'Office of Federal Student Aid', 'defendant', null, 'organization', null]],
    ],
    ['Your Honor, we sued Your Honor in 2019 by mistake.', []],
    ['Plaintiffs, Your Honor, ask for a stay of the order.', []],
    [
      'A coalition of ranchers in Montana sued the Interior Department.',
      [['Interior Department', 'Interior Department', 'defendant', null, 'organization', null]],
    ],
    [
      'The suit names Education Secretary Lena Park and Federal Student Aid as defendants.',
      [
        ['Lena Park', 'Lena Park', 'defendant', null, 'person', 'Education Secretary'],
        ['Federal Student Aid', 'Federal Student Aid', 'defendant', null, 'organization', null],
      ],
    ],
    [
      'Borrowers sued the Education Department and its Office of Federal Student Aid on Monday.',
      [
        ['Education Department', 'Education Department', 'defendant', null, 'organization', null],
        ['Office of Federal Student Aid', 'Office of Federal Student Aid', 'defendant', null, 'organization', null],
      ],
    ],
    ['Parents in Springfield, Illinois, sued the school board.', []],
    ['Families in Texas sued the state agency.', []],
    [
      'Texas, Ohio and Utah sued the agency.',
      [
        ['Texas', 'Texas', 'plaintiff', null, 'organization', null],
        ['Ohio', 'Ohio', 'plaintiff', null, 'organization', null],
        ['Utah', 'Utah', 'plaintiff', null, 'organization', null],
      ],
    ],
    [
      'The suit, filed in federal court in Oregon by the Harbor Union, names the Forest Service.',
      [
        ['Harbor Union', 'Harbor Union', 'plaintiff', null, 'organization', null],
        ['Forest Service', 'Forest Service', 'defendant', null, 'organization', null],
      ],
    ],
    // A state's own agency keeps the state: only another organization's possessive is dropped.
    ["Plaintiffs sued Maryland's Department of Labor.", [["Maryland's Department of Labor", "Maryland's Department of Labor", 'defendant', null, 'organization', null]]],
    // A state that is the subject itself is a party.
    ['Texas sued the Interior Department.', [['Texas', 'Texas', 'plaintiff', null, 'organization', null], ['Interior Department', 'Interior Department', 'defendant', null, 'organization', null]]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => {
      expect(rows(text)).toEqual(expected);
    });
  }

  it('keeps a possessive company name that is not a state', () => {
    expect(rows("The workers sued McAllister's Diner Group last year.").map((r) => r[1])).toEqual(["McAllister's Diner Group"]);
  });
});
