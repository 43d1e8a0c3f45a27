import { describe, expect, it } from 'vitest';
import { ALL_NAMED_ACTS, NAMED_ACTS, findNamedAct, matchNamedActs } from '../../src/lexicon/named-acts.ts';
import { extractStatutes } from '../../src/extract/statutes.ts';

describe('named acts lexicon', () => {
  it('covers the commonly litigated acts', () => {
    expect(NAMED_ACTS.length).toBeGreaterThanOrEqual(120);
  });

  it('has unique canonical keys and names', () => {
    const keys = ALL_NAMED_ACTS.map((a) => a.canonical);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const names = ALL_NAMED_ACTS.map((a) => a.name);
    expect(names.filter((k, i) => names.indexOf(k) !== i)).toEqual([]);
  });

  it('gives every entry at least one example', () => {
    expect(ALL_NAMED_ACTS.filter((a) => a.examples.length === 0).map((a) => a.name)).toEqual([]);
  });

  describe.each(ALL_NAMED_ACTS.map((a) => [a.name, a] as const))('%s', (_name, act) => {
    it.each(act.examples)('resolves "%s"', (example) => {
      const found = extractStatutes(example).filter((m) => m.value.canonical === act.canonical);
      expect(found.length, `${example} -> ${JSON.stringify(extractStatutes(example).map((m) => m.value.canonical))}`).toBeGreaterThan(0);
    });
  });

  // Each act section the table codifies, cited in a sentence by its own number, resolves to its USC
  // section with the written subsections carried over.
  const tableRows = ALL_NAMED_ACTS.flatMap((a) => (a.sections?.entries ?? []).map((e) => [`${a.name} § ${e.act}`, a.sections!.title, e] as const));
  it('has a section table for the acts cited by their own numbers', () => {
    expect(tableRows.length).toBeGreaterThanOrEqual(90);
  });
  it.each(tableRows)('%s', (_label, title, entry) => {
    const found = extractStatutes(entry.example);
    const written = new RegExp(`Section ${entry.act}((?:\\([^)]+\\))*)`).exec(entry.example);
    expect(written, entry.example).not.toBeNull();
    const expected = `${title} U.S.C. § ${entry.usc}${written![1]}`;
    expect(found.map((m) => m.value.display), entry.example).toContain(expected);
  });

  it('keeps the act\'s own numbering for a section its table lacks', () => {
    expect(extractStatutes('Venue lies under Section 999 of the Clean Air Act.').map((m) => m.value.display)).toEqual(['Clean Air Act § 999']);
  });

  it('reads names case-sensitively and whole-word', () => {
    expect(matchNamedActs('privacy act').length).toBe(0);
    expect(matchNamedActs('ADAPT and FOIAs and RICOH').length).toBe(0);
    expect(matchNamedActs('the FOIA request').map((m) => m.act.name)).toEqual(['Freedom of Information Act']);
  });

  it('prefers the longest form and respects a written year', () => {
    expect(matchNamedActs('Title VII').map((m) => m.act.name)).toEqual(['Title VII of the Civil Rights Act of 1964']);
    expect(matchNamedActs('the Privacy Act of 1974').map((m) => [m.start, m.end])).toEqual([[4, 23]]);
    expect(matchNamedActs('the Tax Reform Act of 1986').map((m) => m.act.display)).toEqual(['Tax Reform Act of 1986']);
    // another year is another act: never the 1964 one
    expect(matchNamedActs('the Civil Rights Act of 1957').length).toBe(0);
  });

  it('folds curly quotes and dashes', () => {
    expect(findNamedAct('the Driver’s Privacy Protection Act')?.canonical).toBe('usc/18/2721/et-seq');
    expect(findNamedAct('Dodd–Frank Act')?.name).toBe('Dodd-Frank Wall Street Reform and Consumer Protection Act');
  });
});
