import { describe, expect, it } from 'vitest';
import { ORGANIZATIONS, findLexiconOrganizations, lookupOrganization } from '../../src/lexicon/organizations.ts';

describe('organizations lexicon', () => {
  it.each(ORGANIZATIONS.map((e) => [e.canonical, e] as const))('example of %s resolves to its entry', (_name, entry) => {
    const hits = findLexiconOrganizations(entry.example);
    expect(hits.map((h) => h.entry.canonical)).toContain(entry.canonical);
  });

  it.each([
    ['IRS', 'Internal Revenue Service'],
    ['the Justice Department', 'Department of Justice'],
    ['Immigration and Customs Enforcement', 'U.S. Immigration and Customs Enforcement'],
    ['Homeland Security Department', 'Department of Homeland Security'],
    ['ACLU', 'American Civil Liberties Union'],
    ['Lawyers’ Committee for Civil Rights Under Law', 'Lawyers’ Committee for Civil Rights Under Law'],
  ])('lookup %s -> %s', (name, canonical) => {
    expect(lookupOrganization(name)?.canonical).toBe(canonical);
  });

  it('finds spans, preferring the longest spelling over an acronym inside it', () => {
    const text = 'The U.S. Department of Justice, on behalf of the IRS and ICE, opposed the motion.';
    const hits = findLexiconOrganizations(text).map((h) => [text.slice(h.start, h.end), h.entry.canonical, h.viaAcronym]);
    expect(hits).toEqual([
      ['U.S. Department of Justice', 'Department of Justice', false],
      ['IRS', 'Internal Revenue Service', true],
      ['ICE', 'U.S. Immigration and Customs Enforcement', true],
    ]);
  });

  it('does not match acronyms inside words, lowercase words or ambiguous short forms', () => {
    for (const s of ['the price of ice rose', 'ICED coffee', 'a DOT-matrix printer and the VA', 'SECURITIES', 'an epic crew']) {
      expect(findLexiconOrganizations(s), s).toEqual([]);
    }
  });
});
