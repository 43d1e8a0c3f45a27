// A case's docket: an appeal's number above its caption, a one-office district's number completed,
// and every way the case's documents write its number listed as one entity.
import { describe, expect, it } from 'vitest';
import { resolveCorpus } from '../../src/resolve/index.ts';
import { crossDocumentFindings, docketBase } from '../../src/resolve/cross-document.ts';
import { withOffice } from '../../src/resolve/cases.ts';
import { addDocument, memoryDb, type MentionSpec } from './helpers.ts';
import type { CaptionValue, DocketValue } from '../../src/model/types.ts';

const docket = (text: string, value: DocketValue): MentionSpec => ({ kind: 'docket', text, value });
const caption = (text: string, canonical: string): MentionSpec => ({
  kind: 'caption', text, value: { canonical, plaintiffs: [canonical.split(' v. ')[0]!], defendants: [canonical.split(' v. ')[1]!] } as CaptionValue,
});
const court = (text: string, canonical: string, level: 'district' | 'appellate'): MentionSpec => ({
  kind: 'court', text, value: { canonical, name: text, level } as never,
});

describe('an appellate opinion', () => {
  const db = memoryDb();
  addDocument(db, 'appeal.txt',
    'United States Court of Appeals for the Tenth Circuit\nNo. 24-3310\nMESA GROWERS UNION v. KESTREL FOODS, INC.\n' +
    'Appeal from the United States District Court for the District of Kansas, No. 2:23-cv-04120\nThe judgment is affirmed.',
    [court('United States Court of Appeals for the Tenth Circuit', '10th Cir.', 'appellate'),
     docket('No. 24-3310', { canonical: '24-3310', kind: 'appellate', court: '10th Cir.' }),
     caption('MESA GROWERS UNION v. KESTREL FOODS, INC.', 'Mesa Growers Union v. Kestrel Foods, Inc.'),
     court('United States District Court for the District of Kansas', 'D. Kan.', 'district'),
     docket('No. 2:23-cv-04120', { canonical: '2:23-cv-04120', kind: 'district', court: 'D. Kan.' })]);
  resolveCorpus(db);
  const cases = crossDocumentFindings(db).cases;

  it('is one case, filed under the court of appeals number above its caption', () => {
    expect(cases.map((c) => [c.canonical, c.docket, c.court])).toEqual([['Mesa Growers Union v. Kestrel Foods, Inc.', '24-3310', '10th Cir.']]);
  });
});

describe('withOffice', () => {
  it.each([
    ['25-cv-01764', 'D.D.C.', '1:25-cv-01764'],
    ['24-cv-00318', 'D. Minn.', '0:24-cv-00318'],
    ['25-cv-01456', 'E.D. La.', '25-cv-01456'], // several offices: unknown
    ['2:25-cv-01456', 'D.D.C.', '2:25-cv-01456'], // written with its own office
    ['25-5181', 'D.D.C.', '25-5181'], // not a district number
  ])('%s in %s is %s', (d, c, want) => {
    expect(withOffice(d, c)).toBe(want);
  });
});

describe('docket forms', () => {
  it('reads a short number as the padded one', () => {
    expect(docketBase('3:25-cv-77')).toBe(docketBase('3:25-cv-00077'));
    expect(docketBase('3:25-cv-77')).not.toBe(docketBase('3:25-cv-00770'));
  });

  it('lists the numbers as the documents write them, judge initials and short forms included', () => {
    const db = memoryDb();
    addDocument(db, 'order.txt', 'ALDER TRUST v. CRANE MILLS\nCase No. 4:25-cv-00077-JKR\nThe motion is granted.',
      [caption('ALDER TRUST v. CRANE MILLS', 'Alder Trust v. Crane Mills'),
       docket('Case No. 4:25-cv-00077-JKR', { canonical: '4:25-cv-00077', kind: 'district' })]);
    addDocument(db, 'story.txt', 'The suit, case number 4:25-cv-77, was filed in March.',
      [docket('case number 4:25-cv-77', { canonical: '4:25-cv-00077', kind: 'district' })]);
    resolveCorpus(db);
    const forms = crossDocumentFindings(db).same_entity.find((g) => g.includes('4:25-cv-00077'));
    expect(forms?.sort()).toEqual(['4:25-cv-00077', '4:25-cv-00077-JKR', '4:25-cv-77']);
  });
});
