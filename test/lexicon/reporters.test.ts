import { describe, expect, it } from 'vitest';
import { REPORTERS, findReporter } from '../../src/lexicon/reporters.ts';
import { extractCaseCitations } from '../../src/extract/case-citations.ts';

describe('reporters lexicon', () => {
  it('has one entry per abbreviation, and every written form finds its own entry', () => {
    const abbrevs = REPORTERS.map((r) => r.abbrev);
    expect(abbrevs.filter((a, i) => abbrevs.indexOf(a) !== i)).toEqual([]);
    for (const r of REPORTERS) for (const w of [r.abbrev, ...r.variants]) expect(findReporter(w), w).toBe(r);
  });

  describe.each(REPORTERS.map((r) => [r.abbrev, r] as const))('%s', (abbrev, reporter) => {
    it.each(reporter.examples)('reads "%s" as a citation to it', (example) => {
      const found = extractCaseCitations(example).filter((m) => m.value.reporter === abbrev);
      expect(found.length, JSON.stringify(extractCaseCitations(example).map((m) => m.value.canonical))).toBe(1);
    });
  });

  it('reads spacing variants as written in filings', () => {
    const rows: [string, string][] = [
      ['30 FCC Rcd. 7961 (2015)', '30 FCC Rcd. 7961'],
      ['30 FCC Rcd 7961 (2015)', '30 FCC Rcd. 7961'],
      ['7 F.C.C.R. 8752 (1992)', '7 FCC Rcd. 8752'],
      ["673 Fed. App’x 1008 (Fed. Cir. 2017)", "673 F. App'x 1008"],
      ['16 Cal.App.4th 1349 (1993)', '16 Cal. App. 4th 1349'],
      ['567 F.Supp.2d 1 (D.D.C. 2008)', '567 F. Supp. 2d 1'],
    ];
    for (const [text, canonical] of rows) expect(extractCaseCitations(text).map((m) => m.value.canonical), text).toEqual([canonical]);
  });

  it('does not read a law review as a reporter', () => {
    expect(extractCaseCitations('See 95 N.Y.U. L. Rev. 1 (2020).')).toEqual([]);
  });
});
