import { describe, expect, it } from 'vitest';
import {
  FEDERAL_COURTS,
  ambiguousCourtKeys,
  courtByCanonical,
  courtById,
  courtForCity,
  findCourtNames,
  resolveCourtName,
} from '../../src/lexicon/federal-courts.ts';

describe('federal courts lexicon: shape', () => {
  it('has one Supreme Court, 13 courts of appeals, 94 district courts and 94 bankruptcy courts', () => {
    const count = (pred: (c: (typeof FEDERAL_COURTS)[number]) => boolean) => FEDERAL_COURTS.filter(pred).length;
    expect(count((c) => c.level === 'supreme')).toBe(1);
    expect(count((c) => c.level === 'appellate')).toBe(13);
    expect(count((c) => c.level === 'district')).toBe(94);
    expect(count((c) => c.level === 'bankruptcy' && !c.id.startsWith('bap'))).toBe(94);
  });

  it('has unique ids and canonicals', () => {
    expect(new Set(FEDERAL_COURTS.map((c) => c.id)).size).toBe(FEDERAL_COURTS.length);
    expect(new Set(FEDERAL_COURTS.map((c) => c.canonical)).size).toBe(FEDERAL_COURTS.length);
  });

  it('gives no variant to two courts', () => {
    expect(ambiguousCourtKeys()).toEqual([]);
  });

  it('resolves every example to its own entry', () => {
    const wrong: string[] = [];
    for (const c of FEDERAL_COURTS) {
      expect(c.examples.length).toBeGreaterThan(0);
      for (const ex of c.examples) {
        const got = resolveCourtName(ex);
        if (got?.id !== c.id) wrong.push(`${ex} -> ${got?.id ?? 'nothing'} (want ${c.id})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('resolves every variant to its own entry', () => {
    const wrong: string[] = [];
    for (const c of FEDERAL_COURTS) {
      for (const variant of c.variants) {
        if (resolveCourtName(variant.text)?.id !== c.id) wrong.push(variant.text);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('federal courts lexicon: Bluebook canonicals and ids', () => {
  it.each([
    ['scotus', 'U.S.'],
    ['cadc', 'D.C. Cir.'],
    ['cafc', 'Fed. Cir.'],
    ['ca2', '2d Cir.'],
    ['ca3', '3d Cir.'],
    ['ca9', '9th Cir.'],
    ['dcd', 'D.D.C.'],
    ['nysd', 'S.D.N.Y.'],
    ['cand', 'N.D. Cal.'],
    ['vaed', 'E.D. Va.'],
    ['mad', 'D. Mass.'],
    ['njd', 'D.N.J.'],
    ['prd', 'D.P.R.'],
    ['vid', 'D.V.I.'],
    ['gud', 'D. Guam'],
    ['nmid', 'D.N. Mar. I.'],
    ['wvsd', 'S.D. W. Va.'],
    ['ncmd', 'M.D.N.C.'],
    ['ndd', 'D.N.D.'],
    ['nysb', 'Bankr. S.D.N.Y.'],
    ['deb', 'Bankr. D. Del.'],
    ['tax', 'T.C.'],
    ['uscfc', 'Fed. Cl.'],
    ['cit', "Ct. Int'l Trade"],
    ['cavc', 'Vet. App.'],
    ['armfor', 'C.A.A.F.'],
    ['jpml', 'J.P.M.L.'],
    ['bap9', 'B.A.P. 9th Cir.'],
  ])('%s is %s', (id, canonical) => {
    expect(courtById(id)?.canonical).toBe(canonical);
    expect(courtByCanonical(canonical)?.id).toBe(id);
  });

  it('names courts in full', () => {
    expect(courtById('dcd')?.name).toBe('United States District Court for the District of Columbia');
    expect(courtById('ca9')?.name).toBe('United States Court of Appeals for the Ninth Circuit');
    expect(courtById('vid')?.name).toBe('United States District Court for the District of the Virgin Islands');
  });

  it('maps seat cities to their district', () => {
    expect(courtForCity('Seattle')?.id).toBe('wawd');
    expect(courtForCity('Brooklyn')?.id).toBe('nyed');
    expect(courtForCity('Houston', 'bankruptcy')?.id).toBe('txsb');
    expect(courtForCity('Springfield')).toBeUndefined();
  });
});

describe('federal courts lexicon: names as written', () => {
  it.each([
    ['D.C. district court', 'dcd'],
    ['U.S. District Court for the District of Columbia', 'dcd'],
    ['United States District Court for the District of Columbia', 'dcd'],
    ['the District Court for the District of Columbia', 'dcd'],
    ['D.C. District Court', 'dcd'],
    ['federal court in Washington', 'dcd'],
    ['federal district court in D.C.', 'dcd'],
    ['the Southern District of New York', 'nysd'],
    ['S.D.N.Y.', 'nysd'],
    ['S.D. N.Y.', 'nysd'],
    ['S.D.N.Y', 'nysd'],
    ['9th Cir', 'ca9'],
    ['SDNY', 'nysd'],
    ['federal court in Manhattan', 'nysd'],
    ['Brooklyn federal court', 'nyed'],
    ['the Ninth Circuit', 'ca9'],
    ['U.S. Court of Appeals for the Ninth Circuit', 'ca9'],
    ['9th Cir.', 'ca9'],
    ['the 9th Circuit Court of Appeals', 'ca9'],
    ['9th U.S. Circuit Court of Appeals', 'ca9'],
    ['2nd Circuit', 'ca2'],
    ['2d Cir.', 'ca2'],
    ['the Supreme Court', 'scotus'],
    ['U.S. Supreme Court', 'scotus'],
    ['SCOTUS', 'scotus'],
    ['the D.C. Circuit', 'cadc'],
    ['U.S. Court of Appeals for the D.C. Circuit', 'cadc'],
    ['United States Court of Appeals for the District of Columbia Circuit', 'cadc'],
    ['the Federal Circuit', 'cafc'],
    ['Northern District of California', 'cand'],
    ['N.D. Cal.', 'cand'],
    ['the Eastern District of Virginia', 'vaed'],
    ['E.D. Va.', 'vaed'],
    ['EDVA', 'vaed'],
    ['District of Massachusetts', 'mad'],
    ['D. Mass.', 'mad'],
    ['Maryland federal court', 'mdd'],
    ['District of Puerto Rico', 'prd'],
    ['District of the Virgin Islands', 'vid'],
    ['D. N. Mar. I.', 'nmid'],
    ['U.S. Bankruptcy Court for the Southern District of Texas', 'txsb'],
    ['Bankr. S.D.N.Y.', 'nysb'],
    ['Delaware bankruptcy court', 'deb'],
    ['bankruptcy court in Houston', 'txsb'],
    ['U.S. Tax Court', 'tax'],
    ['Court of Federal Claims', 'uscfc'],
    ["Court of International Trade", 'cit'],
    ['Court of Appeals for Veterans Claims', 'cavc'],
    ['Court of Appeals for the Armed Forces', 'armfor'],
    ['Judicial Panel on Multidistrict Litigation', 'jpml'],
    ['UNITED STATES DISTRICT COURT FOR THE EASTERN DISTRICT OF MICHIGAN', 'mied'],
  ])('%s -> %s', (text, id) => {
    expect(resolveCourtName(text)?.id).toBe(id);
  });

  it.each([
    'the court',
    'a federal court',
    'the district court',
    'District of Columbia',
    'D.C.',
    'D.C. Superior Court',
    'D.C. Court of Appeals',
    'district of maryland',
    'Southern District of Alaska',
    'Court of Appeals',
    'U.S.',
    'the Circuit',
    'D. Or',
  ])('%s names no federal court', (text) => {
    expect(resolveCourtName(text)).toBeUndefined();
  });

  it('finds names in running text with exact spans', () => {
    const text = 'The appeal went from the S.D.N.Y. to the Second Circuit, then to the U.S. Supreme Court.';
    expect(findCourtNames(text).map((m) => [m.start, m.end, m.entry.id])).toEqual([
      [25, 33, 'nysd'],
      [41, 55, 'ca2'],
      [69, 87, 'scotus'],
    ]);
  });

  it('takes the longest name and keeps words around it out', () => {
    const text = "Lawyers asked the Ninth Circuit's en banc court and the D.C. Circuit Court of Appeals.";
    expect(findCourtNames(text).map((m) => m.text)).toEqual(['Ninth Circuit', 'D.C. Circuit Court of Appeals']);
  });

  it('does not match inside a longer abbreviation or word', () => {
    expect(findCourtNames('XSDNY and ASCOTUS and D.D.C.Cir').map((m) => m.text)).toEqual([]);
  });
});
