import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, expandAbbreviations, isCaseNameAbbreviation } from '../../src/lexicon/legal-abbreviations.ts';

describe('legal abbreviations', () => {
  it.each([
    ['Ctr. for Taxpayer Rights v. Internal Revenue Serv.', 'Center for Taxpayer Rights v. Internal Revenue Service'],
    ["Nat'l Ass'n of Home Builders v. Def. of Wildlife", 'National Association of Home Builders v. Defense of Wildlife'],
    ['Dep’t of Com. v. New York', 'Department of Com. v. New York'],
    ['Loper Bright Enters. v. Raimondo', 'Loper Bright Enterprises v. Raimondo'],
    ['Sec’y of Lab. v. Cmty. Hosp. Sys., Inc.', 'Secretary of Labor v. Community Hospital System, Inc.'],
    ['Env’t Def. Fund v. EPA', 'Environment Defense Fund v. EPA'],
    ['United States v. Smith', 'United States v. Smith'],
    ['Am. Fed’n of Gov’t Emps. v. Trump', 'America Federation of Government Employees v. Trump'],
  ])('%s', (input, expected) => {
    expect(expandAbbreviations(input)).toBe(expected);
  });

  it('knows every table entry and nothing else', () => {
    for (const a of ABBREVIATIONS) expect(isCaseNameAbbreviation(a.abbr), a.abbr).toBe(true);
    for (const w of ['U.S.', 'Smith.', 'Inc.', 'v.']) expect(isCaseNameAbbreviation(w), w).toBe(false);
  });

  it('leaves ordinary capitalized words and sentence ends alone', () => {
    expect(expandAbbreviations('The Court ruled. Then the Board met.')).toBe('The Court ruled. Then the Board met.');
  });
});
