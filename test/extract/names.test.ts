import { describe, expect, it } from 'vitest';
import {
  findAppositives,
  looksLikePersonName,
  parseNameList,
  readName,
  splitTitledPerson,
  titleCaseName,
  tokenize,
} from '../../src/extract/names.ts';

describe('tokenize', () => {
  it('keeps periods of initials, dotted acronyms and case-name abbreviations, splits sentence ends', () => {
    const text = 'Ctr. for Rights v. U.S. Dep’t of Lab., and Jane Q. Doe left. Then';
    expect(tokenize(text).map((t) => t.t)).toEqual(['Ctr.', 'for', 'Rights', 'v.', 'U.S.', 'Dep’t', 'of', 'Lab.', ',', 'and', 'Jane', 'Q.', 'Doe', 'left', '.', 'Then']);
  });
  it('flags tokens after a line break', () => {
    const toks = tokenize('Legal Aid\nSociety');
    expect(toks.map((t) => !!t.nl)).toEqual([false, false, true]);
  });
});

describe('parseNameList', () => {
  const items = (text: string) => parseNameList(text, 0, text.length);
  it('splits an Oxford-comma list and drops a leading "the"', () => {
    const text = 'the Tenants Union of Ohio, Harbor Workers Alliance, and the National League of Bakers. Next';
    const l = items(text);
    expect(l.items.map((i) => [i.text, i.start, i.end])).toEqual([
      ['Tenants Union of Ohio', 4, 25],
      ['Harbor Workers Alliance', 27, 50],
      ['National League of Bakers', 60, 85],
    ]);
    expect(l.open).toBe(false);
  });
  it('splits the last item of a list without an Oxford comma at its "and"', () => {
    const text = 'Riverside Food Bank, Families First Network, Hope for the Valley and Unidos Por Salud.';
    expect(items(text).items.map((i) => i.text)).toEqual(['Riverside Food Bank', 'Families First Network', 'Hope for the Valley', 'Unidos Por Salud']);
  });
  it('keeps "and" inside a known agency name and after a parenthetical acronym', () => {
    const text = 'the Department of Health and Human Services (HHS) and Acting FDA Commissioner Lena Marsh.';
    expect(items(text).items.map((i) => i.text)).toEqual(['Department of Health and Human Services (HHS)', 'Acting FDA Commissioner Lena Marsh']);
  });
  it('stops at "and other groups" and marks the list open', () => {
    const text = 'the Delta Farmers Cooperative, Coastal Fishing Association, and other groups seeking relief';
    const l = items(text);
    expect(l.items.map((i) => i.text)).toEqual(['Delta Farmers Cooperative', 'Coastal Fishing Association']);
    expect(l.open).toBe(true);
  });
  it('drops capitalized words that modify a lowercase noun', () => {
    const text = 'the EPA and several White House officials';
    expect(items(text).items.map((i) => i.text)).toEqual(['EPA']);
    expect(items('Trump Administration officials').items).toEqual([]);
  });
  it('finds nothing in lowercase prose', () => {
    expect(items('a group of small farms and two unions').items).toEqual([]);
  });
});

describe('splitTitledPerson', () => {
  it.each([
    ['Labor Secretary Anna Ruiz', 'Labor Secretary', 'Anna Ruiz'],
    ['Acting FEMA Administrator Carl Benton', 'Acting FEMA Administrator', 'Carl Benton'],
    ['the Secretary of Veterans Affairs Douglas Vance', 'Secretary of Veterans Affairs', 'Douglas Vance'],
    ['Commerce official Peter Lang', 'Commerce official', 'Peter Lang'],
    ['Deputy Director Mary O’Neill', 'Deputy Director', 'Mary O’Neill'],
    ['EPA General Counsel Maria De Souza', 'EPA General Counsel', 'Maria De Souza'],
  ])('%s', (s, title, name) => {
    expect(splitTitledPerson(s)).toMatchObject({ title, name });
  });
  it.each(['Department of Homeland Security', 'Sierra Club Foundation', 'Anna Ruiz'])('no title in %s', (s) => {
    expect(splitTitledPerson(s)).toBeNull();
  });
});

describe('readName', () => {
  it('reads an organization with its acronym, and a titled person', () => {
    const text = 'the Social Security Administration (“SSA”) and Acting Commissioner Leland Dudek';
    expect(readName(text, 0, 42)).toMatchObject({ name: 'Social Security Administration', acronym: 'SSA', entityType: 'organization', start: 4, end: 34 });
    expect(readName(text, 47, text.length)).toMatchObject({ name: 'Leland Dudek', title: 'Acting Commissioner', entityType: 'person', start: 67, end: 79 });
  });
});

describe('looksLikePersonName', () => {
  it.each(['Daniel A. Moore', 'Laura Chen', 'Maria De Souza', 'J. Robert Hale'])('%s is a person', (s) => expect(looksLikePersonName(s)).toBe(true));
  it.each(['Harbor Workers Alliance', 'Internal Revenue Service', 'Centro Legal', 'United States', 'Smith'])('%s is not', (s) => expect(looksLikePersonName(s)).toBe(false));
});

describe('titleCaseName', () => {
  it('title-cases caption lines and keeps acronyms', () => {
    expect(titleCaseName('NATIONAL LEAGUE OF BAKERS')).toBe('National League of Bakers');
    expect(titleCaseName('U.S. DEPARTMENT OF THE TREASURY')).toBe('U.S. Department of the Treasury');
  });
});

describe('findAppositives', () => {
  it('reads "Name, title of Org", "Name, Org’s title" and "Name, title, Org"', () => {
    const text = 'said Laura Chen, policy director of Harbor Workers Alliance.\nPaul Ortiz, EPIC’s senior counsel, said.\n“No,” said Ana Brito, chief operating officer, Delta Farmers Cooperative.';
    expect(findAppositives(text).map((a) => [a.name, a.title, a.organization, text.slice(a.nameStart, a.nameEnd)])).toEqual([
      ['Laura Chen', 'policy director', 'Harbor Workers Alliance', 'Laura Chen'],
      ['Paul Ortiz', 'senior counsel', 'EPIC', 'Paul Ortiz'],
      ['Ana Brito', 'chief operating officer', 'Delta Farmers Cooperative', 'Ana Brito'],
    ]);
  });
  it('ignores places and clauses after a comma', () => {
    expect(findAppositives('In Portland, Oregon, the court ruled. Laura Chen, who said she was director of Harbor Alliance, left.')).toEqual([]);
  });
});
