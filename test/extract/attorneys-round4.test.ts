// Round 4: "NAME of FIRM" beside a counsel cue, simple opinion appearance lines, transcript
// APPEARANCES blocks with titles and addresses, government lawyers in prose, an organization's
// counsel named by role, and a capitals firm line above an address in a signature block.
import { describe, expect, it } from 'vitest';
import { counsel } from './counsel-helper.ts';
import { prepareText } from '../../src/normalize/prepare.ts';
import { extractAll } from '../../src/extract/index.ts';

function kinds(text: string, kind: string): string[] {
  return extractAll(prepareText(text)).mentions.filter((m) => m.kind === kind).map((m) => m.text);
}

const CASES: [string, string[], string[]][] = [
  // 1. NAME of FIRM with a counsel cue.
  [
    'The Harbor Pilots Union sued Tidewater Shipping Corp. in federal court. Marisol Quenneville of Brandt Okafor LLP argued for the union.',
    ['Marisol Quenneville|Brandt Okafor LLP|plaintiff'],
    ['Brandt Okafor LLP|plaintiff'],
  ],
  [
    'The Cedar Valley Pension Fund sued Ridgeline Capital Inc. last spring. "The trustees acted in good faith," said Desmond Halloway of Pryce & Vantongeren, which represents the fund.',
    ['Desmond Halloway|Pryce & Vantongeren|plaintiff'],
    ['Pryce & Vantongeren|plaintiff'],
  ],
  [
    'The Securities and Exchange Commission sued Acme Robotics Inc. and two executives. Lionel Farquhar of Delacroix Webb PLLC, counsel for Acme and two executives, said the company would fight the charges.',
    ['Lionel Farquhar|Delacroix Webb PLLC|defendant'],
    ['Delacroix Webb PLLC|defendant'],
  ],
  [
    'Rafael Inojosa was detained by Immigration and Customs Enforcement in March. He sued the Department of Homeland Security. "He was never told why," said his attorney, Priya Venkataraman of the Lakeshore Immigrant Defense Project.',
    ['Priya Venkataraman|Lakeshore Immigrant Defense Project|plaintiff'],
    ['Lakeshore Immigrant Defense Project|plaintiff'],
  ],
  [
    'The Court appointed Thaddeus Wren of Morrow Castellano Law Group as Class Counsel.',
    ['Thaddeus Wren|Morrow Castellano Law Group|plaintiff'],
    ['Morrow Castellano Law Group|plaintiff'],
  ],
  [
    'The Riverside Tenants Association sued the city housing authority. The association is represented by Gwendolyn Achterberg of the Northside Legal Aid.',
    ['Gwendolyn Achterberg|Northside Legal Aid|plaintiff'],
    ['Northside Legal Aid|plaintiff'],
  ],
  // 2. Opinion appearance lines.
  [
    'Rosalind Ferreira, Ferreira Lutz, P.C., Albany, NY, for plaintiff.\nOtis Vandermeer, Ferreira Lutz, P.C., of counsel.\nCornelius Abernathy, Trial Attorney, Commercial Litigation Branch, Civil Division, United States Department of Justice, Washington, DC, for defendant.',
    ['Cornelius Abernathy|United States Department of Justice|defendant', 'Otis Vandermeer|Ferreira Lutz, P.C.|plaintiff', 'Rosalind Ferreira|Ferreira Lutz, P.C.|plaintiff'],
    ['Ferreira Lutz, P.C.|plaintiff', 'United States Department of Justice|defendant'],
  ],
  // 3. Transcript appearances.
  [
    'APPEARANCES:\nFor the Plaintiffs:\nHENRIETTA M. OYELARAN, Assistant Attorney General, Office of the Ohio Attorney General, 30 East Broad Street, Columbus, OH 43215.\nFor the Defendants:\nBARNABY COLQUHOUN, Trial Attorney, United States Department of Justice, 950 Pennsylvania Avenue NW, Washington, DC 20530.',
    ['Barnaby Colquhoun|United States Department of Justice|defendant', 'Henrietta M. Oyelaran|Office of the Ohio Attorney General|plaintiff'],
    ['Office of the Ohio Attorney General|plaintiff', 'United States Department of Justice|defendant'],
  ],
  // 4. Government lawyers in prose.
  [
    'Brightwater Rideshare Inc. sued the City of Larkspur over the permit rules. Deputy City Attorneys Imogen Strathairn and Casimir Delatorre are handling the case for the Larkspur City Attorney\'s Office.',
    ['Casimir Delatorre|Larkspur City Attorney\'s Office|defendant', 'Imogen Strathairn|Larkspur City Attorney\'s Office|defendant'],
    ['Larkspur City Attorney\'s Office|defendant'],
  ],
  [
    'The Coalition for Open Ballots sued Secretary of State Harmon Eckersley. Assistant Attorney General Leopold Visconti argued for Secretary Eckersley on behalf of the Dakota Attorney General\'s Office.',
    ['Leopold Visconti|Dakota Attorney General\'s Office|defendant'],
    ['Dakota Attorney General\'s Office|defendant'],
  ],
  // 5. Organization counsel named by role.
  [
    'The Free Press Guild sued the Department of Commerce. Ottilie Marchbanks, the organization\'s legal director, and Severin Oduya of Pelham Rusk LLP are also counsel for the plaintiffs.',
    ['Ottilie Marchbanks|Free Press Guild|plaintiff', 'Severin Oduya|Pelham Rusk LLP|plaintiff'],
    ['Pelham Rusk LLP|plaintiff'],
  ],
  [
    'The Granite Workers Union sued Summit Quarry Corp. The union is represented by Anselm Kovacevic and Beatrix Lindqvist of Harlan Mbeki LLP and by Cordelia Ashworth, the union\'s general counsel.',
    ['Anselm Kovacevic|Harlan Mbeki LLP|plaintiff', 'Beatrix Lindqvist|Harlan Mbeki LLP|plaintiff', 'Cordelia Ashworth|Granite Workers Union|plaintiff'],
    ['Harlan Mbeki LLP|plaintiff'],
  ],
  // 6. Signature block: a capitals firm under several names, above an address.
  [
    'Dated: May 2, 2025\nRespectfully submitted,\n/s/ Leocadia Ruiz-Pemberton\nLeocadia Ruiz-Pemberton\nAmbrose T. Villanueva\nFELDSTEIN & QUINTERO, P.C.\n1200 Main Street, Suite 400\nDallas, TX 75201\nAttorneys for Plaintiffs',
    ['Ambrose T. Villanueva|Feldstein & Quintero, P.C.|plaintiff', 'Leocadia Ruiz-Pemberton|Feldstein & Quintero, P.C.|plaintiff'],
    ['Feldstein & Quintero, P.C.|plaintiff'],
  ],
  // Negatives: "of FIRM" without a counsel cue, a non-firm "of", a party's officer.
  ['Marisol Quenneville of Brandt Okafor LLP spoke at the bar association dinner on Tuesday.', [], []],
  ['The Harbor Pilots Union sued Tidewater Shipping Corp. Ignatius Pell of the Harbor Pilots Union said the members were angry.', [], []],
  ['The Harbor Pilots Union sued Tidewater Shipping Corp. Ignatius Pell, the union\'s president, said the members were angry.', [], []],
  ['Ann Leclerc of the Riverside Medical Center told lawyers for the hospital that the records were complete.', [], []],
  ['Senior Judge Tamsin Ohler, Southern District of Ohio, ruled for plaintiff.', [], []],
  [
    'Rafael Inojosa sued the Department of Homeland Security in April. "He was never told why," said his lawyer, Priya Venkataraman of Venkataraman & Associates.',
    ['Priya Venkataraman|Venkataraman & Associates|plaintiff'],
    ['Venkataraman & Associates|plaintiff'],
  ],
];

describe('round 4: lawyers of organizations', () => {
  for (const [text, attorneys, orgs] of CASES) {
    it(text.slice(0, 80), () => {
      expect(counsel(text)).toEqual({ attorneys: [...attorneys].sort(), orgs: [...orgs].sort() });
    });
  }
  it('a ZIP code at a line end is neither a quantity nor a name', () => {
    const text = 'APPEARANCES:\nFor the Plaintiffs:\nHENRIETTA M. OYELARAN, Assistant Attorney General, Office of the Ohio Attorney General, 30 East Broad Street, Columbus, OH 43215.';
    expect(kinds(text, 'quantity')).toEqual([]);
    expect(kinds(text, 'person').filter((t) => /\d/.test(t))).toEqual([]);
  });
});

describe('counsel organizations from mixed phrases', () => {
  it.each([
    [
      'The warden is represented by Assistant U.S. Attorney Paul Vance of the U.S. Attorney\'s Office for the District of Vermont, who argued for the defendants.',
      { name: 'Paul Vance', organization: "U.S. Attorney's Office for the District of Vermont" },
    ],
  ])('splits a titled lawyer from the office in %j', (text, want) => {
    const doc = prepareText(text);
    const got = extractAll(doc).mentions.filter((m) => m.kind === 'attorney');
    expect(got.map((m) => ({ name: (m.value as { name: string }).name, organization: (m.value as { organization?: string }).organization }))).toContainEqual(want);
  });

  it('takes no organization from a labelled line', () => {
    const doc = prepareText('APPEARANCES:\nFor the Defendants:\nCourt Reporter: Dana Q. Whitley, RMR, CRR, Official Court Reporter');
    const orgs = extractAll(doc).mentions.filter((m) => m.kind === 'counsel_organization');
    expect(orgs.map((m) => m.text).filter((t) => t.includes(':'))).toEqual([]);
  });
});
