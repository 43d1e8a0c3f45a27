import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { partiesExtractor } from '../../src/extract/parties.ts';
import { captionsExtractor } from '../../src/extract/captions.ts';
import { organizationsExtractor } from '../../src/extract/organizations.ts';
import type { Mention, MentionOf } from '../../src/model/types.ts';

const run = (text: string) => partiesExtractor.extract({ doc: prepareText(text), prior: [] }) as MentionOf<'party'>[];
const summary = (text: string) => run(text).map((m) => [m.value.name, m.value.role, m.value.entityType, m.value.title ?? null]);

describe('partiesExtractor', () => {
  it('reads role lists with titled people and defined acronyms', () => {
    const text =
      'Defendants in the case are Labor Secretary Anna Ruiz, the Occupational Safety and Health Administration (OSHA) and Acting OSHA Administrator Carl Benton. Plaintiffs in the case are Harbor Workers Alliance, Riverside Food Bank and Unidos Por Salud.';
    expect(summary(text)).toEqual([
      ['Anna Ruiz', 'defendant', 'person', 'Labor Secretary'],
      ['Occupational Safety and Health Administration', 'defendant', 'organization', null],
      ['Carl Benton', 'defendant', 'person', 'Acting OSHA Administrator'],
      ['Harbor Workers Alliance', 'plaintiff', 'organization', null],
      ['Riverside Food Bank', 'plaintiff', 'organization', null],
      ['Unidos Por Salud', 'plaintiff', 'organization', null],
    ]);
    const m = run(text)[0]!;
    expect([m.start, m.end, m.text]).toEqual([text.indexOf('Anna Ruiz'), text.indexOf('Anna Ruiz') + 9, 'Anna Ruiz']);
  });

  it('gives both caption sides and the members listed after the caption', () => {
    const text = 'Groups in Harbor Workers Alliance et al. v Department of Labor et al include the Harbor Workers Alliance, Coastal Fishing Association, and the Delta Farmers Cooperative.';
    expect(summary(text)).toEqual([
      ['Harbor Workers Alliance', 'plaintiff', 'organization', null],
      ['Department of Labor', 'defendant', 'organization', null],
      ['Harbor Workers Alliance', 'plaintiff', 'organization', null],
      ['Coastal Fishing Association', 'plaintiff', 'organization', null],
      ['Delta Farmers Cooperative', 'plaintiff', 'organization', null],
    ]);
  });

  it('reads "filed by ... and other groups" and expands abbreviated caption sides', () => {
    const text = 'The filing came in Nat’l League of Bakers v. Food & Drug Admin., a suit filed by the National League of Bakers, Riverside Food Bank, and other groups.';
    expect(summary(text)).toEqual([
      ['National League of Bakers', 'plaintiff', 'organization', null],
      ['Food & Drug Administration', 'defendant', 'organization', null],
      ['National League of Bakers', 'plaintiff', 'organization', null],
      ['Riverside Food Bank', 'plaintiff', 'organization', null],
    ]);
  });

  it('reads "representing A and B in the case against C", resolving an acronym the text defines', () => {
    const text = 'The Environmental Protection Agency (EPA) issued the rule.\nThe firm, which is representing Coastal Fishing Association and Delta Farmers Cooperative in the case against the EPA and several agency officials, filed Monday.';
    expect(summary(text)).toEqual([
      ['Coastal Fishing Association', 'plaintiff', 'organization', null],
      ['Delta Farmers Cooperative', 'plaintiff', 'organization', null],
      ['Environmental Protection Agency', 'defendant', 'organization', null],
    ]);
  });

  it('reads "X sued Y" and "sued by"', () => {
    expect(summary('Riverside Food Bank sued the Department of Agriculture in March.')).toEqual([
      ['Riverside Food Bank', 'plaintiff', 'organization', null],
      ['Department of Agriculture', 'defendant', 'organization', null],
    ]);
    expect(summary('The agency was sued by Harbor Workers Alliance.')).toEqual([['Harbor Workers Alliance', 'plaintiff', 'organization', null]]);
  });

  it('resolves a lone surname to the party named in full', () => {
    const text = 'The case is Harbor Workers Alliance v. Ruiz.\nDefendants in the case are Labor Secretary Anna Ruiz and the Department of Labor. The suit against Secretary Ruiz continues.';
    expect(summary(text).filter((p) => p[1] === 'defendant')).toEqual([
      ['Anna Ruiz', 'defendant', 'person', 'Labor Secretary'],
      ['Anna Ruiz', 'defendant', 'person', 'Labor Secretary'],
      ['Department of Labor', 'defendant', 'organization', null],
      ['Anna Ruiz', 'defendant', 'person', 'Secretary'],
    ]);
  });

  it('reads the subject of "which A, B and other groups brought"', () => {
    const text = 'The lawsuit, which Riverside Food Bank, the Delta Farmers Cooperative and other groups brought in March, continues.';
    expect(summary(text)).toEqual([
      ['Riverside Food Bank', 'plaintiff', 'organization', null],
      ['Delta Farmers Cooperative', 'plaintiff', 'organization', null],
    ]);
  });

  it('keeps filers out of the parties when the text lists the plaintiffs', () => {
    const text = 'In a lawsuit filed by Civic Law Project and Maria Lopez against the agency, the judge ruled. Plaintiffs in the case are Harbor Workers Alliance and Riverside Food Bank.';
    expect(summary(text).map((p) => p[0])).toEqual(['Harbor Workers Alliance', 'Riverside Food Bank']);
  });

  it('finds no parties in prose without names or cues', () => {
    expect(run('Plaintiffs argue the rule is unlawful. A coalition of small farms represented by counsel filed suit.')).toEqual([]);
    expect(run('The Electronic Frontier Foundation filed an amicus brief in July.')).toEqual([]);
  });
});

const seeds = resolve(process.cwd(), '../shared/seeds');
const gold = resolve(process.cwd(), '../shared/gold');
describe('seed documents', () => {
  it.skipIf(!existsSync(seeds) || !existsSync(gold))('finds every gold party with its role and nothing else', () => {
    for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt'))) {
      const g = JSON.parse(readFileSync(resolve(gold, f.replace(/\.txt$/, '.json')), 'utf8')) as { parties: { name: string; role: string; aliases?: string[] }[] };
      const doc = prepareText(readFileSync(resolve(seeds, f), 'utf8'));
      const prior: Mention[] = [];
      prior.push(...captionsExtractor.extract({ doc, prior }), ...organizationsExtractor.extract({ doc, prior }));
      const found = new Set((partiesExtractor.extract({ doc, prior }) as MentionOf<'party'>[]).map((m) => `${m.value.name.toLowerCase()}|${m.value.role}`));
      const want = new Set<string>();
      for (const p of g.parties) {
        const hit = [p.name, ...(p.aliases ?? [])].map((n) => `${n.toLowerCase()}|${p.role}`).find((k) => found.has(k));
        expect(hit, `${f}: ${p.name}`).toBeDefined();
        want.add(hit!);
      }
      expect([...found].filter((k) => !want.has(k)), f).toEqual([]);
    }
  });
});

describe('short and partial names resolved within the document', () => {
  it.each([
    ['Renee Hargrove, a retired teacher, won. The decision in Hargrove v. Commissioner came Tuesday.', [['Renee Hargrove', 'plaintiff'], ['Commissioner of Internal Revenue', 'defendant']]],
    ['The Open Records Project asked for the files in 2023. The Project sued in federal court in March.', [['Open Records Project', 'plaintiff']]],
    ['BALTIMORE — The Monocacy River Alliance and the Potomac Headwaters Coalition today filed a citizen suit in the U.S. District Court for the District of Maryland against Blue Ridge Poultry, LLC.', [['Monocacy River Alliance', 'plaintiff'], ['Potomac Headwaters Coalition', 'plaintiff'], ['Blue Ridge Poultry, LLC', 'defendant']]],
    ['9. Defendant Loomis National Bank, N.A. is a national bank.', [['Loomis National Bank, N.A.', 'defendant']]],
    ['The Bayou Shrimpers Assn. and a family cooperative sued the agency in March.', [['Bayou Shrimpers Assn.', 'plaintiff']]],
    ['The suit also names Ramona Feliciano, Acting Chief Operating Officer of Federal Student Aid, as a defendant.', [['Ramona Feliciano', 'defendant']]],
    ['Attorneys for Plaintiff Dolores Whitman and the Proposed Class', [['Dolores Whitman', 'plaintiff']]],
    ['PLEASE TAKE NOTICE that Defendants BANK OF AMERICA CORPORATION and BANK OF AMERICA, N.A. will move this Court.', [['BANK OF AMERICA CORPORATION', 'defendant'], ['BANK OF AMERICA, N.A.', 'defendant']]],
    // The agency that detains the people a suit is filed for is not its filer.
    ['The case was filed in the Central District of California on behalf of noncitizens detained by the U.S. Immigration and Customs Enforcement at Adelanto.', []],
    ['A federal judge on Wednesday ordered the U.S. Education Department to restore the grant. The judge ordered Maria Lopez to appear.', [['U.S. Education Department', 'defendant']]],
    ['The ruling in Hollis Robotics, Inc. v. Commissioner came Tuesday.', [['Hollis Robotics, Inc.', 'plaintiff'], ['Commissioner of Internal Revenue', 'defendant']]],
    ['The lawsuit was filed in the U.S. District Court for the Southern District of Mississippi against Bexley County and Sheriff Clayton Mabry.', [['Bexley County', 'defendant'], ['Clayton Mabry', 'defendant']]],
    ['The class action, filed Monday in the U.S. District Court for the Southern District of New York by the Keystone Laborers Pension Fund, names Veridian and Chief Executive Martin Oduya as defendants.', [['Keystone Laborers Pension Fund', 'plaintiff'], ['Veridian', 'defendant'], ['Martin Oduya', 'defendant']]],
    ['FREDERICK, Md. — The Monocacy Alliance and the Catoctin Coalition today filed suit against Ridge Poultry LLC.', [['Monocacy Alliance', 'plaintiff'], ['Catoctin Coalition', 'plaintiff'], ['Ridge Poultry LLC', 'defendant']]],
  ])('%s', (text, expected) => {
    expect(run(text).map((m) => [m.value.name, m.value.role])).toEqual(expected);
  });

  it('leaves a surname alone when two people share it, and a heading after a colon is no party', () => {
    expect(run('Keisha Olawale and Martin Olawale testified. Olawale v. Prairie View Partners LLC is set for trial.').map((m) => m.value.name)).toEqual(['Olawale', 'Prairie View Partners LLC']);
    expect(run('Plaintiffs Jane Roe and John Doe allege as follows:\nNATURE OF THE ACTION\n1. This case is about fees.').map((m) => m.value.name)).toEqual(['Jane Roe', 'John Doe']);
  });
});
