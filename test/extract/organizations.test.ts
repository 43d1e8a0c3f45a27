import { describe, expect, it } from 'vitest';
import { prepareText } from '../../src/normalize/prepare.ts';
import { findAcronymDefinitions, organizationsExtractor } from '../../src/extract/organizations.ts';
import type { MentionOf } from '../../src/model/types.ts';

const run = (text: string) => organizationsExtractor.extract({ doc: prepareText(text), prior: [] }) as MentionOf<'organization'>[];

describe('findAcronymDefinitions', () => {
  it('reads names defined with an acronym, quoted or not', () => {
    const text = 'The Social Security Administration (SSA) and the Office of Personnel Management (“OPM”) met the Harbor Workers Alliance (HWA).';
    expect(findAcronymDefinitions(text).map((d) => [d.name, d.acronym, text.slice(d.start, d.end)])).toEqual([
      ['Social Security Administration', 'SSA', 'Social Security Administration (SSA)'],
      ['Office of Personnel Management', 'OPM', 'Office of Personnel Management (“OPM”)'],
      ['Harbor Workers Alliance', 'HWA', 'Harbor Workers Alliance (HWA)'],
    ]);
  });
  it('ignores lowercase terms and acronyms that do not fit', () => {
    expect(findAcronymDefinitions('a memorandum of understanding (MOU) and Jane Doe (JD) and Acme Widgets (XYZ)')).toEqual([]);
  });
});

describe('organizationsExtractor', () => {
  it('finds definitions, later uses of a defined acronym, lexicon names and org-shaped runs', () => {
    const text = 'The Harbor Workers Alliance (HWA) sued the Justice Department. HWA said the EPA and Riverside Food Bank agreed.';
    const out = run(text).map((m) => [m.text, m.rule, m.value.name, m.value.acronym, m.value.canonical]);
    expect(out).toEqual([
      ['Harbor Workers Alliance (HWA)', 'acronym_definition', 'Harbor Workers Alliance', 'HWA', undefined],
      ['Justice Department', 'lexicon_name', 'Justice Department', 'DOJ', 'Department of Justice'],
      ['HWA', 'defined_acronym', 'Harbor Workers Alliance', 'HWA', undefined],
      ['EPA', 'lexicon_acronym', 'Environmental Protection Agency', 'EPA', 'Environmental Protection Agency'],
      ['Riverside Food Bank', 'org_shaped_run', 'Riverside Food Bank', undefined, undefined],
    ]);
  });
  it('does not read titles, people or lone head words as organizations', () => {
    expect(run('Senior Counsel Laura Chen spoke. The Alliance agreed. Maria Lopez and Harbor Workers Alliance met.').map((m) => m.text)).toEqual(['Harbor Workers Alliance']);
  });
  it('never runs a name across a line break', () => {
    expect(run('Advertisement\nCourt Rules For Bakers').map((m) => m.text)).toEqual([]);
  });
});
