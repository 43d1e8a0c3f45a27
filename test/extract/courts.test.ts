import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { courtsExtractor } from '../../src/extract/courts.ts';
import type { MentionOf } from '../../src/model/types.ts';
import { prepareText } from '../../src/normalize/prepare.ts';

function courts(text: string): MentionOf<'court'>[] {
  const doc = prepareText(text);
  return courtsExtractor.extract({ doc, prior: [] }) as MentionOf<'court'>[];
}

function spans(text: string): [string, string][] {
  return courts(text).map((m) => [m.text, m.value.canonical]);
}

describe('courts extractor: positives with spans', () => {
  it('finds the district court in a news sentence, in lower case', () => {
    const text = 'The agency must now notify the D.C. district court a day before it sends any data.';
    const [m, ...rest] = courts(text);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ kind: 'court', start: 31, end: 50, text: 'D.C. district court', extractor: 'courts' });
    expect(m?.value).toEqual({
      canonical: 'D.D.C.',
      id: 'dcd',
      name: 'United States District Court for the District of Columbia',
      level: 'district',
    });
  });

  it.each([
    ['Senior Judge Ann Roe of the U.S. District Court for the District of Columbia agreed.', 'U.S. District Court for the District of Columbia', 'D.D.C.'],
    ['An amicus brief went to the U.S. Court of Appeals for the D.C. Circuit last spring.', 'U.S. Court of Appeals for the D.C. Circuit', 'D.C. Cir.'],
    ['The D.C. District Court has the record now.', 'D.C. District Court', 'D.D.C.'],
    ['Doe v. Roe, D.D.C., No. 1:24-cv-00123, filed in March.', 'D.D.C.', 'D.D.C.'],
    ['Smith v. Jones, 12 F.4th 345 (9th Cir. 2021).', '9th Cir.', '9th Cir.'],
    ['The 5th U.S. Circuit Court of Appeals in New Orleans heard it.', '5th U.S. Circuit Court of Appeals', '5th Cir.'],
    ['She sued in federal court in Manhattan on Monday.', 'federal court in Manhattan', 'S.D.N.Y.'],
    ['The case was moved to the Northern District of California.', 'Northern District of California', 'N.D. Cal.'],
    // trade-press abbreviations
    ['The 5th Circ. reinstated the rule.', '5th Circ.', '5th Cir.'],
    ['A 9th Circ. panel heard the appeal.', '9th Circ.', '9th Cir.'],
    ['The D.C. Circ. stayed the order.', 'D.C. Circ.', 'D.C. Cir.'],
    ['The patent ruling went to the Fed. Circ. on appeal.', 'Fed. Circ.', 'Fed. Cir.'],
    ['The 2nd Circ. affirmed.', '2nd Circ.', '2d Cir.'],
    ['The Supreme Court agreed to hear the appeal.', 'Supreme Court', 'U.S.'],
    ['The justices of the U.S. Supreme Court were split.', 'U.S. Supreme Court', 'U.S.'],
    ['The retailer filed in the U.S. Bankruptcy Court for the District of Delaware.', 'U.S. Bankruptcy Court for the District of Delaware', 'Bankr. D. Del.'],
    ['Lee v. Comm’r, T.C. Memo. 2019-12.', 'T.C.', 'T.C.'],
    ['The petition is pending in the U.S. Tax Court.', 'U.S. Tax Court', 'T.C.'],
    ['The Tax Court sided with the taxpayer.', 'Tax Court', 'T.C.'],
  ])('%s', (text, span, canonical) => {
    expect(spans(text)).toEqual([[span, canonical]]);
    const m = courts(text)[0]!;
    expect(text.slice(m.start, m.end)).toBe(span);
  });

  it('reads a two-line caption as one court', () => {
    const text = 'UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nJANE DOE, Plaintiff,';
    expect(spans(text)).toEqual([['UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA', 'D.D.C.']]);
  });

  it('finds several courts in order', () => {
    const text = 'After the S.D.N.Y. ruled, the Second Circuit reversed and SCOTUS denied review.';
    expect(spans(text)).toEqual([
      ['S.D.N.Y.', 'S.D.N.Y.'],
      ['Second Circuit', '2d Cir.'],
      ['SCOTUS', 'U.S.'],
    ]);
  });
});

describe('courts extractor: a bare "Supreme Court" in a document about a state court', () => {
  it('drops the bare name when the document names a state supreme court', () => {
    expect(spans('The Ohio Supreme Court ruled in May. The Supreme Court then declined review.')).toEqual([]);
  });

  it('keeps it when the document also names the U.S. Supreme Court in full', () => {
    expect(spans('The Ohio Supreme Court ruled. The U.S. Supreme Court took the case, and the Supreme Court reversed.')).toEqual([
      ['U.S. Supreme Court', 'U.S.'],
      ['Supreme Court', 'U.S.'],
    ]);
  });
});

describe('courts extractor: negatives', () => {
  it.each([
    'A coalition is asking a federal court to step in.',
    'The court found that the motion was pending.',
    'The district court has not ruled yet.',
    'The plaintiffs filed a District of Columbia suit last spring.',
    'The New York Supreme Court dismissed the claim.',
    'The state Supreme Court reversed.',
    'Florida’s Supreme Court disagreed.',
    'The Supreme Court of Canada ruled on Friday.',
    'The D.C. Superior Court set bail.',
    'The D.C. Court of Appeals affirmed the conviction.',
    'Agents patrolled the halls of immigration court in New York City.',
    'The New Jersey Tax Court valued the property.',
    'T.C. Boyle wrote a novel.',
    'She was elected to the Second Circuit Court bench in Maui.',
    'He filed in federal court in Washington state.',
    'the supreme court of public opinion',
    // an office named for the district it serves
    "The U.S. Attorney's Office for the Southern District of Texas brought the charges.",
    'He was represented by the Federal Public Defender for the District of Oregon.',
    'The U.S. Trustee for the District of Delaware objected to the fees.',
    'Filings go to the Clerk of the Court for the Eastern District of Virginia.',
    'The United States Attorney for the Northern District of Georgia announced the plea.',
  ])('%s', (text) => {
    expect(spans(text)).toEqual([]);
  });
});

const seedsDir = path.resolve(process.cwd(), '../shared/seeds');
const goldDir = path.resolve(process.cwd(), '../shared/gold');

describe('courts extractor: seeds', () => {
  it.skipIf(!existsSync(seedsDir) || !existsSync(goldDir))('matches the gold courts of every seed', () => {
    for (const f of readdirSync(seedsDir).filter((n) => n.endsWith('.txt'))) {
      const gold = JSON.parse(readFileSync(path.join(goldDir, f.replace(/\.txt$/, '.json')), 'utf8')) as {
        courts: { text: string; canonical: string }[];
      };
      const found = courts(readFileSync(path.join(seedsDir, f), 'utf8')).map((m) => m.value.canonical).sort();
      expect(found, f).toEqual(gold.courts.map((c) => c.canonical).sort());
    }
  });
});
